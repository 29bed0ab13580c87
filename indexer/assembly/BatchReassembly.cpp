#include "indexer/assembly/BatchReassembly.hpp"

#include <map>

#include "indexer/assembly/BatchPages.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/store/ArchiveRecords.hpp"
#include "indexer/store/BatchRows.hpp"
#include "indexer/store/DocumentRows.hpp"
#include "indexer/store/DossierRows.hpp"
#include "indexer/store/ReassembledDocuments.hpp"
#include "indexer/store/StoreTransaction.hpp"

namespace sohoa::indexer {
namespace {

SplitOptions optionsOf(const StoredBatch& batch) {
  SplitOptions options{batch.dossierCode, std::nullopt};
  if (batch.dossierPart) options.part = partFromName(*batch.dossierPart);
  return options;
}

// Fields a clerk corrected stay; the rest is read again.
CorrectedFields keepCorrections(RecordStore& store, std::int64_t row, ReassemblyReport& report) {
  CorrectedFields corrected;
  for (const auto& field : correctedFields(store, row)) {
    ++report.correctionsKept;
    if (field.name == fieldname::kCitizenIds) {
      corrected.citizenIds.insert(field.value);
      corrected.citizenIds.insert(field.previousValue);
    } else {
      corrected.names.insert(field.name);
    }
  }
  deleteExtractedFields(store, row);
  return corrected;
}

void removeDocument(RecordStore& store, std::int64_t row, const std::string& publicId, ReassemblyReport& report) {
  for (const auto& field : correctedFields(store, row))
    report.dropped.push_back("document " + publicId + " no longer exists: the correction of " + field.name + " to \"" +
                             field.value + "\" is dropped");
  for (const auto& reuse : reusesOfDocument(store, publicId))
    report.dropped.push_back("document " + publicId + " no longer exists: its reuse for dossier " + reuse.forDossier +
                             " is dropped");
  deleteDocument(store, row);
}

struct OldDocument {
  std::int64_t row = 0;
  std::optional<std::string> archiveFile;
  std::string signature;
};

void reassemble(RecordStore& store, const StoredBatch& batch, ReassemblyReport& report) {
  StoreTransaction transaction(store);
  const auto pages = loadBatchPages(store, batch.sources, false);
  std::map<std::string, OldDocument> old;
  for (const auto& document : documentsOfSources(store, batch.sources))
    old[document.publicId] = {document.row, document.archiveFile, documentSignature(store, document.row)};
  unfileSourcePages(store, batch.sources);

  for (const auto& document :
       pages.empty() ? std::vector<PlannedDocument>{} : planDocuments(pages, optionsOf(batch), CalendarDay::today())) {
    const auto previous = old.find(document.publicId);
    std::int64_t row = 0;
    if (previous != old.end()) {
      row = previous->second.row;
      updateDocumentRow(store, row, document, batch.path);
      const auto corrected = keepCorrections(store, row, report);
      fileDocumentPages(store, row, document, pages);
      report.fieldsForReview += insertFields(store, row, document, pages, corrected);
    } else {
      row = *insertDocumentRow(store, document, pages[document.cut.pages.front()].sourceId, batch.path);
      fileDocumentPages(store, row, document, pages);
      report.fieldsForReview += insertFields(store, row, document, pages);
      ++report.documentsAdded;
    }
    ++report.documents;
    const bool same = previous != old.end() && previous->second.signature == documentSignature(store, row);
    if (!same) {
      report.changedDocumentIds.push_back(document.publicId);
      if (previous != old.end() && previous->second.archiveFile)
        report.staleArchiveFiles.push_back(*previous->second.archiveFile);
      clearArchiveOutcome(store, row);
    }
    if (previous != old.end()) old.erase(previous);
  }
  for (const auto& [publicId, document] : old) {
    removeDocument(store, document.row, publicId, report);
    if (document.archiveFile) report.staleArchiveFiles.push_back(*document.archiveFile);
    ++report.documentsRemoved;
  }
  transaction.commit();
  ++report.batches;
}

}  // namespace

ReassemblyReport reassembleBatches(RecordStore& store) {
  ReassemblyReport report;
  for (const auto& batch : storedBatches(store)) reassemble(store, batch, report);
  return report;
}

}  // namespace sohoa::indexer
