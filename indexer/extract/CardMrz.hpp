#pragma once
// The machine-readable zone on the back of a Vietnamese citizen ID card (CCCD, 2021 and 2024
// models): three 30-character lines in ICAO 9303 TD1 form.
//   line 1: `IDVNM` + the 9-digit document number (the last 9 digits of the personal number)
//           + its check digit + the 12-digit personal number + `<<` + the personal number's check digit;
//   line 2: birth date YYMMDD + check, sex M/F/<, expiry YYMMDD + check, nationality `VNM`,
//           fillers, and a composite check digit over line 1's positions 6–30 and both dates;
//   line 3: SURNAME<<GIVEN<NAMES, in capitals without marks.
// Check digits weigh the characters 7, 3, 1 in turn (digits as themselves, A–Z as 10–35, `<` as
// 0) and keep the sum's last digit: a number read with its check digits holding is read with
// certainty. OCR confuses O/0, I/1, B/8, S/5 in the numeric fields; a letter there is read as its
// digit only if the check digit then holds.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/PageLayout.hpp"
#include "ocr/reread/CardMachineZone.hpp"

namespace sohoa::indexer {

using ocr::mrzCheckDigit;  // ICAO 9303's check digit

struct CardMrz {
  std::string citizenId;       // the 12-digit personal number, check digit held
  std::string documentNumber;  // 9 digits
  // From line 2 when it was read and its check digits hold; empty otherwise.
  std::string birthDate;   // YYMMDD
  char sex = 0;            // 'M', 'F' or 0
  std::string expiryDate;  // YYMMDD
  bool compositeChecked = false;
  // From line 3 when it was read: SURNAME GIVEN NAMES, capitals without marks.
  std::string nameWithoutMarks;
  std::size_t firstLine = 0;  // index in `lines` of line 1
};

// The card MRZ among a page's text lines (each line's words, spaces removed or not); nothing
// when no line 1 with holding check digits is there.
std::optional<CardMrz> readCardMrz(const std::vector<std::string>& lines);

// The card MRZ on a page, read from its visual lines (segments side by side joined: OCR cuts
// line 1 at its `<<` gap), with the box around line 1.
struct CardMrzOnPage {
  CardMrz mrz;
  ocr::Box box;
  std::size_t segment = 0;  // the page's segment where line 1 begins
};
std::optional<CardMrzOnPage> cardMrzOn(const PageLayout& page);

// `name` (as printed on the card front, with marks) written as the MRZ writes it: capitals
// without marks, words separated by single spaces.
std::string mrzNameOf(std::string_view name);

// `printed` (a name with its marks, from the card's front or another paper) is the name the MRZ's
// line 3 spells, allowing for what OCR makes of line 3: a word one letter off that is no
// Vietnamese syllable (`THTI` for `THI`, `TUANK` with a filler read as K), or a filler between
// two names read as a letter (`THEKLOC`).
bool nameMatchesMrz(std::string_view printed, const std::string& mrzName);

}  // namespace sohoa::indexer
