#include "indexer/extract/CardMrz.hpp"

#include <cctype>
#include <sstream>

#include "indexer/extract/PersonName.hpp"
#include "indexer/text/EditDistance.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

// A line as the MRZ prints it: no spaces (OCR cuts the line where `<<` leaves a gap), ASCII
// capitals, and `«` (OCR's reading of `<<`) as two fillers.
std::string normalised(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (std::isspace(c)) continue;
    if (line.substr(i, 2) == "\xC2\xAB") {  // «
      out += "<<";
      ++i;
      continue;
    }
    out += static_cast<char>(std::toupper(c));
  }
  return out;
}

// A numeric field as digits: OCR's letter look-alikes (O, I, B, S) read as the digit they
// resemble; nothing if another character is there. The caller keeps it only if a check holds.
std::optional<std::string> numeric(std::string_view field) {
  std::string out;
  for (char c : field) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      out += c;
      continue;
    }
    switch (c) {
      case 'O':
        out += '0';
        break;
      case 'I':
        out += '1';
        break;
      case 'B':
        out += '8';
        break;
      case 'S':
        out += '5';
        break;
      default:
        return std::nullopt;
    }
  }
  return out;
}

bool checks(const std::string& digits, char check) {
  const auto expected = mrzCheckDigit(digits);
  const auto read = numeric(std::string_view(&check, 1));
  return expected && read && *expected == (*read)[0];
}

// The fillers after a field, which OCR may read as `<`, `K`, `C` or drop; returns the position after them.
std::size_t afterFillers(const std::string& line, std::size_t at) {
  while (at < line.size() && (line[at] == '<' || line[at] == 'K' || line[at] == 'C')) ++at;
  return at;
}

struct LineOne {
  std::string documentNumber, documentCheck, citizenId;
  std::optional<char> citizenCheck;  // as read (checked or not)
  bool documentRead = true;          // false: taken from the personal number's tail, unchecked
};

// Line 1 whose document number OCR spoilt (`TDVNMô9 14266228075091426622<<4`): the personal number
// is the 12 digits before the `<<`, and the document number its last 9. The caller then wants
// both the personal number's check and the composite one.
std::optional<LineOne> lineOneByPersonalNumber(const std::string& body) {
  const std::size_t fillers = body.find("<<");
  if (fillers == std::string::npos || fillers < 12) return std::nullopt;
  const auto citizen = numeric(body.substr(fillers - 12, 12));
  if (!citizen) return std::nullopt;
  LineOne out{citizen->substr(3), std::string(1, *mrzCheckDigit(citizen->substr(3))), *citizen, std::nullopt, false};
  if (const std::size_t check = afterFillers(body, fillers); check < body.size()) out.citizenCheck = body[check];
  return out;
}

std::optional<LineOne> lineOne(const std::string& line) {
  // `IDVNM`: the state code is what finds the line (OCR may misread the `ID` before it).
  // Other text read on the same row may stand before it: `DVNM` anywhere, or `VNM` opening the line.
  std::size_t state = line.find("DVNM");
  state = state != std::string::npos ? state + 1 : line.find("VNM");
  if (state == std::string::npos || (state > 3 && line[state - 1] != 'D')) return std::nullopt;
  const std::string body = line.substr(state + 3);
  if (body.size() < 22) return lineOneByPersonalNumber(body);
  auto document = numeric(body.substr(0, 9));
  auto citizen = numeric(body.substr(10, 12));
  if (!document || !citizen || !checks(*document, body[9])) return lineOneByPersonalNumber(body);
  // the document number is the personal number's tail
  if (citizen->substr(3) != *document) return lineOneByPersonalNumber(body);
  LineOne out{*document, std::string(1, *mrzCheckDigit(*document)), *citizen, std::nullopt};
  const std::size_t check = afterFillers(body, 22);
  if (check < body.size()) out.citizenCheck = body[check];
  return out;
}

bool isDate(const std::string& yymmdd) {
  const int month = std::stoi(yymmdd.substr(2, 2)), day = std::stoi(yymmdd.substr(4, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Line 2's dates, checked, and the composite check over line 1 and both dates.
bool readLineTwo(const std::string& line, const LineOne& one, char citizenCheck, CardMrz& out) {
  if (line.size() < 19 || line.substr(15, 3) != "VNM") return false;
  auto birth = numeric(line.substr(0, 6));
  auto expiry = numeric(line.substr(8, 6));
  if (!birth || !expiry || !checks(*birth, line[6]) || !checks(*expiry, line[14])) return false;
  if (!isDate(*birth) || !isDate(*expiry)) return false;
  out.birthDate = *birth;
  out.expiryDate = *expiry;
  if (line[7] == 'M' || line[7] == 'F') out.sex = line[7];
  const std::size_t composite = afterFillers(line, 18);
  if (composite < line.size()) {
    const std::string covered = one.documentNumber + one.documentCheck + one.citizenId + "<<" + citizenCheck + *birth +
                                *mrzCheckDigit(*birth) + *expiry + *mrzCheckDigit(*expiry);
    out.compositeChecked = checks(covered, line[composite]);
  }
  return true;
}

// Line 3 holds letters only; OCR reads the MRZ font's O, I, S, B, Z, G as the digits they resemble.
char letterLookingDigit(char c) {
  switch (c) {
    case '0':
      return 'O';
    case '1':
      return 'I';
    case '5':
      return 'S';
    case '8':
      return 'B';
    case '2':
      return 'Z';
    case '6':
      return 'G';
    default:
      return c;
  }
}

std::string nameOfLineThree(std::string line) {
  // The name ends where the fillers run on: what OCR made of the last ones (`<<<C`) is no name.
  if (const auto end = line.find("<<<"); end != std::string::npos) line.erase(end);
  std::string out;
  for (char c : line) {
    c = letterLookingDigit(c);
    if (c >= 'A' && c <= 'Z') {
      out += c;
    } else if (c == '<') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      return {};  // not a name line
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.find(' ') == std::string::npos ? std::string() : out;
}

}  // namespace

std::optional<CardMrz> readCardMrz(const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto one = lineOne(normalised(lines[i]));
    if (!one) continue;
    CardMrz out;
    out.citizenId = one->citizenId;
    out.documentNumber = one->documentNumber;
    out.firstLine = i;
    const bool citizenChecked = one->citizenCheck && checks(one->citizenId, *one->citizenCheck);
    // Line 2 follows (a stray line of card text may sit between them on a photocopy).
    for (std::size_t j = i + 1; j < std::min(lines.size(), i + 3); ++j) {
      const std::string two = normalised(lines[j]);
      // The composite covers line 1's last character too: the personal number's check as it
      // should be, so that a misread last character alone does not sink a zone read right.
      const char check = *mrzCheckDigit(one->citizenId);
      if (!readLineTwo(two, *one, check, out)) continue;
      // Line 3 follows, a stray piece of the card's edge (`| N`) maybe before it.
      for (std::size_t k = j + 1; k < std::min(lines.size(), j + 3) && out.nameWithoutMarks.empty(); ++k)
        out.nameWithoutMarks = nameOfLineThree(normalised(lines[k]));
      break;
    }
    // The document number's check covers digits 4–12; the province code needs its own check
    // or the composite one.
    if (one->documentRead ? citizenChecked || out.compositeChecked : citizenChecked && out.compositeChecked) return out;
  }
  return std::nullopt;
}

std::optional<CardMrzOnPage> cardMrzOn(const PageLayout& page) {
  struct Line {
    std::string text;
    std::vector<ocr::Word> words;
    ocr::Box box;
    std::size_t first;
  };
  std::vector<Line> lines;
  for (std::size_t i = 0; i < page.segments.size(); ++i) {
    const auto& segment = page.segments[i];
    const double middle = segment.centreY();
    if (!lines.empty() && middle > lines.back().box.y0 && middle < lines.back().box.y1) {
      lines.back().text += " " + segment.text();
      lines.back().words.insert(lines.back().words.end(), segment.words.begin(), segment.words.end());
      continue;
    }
    lines.push_back({segment.text(), segment.words, segment.box, i});
  }
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.push_back(line.text);
  if (auto mrz = readCardMrz(texts)) {
    const auto& first = lines[mrz->firstLine];
    return CardMrzOnPage{*mrz, boxAround(first.words), first.first};
  }
  // A card lying sideways on the sheet has tall lines that the row test merges: its segments alone.
  texts.clear();
  for (const auto& segment : page.segments) texts.push_back(segment.text());
  if (auto mrz = readCardMrz(texts)) {
    const auto& words = page.segments[mrz->firstLine].words;
    return CardMrzOnPage{*mrz, boxAround(words), mrz->firstLine};
  }
  return std::nullopt;
}

namespace {

// The MRZ's name lines carry no check digit: OCR misreads them as often as the front. A word
// one letter off that is no Vietnamese syllable (`THTI` for `THI`) is the MRZ misread, not
// another person; a word off that still reads as a syllable (`TRAN` beside `TRAM`) is a doubt.
bool sameWordsAsMrz(const std::vector<std::string>& frontWords, const std::vector<std::string>& mrzWords) {
  if (frontWords.size() != mrzWords.size()) return false;
  for (std::size_t i = 0; i < frontWords.size(); ++i)
    if (frontWords[i] != mrzWords[i] &&
        (editDistance(frontWords[i], mrzWords[i]) > 1 || isNameSyllable(mrzWords[i], NameCase::Capitals)))
      return false;
  return true;
}

}  // namespace

bool nameMatchesMrz(std::string_view printed, const std::string& mrzName) {
  const std::string front = mrzNameOf(printed);
  if (front == mrzName) return true;
  auto words = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string word; in >> word;) out.push_back(word);
    return out;
  };
  const auto frontWords = words(front), mrzWords = words(mrzName);
  if (sameWordsAsMrz(frontWords, mrzWords)) return true;
  // Specks left of the zone read as a letter or two before the surname (`SSHOANG`, where line 1
  // read `SIDVNM` on the same copy): the surname is the front's when what follows them is.
  if (!frontWords.empty() && !mrzWords.empty() && mrzWords[0].size() > frontWords[0].size() &&
      mrzWords[0].size() <= frontWords[0].size() + 2 && mrzWords[0].ends_with(frontWords[0])) {
    auto trimmed = mrzWords;
    trimmed[0] = frontWords[0];
    if (sameWordsAsMrz(frontWords, trimmed)) return true;
  }
  // The filler between two names read as a letter (`THEKLOC` for `THE<LOC`), as OCR reads the
  // fillers of line 1 (CardMrz): the word parted there, when the parts are the front's words.
  if (frontWords.size() != mrzWords.size() + 1) return false;
  for (std::size_t i = 0; i < mrzWords.size(); ++i)
    for (std::size_t at = 1; at + 1 < mrzWords[i].size(); ++at) {
      if (mrzWords[i][at] != 'K' && mrzWords[i][at] != 'C') continue;
      auto parted = mrzWords;
      parted[i] = mrzWords[i].substr(0, at);
      parted.insert(parted.begin() + static_cast<std::ptrdiff_t>(i) + 1, mrzWords[i].substr(at + 1));
      if (parted[i] == frontWords[i] && parted[i + 1] == frontWords[i + 1] && sameWordsAsMrz(frontWords, parted))
        return true;
    }
  return false;
}

std::string mrzNameOf(std::string_view name) {
  std::string out;
  for (char c : upperCase(foldMarks(name))) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace sohoa::indexer
