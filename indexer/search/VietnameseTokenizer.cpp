#include "indexer/search/VietnameseTokenizer.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <stdexcept>

#include <string>
#include <unordered_map>
#include "indexer/search/Fts5Api.hpp"

#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

struct WordForms {
  std::string written;  // lower case, NFC
  std::string folded;   // empty when the word has no marks
};

// One per FTS5 table and connection; SQLite never calls it from two threads at once.
class Tokenizer {
 public:
  const WordForms& forms(std::string_view word) {
    auto found = cache_.find(std::string(word));
    if (found != cache_.end()) return found->second;
    if (cache_.size() > 500'000) cache_.clear();  // Vietnamese has few syllables; names and codes do not repeat
    WordForms forms{lowerCase(word), {}};
    std::string folded = foldMarks(forms.written);
    if (folded != forms.written) forms.folded = kFoldedMarker + folded;
    return cache_.emplace(std::string(word), std::move(forms)).first->second;
  }

 private:
  std::unordered_map<std::string, WordForms> cache_;
};

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

bool isWordCharacter(UChar32 c) {
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}

// Calls `word(start, end)` for each word of `text` from `offset` on: the word characters in a row.
template <typename WordCallback>
int forEachWord(const char* text, int length, int offset, WordCallback word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text);
  while (offset < length) {
    int start = offset;
    UChar32 c = 0;
    U8_NEXT(bytes, offset, length, c);
    if (c < 0 || !isWordCharacter(c)) continue;
    int end = offset;
    while (end < length) {
      int next = end;
      U8_NEXT(bytes, next, length, c);
      if (c < 0 || !isWordCharacter(c)) break;
      end = next;
    }
    offset = end;
    if (const int rc = word(start, end); rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

int tokenize(Fts5Tokenizer* self, void* context, int flags, const char* text, int length, TokenCallback emit) {
  auto& tokenizer = *reinterpret_cast<Tokenizer*>(self);
  const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  int offset = 0;
  bool anyForm = false;
  if (query && length > 0 && text[0] == kAnyFormMarker) {
    anyForm = true;
    offset = 1;
  }
  return forEachWord(text, length, offset, [&](int start, int end) {
    const std::string_view word(text + start, static_cast<std::size_t>(end - start));
    const WordForms& forms = tokenizer.forms(word);
    int rc = emit(context, 0, forms.written.data(), static_cast<int>(forms.written.size()), start, end);
    if (rc != SQLITE_OK) return rc;
    if (!query && !forms.folded.empty()) {
      // The folded form at the same position, for queries typed without marks.
      rc = emit(context, FTS5_TOKEN_COLOCATED, forms.folded.data(), static_cast<int>(forms.folded.size()), start, end);
    } else if (query && anyForm && forms.folded.empty()) {
      // A word typed without marks also matches the folded form of every marked word.
      const std::string folded = kFoldedMarker + forms.written;
      rc = emit(context, FTS5_TOKEN_COLOCATED, folded.data(), static_cast<int>(folded.size()), start, end);
    }
    return rc;
  });
}

int create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer());
  return SQLITE_OK;
}

void destroy(Fts5Tokenizer* tokenizer) { delete reinterpret_cast<Tokenizer*>(tokenizer); }

}  // namespace

std::vector<IndexedWord> indexedWords(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<IndexedWord> words;
  forEachWord(text.data(), static_cast<int>(text.size()), 0, [&](int start, int end) {
    const WordForms& forms =
        tokenizer.forms(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
    words.push_back({forms.written, forms.folded.empty() ? std::string() : forms.folded.substr(1)});
    return SQLITE_OK;
  });
  return words;
}

void registerVietnameseTokenizer(sqlite3* db) {
  fts5_api& api = fts5ApiOf(db);
  fts5_tokenizer tokenizer{create, destroy, tokenize};
  if (api.xCreateTokenizer(&api, kVietnameseTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
    throw std::runtime_error("cannot register the sohoa_vi tokenizer");
}

}  // namespace sohoa::indexer
