#include "viewer/json/CitizenGroupsJson.hpp"

#include "viewer/masking/PersonalDataMask.hpp"

namespace sohoa::viewer {
namespace {

using nlohmann::ordered_json;

ordered_json optionalJson(const std::optional<std::string>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

}  // namespace

ordered_json citizenGroupsJson(const indexer::CitizenGroups& grouped) {
  ordered_json groups = ordered_json::array();
  for (const auto& group : grouped.groups) {
    ordered_json rows = ordered_json::array();
    for (const auto& row : group.rows)
      rows.push_back({{"dossier_code", optionalJson(row.dossierCode)},
                      {"document_id", optionalJson(row.documentId)},
                      {"page_id", row.pageId},
                      {"type_label", optionalJson(row.typeLabel)},
                      {"procedure_code", optionalJson(row.procedureCode)},
                      {"procedure_name", optionalJson(row.procedureName)},
                      {"received_at", optionalJson(row.receivedAt)},
                      {"day", optionalJson(row.day)},
                      {"documents", row.documents},
                      {"pages", row.pages}});
    groups.push_back({{"name", optionalJson(group.name)},
                      {"citizen_id", group.citizenId ? ordered_json(maskedNumber(*group.citizenId)) : nullptr},
                      {"documents", group.documents},
                      {"pages", group.pages},
                      {"rows", rows}});
  }
  return {
      {"total", grouped.total}, {"total_at_least", grouped.totalAtLeast}, {"pages", grouped.pages}, {"groups", groups}};
}

}  // namespace sohoa::viewer
