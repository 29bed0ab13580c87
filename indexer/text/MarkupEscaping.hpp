#pragma once
// Text put inside HTML or XML that we write by hand (the rate report, the viewer's snippets,
// an archive's XMP): the characters markup gives a meaning to are escaped, so a clerk's or a
// page's text never becomes a tag or ends an attribute.
#include <string>
#include <string_view>

namespace sohoa::indexer {

// Text with &, <, > and " escaped for HTML and XML.
std::string markupEscaped(std::string_view text);

}  // namespace sohoa::indexer
