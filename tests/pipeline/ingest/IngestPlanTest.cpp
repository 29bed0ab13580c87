// The ingest plan without a store, files or an engine: which inputs are read, which pages are
// still to do after an earlier run, and which inputs make one batch.
#include <catch2/catch.hpp>

#include "pipeline/ingest/IngestPlan.hpp"

using namespace sohoa::pipeline;

namespace {

std::vector<std::vector<std::size_t>> membersOf(const std::vector<PlannedBatch>& batches) {
  std::vector<std::vector<std::size_t>> out;
  for (const auto& batch : batches) out.push_back(batch.members);
  return out;
}

}  // namespace

TEST_CASE("a scanner's single pages in one folder are one batch, anything else a batch of its own",
          "[pipeline][plan]") {
  const std::vector<BatchMember> inputs{
      {"scans", "scans/p1.png", 1, false},     // 0
      {"scans", "scans/p2.png", 1, false},     // 1, same batch as 0
      {"scans", "scans/letter.pdf", 1, true},  // 2, a PDF stands alone
      {"scans", "scans/p3.png", 1, false},     // 3, after the PDF: a new batch, alone
      {"scans", "scans/stack.tif", 3, false},  // 4, a multi-page file stands alone
      {"other", "other/q1.jpg", 1, false},     // 5, another folder
      {"other", "other/q2.jpg", 1, false},     // 6
      {"", "given.png", 1, false},             // 7, given by name
  };
  const auto batches = groupIntoBatches(inputs);
  CHECK(membersOf(batches) == std::vector<std::vector<std::size_t>>{{0, 1}, {2}, {3}, {4}, {5, 6}, {7}});
  CHECK(batches[0].path == "scans");
  CHECK(batches[2].path == "scans/p3.png");  // a batch of one page is named by its file
  CHECK(batches[4].path == "other");
  CHECK(batches[5].path == "given.png");
  CHECK(groupIntoBatches({}).empty());
}

TEST_CASE("pages stored by an earlier run are not read again, failed ones only when asked", "[pipeline][plan]") {
  const std::map<int, std::string> failed{{4, "OCR failed"}};
  const auto resumed = pagesToRead(5, {1, 2}, failed, false);
  CHECK(resumed.pages == std::vector<int>{3, 5});
  CHECK(resumed.failedBefore == std::vector<int>{4});

  const auto retried = pagesToRead(5, {1, 2}, failed, true);
  CHECK(retried.pages == std::vector<int>{3, 4, 5});
  CHECK(retried.failedBefore.empty());

  CHECK(pagesToRead(3, {}, {}, false).pages == std::vector<int>{1, 2, 3});
  CHECK(pagesToRead(3, {1, 2, 3}, {}, false).pages.empty());
}

TEST_CASE("an input is read once: not when the store has it, not twice in one run", "[pipeline][plan]") {
  std::set<std::string> seen;
  const ContentInStore done{true, "earlier.pdf", 0};
  CHECK(admitInput("aa", done, false, seen) == Admission::AlreadyStored);
  CHECK(admitInput("aa", done, true, seen) == Admission::AlreadyStored);  // nothing failed to retry

  const ContentInStore withFailures{true, "earlier.pdf", 2};
  CHECK(admitInput("bb", withFailures, false, seen) == Admission::AlreadyStored);
  CHECK(admitInput("bb", withFailures, true, seen) == Admission::Read);

  const ContentInStore killedHalfWay{false, "earlier.pdf", 0};
  CHECK(admitInput("cc", killedHalfWay, false, seen) == Admission::Read);  // resumed

  CHECK(admitInput("dd", std::nullopt, false, seen) == Admission::Read);
  CHECK(admitInput("dd", std::nullopt, false, seen) == Admission::SameAsAnotherInput);
  CHECK(seen == std::set<std::string>{"bb", "cc", "dd"});
}
