#pragma once
// Reuse: a dossier's component taken from an already digitised document instead of a new
// paper copy (the plan's reuse rate counts the dossiers with one). Recorded by a clerk
// (`sohoa reuse`, the viewer), taken back when marked by mistake. (Reading reuses back:
// DossierRows.)
#include <string>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

// Throws NotFound (StoreError) when the dossier or the document is unknown; recording the same
// reuse twice keeps one.
void recordReuse(RecordStore& store, const std::string& dossierCode, const std::string& documentId,
                 const std::string& recordedBy);
// Takes a reuse back: it no longer counts. False when there was none; the caller keeps who
// undid it and why (the viewer's audit log).
bool undoReuse(RecordStore& store, const std::string& dossierCode, const std::string& documentId);

}  // namespace sohoa::indexer
