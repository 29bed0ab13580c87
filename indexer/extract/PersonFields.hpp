#pragma once
// Who and what a document is about: the person the paper concerns (NamedPeople), CCCD numbers
// (validated; digit confusions repaired only when the repaired number validates), CMND numbers
// where a label says so, the dossier code and the procedure code (printed, or mapped from the
// procedure's name).
#include <optional>
#include <vector>

#include "indexer/extract/CalendarDay.hpp"
#include "indexer/extract/DocumentTypes.hpp"
#include "indexer/extract/ExtractedField.hpp"
#include "indexer/extract/PageLayout.hpp"

namespace sohoa::indexer {

std::vector<ExtractedField> personFields(const std::vector<PageLayout>& pages, const std::optional<TypeHeading>& type,
                                         const CalendarDay& today);

// A dossier code printed on a page (labelled `Mã hồ sơ`, or standing alone), with its box.
std::optional<ExtractedField> printedDossierCode(const PageLayout& page);

}  // namespace sohoa::indexer
