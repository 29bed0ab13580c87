#pragma once
// Reading documents back out of the store: one document, a dossier's documents, or all of
// them one at a time (for export, so memory stays flat however large the store).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct PageRecord {
  std::int64_t id = 0;
  int sourcePage = 0;  // the page's number in its batch (file, or folder of pages)
  std::string text;
  double confidence = 0;
  int rotation = 0;
  double skew = 0;
  std::optional<int> dpi;
  std::string origin;                  // "ocr" or "pdf_text"
  std::string file;                    // the input file the page came from, as given
  int filePage = 0;                    // its number in that file
  int width = 0, height = 0;           // pixels of the upright, straightened page the word boxes are in
  std::string preview;                 // the page's preview image, relative to the store root (may not exist)
  bool blank = false;                  // a page without text (the back of a sheet), not read
  std::optional<double> uncoveredInk;  // share of its text-like ink no word was read from
};

struct FieldRecord {
  std::string name;
  std::string value;
  std::optional<std::int64_t> pageId;
  ocr::Box box;
  double confidence = 0;
  std::string method;
  bool needsReview = false;
  std::string note;  // why it needs review, or what disagreed with it
  // Set once a person corrected the value: what extraction had read, who corrected it, when.
  std::optional<std::string> extractedValue, correctedBy, correctedAt;
  std::int64_t id = 0;  // the field's row, for corrections
};

struct DocumentRecord {
  std::string documentId;
  std::optional<std::string> dossierCode;
  std::string source;  // the input path as given
  std::string kind;
  std::optional<std::string> typeLabel;
  std::optional<std::string> archiveFile;
  std::optional<std::string> archiveMissingReason;  // why it has none, where it cannot have one
  std::optional<std::string> dossierPart;           // receipt, component, result
  std::optional<int> dossierOrder;
  std::vector<PageRecord> pages;
  std::vector<FieldRecord> fields;
};

class DocumentCatalog {
 public:
  explicit DocumentCatalog(RecordStore& store) : store_(store) {}

  std::optional<DocumentRecord> find(const std::string& documentId);
  std::vector<DocumentRecord> ofDossier(const std::string& dossierCode);
  void forEach(const std::function<void(const DocumentRecord&)>& visit);
  std::int64_t count();

 private:
  std::vector<DocumentRecord> select(const std::string& where, const std::string& parameter);
  void loadPagesAndFields(std::int64_t rowId, DocumentRecord& document);

  RecordStore& store_;
};

}  // namespace sohoa::indexer
