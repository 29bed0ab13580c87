#include "pipeline/ingest/QueueEnqueue.hpp"

#include <optional>
#include <ostream>
#include <set>

#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/ingest/ContentHash.hpp"
#include "pipeline/ingest/IngestPlan.hpp"
#include "pipeline/ingest/InputCollector.hpp"
#include "pipeline/ingest/OriginalsFolder.hpp"
#include "pipeline/ingest/PageReader.hpp"

namespace sohoa::pipeline {
namespace {

namespace fs = std::filesystem;

struct PlannedInput {
  InputFile input;
  InputType type;
  indexer::SourceRecord record;
};

// The input's record with its original kept; nothing when the store has its content.
std::optional<PlannedInput> planInput(indexer::PgPageQueue& queue, const fs::path& filesRoot, const InputFile& input,
                                      std::set<std::string>& seen, std::ostream& messages, EnqueueReport& report) {
  const InputType type = sniffInputType(input.file);
  if (type == InputType::Empty || type == InputType::Unknown) openPageReader(input.file, type);  // throws
  const std::string sha = sha256OfFile(input.file);
  const auto known = queue.findSource(sha);
  std::optional<ContentInStore> inStore;
  // Queued is as good as stored: its pages are the workers' to read.
  if (known) inStore = ContentInStore{true, known->record.givenPath, known->parkedPages};
  if (const auto admission = admitInput(sha, inStore, false, seen); admission != Admission::Read) {
    messages << "sohoa: "
             << skippedInputMessage(input.givenPath, admission, known ? known->record.givenPath : "",
                                    inStore ? inStore->failedPages : 0)
             << '\n';
    ++report.filesSkipped;
    return std::nullopt;
  }
  const int pageCount = openPageReader(input.file, type)->pageCount();
  return PlannedInput{input, type,
                      indexer::SourceRecord{
                          0, sha, input.givenPath, keepOriginal(filesRoot, input.file, sha, inputTypeName(type)),
                          inputTypeName(type), static_cast<std::int64_t>(fs::file_size(input.file)), pageCount, false}};
}

}  // namespace

EnqueueReport enqueueInputs(indexer::PgPageQueue& queue, const fs::path& filesRoot,
                            const std::vector<std::string>& paths, std::ostream& messages) {
  using indexer::filled, indexer::printable, indexer::tr;
  EnqueueReport report;
  const auto inputs = collectInputs(paths);
  for (const auto& link : inputs.refusedLinks) {
    messages << "sohoa: "
             << filled(tr("%1: a symbolic link to %2, outside the folder given: not followed"),
                       {printable(link.link), printable(link.target)})
             << '\n';
    ++report.filesFailed;
  }
  for (const auto& missing : inputs.missing) {
    messages << "sohoa: " << filled(tr("%1: no such file or folder"), {printable(missing)}) << '\n';
    ++report.filesFailed;
  }
  std::vector<PlannedInput> plan;
  std::set<std::string> seen;
  for (const auto& input : inputs.files) {
    try {
      if (auto planned = planInput(queue, filesRoot, input, seen, messages, report)) plan.push_back(*planned);
    } catch (const indexer::StoreError&) {
      throw;  // the server, not this input
    } catch (const std::exception& error) {
      messages << "sohoa: " << printable(input.givenPath) << ": " << printable(error.what()) << '\n';
      ++report.filesFailed;
    }
  }
  std::vector<BatchMember> members;
  for (const auto& planned : plan)
    members.push_back(
        {planned.input.folder, planned.input.givenPath, planned.record.pageCount, planned.type == InputType::Pdf});
  for (const auto& batch : groupIntoBatches(members)) {
    std::vector<indexer::SourceRecord> sources;
    for (std::size_t member : batch.members) sources.push_back(plan[member].record);
    queue.enqueueBatch(sources, batch.path);
    for (const auto& record : sources) {
      ++report.filesQueued;
      report.pagesQueued += record.pageCount;
    }
  }
  return report;
}

}  // namespace sohoa::pipeline
