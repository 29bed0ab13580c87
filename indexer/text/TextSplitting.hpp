#pragma once
// Cutting text into the pieces a reader looks at: the parts between separators (a dossier
// code's groups, a CSV-like list, a name's words), and a word without the punctuation OCR
// reads around it (`"15/QĐ-UBND,"`, `(Nguyễn`).
#include <string>
#include <string_view>
#include <vector>

namespace sohoa::indexer {

// The parts of `text` between separators (empty parts kept).
std::vector<std::string_view> splitAt(std::string_view text, char separator);
// Letters and digits only (strips punctuation at both ends).
std::string trimmedPunctuation(std::string_view word);

}  // namespace sohoa::indexer
