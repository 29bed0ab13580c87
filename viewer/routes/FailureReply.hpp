#pragma once
// The viewer's one answer to each kind of failure (indexer/store/StoreError): not found 404,
// invalid input 400, conflict 409, busy 503 with Retry-After (another program is writing the
// store: try again in a few seconds), storage failure 500. Routes answer what they expect
// (an optional lookup that found nothing) themselves; whatever is thrown reaches the server's
// exception handler, which answers through here, so a busy store never becomes a 404.
#include <httplib.h>

#include <string>

#include "indexer/store/StoreError.hpp"

namespace sohoa::viewer {

int httpStatusFor(indexer::ErrorKind kind);
// What a browser is told for a kind, in Vietnamese; the details stay in the server's log.
std::string failureMessage(indexer::ErrorKind kind);
// The status, the message (failureMessage unless `message` says more) and, for Busy, Retry-After.
void replyFailure(httplib::Response& response, indexer::ErrorKind kind, const std::string& message = "");

}  // namespace sohoa::viewer
