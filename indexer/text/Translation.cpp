#include "indexer/text/Translation.hpp"

#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace sohoa::indexer {
namespace {

constexpr const char* kDomain = "sohoa";
namespace fs = std::filesystem;

// Where the compiled catalogue is: set by hand, installed beside the program, or built.
fs::path catalogueDirectory() {
  if (const char* set = std::getenv("SOHOA_LOCALE_DIR"); set && *set) return set;
  std::error_code error;
  const fs::path program = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    const fs::path installed = program.parent_path().parent_path() / "share/locale";
    if (fs::exists(installed / "vi/LC_MESSAGES/sohoa.mo", error)) return installed;
  }
  return SOHOA_BUILD_LOCALE_DIR;
}

}  // namespace

void useReadersLanguage() {
  // Only the messages' category: Tesseract wants the "C" locale for the rest, and numbers
  // in JSON and CSV keep their decimal point.
  std::setlocale(LC_MESSAGES, "");
  bindtextdomain(kDomain, catalogueDirectory().c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");  // whatever LC_CTYPE says
}

const char* tr(const char* english) { return dgettext(kDomain, english); }

const char* tr(const char* singular, const char* plural, unsigned long count) {
  return dngettext(kDomain, singular, plural, count);
}

bool readsVietnamese() {
  // The catalogue's own answer to which language it is (po/vi.po translates this msgid).
  return std::string(tr("language: en")) == "language: vi";
}

std::string dayAsWritten(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string readersDay(const std::string& iso) { return readsVietnamese() ? dayAsWritten(iso) : iso; }

std::string filled(const char* text, std::initializer_list<std::string> values) {
  const std::vector<std::string> in(values);
  std::string out;
  for (const char* c = text; *c; ++c) {
    if (c[0] == '%' && c[1] >= '1' && c[1] <= '9' && static_cast<std::size_t>(c[1] - '1') < in.size()) {
      out += in[static_cast<std::size_t>(c[1] - '1')];
      ++c;
    } else {
      out += *c;
    }
  }
  return out;
}

}  // namespace sohoa::indexer
