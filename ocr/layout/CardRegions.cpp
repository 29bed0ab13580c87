#include "ocr/layout/CardRegions.hpp"

#include <algorithm>
#include <array>
#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"
#include "ocr/layout/ReadingOrder.hpp"

namespace sohoa::ocr {
namespace {

// ID-1 cards: 85.6 × 54 mm (ratio 1.59). A copier may enlarge or shrink a little; a rounded
// corner and the copy's blur leave the shape's area a few percent short of its rectangle.
constexpr double kCardLongSideMm = 85.6;
constexpr double kSmallest = 0.8, kLargest = 1.25;  // of the long side
constexpr double kLeastRatio = 1.4, kMostRatio = 1.75;
constexpr double kLeastFill = 0.85;
// Found on a copy whose longer side is this many pixels; ink or a card's grey is this much
// darker than the paper.
constexpr double kSmallSide = 1000;
constexpr int kDarkerThanPaper = 25;

// The paper's grey: the brightest tenth of the page's pixels starts there.
int paperGrey(const cv::Mat& grey) {
  int histogram[256] = {};
  for (int y = 0; y < grey.rows; ++y)
    for (const auto *p = grey.ptr<unsigned char>(y), *end = p + grey.cols; p < end; ++p) ++histogram[*p];
  const long brightest = static_cast<long>(grey.total()) / 10;
  long seen = 0;
  for (int value = 255; value > 0; --value)
    if ((seen += histogram[value]) >= brightest) return value;
  return 255;
}

// The paper's grey around each point: the median over a square half as wide again as a card's
// long side (taken at an eighth of the size), so a card is never most of it. A photocopy's
// paper darkens towards one side and in blotches by more than a pale card is darker than it.
cv::Mat paperAround(const cv::Mat& grey, double cardLongSide) {
  constexpr double kCoarse = 8;
  cv::Mat coarse, paper;
  if (grey.cols < 2 * kCoarse || grey.rows < 2 * kCoarse)  // a page a few pixels across (a hostile file)
    return cv::Mat(grey.size(), CV_8U, cv::Scalar(255));
  cv::resize(grey, coarse, cv::Size(), 1 / kCoarse, 1 / kCoarse, cv::INTER_AREA);
  cv::medianBlur(coarse, coarse, std::max(3, static_cast<int>(1.5 * cardLongSide / kCoarse) | 1));
  cv::resize(coarse, paper, grey.size(), 0, 0, cv::INTER_LINEAR);
  return paper;
}

// Where `grey` is darker than `paper` (its grey at each point), with small gaps closed, and
// the same without lines that thin: a copier's streak or a rule touching a grey card joins it to
// the shape (a bilevel card's outline is such a line too: looked for in the first).
std::array<cv::Mat, 2> darkShapes(const cv::Mat& grey, const cv::Mat& paper) {
  cv::Mat limit, dark, thick;
  cv::subtract(paper, cv::Scalar(kDarkerThanPaper), limit);
  cv::compare(grey, limit, dark, cv::CMP_LT);
  cv::morphologyEx(dark, dark, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {5, 5}));
  cv::morphologyEx(dark, thick, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {5, 5}));
  return {dark, thick};
}

// The card a word's centre lies in (its index), or -1.
int cardOf(const Box& word, const std::vector<Box>& cards) {
  const int x = (word.x0 + word.x1) / 2, y = (word.y0 + word.y1) / 2;
  for (std::size_t i = 0; i < cards.size(); ++i)
    if (x >= cards[i].x0 && x < cards[i].x1 && y >= cards[i].y0 && y < cards[i].y1) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::vector<Box> findCards(Pix* image, int dpi) {
  std::vector<Box> cards;
  const cv::Mat grey = greyMat(image);
  if (grey.empty() || dpi <= 0) return cards;
  const double scale = std::min(1.0, kSmallSide / std::max(grey.cols, grey.rows));
  cv::Mat small;
  cv::resize(grey, small, cv::Size(), scale, scale, cv::INTER_AREA);
  const double longSide = kCardLongSideMm / 25.4 * dpi * scale;
  // Darker than the page's paper, then than the paper around: each finds cards the other misses
  // (a card on paper lit evenly whose screen is pale near its paper's darker parts; a card where
  // one side of the copy is darker than the card).
  const auto onPage = darkShapes(small, cv::Mat(small.size(), CV_8U, cv::Scalar(paperGrey(small))));
  const auto around = darkShapes(small, paperAround(small, longSide));
  for (const cv::Mat* shapes : {&onPage[0], &onPage[1], &around[0], &around[1]}) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(*shapes, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto& contour : contours) {
      const cv::RotatedRect shape = cv::minAreaRect(contour);
      const double longer = std::max(shape.size.width, shape.size.height);
      const double shorter = std::min(shape.size.width, shape.size.height);
      if (shorter < 1 || longer < kSmallest * longSide || longer > kLargest * longSide) continue;
      const double ratio = longer / shorter;
      if (ratio < kLeastRatio || ratio > kMostRatio || cv::contourArea(contour) < kLeastFill * longer * shorter)
        continue;
      const cv::Rect r = cv::boundingRect(contour);
      const Box card{static_cast<int>(r.x / scale), static_cast<int>(r.y / scale),
                     static_cast<int>((r.x + r.width) / scale), static_cast<int>((r.y + r.height) / scale)};
      if (std::none_of(cards.begin(), cards.end(), [&](const Box& found) { return sharedArea(found, card) > 0; }))
        cards.push_back(card);
    }
  }
  return cards;
}

void readCardsInOrder(Page& page, const std::vector<Box>& cards) {
  if (cards.empty()) return;
  struct Piece {
    int card;
    Block block;
  };
  std::vector<Piece> pieces;  // each block cut into its parts on each card and off them
  for (const auto& block : page.blocks) {
    std::vector<Piece> parts;
    for (const auto& line : block.lines) {
      std::vector<std::pair<int, Line>> lineParts;
      for (const auto& word : line.words) {
        const int card = cardOf(word.box, cards);
        auto part = std::find_if(lineParts.begin(), lineParts.end(), [card](const auto& p) { return p.first == card; });
        if (part == lineParts.end()) part = lineParts.insert(lineParts.end(), {card, Line{}});
        part->second.words.push_back(word);
      }
      for (auto& [card, part] : lineParts) {
        part.box = lineParts.size() == 1 ? line.box : wordsBox(part.words);
        auto into = std::find_if(parts.begin(), parts.end(), [c = card](const Piece& p) { return p.card == c; });
        if (into == parts.end()) into = parts.insert(parts.end(), {card, Block{}});
        into->block.lines.push_back(std::move(part));
      }
    }
    for (auto& part : parts) {
      part.block.box = parts.size() == 1 ? block.box : part.block.lines.front().box;
      for (const auto& line : part.block.lines) part.block.box = part.block.box.united(line.box);
      pieces.push_back(std::move(part));
    }
  }
  // The cards together where the first of them is met, in the order they are read: side by
  // side, the left one (the front) first; one over the other, the upper.
  std::vector<std::size_t> cardOrder(cards.size());
  for (std::size_t i = 0; i < cards.size(); ++i) cardOrder[i] = i;
  std::sort(cardOrder.begin(), cardOrder.end(), [&](std::size_t a, std::size_t b) {
    const Box &one = cards[a], &two = cards[b];
    const int shared = std::min(one.y1, two.y1) - std::max(one.y0, two.y0);
    if (2 * shared > std::min(one.height(), two.height())) return one.x0 < two.x0;
    return one.y0 < two.y0;
  });
  std::vector<Block> ordered;
  bool placed = false;
  for (auto& piece : pieces) {
    if (piece.card < 0) {
      ordered.push_back(std::move(piece.block));
      continue;
    }
    if (placed) continue;
    placed = true;
    for (const std::size_t card : cardOrder) {
      std::vector<Block> cardBlocks;
      for (auto& other : pieces)
        if (other.card == static_cast<int>(card)) cardBlocks.push_back(std::move(other.block));
      for (auto& block : blocksInRows(std::move(cardBlocks))) ordered.push_back(std::move(block));
    }
  }
  page.blocks = std::move(ordered);
}

}  // namespace sohoa::ocr
