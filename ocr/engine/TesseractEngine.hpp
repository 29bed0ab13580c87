#pragma once
// Tesseract as sohoa's OCR engine: one recogniser, created once (loading models takes a
// while) and reused for many images by a single thread at a time. Only Tesseract calls live
// here; what is done around them is ocr/ScanReading.
#include <memory>
#include <string>

#include "ocr/engine/OcrEngine.hpp"
#include "ocr/prepare/PageOrientation.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace sohoa::ocr {

struct OcrSettings {
  std::string languages = "vie";       // measured: vie+eng is slower and no more accurate on Vietnamese pages
  int pageSegMode = 3;                 // a whole page: tesseract::PSM_AUTO
  std::string dataPath;                // empty: Tesseract's compiled-in tessdata folder
  bool turnUpright = true;             // re-read pages scanned at 90/180/270 degrees upright
  bool straighten = true;              // deskew up to ±10 degrees before OCR
  bool flattenPhotos = true;           // a photo of a paper: sheet found, perspective undone, light evened
  bool whitenLeaders = true;           // dotted leaders of forms whitened before reading
  bool whitenStreaks = true;           // a copier's streaks down the sheet whitened before reading (ScanStreaks)
  bool whitenFaintStreaks = true;      // faint ones too (not on a photo's flattened sheet: its light's seams)
  bool descreenSpecks = true;          // a bilevel card copy's speckled background smoothed (SpeckledCopy)
  bool rereadCards = true;             // a photocopied ID card's lines read again from the card alone (CardReread)
  bool rereadMissedInk = true;         // read again the text-like ink no word was read from
  bool rereadCrossedLines = true;      // lines crossed by a seal read again in dark ink only (CrossedLines)
  bool rereadGarbledLines = true;      // a line read as nothing but guesses read again alone (GarbledLines)
  bool readHandwrittenNumbers = true;  // the header's handwritten number and day (HandwrittenNumbers)
  bool readHandwrittenIds = true;      // a citizen ID written by hand on a form's blank (HandwrittenIds)
  bool readHandwrittenDates = true;    // a date written by hand with slashes (HandwrittenDates)
  bool rereadUnsureNumbers = true;     // a labelled number read unsurely read again alone (UnsureNumbers)
  bool confirmNames = true;           // a person's name read again alone; words read otherwise unconfirmed (NameReread)
  bool rereadCardMachineZone = true;  // an ID card's MRZ read again when its check digits fail (CardMachineZone)
  bool mendCardMachineZone = true;    // an ID card's MRZ digits put right by its own checks (MachineZoneMending)
  bool correctMarks = true;           // put back Vietnamese tone and vowel marks (MarkCorrection.hpp)
  bool dropNoiseWords = true;         // symbols and specks read unsurely as words dropped (NoiseWords)
  bool readCardsApart = true;         // each photocopied card's lines read together (CardRegions)
  bool readTablesAcross = true;       // a ruled table's rows read across their cells (TableRows)
};

class TesseractEngine final : public OcrEngine {
 public:
  explicit TesseractEngine(const OcrSettings& settings);
  ~TesseractEngine() override;
  TesseractEngine(const TesseractEngine&) = delete;
  TesseractEngine& operator=(const TesseractEngine&) = delete;

  Recognition read(Pix* image, int dpi, Layout layout) override;
  Orientation orientation(Pix* image, int dpi) override;
  std::vector<std::string> readMachineZone(Pix* image, int dpi) override;
  DigitLine readDigitLine(Pix* image, int dpi) override;
  DigitLine readDateLine(Pix* image, int dpi) override;

 private:
  OcrSettings settings_;
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  std::unique_ptr<OrientationDetector> orientation_;     // loaded when a page is first asked about
  std::unique_ptr<tesseract::TessBaseAPI> machineZone_;  // English model, MRZ alphabet; loaded when first needed
  std::unique_ptr<tesseract::TessBaseAPI> digitLine_;    // English model, digits only; loaded when first needed
  std::unique_ptr<tesseract::TessBaseAPI> dateLine_;     // English model, digits and `/`; loaded when first needed
};

}  // namespace sohoa::ocr
