#pragma once
// The issuing body (organ_name) of a paper. Under Nghị định 30 it is the block at the top
// left, in capitals, above the `Số:` line and the rule under it: the parent body first when
// there is one (UBND HUYỆN … over UBND XÃ …), then the issuing body, whose name may wrap
// over two lines (ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI). A line starts a body when it opens as
// a body's name does (ỦY BAN, SỞ, TRUNG TÂM, BỘ PHẬN…); other lines continue the one above.
// The block is told from the national title on the right by position. A certified copy
// names its body above its chứng thực block; a civil-status result without a block names
// it in its text (Nơi đăng ký: Ủy ban nhân dân xã …). An ID card has none.
#include <optional>
#include <string>
#include <vector>

#include "indexer/extract/DocumentTypes.hpp"
#include "indexer/extract/PageLayout.hpp"

namespace sohoa::indexer {

struct BodyReading {
  std::string value;
  std::vector<ocr::Word> words;
  bool sure = true;         // false: a clerk confirms it
  std::string doubt;        // why not
  bool spelledAll = false;  // every word is a known one (kind, level, province): OCR's doubt matters less
  // The lowest OCR score of the words no table spells, when the block was read word by word: a
  // speck glued to a known word (`'TRUNG`) lowers its score, not the name's.
  std::optional<float> uncheckedScore;
};

std::optional<BodyReading> issuingBody(const PageLayout& page, std::optional<std::size_t> numberLine,
                                       DocumentKind kind);

}  // namespace sohoa::indexer
