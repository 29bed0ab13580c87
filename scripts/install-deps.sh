#!/usr/bin/env bash
# Installs every Debian package sohoa needs to build, test and run its samples, and the npm
# package of the browser tests (tests/viewer). Idempotent and non-interactive. `--bench` also installs the peers the benchmarks
# measure against (OCRmyPDF, the tesseract command line).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # build
  build-essential cmake pkg-config git clang-format
  # tests/fuzz: libFuzzer harnesses (scripts/fuzz.sh) are built with clang and its fuzzer runtime
  clang libclang-rt-14-dev
  # ocr/: Tesseract with the Vietnamese, English and orientation models; Leptonica for images
  libtesseract-dev tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd libleptonica-dev
  # ocr/: photos of papers flattened (perspective, light); handwritten digits in blanks (ml; the
  # classifier is trained at build time from opencv-doc's digits.png, listed below)
  libopencv-dev
  # ocr/: the Vietnamese syllable model, built at build time from the dictionary and Vietnamese text
  hunspell-vi libreoffice-help-vi manpages-vi
  # ocr/: QR codes on receipts and results
  libzxing-dev
  # pipeline/: the sRGB profile of PDF/A archive files (OutputIntent)
  icc-profiles-free
  # pipeline/: PDF rasterising and page-image detection
  libpoppler-cpp-dev libqpdf-dev qpdf
  # pipeline/: JPEG, PNG and TIFF scans decoded header first, quietly
  libjpeg-dev libpng-dev libtiff-dev
  # ocr/ hOCR, indexer/ store, Unicode, hashing
  libxml2-dev libsqlite3-dev sqlite3 libicu-dev libsodium-dev
  # indexer/store/postgres: a province's shared store (libpq); the server runs the tests'
  # temporary cluster (scripts/pg-test-cluster.sh); rum: the search index that keeps word positions
  postgresql-15 postgresql-15-rum libpq-dev
  # pipeline/: scanning at the desk (SANE; its `test` backend, in libsane1, is the tests' scanner)
  libsane-dev
  # command line and JSON; the command line's messages in Vietnamese under a vi_VN locale
  # (gettext's msgfmt compiles po/vi.po at build time; `locales` makes vi_VN.UTF-8)
  libcli11-dev nlohmann-json3-dev gettext locales
  # indexer/: the report and its worklists as an Excel workbook
  libxlsxwriter-dev
  # viewer/: the HTTP server (libsodium above hashes its passwords)
  libcpp-httplib-dev
  # tests/viewer/: the viewer's tests in a real browser
  chromium
  # tests
  catch2
  # sample generator: typesetting (ReportLab + Liberation 2 fonts with Vietnamese glyphs) and scan damage
  python3 python3-reportlab python3-pil python3-numpy fonts-liberation2 poppler-utils
  # evaluation: edit distance for character error rates
  python3-levenshtein
  # evaluation forms (scripts/make-forms.py): fonts with Vietnamese glyphs for the template families
  # (DejaVu, Noto, TeX Gyre Termes/Heros/Pagella, Andika and TeX Gyre Chorus for handwriting) and the
  # handwritten digits of opencv-doc's digits.png (also the training data of the digit classifier)
  fonts-dejavu-core fonts-noto-core fonts-texgyre fonts-sil-andika opencv-doc
  # timing and peak memory in benchmarks
  time
)
if [[ " $* " == *" --bench "* ]]; then
  packages+=(ocrmypdf unpaper)  # unpaper: ocrmypdf --clean, as scripts/eval-ocr runs it
fi

# Node.js runs the browser tests; a machine that has it (with npm) keeps its own.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

# playwright-core (pinned in tests/viewer/package-lock.json) drives Debian's chromium; pdfjs-dist reads the
# archive files as pdf.js-based readers do.
install_npm_packages() {
  local dir=tests/viewer
  # playwright-core 1.64 and pdfjs-dist 5 need Node.js 20 (Debian 12's own nodejs is 18).
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if ((major < 20)); then
    echo "install-deps: Node.js $(node --version 2>/dev/null) is too old for the browser tests: they need Node.js 20 or later" >&2
  fi
  if [[ ! -d "$dir/node_modules/playwright-core" || ! -d "$dir/node_modules/pdfjs-dist" ||
        "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    echo "install-deps: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

# The command line speaks Vietnamese under vi_VN.UTF-8 (its tests run it so): the locale must exist.
ensure_vietnamese_locale() {
  if locale -a 2>/dev/null | grep -qix 'vi_VN.utf8'; then return; fi
  echo "install-deps: generating the vi_VN.UTF-8 locale"
  if grep -q '^# *vi_VN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
    $sudo sed -i 's/^# *vi_VN.UTF-8 UTF-8/vi_VN.UTF-8 UTF-8/' /etc/locale.gen
  elif ! grep -q '^vi_VN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
    echo "vi_VN.UTF-8 UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
  fi
  $sudo locale-gen >/dev/null
}

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  ensure_vietnamese_locale
  install_npm_packages
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
ensure_vietnamese_locale
install_npm_packages
