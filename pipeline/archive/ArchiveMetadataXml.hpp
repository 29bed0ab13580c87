#pragma once
// The metadata XML beside each archive file and for each dossier (Nghị định 30/2020 Phụ lục
// VI, Thông tư 05/2025), written with libxml2 and checked against the XSD in
// pipeline/archive/ (compiled in).
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/DocumentCatalog.hpp"

namespace sohoa::pipeline {

struct DossierMetadata {
  std::string code;
  std::string title;
  std::string maintenance = "01";  // permanent unless the commune's retention schedule says otherwise
  std::vector<const indexer::DocumentRecord*> documents;  // in their order in the dossier
};

std::string documentMetadataXml(const indexer::DocumentRecord& document, const std::string& fileCode, int ordinal);
std::string dossierMetadataXml(const DossierMetadata& dossier);
// Nothing when `xml` validates against the XSD, else the first problem.
std::optional<std::string> metadataXmlProblem(const std::string& xml);

}  // namespace sohoa::pipeline
