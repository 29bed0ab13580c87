#pragma once
// The command line's messages in the reader's language: Vietnamese under a vi_VN locale,
// English otherwise, with gettext as the free-software world does it (the catalogue is
// po/vi.po, compiled at build time; a translator edits it with any PO editor). Only the
// messages change: numbers in JSON and CSV stay as programs read them (LC_NUMERIC is left
// alone). The viewer does not use this: its pages and answers are Vietnamese for everyone.
#include <initializer_list>
#include <string>

namespace sohoa::indexer {

// Reads the locale from the environment (LANG, LC_ALL, LC_MESSAGES, LANGUAGE) and finds the
// catalogue: SOHOA_LOCALE_DIR, then share/locale beside the program, then the build's own.
void useReadersLanguage();

// The message in the reader's language (the English text is the key).
const char* tr(const char* english);
// The singular or plural form for `count` (Vietnamese has one form).
const char* tr(const char* singular, const char* plural, unsigned long count);

// Whether messages come out in Vietnamese: then days are dd/mm/yyyy and decimals take a comma.
bool readsVietnamese();
// "2025-06-01" as a Vietnamese desk writes a day: "01/06/2025"; anything else as it is.
std::string dayAsWritten(const std::string& iso);
// The day as the reader writes it: dayAsWritten in Vietnamese, ISO otherwise.
std::string readersDay(const std::string& iso);

// `text` with %1, %2, … replaced by the values in order: the words around a value may move
// between languages ("%1 results for \"%2\"", "%1 kết quả cho \"%2\"").
std::string filled(const char* text, std::initializer_list<std::string> values);

}  // namespace sohoa::indexer
