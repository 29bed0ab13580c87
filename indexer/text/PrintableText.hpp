#pragma once
// Text that came from outside (file and folder names, register cells, a PDF's text layer)
// made safe to print on a clerk's terminal: control characters (C0, DEL and C1, among them
// ESC, which recolours, moves or rewrites a terminal) and bytes that are not UTF-8 are shown
// as \xNN; everything else, Vietnamese included, is kept as it is. Line breaks and tabs are
// kept only where asked (a page's text), never in a name, where one would forge a line.
#include <cstddef>
#include <string>
#include <string_view>

namespace sohoa::indexer {

enum class LineBreaks { Escaped, Kept };

std::string printable(std::string_view text, LineBreaks lineBreaks = LineBreaks::Escaped);
// printable(), cut to at most `characters` characters, with … where it was cut.
std::string printableShort(std::string_view text, std::size_t characters);

// Well-formed UTF-8: no stray continuation bytes, overlong forms, surrogates or code points
// past U+10FFFF.
bool isValidUtf8(std::string_view text);

}  // namespace sohoa::indexer
