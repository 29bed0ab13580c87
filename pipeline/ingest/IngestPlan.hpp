#pragma once
// The plan of an ingest run, decided before any page is read: which inputs are read (an input
// whose content the store holds is skipped, as is a second copy in the same run), which of
// their pages are still to do (a run killed half way left some stored; pages that failed
// before are read again only when asked), and which inputs make one batch (the unit cut into
// documents and dossiers once all its pages are stored). Pure: the store's answers come in as
// values, so tests can plan without a store, files or an OCR engine.
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sohoa::pipeline {

// What the store already holds of an input's content (the ingest journal's answer).
struct ContentInStore {
  bool done = false;      // every page was read, stored or failed
  std::string givenPath;  // as the earlier run was given it
  std::size_t failedPages = 0;
};

enum class Admission { Read, AlreadyStored, SameAsAnotherInput };

// `seen` holds the contents already admitted in this run; a content read is added to it.
Admission admitInput(const std::string& sha256, const std::optional<ContentInStore>& inStore, bool retryFailed,
                     std::set<std::string>& seen);

struct PagesToRead {
  std::vector<int> pages;         // in order
  std::vector<int> failedBefore;  // failed in an earlier run and not retried
};

// `failedBefore` is the earlier run's failures; with `retryFailed` they are read again.
PagesToRead pagesToRead(int pageCount, const std::set<int>& stored, const std::map<int, std::string>& failedBefore,
                        bool retryFailed);

// An admitted input as batching sees it.
struct BatchMember {
  std::string folder;     // the folder it was found in, empty for a file given by name
  std::string givenPath;  // as given
  int pageCount = 0;
  bool pdf = false;
};

struct PlannedBatch {
  std::string path;                  // the file, or the folder, as given
  std::vector<std::size_t> members;  // indices into the inputs, in order
};

// Single-page images side by side in a folder (a scanner's output) are the pages of one
// batch; anything else (a PDF, a multi-page TIFF, a file given by name) is a batch of its own.
std::vector<PlannedBatch> groupIntoBatches(const std::vector<BatchMember>& inputs);

}  // namespace sohoa::pipeline

namespace sohoa::pipeline {

// What the clerk is told of an input not read (`why` is not Read): `knownAs` is the path the
// store's copy was given as, `failedPages` how many of its pages failed.
std::string skippedInputMessage(const std::string& givenPath, Admission why, const std::string& knownAs,
                                std::size_t failedPages);

}  // namespace sohoa::pipeline
