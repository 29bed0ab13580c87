#include "ocr/reread/BlankInk.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <utility>

#include "ocr/PixMat.hpp"
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {
namespace {

cv::Mat greyOf(Pix* page, const cv::Rect& region) {
  BOX* box = boxCreate(region.x, region.y, region.width, region.height);
  PixPtr clip(pixClipRectangle(page, box, nullptr));
  boxDestroy(&box);
  return clip ? greyMat(clip.get()) : cv::Mat();
}

struct Piece {
  cv::Rect box;
  std::vector<int> labels;
};

bool overlapInX(const cv::Rect& a, const cv::Rect& b) {
  const int overlap = std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x);
  return overlap > std::min(a.width, b.width) / 2;
}

// Cuts a piece wider than a digit into `parts` where its columns hold the least ink.
std::vector<int> cutColumns(const cv::Mat& mask, int parts) {
  cv::Mat columns;
  cv::reduce(mask, columns, 0, cv::REDUCE_SUM, CV_32S);
  std::vector<int> cuts{0};
  const double step = static_cast<double>(mask.cols) / parts;
  for (int k = 1; k < parts; ++k) {
    const int centre = static_cast<int>(step * k), reach = static_cast<int>(step / 4);
    int best = centre;
    for (int x = std::max(1, centre - reach); x <= std::min(mask.cols - 2, centre + reach); ++x)
      if (columns.at<int>(0, x) < columns.at<int>(0, best)) best = x;
    cuts.push_back(best);
  }
  cuts.push_back(mask.cols);
  return cuts;
}

// No digit is a flat stroke: a slice whose ink stands under 2/5 of the piece's height is the
// flag of the digit beside it (a 5's top bar drawn on to the right, a 7's long top), not a digit
// of its own, and the cut that made it is undone.
std::vector<int> withFlatSlicesJoined(const cv::Mat& mask, std::vector<int> cuts) {
  for (std::size_t k = 0; k + 1 < cuts.size() && cuts.size() > 2;) {
    const cv::Rect ink = cv::boundingRect(mask.colRange(cuts[k], cuts[k + 1]));
    if (ink.height * 5 >= mask.rows * 2) {
      ++k;
      continue;
    }
    // Joined to the slice on its left; the first slice to the one on its right.
    cuts.erase(cuts.begin() + static_cast<std::ptrdiff_t>(k == 0 ? 1 : k));
    k = 0;
  }
  return cuts;
}

// A slash: tall, no wider than high, one stroke thick on every row (a 7's bar is not), its top
// leaning right of its foot by a third of its width or more. `mask`: the ink, cropped to it.
bool slashShaped(const cv::Mat& mask, int letterHeight) {
  if (mask.rows * 5 < letterHeight * 3 || mask.cols > mask.rows) return false;
  std::vector<int> rows;
  for (int y = 0; y < mask.rows; ++y) rows.push_back(cv::countNonZero(mask.row(y)));
  std::vector<int> sorted = rows;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
  const int usual = sorted[sorted.size() / 2];
  if (std::any_of(rows.begin(), rows.end(), [&](int n) { return n * 2 > usual * 5 + 4; })) return false;
  const int third = std::max(mask.rows / 3, 1);
  const auto meanX = [&](int fromRow) {
    const cv::Moments m = cv::moments(mask.rowRange(fromRow, fromRow + third), true);
    return m.m00 > 0 ? m.m10 / m.m00 : -1.0;
  };
  const double top = meanX(0), foot = meanX(mask.rows - third);
  return top >= 0 && foot >= 0 && (top - foot) * 3 >= mask.cols;
}

bool slashShaped(const Piece& piece, const cv::Mat& labels, int letterHeight) {
  return slashShaped(labels(piece.box) == piece.labels[0], letterHeight);
}

// A slash the pen ran into the digits beside it (`/2025`, `09/`, `4/09`): a straight stroke leaning
// right that runs through the piece from its foot to its top, pen-wide on every row. When one is
// found its ink is taken out of `labels` and what is left of the piece on either side of it, if
// tall enough to be a digit, is returned (the right side under `newLabel`).
struct PeeledSlash {
  std::optional<Piece> before, after;
};

std::optional<PeeledSlash> peelSlash(cv::Mat& labels, const Piece& piece, int letterHeight, int digitHeight,
                                     int newLabel) {
  const cv::Rect box = piece.box;
  // A slash stands taller than the digits it is written between; a leaning 0 or 4 does not.
  if (box.width * 10 < box.height * 8 || box.height * 5 < letterHeight * 3 || box.height * 10 < digitHeight * 11)
    return std::nullopt;
  const int label = piece.labels[0];
  cv::Mat region = labels(box);
  const cv::Mat mask = region == label;
  const int w = mask.cols, h = mask.rows;
  std::vector<int> runs;  // horizontal ink runs: their usual length is about a pen's width
  for (int y = 0; y < h; ++y)
    for (int x = 0, start = -1; x <= w; ++x) {
      const bool on = x < w && mask.at<uchar>(y, x);
      if (on && start < 0) start = x;
      if (!on && start >= 0) runs.push_back(x - std::exchange(start, -1));
    }
  if (runs.empty()) return std::nullopt;
  std::nth_element(runs.begin(), runs.begin() + static_cast<std::ptrdiff_t>(runs.size() / 2), runs.end());
  const int pen = std::max(runs[runs.size() / 2], 2);
  const auto xAt = [&](int foot, int top, int y) { return foot + (top - foot) * (h - 1 - y) / std::max(h - 1, 1); };
  const auto inkNear = [&](int y, int x) {
    for (int dx = -1; dx <= 1; ++dx)
      if (x + dx >= 0 && x + dx < w && mask.at<uchar>(y, x + dx)) return true;
    return false;
  };
  int bestFoot = -1, bestTop = -1, bestCovered = 0;
  for (int foot = 0; foot < w; ++foot)
    for (int top = foot + h / 5; top < w && top <= foot + h; ++top) {
      int covered = 0;
      for (int y = 0; y < h; ++y) covered += inkNear(y, xAt(foot, top, y));
      if (covered > bestCovered) bestFoot = foot, bestTop = top, bestCovered = covered;
    }
  if (bestCovered * 10 < h * 9) return std::nullopt;
  cv::Mat left = cv::Mat::zeros(mask.size(), CV_8U), right = left.clone();
  for (int y = 0; y < h; ++y) {
    const int x = xAt(bestFoot, bestTop, y);
    for (int i = 0; i < w; ++i) {
      if (!mask.at<uchar>(y, i)) continue;
      if (std::abs(i - x) <= pen) continue;  // the slash
      (i < x ? left : right).at<uchar>(y, i) = 255;
    }
  }
  const auto tallEnough = [&](const cv::Mat& side) {
    const cv::Rect ink = cv::boundingRect(side);
    return !ink.empty() && ink.height * 5 >= letterHeight * 2 && ink.width > pen;
  };
  const bool hasBefore = tallEnough(left), hasAfter = tallEnough(right);
  if (!hasBefore && !hasAfter) return std::nullopt;
  PeeledSlash out;
  region.setTo(0, mask);  // the slash, and any sliver too small for a digit, is no ink of a digit
  if (hasBefore) {
    region.setTo(label, left);
    const cv::Rect ink = cv::boundingRect(left);
    out.before = Piece{{box.x + ink.x, box.y + ink.y, ink.width, ink.height}, {label}};
  }
  if (hasAfter) {
    region.setTo(newLabel, right);
    const cv::Rect ink = cv::boundingRect(right);
    out.after = Piece{{box.x + ink.x, box.y + ink.y, ink.width, ink.height}, {newLabel}};
  }
  return out;
}

// Where the notation begins when a number was typed against it (`86/QĐ-UBND`, one word to
// OCR): the blank's right edge, estimated from the line's letter width, fell inside the
// notation's capitals (`86/QĐ` was cut as five digits). It is the slash standing after as many
// strokes as OCR read digits; anything else leaves the estimate.
std::optional<int> notationSlash(std::vector<Piece> pieces, const cv::Mat& labels, const PrintedBlank& blank,
                                 int blankLeft, int h) {
  const std::size_t digitsRead = blank.readThere.size();
  if (!blank.joinedToNotation || digitsRead == 0 ||
      !std::all_of(blank.readThere.begin(), blank.readThere.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  std::sort(pieces.begin(), pieces.end(), [](auto& a, auto& b) { return a.box.x < b.box.x; });
  std::vector<cv::Rect> strokes;  // pieces overlapping in x taken as one
  std::vector<const Piece*> firsts;
  for (const auto& piece : pieces) {
    if (piece.box.x + piece.box.width / 2 < blankLeft || piece.box.height * 5 < h * 2) continue;
    if (!strokes.empty() && overlapInX(strokes.back(), piece.box)) {
      strokes.back() |= piece.box;
      continue;
    }
    strokes.push_back(piece.box);
    firsts.push_back(&piece);
  }
  if (strokes.size() <= digitsRead || strokes[digitsRead] != firsts[digitsRead]->box ||
      !slashShaped(*firsts[digitsRead], labels, h))
    return std::nullopt;
  return strokes[digitsRead].x;
}

// The colon closing `Số:`: two specks one above the other; the rightmost such pair.
std::optional<int> colonEnd(const std::vector<Piece>& specks, int from, int to) {
  std::optional<int> end;
  for (const auto& upper : specks)
    for (const auto& lower : specks)
      if (lower.box.y > upper.box.y + upper.box.height && overlapInX(upper.box, lower.box) && upper.box.x >= from &&
          upper.box.x + upper.box.width <= to)
        end = std::max(end.value_or(0), std::max(upper.box.x + upper.box.width, lower.box.x + lower.box.width));
  return end;
}

// The end of a lower-case label (`ngày`): its first letter gives the x-height, and letters
// follow while they stand no taller than it (descenders aside); a handwritten digit does.
std::optional<int> lowerCaseEnd(std::vector<Piece> pieces, int from, int to, int letters) {
  std::erase_if(pieces, [&](const Piece& p) { return p.box.x < from || p.box.x + p.box.width / 2 > to; });
  std::sort(pieces.begin(), pieces.end(), [](auto& a, auto& b) { return a.box.x < b.box.x; });
  if (pieces.empty()) return std::nullopt;
  const int top = pieces[0].box.y, xHeight = pieces[0].box.height;
  int end = pieces[0].box.x + pieces[0].box.width, counted = 1;
  for (std::size_t i = 1; i < pieces.size() && counted < letters; ++i) {
    if (pieces[i].box.height * 2 < xHeight) continue;       // an accent
    if (pieces[i].box.y < top - xHeight * 35 / 100) break;  // taller than x-height: handwriting
    end = std::max(end, pieces[i].box.x + pieces[i].box.width);
    ++counted;
  }
  return end;
}

// How a blank's slashes are looked for: not at all (a number's blank), as strokes of their own,
// or also run into the digits beside them.
enum class Slashes { None, Apart, Peeled };

// The blank's ink cut into digits, in groups: one group, or with `slashes`, the groups that
// slash-shaped strokes part (a slash is no digit and joins no digit it leans over).
// `handwriting`, when asked for, gets all the ink in the blank, slashes and stray marks included.
std::optional<std::vector<std::vector<BlankDigit>>> cutBlank(Pix* page, const PrintedBlank& blank, StrayInk stray,
                                                             Slashes slashes, BlankDigit* handwriting = nullptr) {
  const int h = std::max(blank.letterHeight, 8);
  const Box& area = blank.area;
  const int pageWidth = static_cast<int>(pixGetWidth(page)), pageHeight = static_cast<int>(pixGetHeight(page));
  const int left = std::min(area.x0, blank.labelLeft) - h / 2;
  const cv::Rect region = cv::Rect(left, area.y0 - h * 3 / 5, area.x1 + h - left, area.height() + h) &
                          cv::Rect(0, 0, pageWidth, pageHeight);
  const cv::Mat grey = region.empty() ? cv::Mat() : greyOf(page, region);
  if (grey.empty()) return std::vector<std::vector<BlankDigit>>{};
  double darkest = 0, lightest = 0;
  cv::minMaxLoc(grey, &darkest, &lightest);
  if (lightest - darkest < 60) return std::vector<std::vector<BlankDigit>>{};  // paper only
  cv::Mat ink, labels, stats, centroids;
  cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  const int count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8);

  std::vector<Piece> all, specks;
  for (int label = 1; label < count; ++label) {
    const cv::Rect box(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP),
                       stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT));
    const bool touchesEdge =
        box.x == 0 || box.y == 0 || box.x + box.width == ink.cols || box.y + box.height == ink.rows;
    if (touchesEdge) continue;
    if (box.height * 20 >= h * 3)
      all.push_back({box, {label}});
    else if (box.height * 20 >= h && box.width * 20 >= h)
      specks.push_back({box, {label}});
  }
  int blankLeft = area.x0 - region.x, blankRight = area.x1 - region.x;
  const int advance = std::max(blank.advance, h / 3);
  if (blank.leftEstimated) {
    const int labelFrom = blank.labelLeft - region.x;
    std::vector<Piece> small;  // colon dots, whichever size they came out
    for (const auto* pieces : {&all, &specks})
      for (const auto& piece : *pieces)
        if (piece.box.height * 10 < h * 3 && piece.box.width * 10 < h * 3) small.push_back(piece);
    // `tháng` has tall letters (t, h): its end cannot be told from a digit's start.
    const auto end = blank.kind == BlankKind::Number ? colonEnd(small, labelFrom + advance, blankLeft + advance * 3 / 2)
                     : blank.kind == BlankKind::Day  ? lowerCaseEnd(all, labelFrom, blankLeft + advance, 4)
                                                     : std::nullopt;
    if (!end) return std::nullopt;
    blankLeft = *end;
  }
  const auto slash = notationSlash(all, labels, blank, blankLeft, h);
  if (slash) blankRight = *slash;
  std::vector<Piece> strokes, fragments;
  for (const auto& piece : all) {
    const int centre = piece.box.x + piece.box.width / 2;
    if (!slash && blank.rightEstimated && piece.box.height * 5 >= h * 2 && std::abs(centre - blankRight) < advance / 2)
      return std::nullopt;  // a stroke where the printed word after the blank may begin
    if (centre < blankLeft || centre > blankRight) continue;
    if (piece.box.height * 5 >= h * 2)
      strokes.push_back(piece);
    else
      fragments.push_back(piece);
  }
  std::sort(strokes.begin(), strokes.end(), [](auto& a, auto& b) { return a.box.x < b.box.x; });
  if (handwriting && !strokes.empty()) {
    cv::Rect all = strokes.front().box;
    cv::Mat mask = cv::Mat::zeros(ink.size(), CV_8U);
    for (const auto* pieces : {&strokes, &fragments})
      for (const auto& piece : *pieces) {
        all |= piece.box;
        mask(piece.box).setTo(255, labels(piece.box) == piece.labels[0]);
      }
    *handwriting = {mask(all).clone(),
                    {region.x + all.x, region.y + all.y, region.x + all.x + all.width, region.y + all.y + all.height}};
  }
  std::vector<Piece> digits;
  std::vector<std::size_t> groupStarts{0};  // the first digit of each group
  const auto addStroke = [&](const Piece& stroke) {
    const bool groupOpen = !digits.empty() && groupStarts.back() < digits.size();
    if (groupOpen && overlapInX(digits.back().box, stroke.box)) {
      digits.back().box |= stroke.box;
      digits.back().labels.push_back(stroke.labels[0]);
    } else {
      digits.push_back(stroke);
    }
  };
  int nextLabel = count;  // for the digit a peeled slash leaves on its right
  std::vector<int> heights;
  for (const auto& stroke : strokes) heights.push_back(stroke.box.height);
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  const int digitHeight = heights.empty() ? h : heights[heights.size() / 2];
  for (const auto& stroke : strokes) {
    // A slash stands between digits: a stroke like one before the first digit or right after a
    // slash is a 1 written leaning (`/8/07` is `18/07`).
    const bool afterDigit = !digits.empty() && groupStarts.back() < digits.size();
    if (slashes != Slashes::None && afterDigit && slashShaped(stroke, labels, h)) {
      groupStarts.push_back(digits.size());
      continue;
    }
    const auto peeled =
        slashes == Slashes::Peeled ? peelSlash(labels, stroke, h, digitHeight, nextLabel) : std::nullopt;
    if (!peeled) {
      addStroke(stroke);
      continue;
    }
    ++nextLabel;
    if (peeled->before) addStroke(*peeled->before);
    groupStarts.push_back(digits.size());
    if (peeled->after) addStroke(*peeled->after);
  }
  cv::Rect apart;  // the ink that belongs to no digit
  for (const auto& fragment : fragments) {
    const bool wide = fragment.box.width * 5 >= h;
    auto digit = std::find_if(digits.begin(), digits.end(),
                              [&](const Piece& d) { return wide && overlapInX(d.box, fragment.box); });
    if (digit == digits.end()) {
      apart = apart.empty() ? fragment.box : apart | fragment.box;
      continue;
    }
    digit->box |= fragment.box;
    digit->labels.push_back(fragment.labels[0]);
  }
  // Ink a quarter of a letter high standing apart from every digit: a digit written small, or broken
  // into short pieces. Read without it, `62` would pass as `6`.
  if (stray == StrayInk::Refused && apart.height * 4 >= h) return std::nullopt;

  std::vector<std::vector<BlankDigit>> groups(1);
  std::size_t nextStart = 1;  // the next group's first digit, in groupStarts
  for (std::size_t i = 0; i < digits.size(); ++i) {
    for (; nextStart < groupStarts.size() && groupStarts[nextStart] == i; ++nextStart) groups.emplace_back();
    const auto& digit = digits[i];
    cv::Mat mask = cv::Mat::zeros(digit.box.size(), CV_8U);
    for (int label : digit.labels) mask.setTo(255, labels(digit.box) == label);
    // Digits written touching: a piece wider than tall holds several.
    const int parts = digit.box.width * 10 > digit.box.height * 11
                          ? std::clamp(static_cast<int>(std::lround(digit.box.width / (0.7 * digit.box.height))), 2, 5)
                          : 1;
    const std::vector<int> cuts =
        parts == 1 ? std::vector<int>{0, mask.cols} : withFlatSlicesJoined(mask, cutColumns(mask, parts));
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
      const cv::Mat slice = mask.colRange(cuts[k], cuts[k + 1]);
      const cv::Rect inkBox = cv::boundingRect(slice);
      if (inkBox.empty()) continue;
      const int x0 = region.x + digit.box.x + cuts[k] + inkBox.x, y0 = region.y + digit.box.y + inkBox.y;
      // A slash the pen ran into a digit (`09/`, `/2025`) is cut from it as a piece of its own.
      if (slashes != Slashes::None && parts > 1 && slashShaped(slice(inkBox), h)) {
        groups.emplace_back();
        continue;
      }
      groups.back().push_back({slice(inkBox).clone(), {x0, y0, x0 + inkBox.width, y0 + inkBox.height}});
    }
  }
  for (; nextStart < groupStarts.size(); ++nextStart) groups.emplace_back();
  return groups;
}

}  // namespace

std::optional<std::vector<BlankDigit>> digitsInBlank(Pix* page, const PrintedBlank& blank, StrayInk stray) {
  auto groups = cutBlank(page, blank, stray, Slashes::None);
  if (!groups) return std::nullopt;
  return groups->empty() ? std::vector<BlankDigit>{} : std::move(groups->front());
}

DateInk dateInBlank(Pix* page, const PrintedBlank& blank, std::size_t groupsWanted) {
  DateInk out;
  auto groups = cutBlank(page, blank, StrayInk::Ignored, Slashes::Apart, &out.handwriting);
  // Fewer groups than the date has: a slash may have run into a digit. Looked for only then, as a
  // 2's or a 7's stroke may pass for one.
  if (groups && groups->size() != groupsWanted) groups = cutBlank(page, blank, StrayInk::Ignored, Slashes::Peeled);
  if (groups && groups->size() == groupsWanted) out.groups = std::move(*groups);
  return out;
}

BlankDigit unitedDigit(const BlankDigit& one, const BlankDigit& other) {
  const Box united = one.box.united(other.box);
  cv::Mat ink = cv::Mat::zeros(united.height(), united.width(), CV_8U);
  for (const BlankDigit* part : {&one, &other}) {
    const cv::Rect at(part->box.x0 - united.x0, part->box.y0 - united.y0, part->ink.cols, part->ink.rows);
    cv::Mat target = ink(at);
    cv::max(target, part->ink, target);
  }
  return {ink, united};
}

std::vector<BlankDigit> withShortPiecesJoined(std::vector<BlankDigit> digits) {
  if (digits.size() < 3) return digits;
  std::vector<int> heights;
  for (const auto& digit : digits) heights.push_back(digit.box.height());
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  const int usual = heights[heights.size() / 2];
  for (std::size_t i = 0; i < digits.size();) {
    const Box& piece = digits[i].box;
    const auto gapTo = [&](std::size_t j) {
      const Box& other = digits[j].box;
      return std::max(other.x0 - piece.x1, piece.x0 - other.x1);
    };
    std::optional<std::size_t> into;
    if (piece.height() * 3 < usual * 2) {
      if (i > 0 && gapTo(i - 1) <= kTouchingPixels) into = i - 1;
      if (i + 1 < digits.size() && gapTo(i + 1) <= kTouchingPixels && (!into || gapTo(i + 1) < gapTo(i - 1)))
        into = i + 1;
    }
    if (!into) {
      ++i;
      continue;
    }
    digits[*into] = unitedDigit(digits[*into], digits[i]);
    digits.erase(digits.begin() + static_cast<std::ptrdiff_t>(i));
    if (*into > i) continue;  // the merged digit now stands at i - 1: go on from the next one
  }
  return digits;
}

}  // namespace sohoa::ocr
