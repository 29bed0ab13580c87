#pragma once
// A value read from a document, with where and how it was read, so that a clerk can see it
// on the page and an auditor can tell a QR code from a guess.
#include <string>

#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct ExtractedField {
  std::string name;   // export name: organ_name, code_number, citizen_ids…
  std::string value;  // one value (citizen_ids gives one field per number)
  int page = -1;      // index of the page in its document
  ocr::Box box;       // in that page's pixels
  float confidence = 0;
  std::string method;  // layout, label, pattern, qr, procedure table
  bool needsReview = false;
  std::string note;  // why it needs review, or what disagreed with it
  // Whose name a person_name is, from its label: requester, child, deceased, holder… (empty otherwise).
  std::string role = {};
};

}  // namespace sohoa::indexer
