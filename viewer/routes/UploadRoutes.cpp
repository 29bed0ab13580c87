// POST /api/uploads: files a clerk drops on the ingest or dossier page, read as `sohoa ingest` reads them.
#include <map>

#include "indexer/extract/DossierCode.hpp"
#include "indexer/text/PrintableText.hpp"
#include "viewer/intake/UploadIntake.hpp"
#include "viewer/routes/Routes.hpp"

namespace sohoa::viewer {

namespace {

struct ReceivedUpload {
  std::map<std::string, std::string> values;  // dossier, part
  std::optional<std::string> refusal;
  int status = 400;
};

// Streams the multipart body to disk part by part; the first problem stops the reading.
ReceivedUpload receive(const httplib::ContentReader& content, UploadFolder& upload) {
  ReceivedUpload received;
  std::string field;
  bool fileOpen = false;
  auto refuse = [&](const std::string& why, int status) {
    received.refusal = why;
    received.status = status;
    return false;
  };
  content(
      [&](const httplib::MultipartFormData& part) {
        upload.endFile();
        fileOpen = false;
        field = part.name;
        if (field == "file") {
          if (part.filename.empty()) return true;  // a file input left empty
          try {
            upload.beginFile(part.filename);
            fileOpen = true;
          } catch (const UploadTooLarge& tooMany) {
            return refuse(tooMany.what(), 413);
          }
          return true;
        }
        if (field != "dossier" && field != "part") return refuse("Trường không dùng được: " + field, 400);
        return true;
      },
      [&](const char* data, std::size_t size) {
        if (field == "file") {
          if (!fileOpen) return true;
          try {
            upload.append(data, size);
          } catch (const UploadTooLarge& tooLarge) {
            return refuse(tooLarge.what(), 413);
          }
          return true;
        }
        std::string& value = received.values[field];
        if (value.size() + size > 100) return refuse("Giá trị quá dài: " + field, 400);
        value.append(data, size);
        return true;
      });
  upload.endFile();
  return received;
}

// The dossier and part the clerk chose, checked; a refusal otherwise.
std::optional<std::string> dossierAndPart(ReceivedUpload& received, std::optional<std::string>& dossier,
                                          std::optional<std::string>& part) {
  const std::string dossierText = received.values["dossier"], partText = received.values["part"];
  if (!dossierText.empty()) {
    dossier = indexer::readDossierCode(dossierText);
    if (!dossier) return "Mã hồ sơ không hợp lệ: " + indexer::printable(dossierText);
  }
  if (!partText.empty()) {
    if (partText != "component" && partText != "result")
      return std::string("Phần hồ sơ phải là thành phần (component) hoặc kết quả (result)");
    if (!dossier) return std::string("Chọn hồ sơ trước khi chọn phần hồ sơ");
    part = partText;
  }
  return std::nullopt;
}

}  // namespace

void mountUploadRoutes(httplib::Server& server, ViewerContext& context) {
  server.Post("/api/uploads", [&](const httplib::Request& request, httplib::Response& response,
                                  const httplib::ContentReader& content) {
    // The session and the CSRF token are checked before a byte of the body is read.
    const auto session = authorised(context, request, response, kWorkingRoles, Changes::State);
    if (!session) return response.set_header("Connection", "close");
    if (!request.is_multipart_form_data()) {
      response.set_header("Connection", "close");
      return replyError(response, 415, "Gửi tệp dưới dạng multipart/form-data, mỗi tệp một trường \"file\"");
    }
    UploadFolder upload(context.layout, session->username);
    ReceivedUpload received = receive(content, upload);
    std::optional<std::string> dossier, part;
    if (!received.refusal && upload.files().empty()) received.refusal = "Chưa chọn tệp nào";
    if (!received.refusal) received.refusal = dossierAndPart(received, dossier, part);
    if (received.refusal) {
      upload.discard();
      response.set_header("Connection", "close");
      return replyError(response, received.status, *received.refusal);
    }
    upload.startIngest(context.layout, dossier, part);
    nlohmann::ordered_json names = nlohmann::ordered_json::array();
    for (const auto& file : upload.files()) names.push_back(file.filename().string().substr(5));
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    audit(store, request, session->username, "upload", "upload:" + upload.id(),
          std::to_string(upload.files().size()) + " tệp" + (dossier ? ", hồ sơ " + *dossier : "") +
              (part ? " (" + *part + ")" : ""));
    replyJson(response, 202, {{"upload", upload.id()}, {"files", names}});
  });
}

}  // namespace sohoa::viewer
