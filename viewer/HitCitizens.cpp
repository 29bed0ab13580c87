#include "viewer/HitCitizens.hpp"

#include "viewer/PersonalDataMask.hpp"

namespace sohoa::viewer {
namespace {

using nlohmann::ordered_json;

ordered_json optionalJson(const std::optional<std::string>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json maskedOrNull(const std::optional<std::string>& number) {
  return number ? ordered_json(maskedNumber(*number)) : ordered_json(nullptr);
}

}  // namespace

void addHitCitizens(indexer::RecordStore& store, ordered_json& hits) {
  auto applicant = store.db().prepare(
      "SELECT d.applicant_name, d.applicant_id, d.procedure_code, p.name, d.received_at FROM dossiers d "
      "LEFT JOIN procedures p ON p.code = d.procedure_code WHERE d.code = ?");
  auto person = store.db().prepare(
      "SELECT (SELECT f.value FROM fields f WHERE f.document_id = d.id AND f.name = 'person_name' ORDER BY f.id), "
      "(SELECT f.value FROM fields f WHERE f.document_id = d.id AND f.name = 'citizen_ids' ORDER BY f.id) "
      "FROM documents d WHERE d.public_id = ?");
  for (auto& hit : hits) {
    ordered_json citizen{{"name", nullptr},
                         {"citizen_id", nullptr},
                         {"procedure_code", nullptr},
                         {"procedure_name", nullptr},
                         {"received_at", nullptr}};
    if (hit["dossier_code"].is_string()) {
      applicant.reset();
      applicant.bindAll(hit["dossier_code"].get<std::string>());
      if (applicant.step())
        citizen = {{"name", optionalJson(applicant.optionalText(0))},
                   {"citizen_id", maskedOrNull(applicant.optionalText(1))},
                   {"procedure_code", optionalJson(applicant.optionalText(2))},
                   {"procedure_name", optionalJson(applicant.optionalText(3))},
                   {"received_at", optionalJson(applicant.optionalText(4))}};
    }
    // Outside the register (or a register row without a name): the document's own person.
    if (citizen["name"].is_null() && hit["document_id"].is_string()) {
      person.reset();
      person.bindAll(hit["document_id"].get<std::string>());
      if (person.step()) {
        citizen["name"] = optionalJson(person.optionalText(0));
        if (citizen["citizen_id"].is_null()) citizen["citizen_id"] = maskedOrNull(person.optionalText(1));
      }
    }
    hit["citizen"] = citizen;
  }
}

}  // namespace sohoa::viewer
