#pragma once
// The machine-readable zone at the foot of an ID card's back (ICAO 9303 TD1: three lines of
// 30 monospaced capitals, digits and `<`), read again when the page's first reading got it
// wrong. The Vietnamese model reads the zone's 0 as 6 or 9 on a photocopy; the band around the
// lines first read as MRZ is cut out, smoothed, enlarged and read by the engine's MRZ reading
// (OcrEngine::readMachineZone). The new lines replace the first ones only when more of the
// zone's check digits hold in them: a re-read never makes the zone worse.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ocr/engine/OcrEngine.hpp"

struct Pix;

namespace sohoa::ocr {

// ICAO 9303's check digit of `field` (weights 7, 3, 1; A–Z 10–35; `<` 0); nothing if a
// character is neither 0-9, A-Z nor `<`.
std::optional<char> mrzCheckDigit(std::string_view field);

// A line the first reading made of the zone: a run of fillers, or the card's `IDVNM` opening.
bool looksLikeMachineZoneLine(const Line& line);

// How many of a TD1 zone's own check digits hold in `lines` (spaces removed): the document
// number's and the personal number's on line 1, the birth and expiry dates' on line 2. 0 to 4.
int machineZoneChecksHeld(const std::vector<std::string>& lines);

// The re-read's zone lines (`again`), its line 1 and line 2 each taken from the first reading
// instead where more of that line's checks hold there: a re-read may mend line 2 and spoil line 1.
std::vector<std::string> mergeZoneReadings(std::vector<std::string> again, const std::vector<std::string>& first);

// Re-reads the MRZ band of `page` on `image` (the page as read, upright); rewrites its lines
// when the re-read holds more check digits. Returns true when it did.
bool rereadCardMachineZone(OcrEngine& engine, Pix* image, int dpi, Page& page);

}  // namespace sohoa::ocr
