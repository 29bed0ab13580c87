#include "ocr/ScanReading.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ocr/engine/QrCodes.hpp"
#include "ocr/layout/CardRegions.hpp"
#include "ocr/layout/ReadingOrder.hpp"
#include "ocr/layout/TableRows.hpp"
#include "ocr/prepare/BlankPage.hpp"
#include "ocr/prepare/LeaderDots.hpp"
#include "ocr/prepare/PageOrientation.hpp"
#include "ocr/prepare/PaperPhoto.hpp"
#include "ocr/prepare/ReadingScore.hpp"
#include "ocr/prepare/ScanBorders.hpp"
#include "ocr/prepare/ScanStreaks.hpp"
#include "ocr/prepare/SpeckledCopy.hpp"
#include "ocr/reread/CardMachineZone.hpp"
#include "ocr/reread/CardReread.hpp"
#include "ocr/reread/CrossedLines.hpp"
#include "ocr/reread/DigitReread.hpp"
#include "ocr/reread/GarbledLines.hpp"
#include "ocr/reread/HandwrittenDates.hpp"
#include "ocr/reread/HandwrittenIds.hpp"
#include "ocr/reread/HandwrittenNumbers.hpp"
#include "ocr/reread/MissedLines.hpp"
#include "ocr/reread/NameReread.hpp"
#include "ocr/reread/UnsureNumbers.hpp"
#include "ocr/reread/WordsOfDots.hpp"
#include "ocr/text/JoinedWords.hpp"
#include "ocr/text/ListDashes.hpp"
#include "ocr/text/MachineZoneMending.hpp"
#include "ocr/text/MarkCorrection.hpp"
#include "ocr/text/NoiseWords.hpp"

namespace sohoa::ocr {
namespace {

// One reading of the scan turned by `rotation`, and the image it was read from.
struct Reading {
  PixPtr image;
  Recognition found;
  int rotation = 0;
  double skew = 0;
};

// The scan turned by `rotation` and, when asked, straightened (its angle in `skew`).
Reading turnedScan(Pix* scan, int rotation, bool straighten) {
  Reading reading;
  reading.rotation = rotation;
  reading.image = turnUpright(scan, rotation);
  if (straighten)
    if (Deskewed straight = deskew(reading.image.get()); straight.image) {
      reading.image = std::move(straight.image);
      reading.skew = straight.angle;
    }
  return reading;
}

Reading readTurned(OcrEngine& engine, Pix* scan, int dpi, int rotation, bool straighten) {
  Reading reading = turnedScan(scan, rotation, straighten);
  reading.found = engine.read(reading.image.get(), dpi, Layout::Page);
  return reading;
}

// Most pages come upright and read well; only the others are worth turning (asking the
// orientation model about every page cost ~15 % of the OCR time).
bool readsWell(const Recognition& found) {
  constexpr double kReadsWell = 0.75;
  return !found.sideways && !mostWordsStandUp(found.page) && found.page.meanConfidence() >= kReadsWell &&
         found.page.wordCount() >= 20;
}

// The turns worth reading the scan at, and whether they are known (a QR code, a sure
// orientation model) or only guesses to compare.
struct Turns {
  std::vector<int> degrees;
  bool known = false;
};

Turns turnsToTry(OcrEngine& engine, Pix* scan, int dpi, const std::vector<ScannedCode>& codes) {
  // A QR code is printed upright on its page: where it stands, the page stands.
  if (!codes.empty()) return {{codes.front().rotation}, true};
  constexpr float kSureOrientation = 2.0f;  // right on every rotated page measured
  const Orientation found = engine.orientation(scan, dpi);
  if (found.confidence >= kSureOrientation) return {{found.degrees}, true};
  return {{180, 90, 270}, false};
}

// A page on which no turn reads well — a card photocopied on A4, its speckled copy taken by
// Tesseract's layout analysis for pictures when upright (no word read) while on its side its
// small print is half read as vertical lines — is turned the way a sparse reading (text found
// anywhere, no layout) reads best; the page as scanned wins ties by a fifth. It is then read at
// that turn as usual, and its missed ink read again line by line.
constexpr double kPoorReading = 100;  // pages read upright score in the hundreds; those cards 18 and 29

int sparseTurn(OcrEngine& engine, Pix* scan, int dpi, bool straighten) {
  int bestTurn = 0;
  double bestScore = 0;
  for (int turn : {0, 90, 180, 270}) {
    const Reading image = turnedScan(scan, turn, straighten);
    const double score =
        readingScore(engine.read(image.image.get(), dpi, Layout::Sparse).page) * (turn == 0 ? 1.2 : 1.0);
    if (score > bestScore) bestTurn = turn, bestScore = score;
  }
  return bestTurn;
}

// The reading at the turn that reads best; a guessed turn must read clearly better than the
// page as scanned (a fifth more), a known one only better.
Reading upright(OcrEngine& engine, Pix* scan, int dpi, bool straighten, const std::vector<ScannedCode>& codes,
                Reading asScanned) {
  const Turns turns = turnsToTry(engine, scan, dpi, codes);
  Reading best = std::move(asScanned);
  double bestScore = readingScore(best.found.page) * (turns.known ? 1.0 : 1.2);
  auto tryTurns = [&](const std::vector<int>& degrees) {
    for (int turn : degrees) {
      if (turn == 0) continue;
      Reading turned = readTurned(engine, scan, dpi, turn, straighten);
      if (const double score = readingScore(turned.found.page); score > bestScore) {
        best = std::move(turned);
        bestScore = score;
      }
    }
  };
  tryTurns(turns.degrees);
  // A sure orientation model can still be wrong (a card photocopied sideways on an A4 sheet,
  // its small print taken for lines the other way): when its turn reads no better than the
  // scan, the other turns are compared as guesses.
  if (turns.known && best.rotation == 0 && turns.degrees.front() != 0) {
    bestScore = readingScore(best.found.page) * 1.2;
    std::vector<int> others;
    for (int turn : {180, 90, 270})
      if (turn != turns.degrees.front()) others.push_back(turn);
    tryTurns(others);
  }
  if (codes.empty() && readingScore(best.found.page) < kPoorReading)  // a QR code is sure of its turn
    if (const int turn = sparseTurn(engine, scan, dpi, straighten); turn != best.rotation)
      best = readTurned(engine, scan, dpi, turn, straighten);
  return best;
}

Page blankPage(Pix* scan, int dpi) {
  Page blank;
  blank.width = static_cast<int>(pixGetWidth(scan));
  blank.height = static_cast<int>(pixGetHeight(scan));
  blank.dpi = dpi;
  blank.blank = true;
  return blank;
}

}  // namespace

Page readScan(OcrEngine& engine, Pix* scan, int dpi, const OcrSettings& settings) {
  std::optional<FlatPage> photo = settings.flattenPhotos ? flattenedPhoto(scan) : std::nullopt;
  if (photo) {
    OcrSettings flat = settings;  // the flat page is read as a scan: it is no photo any more
    flat.flattenPhotos = false;
    flat.whitenFaintStreaks = false;  // the light evened in bands leaves faint seams down the sheet
    Page page = readScan(engine, photo->image.get(), photo->dpi > 0 ? photo->dpi : dpi, flat);
    page.sheet = photo->sheet;
    return page;
  }
  // Same size as the scan: word boxes stay on the scan's pixels. Streaks go first: one touches
  // the sheet's edges, and the border step would whiten it with every letter it crosses.
  PixPtr streakless;
  if (settings.whitenStreaks) {
    streakless.reset(pixCopy(nullptr, scan));  // the scan may be shared: whiten a copy
    if (whitenScanStreaks(streakless.get(), dpi, settings.whitenFaintStreaks) == 0) streakless.reset();
  }
  PixPtr cleaned = withoutDarkBorders(streakless ? streakless.get() : scan, dpi);
  if (settings.descreenSpecks)
    if (PixPtr smooth = descreened(cleaned.get(), dpi)) cleaned = std::move(smooth);
  if (isBlankPage(cleaned.get(), dpi)) return blankPage(scan, dpi);
  if (settings.whitenLeaders) {
    cleaned.reset(pixCopy(nullptr, cleaned.get()));  // the scan may be shared: whiten a copy
    whitenLeaderDots(cleaned.get(), dpi);
  }
  const auto codes = readQrCodes(cleaned.get(), streakless ? streakless.get() : scan);
  Reading reading = readTurned(engine, cleaned.get(), dpi, 0, settings.straighten);
  if (settings.turnUpright && !readsWell(reading.found))
    reading = upright(engine, cleaned.get(), dpi, settings.straighten, codes, std::move(reading));
  Page page = std::move(reading.found.page);
  page.dpi = dpi;
  page.rotation = reading.rotation;
  page.skew = reading.skew;
  const std::vector<Box> cards = settings.readCardsApart ? findCards(reading.image.get(), dpi) : std::vector<Box>{};
  if (settings.rereadCards) rereadCards(engine, reading.image.get(), dpi, page, cards);
  if (settings.rereadMissedInk) readMissedLines(engine, reading.image.get(), dpi, page);
  if (settings.rereadCrossedLines) rereadCrossedLines(engine, reading.image.get(), dpi, page);
  if (settings.rereadMissedInk) readMissedUnderSeals(engine, reading.image.get(), dpi, page);
  if (settings.rereadGarbledLines) rereadGarbledLines(engine, reading.image.get(), dpi, page);
  if (settings.rereadCardMachineZone) rereadCardMachineZone(engine, reading.image.get(), dpi, page);
  if (settings.mendCardMachineZone) mendMachineZone(page);
  const DigitReader digits = digitReaderOf(engine, dpi);  // both number steps ask the same engine
  if (settings.readHandwrittenNumbers)
    readHandwrittenNumbers(reading.image.get(), page, digits, digitLineReaderOf(engine, dpi));
  if (settings.readHandwrittenDates)
    readHandwrittenDates(reading.image.get(), page,
                         {digits, digitLineReaderOf(engine, dpi), dateLineReaderOf(engine, dpi)});
  if (settings.readHandwrittenIds) readHandwrittenIds(reading.image.get(), page);
  if (settings.rereadUnsureNumbers) confirmUnsureNumbers(reading.image.get(), page, digits);
  if (settings.confirmNames) confirmNames(engine, reading.image.get(), dpi, page);
  const bool vietnamese =
      settings.languages.find("vie") != std::string::npos || settings.languages.find("Vietnamese") != std::string::npos;
  if (settings.correctMarks && vietnamese) {
    const SyllableModel& model = SyllableModel::vietnamese();  // parsed once, when first needed
    splitJoinedWords(page, model);                             // before the marks: the parts are syllables to mend too
    if (model.knowsAdministrativeText()) correctMarks(page, model);
  }
  if (settings.dropNoiseWords) {
    dropNoiseWords(page);
    mendListDashes(page);  // the symbols kept: read surely, a list's dash among them
  }
  readRowsInOrder(page);
  if (settings.readCardsApart) readCardsInOrder(page, cards);
  readColumnsInOrder(page);
  readHeaderColumnsInOrder(page);
  readEndColumnsInOrder(page);
  // Last: the column steps above cut a row's label from its value at the gap between their cells.
  if (settings.readTablesAcross) readTableRowsAcross(page, findTableRows(reading.image.get(), dpi));
  // After the reading order is settled: a leader's words gone do not move the columns around them.
  if (settings.dropNoiseWords) dropWordsOfDots(reading.image.get(), page);
  const int width = static_cast<int>(pixGetWidth(scan)), height = static_cast<int>(pixGetHeight(scan));
  for (const auto& found : codes)
    page.codes.push_back({found.code.text, turnedUpright(found.code.box, page.rotation, width, height)});
  return page;
}

PixPtr pageAsRead(Pix* scan, const Page& page) {
  if (!page.sheet.flattened()) return asRecognised(scan, page.rotation, page.skew);
  const PixPtr flat = flattenedAgain(scan, page.sheet);
  return flat ? asRecognised(flat.get(), page.rotation, page.skew) : nullptr;
}

}  // namespace sohoa::ocr
