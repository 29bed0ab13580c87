#include "ocr/reread/WordsOfDots.hpp"

#include <algorithm>
#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"
#include "ocr/reread/CropReading.hpp"

namespace sohoa::ocr {
namespace {

// Tesseract's score of words it read out of dots and specks (0.05–0.2 measured); print reads far higher.
constexpr float kUnsure = 0.3f;

bool hasDigit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The tallest piece of ink in `box` of `image`, in pixels (0 when the box holds paper only).
int tallestInk(Pix* image, const Box& box) {
  const PixPtr crop = cutFrom(image, box);
  if (!crop) return 0;
  const cv::Mat grey = greyMat(crop.get());
  if (grey.empty()) return 0;
  double darkest = 0, lightest = 0;
  cv::minMaxLoc(grey, &darkest, &lightest);
  if (lightest - darkest < 60) return 0;  // paper only
  cv::Mat ink, labels, stats, centroids;
  cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  const int count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8);
  int tallest = 0;
  for (int label = 1; label < count; ++label) tallest = std::max(tallest, stats.at<int>(label, cv::CC_STAT_HEIGHT));
  return tallest;
}

}  // namespace

std::size_t dropWordsOfDots(Pix* image, Page& page) {
  std::size_t dropped = 0;
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      const int letters = medianHeight(line.words);
      if (letters <= 0) continue;
      dropped += std::erase_if(line.words, [&](const Word& word) {
        return word.confidence < kUnsure && !hasDigit(word.text) && tallestInk(image, word.box) * 4 < letters;
      });
    }
  for (auto& block : page.blocks) std::erase_if(block.lines, [](const Line& line) { return line.words.empty(); });
  std::erase_if(page.blocks, [](const Block& block) { return block.lines.empty(); });
  return dropped;
}

}  // namespace sohoa::ocr
