#pragma once
// RFC 4180 CSV, as spreadsheet programs and the provincial one-stop system export it:
// comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks; a
// UTF-8 byte-order mark before the header is dropped. A field is kept to its first 64 KB (a
// register cell is far shorter; an unclosed quote would otherwise read the rest of the file
// into one cell), enough for the reader of the record to see that it is too long.
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace sohoa::indexer {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in) : in_(in) {}
  // The next record, or nothing at the end. `line()` is where it started (from 1).
  std::optional<std::vector<std::string>> next();
  int line() const { return recordLine_; }

  static constexpr std::size_t kLongestField = 64 * 1024;

 private:
  std::istream& in_;
  int nextLine_ = 1;
  int recordLine_ = 0;
  bool started_ = false;
};

}  // namespace sohoa::indexer
