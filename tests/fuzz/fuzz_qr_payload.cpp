// What a QR code on a receipt says (anything anyone printed): what comes out is valid.
#include <cstdlib>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/extract/DossierCode.hpp"
#include "indexer/extract/QrPayload.hpp"

using namespace sohoa::indexer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto payload = readQrPayload(std::string_view(reinterpret_cast<const char*>(data), size), currentYear());
  if (payload.citizenId && !isValidCccd(*payload.citizenId, currentYear())) std::abort();
  if (payload.dossierCode && readDossierCode(*payload.dossierCode) != payload.dossierCode) std::abort();
  if (payload.procedureCode && readProcedureCode(*payload.procedureCode) != payload.procedureCode) std::abort();
  return 0;
}
