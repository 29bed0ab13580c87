#include "indexer/register/CsvReader.hpp"

namespace sohoa::indexer {

std::optional<std::vector<std::string>> CsvReader::next() {
  if (!started_) {
    started_ = true;
    if (in_.peek() == 0xEF) {
      char bom[3];
      in_.read(bom, 3);
    }
  }
  if (in_.peek() == std::char_traits<char>::eof()) return std::nullopt;
  recordLine_ = nextLine_;
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (int c; (c = in_.get()) != std::char_traits<char>::eof();) {
    if (quoted) {
      if (c == '"') {
        if (in_.peek() == '"') {
          fields.back() += '"';
          in_.get();
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++nextLine_;
        if (fields.back().size() <= kLongestField) fields.back() += static_cast<char>(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\r') {
      continue;
    } else if (c == '\n') {
      ++nextLine_;
      return fields;
    } else if (fields.back().size() <= kLongestField) {
      fields.back() += static_cast<char>(c);
    }
  }
  ++nextLine_;
  return fields;
}

}  // namespace sohoa::indexer
