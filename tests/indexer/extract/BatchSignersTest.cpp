#include <catch2/catch.hpp>

#include "indexer/extract/BatchSigners.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"

using namespace sohoa::indexer;

namespace {

// A paper signed by `name`, read at `confidence` (0.9: surely; 0.85: doubted but stored).
DocumentExtraction signedBy(std::string name, float confidence, bool needsReview = false) {
  DocumentExtraction paper;
  paper.fields.push_back({fieldname::kSignerName, std::move(name), 0, {}, confidence, "layout", needsReview, {}});
  return paper;
}

const ExtractedField& signer(const DocumentExtraction& paper) { return paper.fields.at(0); }

}  // namespace

TEST_CASE("a signer's name read doubtfully waits for review unless another paper of the batch reads it surely",
          "[indexer][signer]") {
  // Seed 5151: `Trần Đính Dũng` for Đình, stored at 0.85 with nothing to vouch for it.
  auto alone = signedBy("Trần Đính Dũng", 0.85f);
  auto other = signedBy("Nguyễn Văn Hùng", 0.9f);
  settleSignersAcrossBatch({&alone, &other});
  CHECK(signer(alone).needsReview);
  CHECK(signer(alone).confidence < kStoreFrom);
  CHECK_FALSE(signer(other).needsReview);

  auto doubted = signedBy("Trần Đính Dũng", 0.85f);
  auto sure = signedBy("Trần Đình Dũng", 0.9f);
  settleSignersAcrossBatch({&doubted, &sure});
  CHECK(signer(doubted).value == "Trần Đình Dũng");
  CHECK_FALSE(signer(doubted).needsReview);
}

TEST_CASE("a signer's name read without its surname is completed from a sure reading in the batch",
          "[indexer][signer]") {
  // Seed 5151: the seal over `Bùi`, the name stored as `Kim Phượng`.
  auto cut = signedBy("Kim Phượng", 0.85f);
  auto whole = signedBy("Bùi Kim Phượng", 0.9f);
  auto waiting = signedBy("Bùi Kim Phượng", 0.25f, true);  // scored low under the seal
  settleSignersAcrossBatch({&cut, &whole, &waiting});
  CHECK(signer(cut).value == "Bùi Kim Phượng");
  CHECK_FALSE(signer(cut).needsReview);
  CHECK_FALSE(signer(waiting).needsReview);
  CHECK(signer(waiting).confidence >= kStoreFrom);

  auto oneWord = signedBy("Phượng", 0.85f);  // could end anyone's name
  auto sure = signedBy("Bùi Kim Phượng", 0.9f);
  settleSignersAcrossBatch({&oneWord, &sure});
  CHECK(signer(oneWord).value == "Phượng");
  CHECK(signer(oneWord).needsReview);
}

TEST_CASE("two sure readings a doubted signer's name could be leave it for review", "[indexer][signer]") {
  auto doubted = signedBy("Lê Văn Hung", 0.85f);
  auto one = signedBy("Lê Văn Hùng", 0.9f);
  auto other = signedBy("Lê Văn Hưng", 0.95f);
  settleSignersAcrossBatch({&doubted, &one, &other});
  CHECK(signer(doubted).value == "Lê Văn Hung");
  CHECK(signer(doubted).needsReview);
}
