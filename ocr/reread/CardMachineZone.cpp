#include "ocr/reread/CardMachineZone.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ocr/PixPtr.hpp"
#include "ocr/reread/CropReading.hpp"

namespace sohoa::ocr {
namespace {

std::string unspaced(const Line& line) {
  std::string out;
  for (const auto& word : line.words)
    for (char c : word.text)
      if (c != ' ') out += c;
  return out;
}

// A digit OCR read as the letter it looks like (`IDVNMO87…` for `IDVNM087…`).
char asDigit(char c) {
  switch (c) {
    case 'O':
    case 'D':
      return '0';
    case 'I':
    case 'L':
      return '1';
    case 'Z':
      return '2';
    case 'S':
      return '5';
    case 'G':
      return '6';
    case 'B':
      return '8';
    default:
      return c;
  }
}

// The numeric field at `from` and its check digit after it hold; the field and the check are
// digits on Vietnam's cards, so a letter there is taken for the digit it looks like.
bool holds(const std::string& line, std::size_t from, std::size_t length) {
  if (line.size() <= from + length) return false;
  std::string field = line.substr(from, length + 1);
  std::transform(field.begin(), field.end(), field.begin(), asDigit);
  const auto check = mrzCheckDigit(std::string_view(field).substr(0, length));
  return check && *check == field[length];
}

// A word the zone's alphabet makes: five characters or more, four in five of them capitals,
// digits or fillers (`IDVNM087…`, `_.8798625M…`), where the card's print beside it is words.
bool looksLikeZoneText(const std::string& word) {
  std::size_t zoneCharacters = 0;
  for (const char c : word) zoneCharacters += (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
  return word.size() >= 5 && zoneCharacters * 5 >= word.size() * 4;
}

// The line's words of the zone (all of them when none looks like it), and their box.
Line zoneWords(const Line& line) {
  Line zone;
  for (const auto& word : line.words)
    if (looksLikeZoneText(word.text)) {
      zone.box = zone.words.empty() ? word.box : zone.box.united(word.box);
      zone.words.push_back(word);
    }
  return zone.words.empty() ? line : zone;
}

Box zoneBox(const Line& line) { return zoneWords(line).box; }

}  // namespace

bool looksLikeMachineZoneLine(const Line& line) {
  const std::string text = unspaced(line);
  if (text.size() < 20) return false;
  return text.find("<<") != std::string::npos || text.find("VNM") < 5;
}

std::optional<char> mrzCheckDigit(std::string_view field) {
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < field.size(); ++i) {
    const char c = field[i];
    int value = 0;
    if (c >= '0' && c <= '9')
      value = c - '0';
    else if (c >= 'A' && c <= 'Z')
      value = c - 'A' + 10;
    else if (c != '<')
      return std::nullopt;
    sum += value * kWeights[i % 3];
  }
  return static_cast<char>('0' + sum % 10);
}

namespace {

// Where line 1 stands in `lines`: its state code `VNM` near its start.
std::optional<std::size_t> lineOneAt(const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (const std::size_t state = lines[i].find("VNM"); state != std::string::npos && state <= 3) return i;
  return std::nullopt;
}

// Line 1's checks held: the document number's, and (Vietnam's cards) the 12-digit personal
// number's after it, `<<`, its check digit.
int lineOneChecks(const std::string& line) {
  const std::size_t state = line.find("VNM");
  if (state == std::string::npos || !holds(line, state + 3, 9)) return 0;
  const std::size_t personal = state + 3 + 10;
  if (line.size() <= personal + 14 || line.substr(personal + 12, 2) != "<<") return 1;
  std::string number = line.substr(personal, 12) + line[personal + 14];
  std::transform(number.begin(), number.end(), number.begin(), asDigit);
  const auto check = mrzCheckDigit(std::string_view(number).substr(0, 12));
  return check && *check == number[12] ? 2 : 1;
}

// Line 2's checks held: the birth date's and the expiry date's.
int lineTwoChecks(const std::string& line) { return holds(line, 0, 6) + holds(line, 8, 6); }

}  // namespace

std::vector<std::string> mergeZoneReadings(std::vector<std::string> again, const std::vector<std::string>& first) {
  const auto one = lineOneAt(again), firstOne = lineOneAt(first);
  if (!one || !firstOne) return again;
  if (lineOneChecks(first[*firstOne]) > lineOneChecks(again[*one])) again[*one] = first[*firstOne];
  if (*one + 1 < again.size() && *firstOne + 1 < first.size() &&
      lineTwoChecks(first[*firstOne + 1]) > lineTwoChecks(again[*one + 1]))
    again[*one + 1] = first[*firstOne + 1];
  return again;
}

int machineZoneChecksHeld(const std::vector<std::string>& lines) {
  const auto one = lineOneAt(lines);
  if (!one) return 0;
  return lineOneChecks(lines[*one]) + (*one + 1 < lines.size() ? lineTwoChecks(lines[*one + 1]) : 0);
}

bool rereadCardMachineZone(OcrEngine& engine, Pix* image, int dpi, Page& page) {
  std::vector<std::pair<std::size_t, std::size_t>> zone;  // (block, line)
  Box band;
  for (std::size_t b = 0; b < page.blocks.size(); ++b)
    for (std::size_t l = 0; l < page.blocks[b].lines.size(); ++l)
      if (looksLikeMachineZoneLine(page.blocks[b].lines[l])) {
        zone.emplace_back(b, l);
        const Box box = zoneBox(page.blocks[b].lines[l]);
        band = zone.size() == 1 ? box : band.united(box);
      }
  if (zone.empty() || zone.size() > 4) return false;
  std::vector<std::string> first;
  for (const auto& [b, l] : zone) first.push_back(unspaced(zoneWords(page.blocks[b].lines[l])));
  if (machineZoneChecksHeld(first) == 4) return false;  // read right already
  // The zone's three lines around what was found, with a margin of paper.
  const int lineHeight = std::max(1, band.height() / static_cast<int>(zone.size()));
  const int missing = 3 - std::min<int>(3, static_cast<int>(zone.size()));
  const int width = static_cast<int>(pixGetWidth(image)), height = static_cast<int>(pixGetHeight(image));
  const int x0 = std::max(0, band.x0 - lineHeight), x1 = std::min(width, band.x1 + lineHeight);
  const int y0 = std::max(0, band.y0 - lineHeight / 2 - missing * lineHeight);
  const int y1 = std::min(height, band.y1 + lineHeight / 2 + missing * lineHeight);
  if (x1 <= x0 || y1 <= y0) return false;
  PixPtr crop = cutFrom(image, {x0, y0, x1, y1});
  if (!crop) return false;
  // Smoothed, the specks of a photocopied card's background fade; enlarged, the digits' counters
  // open. Two degrees of smoothing, as one reads a digit right that the other misreads.
  PixPtr grey(pixConvertTo8(crop.get(), 0));
  if (!grey) return false;
  std::vector<std::string> again;
  int best = machineZoneChecksHeld(first);
  for (int halfWidth : {1, 2, 0}) {
    PixPtr smooth(halfWidth > 0 ? pixBlockconv(grey.get(), halfWidth, halfWidth) : pixClone(grey.get()));
    PixPtr large(smooth ? pixScaleGrayLI(smooth.get(), 2.0f, 2.0f) : nullptr);
    PixPtr framed(large ? pixAddBorder(large.get(), 24, 255) : nullptr);
    if (!framed) continue;
    auto lines = engine.readMachineZone(framed.get(), dpi * 2);
    // Pieces of the card's print around the zone read as lines of their own are no zone lines
    // (line 3 may come short of its fillers); a re-read that lost one of the zone's lines is none.
    std::erase_if(lines,
                  [](const std::string& line) { return line.size() < 20 && line.find("<<") == std::string::npos; });
    if (lines.size() < zone.size()) continue;
    lines = mergeZoneReadings(std::move(lines), first);
    if (const int held = machineZoneChecksHeld(lines); held > best) {
      best = held;
      again = std::move(lines);
    }
    if (best == 4) break;
  }
  if (again.empty()) return false;
  // The re-read lines take the first ones' places: one word a line, over the band's width. The
  // other card's print Tesseract joined to a zone line stays (`Giới tính / Sex: Nam` on the
  // front, beside line 1 on the back).
  auto& block = page.blocks[zone.front().first];
  for (auto it = zone.rbegin(); it != zone.rend(); ++it) {
    auto& lines = page.blocks[it->first].lines;
    Line& line = lines[it->second];
    std::erase_if(line.words, [&](const Word& word) {
      const int middle = (word.box.x0 + word.box.x1) / 2;
      return middle >= x0 && middle <= x1;  // the zone's, read again
    });
    if (line.words.empty()) {
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(it->second));
    } else {
      line.box = line.words.front().box;
      for (const auto& word : line.words) line.box = line.box.united(word.box);
    }
  }
  const int pitch = (y1 - y0) / static_cast<int>(again.size());
  auto at = block.lines.begin() + static_cast<std::ptrdiff_t>(std::min(zone.front().second, block.lines.size()));
  for (std::size_t i = 0; i < again.size(); ++i) {
    const Box lineBox{x0, y0 + static_cast<int>(i) * pitch, x1, y0 + static_cast<int>(i + 1) * pitch};
    // Its score: the zone's check digits held in it, which Tesseract's own score cannot say.
    at = block.lines.insert(at, Line{lineBox, {Word{again[i], lineBox, 0.9f, WordSource::Print}}}) + 1;
  }
  std::erase_if(page.blocks, [](const Block& b) { return b.lines.empty(); });
  return true;
}

}  // namespace sohoa::ocr
