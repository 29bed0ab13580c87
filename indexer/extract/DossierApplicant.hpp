#pragma once
// Whom a marriage paper is about: the spouse who asked. The tờ khai (`Bên nữ` / `Bên nam`) and
// the certificate name husband and wife alike; the dossier's receipt (`Ông/Bà`) names the
// applicant. The spouse whose name it gives, read with or without its marks (OCR drops a mark on
// either paper), becomes the paper's person_name, as surely as the paper read it; a spouse no
// other paper names as applicant, or both, leaves it empty.
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"

namespace sohoa::indexer {

// `dossier`: the extractions of one dossier's documents.
void chooseSpouseAcrossDossier(const std::vector<DocumentExtraction*>& dossier);

}  // namespace sohoa::indexer
