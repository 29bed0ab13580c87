#include "pipeline/cli/ExitStatus.hpp"

namespace sohoa::pipeline {

int exitCodeFor(indexer::ErrorKind kind) {
  switch (kind) {
    case indexer::ErrorKind::NotFound:
      return kExitNotFound;
    case indexer::ErrorKind::InvalidInput:
      return kExitUsage;
    case indexer::ErrorKind::Busy:
      return kExitBusy;
    case indexer::ErrorKind::StorageFailure:
      return kExitStorage;
    case indexer::ErrorKind::Conflict:  // a change the store's rules refuse: the input failed
      break;
  }
  return kExitSomeFailed;
}

}  // namespace sohoa::pipeline
