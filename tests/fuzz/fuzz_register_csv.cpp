// The dossier register (CSV from the provincial system, or anything a clerk picks): every
// input imports or is refused row by row; nothing crashes, and nothing stored breaks the
// rules the importer promises (codes in their format, valid numbers).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "indexer/extract/DossierCode.hpp"
#include "indexer/register/DossierRegister.hpp"
#include "indexer/store/StoreMigration.hpp"

using namespace sohoa::indexer;

namespace {

// A store in a folder of its own, removed when the fuzzer exits (statics end in reverse order).
struct FuzzFolder {
  std::filesystem::path path;
  FuzzFolder() {
    char name[] = "/tmp/sohoa-fuzz-register-XXXXXX";
    path = mkdtemp(name);
  }
  ~FuzzFolder() { std::filesystem::remove_all(path); }
};

RecordStore& store() {
  static const FuzzFolder folder;
  static RecordStore opened = openMigratedStore(StoreLayout{folder.path});
  return opened;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream csv(std::string(reinterpret_cast<const char*>(data), size));
  try {
    importRegister(store(), csv);
  } catch (const std::runtime_error&) {
    return 0;  // no MaHoSo column: refused as a whole
  }
  auto codes = store().db().prepare("SELECT code FROM dossiers");
  while (codes.step())
    if (readDossierCode(codes.text(0)) != codes.text(0)) std::abort();
  store().db().execute("DELETE FROM dossiers");
  return 0;
}
