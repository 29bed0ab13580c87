// Reuse of a digitised document for another dossier, done safely: the clerk first sees both
// sides (whose document it is, whose dossier it goes to, for which procedure), is warned when
// they are not the same citizen and must confirm, and can take a reuse back with a reason.
// Receipts are never reused (they belong to their own dossier), and only dossiers of the
// register can reuse (the rates count those).
#include "indexer/extract/FieldNames.hpp"
#include "indexer/register/DossierRegister.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/DossierRows.hpp"
#include "indexer/text/VietnameseFolding.hpp"
#include "viewer/masking/PersonalDataMask.hpp"
#include "viewer/routes/PathParameters.hpp"
#include "viewer/routes/Routes.hpp"

namespace sohoa::viewer {
namespace {

using nlohmann::ordered_json;

std::string foldedName(const std::string& name) { return indexer::foldMarks(indexer::lowerCase(name)); }

struct DocumentSide {
  indexer::DocumentRecord record;
  std::optional<std::string> personName;
  std::vector<std::string> citizenIds;
};

struct DossierSide {
  std::optional<std::string> procedureCode, procedureName, applicantName, applicantId;
};

std::optional<DossierSide> dossierSide(indexer::RecordStore& store, const std::string& code) {
  const auto dossier = indexer::registeredDossier(store, code);
  if (!dossier) return std::nullopt;
  return DossierSide{dossier->procedureCode, dossier->procedureName, dossier->applicantName, dossier->applicantId};
}

DocumentSide documentSide(indexer::DocumentRecord record) {
  DocumentSide side{std::move(record), std::nullopt, {}};
  for (const auto& field : side.record.fields) {
    // A name asked for (empty, for review) is no name to compare.
    if (field.name == indexer::fieldname::kPersonName && !side.personName && !field.value.empty())
      side.personName = field.value;
    if (field.name == indexer::fieldname::kCitizenIds) side.citizenIds.push_back(field.value);
  }
  return side;
}

// The same citizen: the applicant's number among the document's, or, without numbers on both
// sides, the same name; nothing when there is not enough to tell.
std::optional<bool> sameCitizen(const DocumentSide& document, const DossierSide& dossier) {
  if (dossier.applicantId && !document.citizenIds.empty())
    return std::find(document.citizenIds.begin(), document.citizenIds.end(), *dossier.applicantId) !=
           document.citizenIds.end();
  if (dossier.applicantName && document.personName)
    return foldedName(*dossier.applicantName) == foldedName(*document.personName);
  return std::nullopt;
}

ordered_json optionalJson(const std::optional<std::string>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json sidesJson(const DocumentSide& document, const std::string& dossierCode, const DossierSide& dossier) {
  ordered_json ids = ordered_json::array();
  for (const auto& id : document.citizenIds) ids.push_back(maskedNumber(id));
  const auto same = sameCitizen(document, dossier);
  return {{"document",
           {{"document_id", document.record.documentId},
            {"type_label", optionalJson(document.record.typeLabel)},
            {indexer::fieldname::kDossierCode, optionalJson(document.record.dossierCode)},
            {indexer::fieldname::kPersonName, optionalJson(document.personName)},
            {indexer::fieldname::kCitizenIds, ids}}},
          {"dossier",
           {{"dossier_code", dossierCode},
            {"procedure_code", optionalJson(dossier.procedureCode)},
            {"procedure_name", optionalJson(dossier.procedureName)},
            {"applicant_name", optionalJson(dossier.applicantName)},
            {"applicant_id", dossier.applicantId ? ordered_json(maskedNumber(*dossier.applicantId)) : nullptr}}},
          {"same_citizen", same ? ordered_json(*same) : nullptr}};
}

// Both sides of a reuse asked for in `body` (or the query), checked; nothing, and the reply
// set, when a side is missing or may not be reused.
struct Reuse {
  Session session;
  std::string dossierCode;
  DocumentSide document;
  DossierSide dossier;
};

std::optional<Reuse> askedReuse(httplib::Response& response, indexer::RecordStore& store, Session session,
                                const std::string& dossierCode, const std::string& documentId) {
  if (!isDossierCode(dossierCode)) return replyError(response, 400, "Mã hồ sơ không hợp lệ"), std::nullopt;
  if (!isDocumentId(documentId)) return replyError(response, 400, "Mã văn bản không hợp lệ"), std::nullopt;
  auto record = indexer::DocumentCatalog(store).find(documentId);
  if (!record) return replyError(response, 404, "Không có văn bản " + documentId), std::nullopt;
  if (record->dossierPart == "receipt" || record->kind == "receipt")
    return replyError(response, 422,
                      "Giấy tiếp nhận hồ sơ thuộc riêng hồ sơ của nó, không dùng lại cho hồ sơ khác được"),
           std::nullopt;
  auto dossier = dossierSide(store, dossierCode);
  if (!dossier)
    return replyError(response, 404,
                      "Hồ sơ " + dossierCode +
                          " chưa có trong sổ theo dõi hồ sơ của bộ phận một cửa: chỉ ghi nhận dùng lại được cho hồ sơ "
                          "đã tiếp nhận. Kiểm tra lại mã hồ sơ, hoặc cập nhật sổ theo dõi rồi làm lại."),
           std::nullopt;
  if (record->dossierCode == dossierCode)
    return replyError(response, 422, "Văn bản này đã thuộc hồ sơ " + dossierCode + ", không cần dùng lại"),
           std::nullopt;
  return Reuse{std::move(session), dossierCode, documentSide(std::move(*record)), std::move(*dossier)};
}

// GET /api/reuse/check?dossier_code=…&document_id=…: both sides, before the clerk confirms.
void checkReuse(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  auto session = authorised(context, request, response, kWorkingRoles);
  if (!session) return;
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  const auto reuse =
      askedReuse(response, store, std::move(*session), queryParameter(request, "dossier_code").value_or(""),
                 queryParameter(request, "document_id").value_or(""));
  if (!reuse) return;
  replyJson(response, 200, sidesJson(reuse->document, reuse->dossierCode, reuse->dossier));
}

// POST /api/reuse {dossier_code, document_id, confirmed}: another citizen's document needs
// `confirmed: true` (the clerk saw the warning and went on).
void recordReuse(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  auto session = authorised(context, request, response, kWorkingRoles, Changes::State);
  if (!session) return;
  const auto body = jsonBody(request, response);
  if (!body) return;
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  const auto reuse = askedReuse(response, store, std::move(*session), textMember(*body, "dossier_code").value_or(""),
                                textMember(*body, "document_id").value_or(""));
  if (!reuse) return;
  const bool confirmed = flagMember(*body, "confirmed").value_or(false);
  if (sameCitizen(reuse->document, reuse->dossier) == false && !confirmed)
    return replyError(response, 409,
                      "Văn bản này là của công dân khác với người nộp hồ sơ " + reuse->dossierCode +
                          ": xem lại hai bên và xác nhận nếu đúng là cần dùng lại");
  const std::string& documentId = reuse->document.record.documentId;
  indexer::recordReuse(store, reuse->dossierCode, documentId, reuse->session.username);
  audit(store, request, reuse->session.username, "reuse", "dossier:" + reuse->dossierCode,
        "document:" + documentId + (confirmed ? " (công dân khác, đã xác nhận)" : ""));
  replyJson(
      response, 200,
      {{"dossier_code", reuse->dossierCode}, {"document_id", documentId}, {"recorded_by", reuse->session.username}});
}

constexpr std::size_t kLongestReason = 500;

// POST /api/reuse/undo {dossier_code, document_id, reason}: the reuse no longer counts; who,
// when and why stay in the audit log.
void undoReuse(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  auto session = authorised(context, request, response, kWorkingRoles, Changes::State);
  if (!session) return;
  const auto body = jsonBody(request, response);
  if (!body) return;
  const std::string dossierCode = textMember(*body, "dossier_code").value_or("");
  const std::string documentId = textMember(*body, "document_id").value_or("");
  std::string reason = textMember(*body, "reason").value_or("");
  reason.erase(0, reason.find_first_not_of(" \t\r\n"));
  if (!isDossierCode(dossierCode)) return replyError(response, 400, "Mã hồ sơ không hợp lệ");
  if (!isDocumentId(documentId)) return replyError(response, 400, "Mã văn bản không hợp lệ");
  if (reason.empty()) return replyError(response, 400, "Cần ghi lý do hủy việc dùng lại");
  if (reason.size() > kLongestReason)
    return replyError(response, 400, "Lý do quá dài (tối đa " + std::to_string(kLongestReason) + " byte)");
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  if (!indexer::undoReuse(store, dossierCode, documentId))
    return replyError(response, 404,
                      "Văn bản " + documentId + " không được ghi nhận dùng lại cho hồ sơ " + dossierCode);
  audit(store, request, session->username, "reuse_undo", "dossier:" + dossierCode,
        "document:" + documentId + " lý do: " + reason);
  replyJson(response, 200,
            {{"dossier_code", dossierCode}, {"document_id", documentId}, {"undone_by", session->username}});
}

}  // namespace

void mountReuseRoutes(httplib::Server& server, ViewerContext& context) {
  auto bind = [&context](RouteFunction handler) { return boundTo(context, handler); };
  server.Get("/api/reuse/check", bind(checkReuse));
  server.Post("/api/reuse", bind(recordReuse));
  server.Post("/api/reuse/undo", bind(undoReuse));
}

}  // namespace sohoa::viewer
