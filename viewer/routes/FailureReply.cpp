#include "viewer/routes/FailureReply.hpp"

#include "viewer/server/ViewerContext.hpp"

namespace sohoa::viewer {

using indexer::ErrorKind;

int httpStatusFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::NotFound:
      return 404;
    case ErrorKind::InvalidInput:
      return 400;
    case ErrorKind::Conflict:
      return 409;
    case ErrorKind::Busy:
      return 503;
    case ErrorKind::StorageFailure:
      break;
  }
  return 500;
}

std::string failureMessage(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::NotFound:
      return "Không có dữ liệu được yêu cầu";
    case ErrorKind::InvalidInput:
      return "Yêu cầu không hợp lệ";
    case ErrorKind::Conflict:
      return "Dữ liệu vừa được thay đổi ở nơi khác; xin tải lại trang rồi thử lại";
    case ErrorKind::Busy:
      return "Kho dữ liệu đang bận (một lượt nhập liệu đang ghi); xin thử lại sau ít giây";
    case ErrorKind::StorageFailure:
      break;
  }
  return "Lỗi kho dữ liệu; chi tiết đã ghi vào nhật ký của máy chủ";
}

void replyFailure(httplib::Response& response, ErrorKind kind, const std::string& message) {
  if (kind == ErrorKind::Busy) response.set_header("Retry-After", "5");
  replyError(response, httpStatusFor(kind), message.empty() ? failureMessage(kind) : message);
}

}  // namespace sohoa::viewer
