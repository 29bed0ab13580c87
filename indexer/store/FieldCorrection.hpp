#pragma once
// A person's correction of an extracted field: the new value replaces the old one, every
// correction is kept (old value, new value, who, when), the value extraction first read
// stays in fields.previous_value, and the corrected value becomes searchable at once.
#include <cstdint>
#include <stdexcept>
#include <string>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

// A value the field cannot take (empty, too long, not a valid CCCD, not an ISO date…).
class InvalidCorrection : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct FieldCorrection {
  std::int64_t fieldId = 0;
  std::string documentId;  // the document's public id
  std::string name;
  std::string oldValue;
  std::string newValue;
};

// Throws InvalidCorrection for a bad value, NotFound for an unknown field.
FieldCorrection correctField(RecordStore& store, std::int64_t fieldId, const std::string& value,
                             const std::string& correctedBy);

}  // namespace sohoa::indexer
