#pragma once
// Numbers of a person in a line of text, as they are printed and as OCR reads them: digits,
// and the letters OCR reads for digits (O/o/D/Q for 0, l/I/i/|/! for 1, S/s for 5, B for 8,
// Z/z for 2, as indexer::repairedDigits repairs them), in groups joined by single
// separators: "048 093 531 039", "048-093-531-039", "048.093.531.039", "O52O95OO1234".
// Any such run is where a number the document is known to hold may stand (glued to a word
// or not); a run of groups that are words of their own, and not the head or tail of a code
// (a word of letters and digits across a '.' or '-': H08-250605-1271), or one of its groups,
// is a person's number by its shape alone when it has 9 or 12 digits (CMND, CCCD) or 10-11
// starting with 0 or +84 (a phone number).
#include <string>
#include <string_view>
#include <vector>

namespace sohoa::viewer {

struct NumberRun {
  std::size_t begin = 0, end = 0;  // bytes of the line
  std::string digits;              // as repaired
  std::vector<std::size_t> where;  // the byte of each digit
  std::size_t realDigits = 0;      // digits printed as digits
};

// Every run of digit-like groups joined by separators, wherever it stands.
std::vector<NumberRun> numberRuns(std::string_view line);
// The runs that stand alone as numbers, and the groups of those with several.
std::vector<NumberRun> standaloneNumbers(std::string_view line);
// A standalone run that is a person's number by its shape.
bool personalByShape(const NumberRun& run, std::string_view line);
// `text` (a run) with its digits but the first 3 and last 2 starred: 052*******34.
void appendMaskedNumber(std::string& out, std::string_view text);

}  // namespace sohoa::viewer
