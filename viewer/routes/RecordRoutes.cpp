#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/register/RegisterDate.hpp"
#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/PageHits.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/FieldCorrection.hpp"
#include "indexer/store/StoredPages.hpp"
#include "indexer/store/TypesPresent.hpp"
#include "ocr/formats/JpegBytes.hpp"
#include "viewer/json/CitizenGroupsJson.hpp"
#include "viewer/json/RecordJson.hpp"
#include "viewer/masking/AuditorSearch.hpp"
#include "viewer/masking/DocumentMask.hpp"
#include "viewer/masking/MaskedPageImage.hpp"
#include "viewer/routes/PathParameters.hpp"
#include "viewer/routes/Routes.hpp"
#include "viewer/server/PageThumbnail.hpp"

namespace sohoa::viewer {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> readFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// A request on one record: who asks, and the record's key from the path.
struct RecordRequest {
  Session session;
  std::string key;
};

// The request's session and path parameter when its user may do this and `valid` says the
// parameter may be a key; otherwise the reply is set (401, 403, or 400 naming `what`).
std::optional<RecordRequest> recordRequest(ViewerContext& context, const httplib::Request& request,
                                           httplib::Response& response, std::initializer_list<Role> allowed,
                                           bool (*valid)(std::string_view), const std::string& what,
                                           Changes changes = Changes::Nothing) {
  auto session = authorised(context, request, response, allowed, changes);
  if (!session) return std::nullopt;
  std::string key = request.matches[1];
  if (valid(key)) return RecordRequest{std::move(*session), std::move(key)};
  replyError(response, 400, what + " không hợp lệ");
  return std::nullopt;
}

// The time a search may take: indexer::kSearchBudget, or SOHOA_SEARCH_BUDGET_MS when set (the
// browser tests of the sanitizer build, where every search runs several times slower).
std::chrono::milliseconds searchBudget() {
  static const std::chrono::milliseconds budget = [] {
    const char* set = std::getenv("SOHOA_SEARCH_BUDGET_MS");
    const long milliseconds = set ? std::strtol(set, nullptr, 10) : 0;
    return milliseconds > 0 ? std::chrono::milliseconds(milliseconds) : indexer::kSearchBudget;
  }();
  return budget;
}

// A query over the limits of indexer::PageSearch, in words for the person.
void replyRefused(httplib::Response& response, const indexer::SearchRefused& refused) {
  if (refused.reason() == indexer::SearchRefused::Reason::TooSlow)
    return replyError(response, 503,
                      "Tìm kiếm này cần quá " + std::to_string(searchBudget().count()) +
                          " mili giây nên đã dừng; thêm từ hoặc bộ lọc để thu hẹp");
  replyError(response, 400,
             "Câu tìm kiếm quá dài: tối đa " + std::to_string(indexer::kMostQueryWords) + " từ và " +
                 std::to_string(indexer::kLongestQuery) + " byte; hãy rút gọn hoặc dùng bộ lọc");
}

// The page's preview picture in the store (it may not exist: born-digital pages have none).
std::optional<fs::path> previewOf(indexer::RecordStore& store, std::int64_t pageId);

// The results grouped by citizen, every match counted: `offset` and `limit` page the groups.
void searchByCitizen(indexer::RecordStore& store, const httplib::Request& request, httplib::Response& response,
                     const Session& session, const indexer::SearchQuery& query) {
  const bool auditor = session.role == Role::Auditor;
  indexer::CitizenGroups grouped;
  try {
    grouped = auditor ? auditorCitizenGroups(store, query) : indexer::citizenGroups(store, query);
  } catch (const indexer::SearchRefused& refused) {
    audit(store, request, session.username, "search", query.text.substr(0, indexer::kLongestQuery), "refused");
    return replyRefused(response, refused);
  }
  audit(store, request, session.username, "search", query.text,
        (query.citizenId ? "cccd=" + *query.citizenId + " " : "") +
            (query.typeLabel ? "type=" + *query.typeLabel + " " : "") + "group=citizen groups=" +
            std::to_string(grouped.groups.size()) + " total=" + std::to_string(grouped.total));
  auto answer = citizenGroupsJson(grouped);
  answer["offset"] = query.offset;
  answer["limit"] = query.limit;
  answer["group"] = "citizen";
  replyJson(response, 200, answer);
}

void search(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto session = authorised(context, request, response, kAnyRole);
  if (!session) return;
  indexer::SearchQuery query;
  query.timeBudget = searchBudget();
  query.text = request.get_param_value("q");
  query.citizenId = queryParameter(request, "cccd");
  query.typeLabel = queryParameter(request, "type");
  query.kind = queryParameter(request, "kind");
  query.dossierCode = queryParameter(request, "dossier");
  for (auto [name, target] : {std::pair{"from", &query.dateFrom}, std::pair{"to", &query.dateTo}}) {
    const auto typed = queryParameter(request, name);
    if (!typed) continue;
    *target = indexer::readTypedDay(*typed);
    if (!*target) return replyError(response, 400, "Ngày không hợp lệ: " + *typed + " (dd/mm/yyyy hoặc yyyy-mm-dd)");
  }
  if (const auto limit = queryCount(request, "limit")) query.limit = std::clamp(*limit, 1, 200);
  if (const auto offset = queryCount(request, "offset")) query.offset = std::min(*offset, indexer::kFurthestOffset);
  const auto sort = queryParameter(request, "sort").value_or("relevance");
  if (sort != "relevance" && sort != "date")
    return replyError(response, 400, "Cách sắp xếp không hợp lệ (relevance hoặc date)");
  query.order = sort == "date" ? indexer::SearchOrder::Date : indexer::SearchOrder::Relevance;
  const auto dateKind = queryParameter(request, "date").value_or("received");
  if (dateKind != "received" && dateKind != "issued")
    return replyError(response, 400, "Loại ngày không hợp lệ (received: ngày tiếp nhận, issued: ngày ban hành)");
  query.dateKind = dateKind == "issued" ? indexer::DateKind::Issued : indexer::DateKind::Received;
  const auto group = queryParameter(request, "group");
  if (group && *group != "citizen") return replyError(response, 400, "Cách nhóm không hợp lệ (citizen: theo công dân)");
  const bool auditor = session->role == Role::Auditor;
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  if (const auto refusal = auditor ? auditorRefusal(query) : std::nullopt) {
    audit(store, request, session->username, "search", query.text.substr(0, indexer::kLongestQuery), "refused");
    return replyError(response, 403, *refusal);
  }
  if (query.citizenId) {  // typed with spaces, or without the zero a spreadsheet drops
    const std::string typed = *query.citizenId;
    query.citizenId = indexer::citizenNumberAsTyped(typed);
    if (!query.citizenId)
      return replyError(response, 400, "Số CCCD không hợp lệ: " + typed + " (CCCD có 12 chữ số, CMND có 9)");
  }
  if (group) return searchByCitizen(store, request, response, *session, query);
  indexer::SearchResult result;
  try {
    result = auditor ? auditorSearch(store, query) : indexer::PageSearch(store).search(query);
  } catch (const indexer::SearchRefused& refused) {
    audit(store, request, session->username, "search", query.text.substr(0, indexer::kLongestQuery), "refused");
    return replyRefused(response, refused);
  }
  audit(store, request, session->username, "search", query.text,
        (query.citizenId ? "cccd=" + *query.citizenId + " " : "") +
            (query.typeLabel ? "type=" + *query.typeLabel : "") + " hits=" + std::to_string(result.hits.size()) +
            " total=" + std::to_string(result.total));
  auto answer = searchResultJson(result, auditor);
  for (auto& hit : answer["hits"]) {  // the list shows a thumbnail of a page with a picture only
    const auto preview = previewOf(store, hit["page_id"].get<std::int64_t>());
    hit["has_image"] = preview && fs::exists(*preview);
  }
  answer["offset"] = query.offset;
  answer["limit"] = query.limit;
  answer["sort"] = sort;
  answer["date_kind"] = dateKind;
  replyJson(response, 200, answer);
}

// The types the store holds, for the search's type filter (no personal data: any role).
void documentTypes(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  if (!authorised(context, request, response, kAnyRole)) return;
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  nlohmann::ordered_json types = nlohmann::ordered_json::array();
  for (const auto& type : indexer::typesPresent(store))
    types.push_back({{"type_label", type.label}, {"documents", type.documents}});
  replyJson(response, 200, {{"types", types}});
}

void document(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto asked = recordRequest(context, request, response, kAnyRole, isDocumentId, "Mã văn bản");
  if (!asked) return;
  const Session& session = asked->session;
  const std::string& id = asked->key;
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  const auto found = indexer::DocumentCatalog(store).find(id);
  if (!found) return replyError(response, 404, "Không có văn bản " + id);
  audit(store, request, session.username, "view", "document:" + id);
  replyJson(response, 200, documentViewJson(store, *found, session.role == Role::Auditor));
}

void archiveFile(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto asked = recordRequest(context, request, response, kWorkingRoles, isDocumentId, "Mã văn bản");
  if (!asked) return;
  const Session& session = asked->session;
  const std::string& id = asked->key;
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  const auto found = indexer::DocumentCatalog(store).find(id);
  if (!found) return replyError(response, 404, "Không có văn bản " + id);
  if (!found->archiveFile) return replyError(response, 404, "Văn bản " + id + " chưa có tệp lưu trữ (sohoa archive)");
  // The file must lie inside the store's archive folder, whatever the record says.
  const fs::path archiveRoot = fs::weakly_canonical(context.layout.archive());
  const fs::path file = fs::weakly_canonical(context.layout.root / *found->archiveFile);
  if (!file.string().starts_with(archiveRoot.string() + "/")) return replyError(response, 403, "Tệp ngoài kho lưu trữ");
  const auto bytes = readFile(file);
  if (!bytes) return replyError(response, 404, "Không đọc được tệp " + *found->archiveFile);
  audit(store, request, session.username, "download", "document:" + id, *found->archiveFile);
  response.set_header("Content-Disposition", "attachment; filename=\"" + file.filename().string() + "\"");
  response.set_header("Cache-Control", "no-store");
  response.set_content(*bytes, "application/pdf");
}

void dossier(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto asked = recordRequest(context, request, response, kAnyRole, isDossierCode, "Mã hồ sơ");
  if (!asked) return;
  const Session& session = asked->session;
  const std::string& code = asked->key;
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  auto view = dossierViewJson(store, code, session.role == Role::Auditor);
  if (view["register"].is_null() && view["documents"].empty())
    return replyError(response, 404, "Không có hồ sơ " + code);
  audit(store, request, session.username, "view", "dossier:" + code);
  replyJson(response, 200, view);
}

std::optional<fs::path> previewOf(indexer::RecordStore& store, std::int64_t pageId) {
  const auto preview = indexer::pagePreviewFile(store, pageId);
  if (!preview) return std::nullopt;
  return store.layout().root / *preview;
}

void pageImage(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto asked = recordRequest(context, request, response, kAnyRole, isRowId, "Mã trang");
  if (!asked) return;
  const Session& session = asked->session;
  const std::string& id = asked->key;
  const std::int64_t pageId = std::stoll(id);
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  const auto file = previewOf(store, pageId);
  if (!file) return replyError(response, 404, "Không có trang " + id);
  auto jpeg = readFile(*file);
  if (!jpeg)
    return replyError(response, 404,
                      "Trang " + id + " không có ảnh (văn bản điện tử, hoặc nhập trước khi có ảnh xem trước)");
  if (session.role == Role::Auditor) {
    jpeg = maskedPageImage(*jpeg, indexer::storedPageWords(store, pageId), indexer::storedCodeBoxes(store, pageId),
                           pageMask(store, pageId));
    if (jpeg->empty()) return replyError(response, 500, "Không che được dữ liệu cá nhân trên ảnh trang " + id);
  }
  const std::string askedWidth = request.get_param_value("width");
  if (!askedWidth.empty()) {  // a list of results shows a small copy
    const auto width = thumbnailWidth(askedWidth);
    if (!width) return replyError(response, 400, "Chiều rộng ảnh thu nhỏ không hợp lệ (48 đến 400 điểm ảnh)");
    jpeg = thumbnailJpeg(*jpeg, *width);
    if (jpeg->empty()) return replyError(response, 500, "Không thu nhỏ được ảnh trang " + id);
  }
  audit(store, request, session.username, "view", "page:" + id, askedWidth.empty() ? "" : "ảnh thu nhỏ");
  response.set_header("Cache-Control", "private, no-store");
  response.set_content(*jpeg, "image/jpeg");
}

// Every request is audited: the words asked for on a page say what was looked for.
void pageHits(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto asked = recordRequest(context, request, response, kAnyRole, isRowId, "Mã trang");
  if (!asked) return;
  const std::string& id = asked->key;
  const std::string words = request.get_param_value("q");
  const bool auditor = asked->session.role == Role::Auditor;
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  audit(store, request, asked->session.username, "hits", "page:" + id, words.substr(0, indexer::kLongestQuery));
  if (const auto refused = indexer::queryRefusal(words)) return replyRefused(response, *refused);
  if (const auto refusal = auditor ? auditorRefusal(words) : std::nullopt) return replyError(response, 403, *refusal);
  // An unknown page is an indexer::NotFound, answered 404 by the server's one mapping.
  const std::int64_t pageId = std::stoll(id);
  auto hits = indexer::storedPageHits(store, pageId, words);
  if (auditor) {  // no box on a word the auditor's view hides
    const auto hidden = maskedWordBoxes(indexer::storedPageWords(store, pageId), pageMask(store, pageId));
    std::erase_if(hits.boxes,
                  [&](const ocr::Box& box) { return std::find(hidden.begin(), hidden.end(), box) != hidden.end(); });
  }
  nlohmann::ordered_json boxes = nlohmann::ordered_json::array();
  for (const auto& box : hits.boxes) boxes.push_back({box.x0, box.y0, box.x1, box.y1});
  replyJson(response, 200, {{"width", hits.width}, {"height", hits.height}, {"boxes", boxes}});
}

void correctField(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto asked = recordRequest(context, request, response, kWorkingRoles, isRowId, "Mã trường", Changes::State);
  if (!asked) return;
  const Session& session = asked->session;
  const std::string& id = asked->key;
  const auto body = jsonBody(request, response);
  if (!body) return;
  const auto value = textMember(*body, "value");
  if (!value) return replyError(response, 400, "Thiếu giá trị mới (\"value\")");
  auto lease = context.stores.lease();
  indexer::RecordStore& store = *lease;
  try {
    const auto done = indexer::correctField(store, std::stoll(id), *value, session.username);
    audit(store, request, session.username, "correct", "field:" + id,
          done.documentId + " " + done.name + ": " + done.oldValue + " → " + done.newValue);
    const auto document = indexer::DocumentCatalog(store).find(done.documentId);
    replyJson(response, 200, documentViewJson(store, *document, false));
  } catch (const indexer::InvalidCorrection& invalid) {  // an unknown field: NotFound, 404 by the server
    replyError(response, 422, std::string("Giá trị không hợp lệ: ") + invalid.what());
  }
}

}  // namespace

void mountRecordRoutes(httplib::Server& server, ViewerContext& context) {
  auto bind = [&context](RouteFunction handler) { return boundTo(context, handler); };
  server.Get("/api/search", bind(search));
  server.Get("/api/types", bind(documentTypes));
  server.Get(R"(/api/documents/([^/]+))", bind(document));
  server.Get(R"(/api/documents/([^/]+)/archive)", bind(archiveFile));
  server.Get(R"(/api/dossiers/([^/]+))", bind(dossier));
  server.Get(R"(/api/pages/([^/]+)/image)", bind(pageImage));
  server.Get(R"(/api/pages/([^/]+)/hits)", bind(pageHits));
  server.Post(R"(/api/fields/([^/]+))", bind(correctField));
}

}  // namespace sohoa::viewer
