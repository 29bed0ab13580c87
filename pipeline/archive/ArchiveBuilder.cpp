#include "pipeline/archive/ArchiveBuilder.hpp"

#define POINTERHOLDER_TRANSITION 4
#include <poppler-document.h>
#include <poppler-page.h>
#include <optional>
#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>

#include "indexer/extract/FieldNames.hpp"
#include "indexer/store/ArchiveRecords.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/DossierRows.hpp"
#include "indexer/text/EditDistance.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/archive/ArchiveMetadataXml.hpp"
#include "pipeline/archive/ArchivePdf.hpp"
#include "pipeline/archive/BornDigitalArchive.hpp"
#include "pipeline/archive/PdfJsText.hpp"
#include "pipeline/archive/ReaderWords.hpp"
#include "pipeline/ingest/PdfReader.hpp"

namespace sohoa::pipeline {
namespace {

namespace fs = std::filesystem;

std::string nowIso() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto day = std::chrono::floor<std::chrono::days>(now);
  const std::chrono::year_month_day date(day);
  const std::chrono::hh_mm_ss time(now - day);
  char out[64];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", static_cast<int>(date.year()),
                unsigned(date.month()), unsigned(date.day()), static_cast<long>(time.hours().count()),
                static_cast<long>(time.minutes().count()), static_cast<long>(time.seconds().count()));
  return out;
}

// archive/<code>/<code>.<NN>.pdf, or archive/_unfiled/<document id>.pdf.
std::string archiveName(const indexer::ArchivableDocument& document) {
  if (document.dossierCode && document.dossierOrder) {
    char order[16];
    std::snprintf(order, sizeof order, "%02d", *document.dossierOrder);
    return "archive/" + *document.dossierCode + "/" + *document.dossierCode + "." + order + ".pdf";
  }
  return "archive/_unfiled/" + document.documentId + ".pdf";
}

std::string titleOf(const indexer::DocumentRecord& document) {
  std::string title = document.typeLabel.value_or("Văn bản");
  for (const auto& field : document.fields)
    if (field.name == indexer::fieldname::kCodeNotation && !field.needsReview) title += " " + field.value;
  return title + " (" + document.documentId + ")";
}

void writeText(const fs::path& file, const std::string& text) { writeFileAtomically(file, text); }

std::string dossierTitle(indexer::RecordStore& store, const std::string& code) {
  const auto dossier = indexer::registeredDossier(store, code);
  if (dossier && dossier->procedureName)
    return *dossier->procedureName + (dossier->applicantName ? " — " + *dossier->applicantName : "") + " (" + code +
           ")";
  return "Hồ sơ " + code;
}

void writeDossierXml(indexer::RecordStore& store, const std::string& code) {
  const auto documents = indexer::DocumentCatalog(store).ofDossier(code);
  DossierMetadata dossier{code, dossierTitle(store, code), "01", {}};
  for (const auto& document : documents)
    if (document.archiveFile) dossier.documents.push_back(&document);
  if (dossier.documents.empty()) return;
  writeText(store.layout().root / "archive" / code / (code + ".xml"), dossierMetadataXml(dossier));
}

double characterErrorRate(std::u32string truth, std::u32string found) {
  if (truth == found) return 0;
  if (truth.empty()) return 1;
  const double length = static_cast<double>(truth.size());
  // Only the part between the common head and tail can differ: it keeps the table small.
  std::size_t head = 0;
  while (head < truth.size() && head < found.size() && truth[head] == found[head]) ++head;
  truth.erase(0, head), found.erase(0, head);
  while (!truth.empty() && !found.empty() && truth.back() == found.back()) truth.pop_back(), found.pop_back();
  return static_cast<double>(indexer::editDistance(truth, found)) / length;
}

// Words joined by single spaces, as UTF-32 (so that a lost tone mark counts as one error).
std::u32string normalisedWords(const std::string& utf8) {
  std::u32string out;
  bool space = true;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k) c = (c << 6) | (utf8[i + k] & 0x3F);
    i += length;
    if (c <= U' ' || c == U'\u00A0') {  // spaces, line and page breaks
      if (!space) out += U' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
  if (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

// "2 word(s) differ from the OCR's (missing «CN» «ng;», extra «CNng;»)", a few of each named.
std::string describe(const WordDifference& difference) {
  auto some = [](const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size() && i < 4; ++i) out += (i ? " «" : "«") + words[i] + "»";
    return out + (words.size() > 4 ? " …" : "");
  };
  std::string out = std::to_string(difference.differing()) + " word(s) differ from the OCR's (";
  if (!difference.missing.empty()) out += "missing " + some(difference.missing);
  if (!difference.missing.empty() && !difference.extra.empty()) out += ", ";
  if (!difference.extra.empty()) out += "extra " + some(difference.extra);
  return out + ")";
}

// Whole as far as its ends tell: a PDF header at the start, a trailer at the end, and its
// metadata XML beside it.
bool looksWhole(const fs::path& file) {
  std::error_code pdfError, xmlError;
  const auto size = fs::file_size(file, pdfError);
  const auto xml = fs::file_size(fs::path(file).replace_extension(".xml"), xmlError);
  if (pdfError || xmlError || size < 16 || xml == 0) return false;
  std::ifstream in(file, std::ios::binary);
  std::string head(5, '\0'), tail(static_cast<std::size_t>(std::min<std::uintmax_t>(size, 1024)), '\0');
  in.read(head.data(), 5);
  in.seekg(-static_cast<std::streamoff>(tail.size()), std::ios::end);
  in.read(tail.data(), static_cast<std::streamsize>(tail.size()));
  return in && head == "%PDF-" && tail.find("%%EOF") != std::string::npos;
}

// A born-digital document's pages copied from their PDFs; one with scanned pages too has no
// single way to be archived.
void writeBornDigital(const fs::path& root, const indexer::ArchivableDocument& document, const ArchiveInfo& info,
                      const fs::path& file) {
  std::vector<BornDigitalPage> pages;
  for (const auto& page : document.pages) {
    if (!page.bornDigital) throw NotArchivable("mixed_pages");
    pages.push_back({root / page.originalFile, page.sourcePage});
  }
  writeBornDigitalArchive(pages, info, file);
}

}  // namespace

ArchiveReport buildArchive(indexer::RecordStore& store, const std::vector<std::string>& documentIds) {
  ArchiveReport report;
  const fs::path root = store.layout().root;
  if (documentIds.empty())
    for (const auto& [row, file] : indexer::archivedFiles(store))
      if (!looksWhole(root / file)) {
        indexer::clearArchiveFile(store, row);
        ++report.repaired;
      }
  std::set<std::string> dossiers;
  indexer::DocumentCatalog catalog(store);
  for (auto& document : indexer::documentsToArchive(store, documentIds)) {
    const std::string name = archiveName(document);
    try {
      auto record = catalog.find(document.documentId);
      fs::create_directories((root / name).parent_path());
      const ArchiveInfo info{titleOf(*record), nowIso()};
      if (std::any_of(document.pages.begin(), document.pages.end(), [](auto& page) { return page.bornDigital; })) {
        try {
          writeBornDigital(root, document, info, root / name);
        } catch (const NotArchivable& reason) {
          indexer::setArchiveMissingReason(store, document.rowId, reason.what());
          ++report.withoutArchive;
          continue;
        }
      } else {
        std::vector<ArchivePage> pages;
        for (auto& page : document.pages)
          pages.push_back({archiveImage(root / page.originalFile, inputTypeNamed(page.fileType), page.sourcePage),
                           std::move(page.page)});
        writeArchivePdf(pages, info, root / name);
      }
      record->archiveFile = name;
      writeText((root / name).replace_extension(".xml"),
                documentMetadataXml(*record, document.dossierCode.value_or(document.documentId),
                                    document.dossierOrder.value_or(1)));
      indexer::setArchiveFile(store, document.rowId, name);  // only once both files are whole
      if (document.dossierCode) dossiers.insert(*document.dossierCode);
      ++report.documents;
      report.pages += static_cast<int>(document.pages.size());
    } catch (const std::exception& error) {
      report.problems.push_back(name + ": " + error.what());
    }
  }
  for (const auto& code : dossiers) writeDossierXml(store, code);
  return report;
}

ArchiveCheck checkArchive(indexer::RecordStore& store, const fs::path& pdfJsScript) {
  ArchiveCheck check;
  const fs::path root = store.layout().root;
  indexer::DocumentCatalog(store).forEach([&](const indexer::DocumentRecord& document) {
    if (!document.archiveFile) return;
    const fs::path file = root / *document.archiveFile;
    auto problem = [&](const std::string& what) { check.problems.push_back(*document.archiveFile + ": " + what); };
    ++check.files;
    try {
      // As `qpdf --check`: parse everything and decode every stream.
      QPDF pdf;
      pdf.setSuppressWarnings(true);
      pdf.processFile(file.c_str());
      QPDFWriter writer(pdf);
      Pl_Discard discard;
      writer.setOutputPipeline(&discard);
      writer.setDecodeLevel(qpdf_dl_all);  // the JPEGs too
      writer.setCompressStreams(false);    // re-compressing decoded scans is all the cost, and proves nothing
      writer.write();
      if (pdf.anyWarnings()) problem("qpdf reports damage");
      auto catalog = pdf.getRoot();
      auto metadata = catalog.getKey("/Metadata");
      const std::string xmp = metadata.isStream()
                                  ? std::string(reinterpret_cast<const char*>(metadata.getStreamData()->getBuffer()),
                                                metadata.getStreamData()->getSize())
                                  : "";
      if (xmp.find("<pdfaid:part>2</pdfaid:part>") == std::string::npos ||
          xmp.find("<pdfaid:conformance>U</pdfaid:conformance>") == std::string::npos)
        problem("the XMP metadata does not say PDF/A-2u");
      auto intents = catalog.getKey("/OutputIntents");
      if (!intents.isArray() || intents.getArrayNItems() == 0 ||
          !intents.getArrayItem(0).getKey("/DestOutputProfile").isStream())
        problem("no OutputIntent with a colour profile");
      int pageIndex = 0;
      for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        ++pageIndex;
        ++check.pages;
        // Every font that shows text is embedded (a font only selected draws nothing).
        for (const auto& name : unembeddedFontsShown(page))
          problem("page " + std::to_string(pageIndex) + ": font " + name + " is not embedded");
        // A born-digital page's images are its own (a logo, a signature), not a scan.
        const bool scanned = static_cast<std::size_t>(pageIndex) <= document.pages.size() &&
                             document.pages[static_cast<std::size_t>(pageIndex - 1)].origin == "ocr";
        if (!scanned) continue;
        auto box = page.getAttribute("/MediaBox", false);
        const double widthPt = box.getArrayItem(2).getNumericValue() - box.getArrayItem(0).getNumericValue();
        page.forEachImage(true, [&](QPDFObjectHandle& image, QPDFObjectHandle&, std::string const&) {
          const double dpi = image.getDict().getKey("/Width").getNumericValue() / (widthPt / 72.0);
          if (dpi < 199.5)
            problem("page " + std::to_string(pageIndex) + ": image at " + std::to_string(static_cast<int>(dpi)) +
                    " dpi (at least 200)");
        });
      }
      // The text a reader extracts is the text OCR stored, marks and all, and word for word.
      quietPoppler();
      std::unique_ptr<poppler::document> readable(poppler::document::load_from_file(file.string()));
      if (!readable) {
        problem("Poppler cannot open it");
      } else {
        std::string extracted, stored;
        int words = 0, differing[3] = {0, 0, 0};
        std::vector<std::string> pageProblems;
        PdfJsText pdfJs;
        if (!pdfJsScript.empty()) {
          pdfJs = pdfJsText(pdfJsScript, file);
          if (!pdfJs.error.empty())
            problem("pdf.js: " + pdfJs.error);
          else if (pdfJs.pages.size() != static_cast<std::size_t>(readable->pages()))
            problem("pdf.js read " + std::to_string(pdfJs.pages.size()) + " page(s)");
        }
        for (int i = 0; i < readable->pages(); ++i) {
          std::unique_ptr<poppler::page> page(readable->create_page(i));
          // A born-digital page's stored text is its own text in reading order, not in the order
          // it is drawn: only its words are compared.
          const bool scanned = static_cast<std::size_t>(i) < document.pages.size() &&
                               document.pages[static_cast<std::size_t>(i)].origin == "ocr";
          const auto ocrWords = static_cast<std::size_t>(i) < document.pages.size()
                                    ? wordsOf(document.pages[static_cast<std::size_t>(i)].text)
                                    : std::vector<std::string>{};
          words += static_cast<int>(ocrWords.size());
          // In the order the words are drawn (the stored order, for the text as a whole), and
          // in the order a reader lays them out (columns found, as pdftotext prints them).
          const std::pair<poppler::page::text_layout_enum, const char*> layouts[] = {
              {poppler::page::raw_order_layout, "in drawing order"},
              {poppler::page::non_raw_non_physical_layout, "in reading order"}};
          std::optional<WordDifference> first;  // the first reader's difference, named with every reader that differs
          std::string readers;
          for (int k = 0; k < 3; ++k) {
            std::string text;
            if (k < 2) {
              const auto utf8 = page->text(poppler::rectf(), layouts[k].first).to_utf8();
              text.assign(utf8.begin(), utf8.end());
            } else if (static_cast<std::size_t>(i) < pdfJs.pages.size()) {
              text = pdfJs.pages[static_cast<std::size_t>(i)];  // pdf.js, as a browser's reader finds them
            } else {
              continue;
            }
            if (k == 0 && scanned) extracted += text + " ";
            const auto difference = compareWords(ocrWords, wordsOf(text));
            differing[k] += difference.differing();
            if (difference.differing() == 0) continue;
            if (!first) first = difference;
            readers += std::string(readers.empty() ? " " : ", ") + (k < 2 ? layouts[k].second : "in pdf.js");
          }
          if (first) pageProblems.push_back("page " + std::to_string(i + 1) + ": " + describe(*first) + readers);
        }
        if (static_cast<std::size_t>(readable->pages()) != document.pages.size())
          problem(std::to_string(readable->pages()) + " page(s), the store has " +
                  std::to_string(document.pages.size()));
        const double wordShare =
            static_cast<double>(std::max({differing[0], differing[1], differing[2]})) / std::max(words, 1);
        check.worstWordDifference = std::max(check.worstWordDifference, wordShare);
        check.words += words;
        if (wordShare > 0.001)
          for (const auto& pageProblem : pageProblems) problem(pageProblem);
        for (const auto& page : document.pages)
          if (page.origin == "ocr") stored += page.text + " ";
        const double error = characterErrorRate(normalisedWords(stored), normalisedWords(extracted));
        check.worstTextError = std::max(check.worstTextError, error);
        if (error >= 0.001) {
          char text[96];
          std::snprintf(text, sizeof text, "extracted text differs from the stored OCR text (CER %.2f %%)",
                        100 * error);
          problem(text);
        }
      }
      std::ifstream xml((root / *document.archiveFile).replace_extension(".xml"), std::ios::binary);
      const std::string metadataXml{std::istreambuf_iterator<char>(xml), std::istreambuf_iterator<char>()};
      if (auto invalid = metadataXmlProblem(metadataXml)) problem("metadata XML: " + *invalid);
    } catch (const std::exception& error) {
      problem(error.what());
    }
  });
  return check;
}

int exportDossier(indexer::RecordStore& store, const std::string& dossierCode, const fs::path& folder) {
  auto documents = indexer::DocumentCatalog(store).ofDossier(dossierCode);
  std::erase_if(documents, [](const indexer::DocumentRecord& d) { return !d.archiveFile; });
  if (documents.empty()) throw std::runtime_error("no archived document in dossier " + dossierCode);
  // Chronological: by issued date where read, the dossier's order otherwise.
  auto issued = [](const indexer::DocumentRecord& d) {
    for (const auto& field : d.fields)
      if (field.name == indexer::fieldname::kIssuedDate && !field.needsReview) return field.value;
    return std::string();
  };
  std::stable_sort(documents.begin(), documents.end(), [&](const auto& a, const auto& b) {
    const std::string x = issued(a), y = issued(b);
    return !x.empty() && !y.empty() && x < y;
  });
  fs::create_directories(folder);
  DossierMetadata dossier{dossierCode, dossierTitle(store, dossierCode), "01", {}};
  int ordinal = 0;
  for (auto& document : documents) {
    char name[32];
    std::snprintf(name, sizeof name, ".%02d.pdf", ++ordinal);
    const std::string target = dossierCode + name;
    copyFileAtomically(store.layout().root / *document.archiveFile, folder / target, fs::perms(0644));
    document.archiveFile = target;
    dossier.documents.push_back(&document);
  }
  writeText(folder / (dossierCode + ".xml"), dossierMetadataXml(dossier));
  return ordinal;
}

}  // namespace sohoa::pipeline
