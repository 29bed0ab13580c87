#include "ocr/text/MachineZoneMending.hpp"

#include <bit>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ocr/reread/CardMachineZone.hpp"
#include "ocr/text/UnicodeText.hpp"

namespace sohoa::ocr {
namespace {

constexpr std::size_t kLineLength = 30;  // TD1

// Text as the zone prints it: capitals, digits and fillers; `«` (OCR's `<<`) as two fillers, a
// letter with a mark (`Ï`, `ô` for a 0: the zone's font has no marks) as its letter, spaces and
// stray signs dropped.
std::string zoneCharacters(const std::string& text) {
  // Letters with no mark to drop that OCR reads for the zone's (Đ and Ð fold to D): Ø for a 0 or
  // an O, Æ for an A.
  static constexpr std::pair<std::string_view, char> kLookalikes[] = {
      {"\xC3\x98", 'O'}, {"\xC3\xB8", 'O'}, {"\xC3\x86", 'A'}};
  const std::string letters = withoutMarks(text);
  std::string out;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const char c = letters[i];
    if (letters.compare(i, 2, "\xC2\xAB") == 0) {  // «
      out += "<<";
      ++i;
    } else if (c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<') {
      out += c;
    } else {
      for (const auto& [lookalike, letter] : kLookalikes)
        if (letters.compare(i, lookalike.size(), lookalike) == 0) {
          out += letter;
          i += lookalike.size() - 1;
          break;
        }
    }
  }
  return out;
}

// The words of a line that are its part of the zone: the longest run of words made (nearly) of
// the zone's characters. Words read beside it on the same row (a card's other print) stay apart.
struct ZoneRun {
  std::size_t begin = 0, end = 0;  // words [begin, end) of the line
  std::string text;                // their zone characters
};

std::optional<ZoneRun> zoneRunOf(const Line& line) {
  std::optional<ZoneRun> best;
  ZoneRun run;
  for (std::size_t i = 0; i <= line.words.size(); ++i) {
    const std::string characters = i < line.words.size() ? zoneCharacters(line.words[i].text) : std::string();
    if (!characters.empty() && characters.size() * 5 >= line.words[i].text.size() * 4) {
      if (run.text.empty()) run.begin = i;
      run.text += characters;
      run.end = i + 1;
      continue;
    }
    if (!run.text.empty() && (!best || run.text.size() > best->text.size())) best = run;
    run = ZoneRun{};
  }
  if (!best || best->text.size() < 20) return std::nullopt;
  return best;
}

// A numeric field as digits, the letters OCR reads for digits in the zone's font as those digits.
std::optional<std::string> digitsOf(std::string_view field) {
  std::string out;
  for (char c : field) {
    switch (c) {
      case 'O':
      case 'Q':
      case 'D':
        c = '0';
        break;
      case 'I':
      case 'L':
        c = '1';
        break;
      case 'Z':
        c = '2';
        break;
      case 'S':
        c = '5';
        break;
      case 'G':
        c = '6';
        break;
      case 'B':
        c = '8';
        break;
      default:
        break;
    }
    if (c < '0' || c > '9') return std::nullopt;
    out += c;
  }
  return out;
}

bool checkHolds(const std::string& digits, char check) { return mrzCheckDigit(digits) == check; }

// Line 1: `IDVNM`, document number (9), its check, personal number (12), `<<`, its check. The
// document number is the personal number's last 9 digits: where the two copies differ, the
// digits taken are those for which both checks hold. The digits read once (the checks, the
// province code that opens the personal number) may be a 0 read as 6, 8 or 9, as the Vietnamese
// model reads the zone's font on a copy: the fewest such 0s that make both checks hold and the
// province code one of the 96 are put back, when line 2's composite check then holds too. Only a
// line that one choice alone mends is mended.
template <typename Composite>
std::optional<std::string> mendedLineOne(const std::string& read, Composite compositeHolds) {
  const std::size_t state = read.find("VNM");
  if (state == std::string::npos || state > 3) return std::nullopt;
  const std::string body = read.substr(state + 3);
  if (body.size() < 25) return std::nullopt;
  const auto document = digitsOf(body.substr(0, 9)), documentCheck = digitsOf(body.substr(9, 1));
  const auto personal = digitsOf(body.substr(10, 12)), personalCheck = digitsOf(body.substr(24, 1));
  if (!document || !documentCheck || !personal || !personalCheck) return std::nullopt;
  std::vector<std::size_t> differ;
  for (std::size_t i = 0; i < 9; ++i)
    if ((*document)[i] != (*personal)[3 + i]) differ.push_back(i);
  if (differ.size() > 3) return std::nullopt;  // not two copies of one number
  // Read once: the document check, the province code and the century digit, the personal check.
  const std::string once = *documentCheck + personal->substr(0, 3) + *personalCheck;
  std::vector<std::size_t> zeroLike;
  for (std::size_t i = 0; i < once.size(); ++i)
    if (once[i] == '6' || once[i] == '8' || once[i] == '9') zeroLike.push_back(i);
  for (int zeros = 0; zeros <= 2; ++zeros) {
    std::vector<std::string> holding;
    for (unsigned put = 0; put < (1u << zeroLike.size()); ++put) {
      if (std::popcount(put) != zeros) continue;
      std::string fields = once;
      for (std::size_t k = 0; k < zeroLike.size(); ++k)
        if (put & (1u << k)) fields[zeroLike[k]] = '0';
      const int province = std::stoi(fields.substr(1, 3));
      if (province < 1 || province > 96) continue;
      for (unsigned choice = 0; choice < (1u << differ.size()); ++choice) {
        std::string tail = *document;
        for (std::size_t k = 0; k < differ.size(); ++k)
          if (choice & (1u << k)) tail[differ[k]] = (*personal)[3 + differ[k]];
        const std::string number = fields.substr(1, 3) + tail;
        const std::string line = "IDVNM" + tail + fields[0] + number + "<<" + fields[4];
        if (checkHolds(tail, fields[0]) && checkHolds(number, fields[4]) && (zeros == 0 || compositeHolds(line)))
          holding.push_back(line);
      }
    }
    if (holding.size() == 1) return holding.front();
    if (holding.size() > 1) return std::nullopt;  // the zone does not say which
  }
  return std::nullopt;
}

// The dates printed on the page (dd/mm/yyyy) as the zone writes them: YYMMDD.
std::vector<std::string> printedDates(const Page& page) {
  static const std::regex date(R"((\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4}))");
  std::vector<std::string> dates;
  const std::string text = page.text();
  for (std::sregex_iterator it(text.begin(), text.end(), date), end; it != end; ++it) {
    const auto twoDigits = [](const std::string& part) { return part.size() == 1 ? "0" + part : part; };
    dates.push_back((*it)[3].str().substr(2) + twoDigits((*it)[2].str()) + twoDigits((*it)[1].str()));
  }
  return dates;
}

// A zone date whose check holds; else the one printed date a digit or two from it whose check
// digit is the one read.
std::optional<std::string> mendedDate(std::string_view field, char checkRead, const std::vector<std::string>& dates) {
  const auto digits = digitsOf(field);
  const auto check = digitsOf(std::string_view(&checkRead, 1));
  if (!check) return std::nullopt;
  if (digits && checkHolds(*digits, (*check)[0])) return digits;
  std::optional<std::string> found;
  for (const auto& date : dates) {
    int different = 0;
    for (std::size_t i = 0; i < 6; ++i) different += date[i] != field[i];
    if (different > 2 || !checkHolds(date, (*check)[0]) || found == date) continue;
    if (found) return std::nullopt;  // two printed dates would do: neither is sure
    found = date;
  }
  return found;
}

// Line 2: birth date, check, sex, expiry date, check, `VNM`, 11 fillers, the composite check
// (over line 1 from the document number on, and line 2's dates with their checks). The composite
// stays as read: it is what says whether line 1 was mended right.
struct LineTwo {
  std::string text;
  bool compositeHolds = false;
};

std::optional<LineTwo> mendedLineTwo(const std::string& read, const std::string& lineOne,
                                     const std::vector<std::string>& dates) {
  const std::size_t state = read.find("VNM", 15);  // what stands before the line's 15 first is no zone
  if (state == std::string::npos) return std::nullopt;
  const std::string line = read.substr(state - 15);
  const char sex = line[7];
  const auto composite = digitsOf(std::string_view(&line.back(), 1));
  if ((sex != 'M' && sex != 'F' && sex != '<') || line.size() < 19 || !composite) return std::nullopt;
  const auto birth = mendedDate(line.substr(0, 6), line[6], dates);
  const auto expiry = mendedDate(line.substr(8, 6), line[14], dates);
  if (!birth || !expiry) return std::nullopt;
  std::string out =
      *birth + *mrzCheckDigit(*birth) + sex + *expiry + *mrzCheckDigit(*expiry) + "VNM" + std::string(11, '<');
  const char computed = *mrzCheckDigit(lineOne.substr(5) + out.substr(0, 7) + out.substr(8, 7) + out.substr(18));
  return LineTwo{out + (*composite)[0], computed == (*composite)[0]};
}

// Line 3: SURNAME<<GIVEN<NAMES and fillers to the end; the name ends where three fillers run.
std::optional<std::string> mendedLineThree(const std::string& read) {
  std::string name = read.substr(0, read.find("<<<"));
  while (!name.empty() && name.back() == '<') name.pop_back();
  for (char& c : name) {
    if (c == '0') c = 'O';
    if (c == '1') c = 'I';
    if (c == '5') c = 'S';
    if (c == '8') c = 'B';
    if (c == '2') c = 'Z';
    if (c == '6') c = 'G';
    if (c != '<' && (c < 'A' || c > 'Z')) return std::nullopt;
  }
  if (name.find("<<") == std::string::npos || name.size() > kLineLength) return std::nullopt;
  return name + std::string(kLineLength - name.size(), '<');
}

// The run's words rewritten as one word over them, when it changed.
bool rewrite(Line& line, const ZoneRun& run, const std::string& text) {
  if (run.end == run.begin + 1 && line.words[run.begin].text == text) return false;
  Box box = line.words[run.begin].box;
  for (std::size_t i = run.begin; i < run.end; ++i) box = box.united(line.words[i].box);
  line.words.erase(line.words.begin() + static_cast<std::ptrdiff_t>(run.begin + 1),
                   line.words.begin() + static_cast<std::ptrdiff_t>(run.end));
  line.words[run.begin] = Word{text, box, 0.9f, WordSource::Print};
  return true;
}

}  // namespace

bool mendMachineZone(Page& page) {
  std::vector<std::pair<Line*, ZoneRun>> zone;
  for (auto& block : page.blocks)
    for (auto& line : block.lines)
      if (looksLikeMachineZoneLine(line))
        if (auto run = zoneRunOf(line)) zone.emplace_back(&line, std::move(*run));
  if (zone.empty()) return false;  // most pages: no need to look for their dates
  const auto dates = printedDates(page);
  for (std::size_t first = 0; first < zone.size(); ++first) {
    const std::string* lineTwo = first + 1 < zone.size() ? &zone[first + 1].second.text : nullptr;
    const auto one = mendedLineOne(zone[first].second.text, [&](const std::string& candidate) {
      const auto two = lineTwo ? mendedLineTwo(*lineTwo, candidate, dates) : std::nullopt;
      return two && two->compositeHolds;
    });
    if (!one) continue;
    bool changed = rewrite(*zone[first].first, zone[first].second, *one);
    if (const auto two = lineTwo ? mendedLineTwo(*lineTwo, *one, dates) : std::nullopt) {
      changed = rewrite(*zone[first + 1].first, zone[first + 1].second, two->text) || changed;
      if (first + 2 < zone.size()) {
        // Line 3 opens with the surname and its `<<`: a word before that is no part of it (`SS`).
        const Line& line = *zone[first + 2].first;
        ZoneRun name = zone[first + 2].second;
        while (name.begin + 1 < name.end && line.words[name.begin].text.find('<') == std::string::npos) {
          name.text.erase(0, zoneCharacters(line.words[name.begin].text).size());
          ++name.begin;
        }
        if (const auto three = mendedLineThree(name.text))
          changed = rewrite(*zone[first + 2].first, name, *three) || changed;
      }
    }
    return changed;
  }
  return false;
}

}  // namespace sohoa::ocr
