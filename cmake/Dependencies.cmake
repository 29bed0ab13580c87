# Every external library, found once. scripts/install-deps.sh installs them on Debian 12.
find_package(PkgConfig REQUIRED)
pkg_check_modules(Tesseract REQUIRED IMPORTED_TARGET tesseract>=5)
pkg_check_modules(Leptonica REQUIRED IMPORTED_TARGET lept)
pkg_check_modules(PopplerCpp REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(Qpdf REQUIRED IMPORTED_TARGET libqpdf)
# qpdf before 11.4 defines JSON_array's destructor inside class JSON, where JSON is still
# incomplete: gcc accepts it, clang in C++20 does not (vector's destructor is constexpr; qpdf
# issue 942). Clang builds (the fuzzers) get a copy of JSON.hh, put before the system one, with
# that destructor defined after the class: the same code, in an order clang accepts.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND Qpdf_VERSION VERSION_LESS 11.4)
  find_file(SOHOA_QPDF_JSON_HH qpdf/JSON.hh HINTS ${Qpdf_INCLUDEDIR} REQUIRED)
  file(READ ${SOHOA_QPDF_JSON_HH} json_hh)
  string(REPLACE "virtual ~JSON_array() = default;" "virtual ~JSON_array();" json_hh "${json_hh}")
  string(REPLACE "#endif // JSON_HH" "inline JSON::JSON_array::~JSON_array() = default;\n\n#endif // JSON_HH" json_hh
                 "${json_hh}")
  file(WRITE ${CMAKE_BINARY_DIR}/qpdf-clang/qpdf/JSON.hh "${json_hh}")
  target_include_directories(PkgConfig::Qpdf BEFORE INTERFACE ${CMAKE_BINARY_DIR}/qpdf-clang)
endif()
# pipeline/: scans decoded with their own libraries, header first and quietly
pkg_check_modules(Jpeg REQUIRED IMPORTED_TARGET libjpeg)
pkg_check_modules(Png REQUIRED IMPORTED_TARGET libpng)
pkg_check_modules(Tiff REQUIRED IMPORTED_TARGET libtiff-4)
pkg_check_modules(LibXml2 REQUIRED IMPORTED_TARGET libxml-2.0)
pkg_check_modules(Sqlite3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(Libpq REQUIRED IMPORTED_TARGET libpq)
pkg_check_modules(Icu REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(XlsxWriter REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(Sodium REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(Sane REQUIRED IMPORTED_TARGET sane-backends)
pkg_check_modules(CppHttplib REQUIRED IMPORTED_TARGET cpp-httplib)
find_package(ZXing 1.4 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)
# ocr/: photos of papers (core, imgproc); handwritten digits (ml, ximgproc thinning; imgcodecs reads
# digits.png to train them at build time)
find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs ml ximgproc)
