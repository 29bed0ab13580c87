#pragma once
// What an auditor may not read of a citizen: personal data under Nghị định 13/2023 —
// identity numbers (CCCD 12 digits, CMND 9), phone numbers, home addresses and dates of
// birth — and the machine-readable zone (MRZ) of an ID card, which repeats them. Found two
// ways, so that a number printed or read in another shape is still masked:
//  - by what the document is known to hold: its stored CCCD/CMND numbers (and the register's
//    applicant number), found wherever they stand, however spaced (048 093 531 039,
//    048-093-531-039, 048.093.531.039) or misread (O52O95OO1234: the O/0, l/1, S/5, B/8
//    that extraction repairs), even glued to a word; and the addresses and dates of birth
//    its labels introduce, found where they stand without their label;
//  - by shape, as a safety net: a separate run of 9 or 12 digits (in those shapes), or of
//    10–11 starting with 0 or 84 (a phone number); the rest of a line after the label of an
//    address (Địa chỉ, Nơi cư trú, Nơi thường trú, Quê quán, Nơi ở hiện tại), a date of
//    birth (Ngày, tháng, năm sinh; Sinh ngày; Ngày sinh) or a phone number (Điện thoại,
//    SĐT), or the next line when the label ends its line; MRZ lines (IDVNM…, or 25 and more
//    capitals, digits and '<').
// Numbers keep their first 3 and last 2 digits (052*******34: the province, and enough to
// tell two apart; PersonalNumbers finds them); addresses, dates of birth and MRZ lines become
// "***". More is masked than needed now and then (a sum of 9 digits, a letterhead's
// address): an auditor loses a little reading, never a citizen's data.
#include <string>
#include <string_view>
#include <vector>

namespace sohoa::viewer {

// Bytes of a line to mask.
struct MaskedSpan {
  std::size_t begin = 0, end = 0;
  bool wholeValue = false;  // shown as "***"; otherwise a number with its middle digits starred
};

class PersonalDataMask {
 public:
  // A number the document holds (digits only; other characters are dropped).
  void knowNumber(std::string_view number);
  // Learns the values the labels of `text` introduce, and the numbers it holds, to mask
  // them also where they stand alone (another page, a wrapped line, a snippet).
  void learnFrom(std::string_view text);

  std::string masked(std::string_view text) const;
  // What to mask in one line, in order and not overlapping. `valueFollows` carries, from a
  // line to the next, that a label ended the line and its value is the next line.
  std::vector<MaskedSpan> spansIn(std::string_view line, bool& valueFollows) const;

 private:
  std::vector<std::string> numbers_, phrases_;
};

// One identity number as the mask shows it (052*******34): enough to tell two citizens apart.
std::string maskedNumber(std::string_view number);

}  // namespace sohoa::viewer
