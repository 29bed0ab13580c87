#pragma once
// The FTS5 tokenizer `sohoa_vi`. A document word is indexed as written (NFC, lower case)
// and, when it has marks, also folded (marks removed, đ -> d) at the same position, the
// folded token set apart by a leading kFoldedMarker byte so it never meets a written one.
//
// In a query, a phrase is matched as written; a phrase whose text starts with
// kAnyFormMarker lets each of its words typed without marks also match every marked form:
// "duong" then matches duong, dương, đường, đương, while "đường" matches đường only.
#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

namespace sohoa::indexer {

inline constexpr char kFoldedMarker = '\x01';
inline constexpr char kAnyFormMarker = '\x01';
inline constexpr const char* kVietnameseTokenizerName = "sohoa_vi";

// Registers the tokenizer on a connection; every connection that reads or writes the
// full-text index needs it. Throws std::runtime_error when FTS5 is missing.
void registerVietnameseTokenizer(sqlite3* db);

// A text's words as this tokenizer indexes them, in order, for an index other than FTS5
// (PostgreSQL's tsvector): each as written (lower case, NFC) and, when it has marks, folded
// (without kFoldedMarker; empty when the word has no marks).
struct IndexedWord {
  std::string written;
  std::string folded;
};
std::vector<IndexedWord> indexedWords(std::string_view text);

}  // namespace sohoa::indexer
