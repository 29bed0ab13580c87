#include "pipeline/ingest/IngestPlan.hpp"

#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"

namespace sohoa::pipeline {

Admission admitInput(const std::string& sha256, const std::optional<ContentInStore>& inStore, bool retryFailed,
                     std::set<std::string>& seen) {
  if (inStore && inStore->done && (inStore->failedPages == 0 || !retryFailed)) return Admission::AlreadyStored;
  if (!seen.insert(sha256).second) return Admission::SameAsAnotherInput;
  return Admission::Read;
}

PagesToRead pagesToRead(int pageCount, const std::set<int>& stored, const std::map<int, std::string>& failedBefore,
                        bool retryFailed) {
  PagesToRead plan;
  for (int page = 1; page <= pageCount; ++page) {
    if (stored.contains(page)) continue;
    if (!retryFailed && failedBefore.contains(page))
      plan.failedBefore.push_back(page);
    else
      plan.pages.push_back(page);
  }
  return plan;
}

std::vector<PlannedBatch> groupIntoBatches(const std::vector<BatchMember>& inputs) {
  auto isFolderPage = [](const BatchMember& input) {
    return !input.folder.empty() && input.pageCount == 1 && !input.pdf;
  };
  std::vector<PlannedBatch> batches;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto& input = inputs[i];
    const bool folderPage = isFolderPage(input);
    const bool joinsPrevious = folderPage && !batches.empty() && batches.back().path == input.folder &&
                               isFolderPage(inputs[batches.back().members.back()]);
    if (!joinsPrevious) batches.push_back({folderPage ? input.folder : input.givenPath, {}});
    batches.back().members.push_back(i);
  }
  // A folder with a single page in it: the page's own file names the batch.
  for (auto& batch : batches)
    if (batch.members.size() == 1) batch.path = inputs[batch.members.front()].givenPath;
  return batches;
}

}  // namespace sohoa::pipeline

namespace sohoa::pipeline {

std::string skippedInputMessage(const std::string& givenPath, Admission why, const std::string& knownAs,
                                std::size_t failedPages) {
  using indexer::filled, indexer::printable, indexer::tr;
  if (why == Admission::SameAsAnotherInput)
    return filled(tr("%1: same content as another input of this batch, skipped"), {printable(givenPath)});
  if (failedPages > 0)
    return filled(tr("%1: already in the store (as %2) with %3 page(s) failed (--retry-failed reads them again), "
                     "skipped"),
                  {printable(givenPath), printable(knownAs), std::to_string(failedPages)});
  return filled(tr("%1: already in the store (as %2), skipped"), {printable(givenPath), printable(knownAs)});
}

}  // namespace sohoa::pipeline
