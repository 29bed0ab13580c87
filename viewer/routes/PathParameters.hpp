#pragma once
// What a path parameter of the API may hold, checked before it reaches the store or the
// file system: `../`, its percent-encoded forms (decoded once by the server, so a `%` left
// means double encoding), back slashes and control characters never pass.
#include <string_view>

namespace sohoa::viewer {

// A path that must be refused before any route sees it.
bool isTraversalAttempt(std::string_view decodedPath);
// Row ids: 1 to 18 digits.
bool isRowId(std::string_view text);
// Document ids (as sohoa gives them: letters, digits, '-', '_').
bool isDocumentId(std::string_view text);
// Dossier codes (000.00.21.H08-250314-0042): letters, digits, '.', '-', never "..".
bool isDossierCode(std::string_view text);

}  // namespace sohoa::viewer
