#pragma once
// What went wrong with the store, by kind, so that each program answers a kind once: the
// command line with an exit status (pipeline/cli/ExitStatus), the viewer with an HTTP status
// (viewer/FailureReply). A store another program is writing (try again later) is never
// mistaken for a record that does not exist, nor for a broken store.
#include <stdexcept>
#include <string>

namespace sohoa::indexer {

enum class ErrorKind {
  NotFound,        // no such store, document, page, field, user
  InvalidInput,    // the request cannot be taken as given
  Busy,            // another program holds the store's lock, or a time budget ran out: try again
  Conflict,        // the change contradicts what the store holds (a constraint)
  StorageFailure,  // the store cannot be read or written (damaged, full, read-only, out of date)
};

class StoreError : public std::runtime_error {
 public:
  StoreError(ErrorKind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

// A record asked for by its key (a page, a field, a user) that the store does not hold.
// Lookups that may miss return std::optional; this is for operations on a record that must exist.
class NotFound : public StoreError {
 public:
  explicit NotFound(const std::string& what) : StoreError(ErrorKind::NotFound, what) {}
};

}  // namespace sohoa::indexer
