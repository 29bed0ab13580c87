#pragma once
// What a field's confidence means: the share of values like it that are right, from the evidence
// behind it, not Tesseract's word score alone (which is as high for `Đăng` read for `Đặng` as for
// the right word, and low for a right name with leader dots glued to it). Evidence: the OCR
// score of its words, the checks the value passed (a CCCD's province, century and birth year; a
// date that exists and is not in the future; a number and notation's shape; a name's surname
// among Vietnamese surnames; a position among the positions that sign), the layout it was found
// in, and a QR code saying the same. The weights were measured on the dev template families
// (`scripts/eval-extract --families dev` prints the share right per confidence bucket).
// One threshold decides: a value under it waits for a clerk under `review` and is never stored
// among the fields.
#include <string_view>
#include <vector>

#include "indexer/extract/ExtractedField.hpp"

namespace sohoa::indexer {

// Under this a value goes to review: stored values are right about as often as their confidence says.
constexpr float kStoreFrom = 0.85f;
// The note of a value in review for its OCR score alone (no rule doubted it).
constexpr std::string_view kLowOcrNote = "low OCR confidence";
// The note of a CCCD number the checks refused, before the reason (`no province has code 057`).
constexpr std::string_view kInvalidCccdNote = "not a valid CCCD number: ";
// The note of a date whose handwritten day or month only the digit classifier read (no second
// reader): in review unless the dossier vouches for it (DossierDates).
constexpr std::string_view kOneReaderNote = "handwritten day or month read by one reader only";

// The note of a card holder's name read from the card's MRZ alone (capitals without marks), its
// front not read: in review unless another paper of the dossier spells it (DossierNames).
constexpr std::string_view kMrzNameOnlyNote =
    "read from the card's MRZ alone, without marks: the front's name was not read";
// The note of a card holder's name whose front and MRZ readings differ in their letters, before the
// MRZ's: in review unless another paper of the dossier reads one of the two (DossierNames).
constexpr std::string_view kMrzConflictNote = "differs from the card's MRZ name ";

// The notes of a signed paper's number and date written by hand and not read: the field is kept
// empty, in review, with what was read of its line after the note.
constexpr std::string_view kUnreadNumberNote = "number not read (handwritten?): ";
constexpr std::string_view kUnreadDateNote = "date not read (handwritten?): ";
// The note of a signer's name not read under a signing block that was (the field is empty).
constexpr std::string_view kUnreadSignerNote = "the signer's name was not read under the signing block";
// The note of a summary whose next line, right under it, was not read whole (a stamp over its
// start): what was read is kept for a clerk to finish, never stored as the whole summary.
constexpr std::string_view kSummaryCutNote = "the summary goes on in a line not read whole: ";
// The notes of a date or number a paper of its kind always carries, not found at all.
constexpr std::string_view kNoDateNote = "no date read on the paper";
constexpr std::string_view kNoNumberNote = "no number read on the paper";
constexpr std::string_view kNoPersonNote = "no name read of the person the paper is about";

// Sets every field's confidence from its evidence and sends those under kStoreFrom to review
// (other reasons for review, such as a date in the future, are kept). `typeLabel` is the type the
// document's heading names (a notation spelling its initials is checked by it).
void weighEvidence(std::vector<ExtractedField>& fields, std::string_view typeLabel = {});

// True when the first syllable of a name is a Vietnamese surname (Nguyễn, Trần, Đặng…).
bool startsWithSurname(const std::string& name);

}  // namespace sohoa::indexer
