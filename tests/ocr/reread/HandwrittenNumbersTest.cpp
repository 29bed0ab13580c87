#include <leptonica/allheaders.h>

#include <algorithm>
#include <functional>

#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"
#include "ocr/PixPtr.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/reread/HandwrittenDigitClassifier.hpp"
#include "ocr/reread/HandwrittenNumbers.hpp"
#include "ocr/training/DigitsSheet.hpp"

using namespace sohoa::ocr;

namespace {

// A header line `Số: … /QĐ-UBND` printed at 300 dpi (letters 50 pixels high), with the
// words OCR gave it: the label, garbage where the hand wrote, and the notation.
struct NumberLine {
  cv::Mat image = cv::Mat(400, 1200, CV_8U, cv::Scalar(255));
  Page page;
  NumberLine() {
    cv::putText(image, "So:", {100, 200}, cv::FONT_HERSHEY_COMPLEX, 1.6, 0, 3);
    cv::putText(image, "/QD-UBND", {400, 200}, cv::FONT_HERSHEY_COMPLEX, 1.6, 0, 3);
    page.width = image.cols;
    page.height = 3400;  // the line sits at the top of an A4 page
    Line line{{100, 150, 640, 210},
              {{"Số:", {100, 150, 180, 200}, 0.95f},
               {"đ4", {215, 140, 360, 210}, 0.06f},
               {"/QĐ-UBND", {400, 150, 640, 205}, 0.8f}}};
    page.blocks.push_back({line.box, {line}});
  }
  // Pastes a 20×20 digits.png digit at 3× (60 pixels high, a ballpoint digit at 300 dpi).
  void write(const cv::Mat& digit, int x) {
    cv::Mat big;
    cv::resize(digit, big, {60, 60}, 0, 0, cv::INTER_CUBIC);
    cv::Mat region = image(cv::Rect(x, 140, 60, 60));
    cv::min(region, 255 - big, region);
  }
};

// The outcome of the number blank with `first` and `second` written in it, where OCR read
// `readThere` at `confidence`; `digitLine` is the third reader.
BlankOutcome numberOutcome(const LabelledDigit& first, const LabelledDigit& second, const std::string& readThere,
                           float confidence, const DigitReader& digitLine) {
  NumberLine line;
  line.page.blocks[0].lines[0].words[1].text = readThere;
  line.page.blocks[0].lines[0].words[1].confidence = confidence;
  line.write(first.ink, 225);
  line.write(second.ink, 290);
  PixPtr pix = greyPix(line.image);
  return readHandwrittenNumbers(pix.get(), line.page, {}, digitLine).at(0);
}

const std::vector<LabelledDigit>& validationDigits() {
  static const auto digits = digitsSheet(SOHOA_DIGITS_SHEET, SheetPart::Validation);
  return digits;
}

}  // namespace

TEST_CASE("digits written into a printed number's blank replace what OCR made of them, or leave it empty",
          "[ocr][handwriting]") {
  // Validation digits (never trained on) in pairs of different digits: 50 numbers.
  const auto& digits = validationDigits();
  int right = 0, wrong = 0, empty = 0;
  for (int k = 0; k < 50; ++k) {
    const auto& first = digits[(k * 37) % digits.size()];
    const auto& second = digits[(k * 53 + 211) % digits.size()];
    NumberLine line;
    line.write(first.ink, 225);
    line.write(second.ink, 290);
    PixPtr pix = greyPix(line.image);
    const auto outcomes = readHandwrittenNumbers(pix.get(), line.page);
    REQUIRE(outcomes.size() == 1);
    const std::string expected = std::to_string(first.digit) + std::to_string(second.digit);
    const std::string text = line.page.text();
    if (outcomes[0].how == BlankOutcome::How::Emptied) {
      ++empty;
      CHECK(text == "Số: /QĐ-UBND\n");
    } else {
      INFO(expected << " read " << outcomes[0].text);
      outcomes[0].text == expected ? ++right : ++wrong;
      CHECK(text == "Số: " + outcomes[0].text + " /QĐ-UBND\n");
      CHECK(line.page.blocks[0].lines[0].words[1].source == WordSource::Handwriting);
    }
  }
  INFO(right << " right, " << wrong << " wrong, " << empty << " left empty");
  CHECK(wrong <= 1);   // measured 0
  CHECK(right >= 20);  // measured 23 (27 left empty)
}

TEST_CASE("a scribble in the number's blank leaves it empty rather than a number", "[ocr][handwriting]") {
  NumberLine line;
  const std::vector<cv::Point> scribble{{225, 190}, {240, 145}, {262, 195}, {280, 150}, {268, 180},
                                        {300, 142}, {318, 198}, {330, 160}, {296, 170}, {345, 185}};
  cv::polylines(line.image, scribble, false, 0, 5, cv::LINE_AA);
  PixPtr pix = greyPix(line.image);
  const auto outcomes = readHandwrittenNumbers(pix.get(), line.page);
  REQUIRE(outcomes.size() == 1);
  CHECK(outcomes[0].how == BlankOutcome::How::Emptied);
  CHECK(line.page.text() == "Số: /QĐ-UBND\n");
}

TEST_CASE("a blank with no ink at all is left empty", "[ocr][handwriting]") {
  NumberLine line;
  PixPtr pix = greyPix(line.image);
  const auto outcomes = readHandwrittenNumbers(pix.get(), line.page);
  REQUIRE(outcomes.size() == 1);
  CHECK(outcomes[0].how == BlankOutcome::How::Emptied);
  CHECK(line.page.text() == "Số: /QĐ-UBND\n");
}

TEST_CASE("a number Tesseract read with little confidence does not stand against a sure classifier",
          "[ocr][handwriting]") {
  // Quảng Ngãi's 22/TTr-UBND: the handwritten 22 read `83` at 0.00, the classifier sure of 22.
  const auto& digits = validationDigits();
  int written = 0;
  for (int k = 0; k < 50; ++k) {
    const auto& first = digits[(k * 37) % digits.size()];
    const auto& second = digits[(k * 53 + 211) % digits.size()];
    const auto outcomeWith = [&](const std::string& readThere, float confidence) {
      return numberOutcome(first, second, readThere, confidence, {});
    };
    const BlankOutcome garbage = outcomeWith("đ4", 0.06f);
    const BlankOutcome doubted = outcomeWith("83", 0.0f);
    INFO("digits " << first.digit << second.digit);
    CHECK(doubted.how == garbage.how);
    CHECK(doubted.text == garbage.text);
    if (garbage.how != BlankOutcome::How::Handwriting || garbage.text == "83") continue;
    ++written;
    // Read fairly surely, another number stands: without a re-read siding with the classifier, nothing is written.
    CHECK(outcomeWith("83", 0.6f).how == BlankOutcome::How::Emptied);
    // Other digits among letters, read fairly surely (`26t` for a 266 whose last 6 was small): the
    // classifier's digits wait for review, not stored as sure.
    const std::string other{static_cast<char>('0' + (garbage.text[0] - '0' + 1) % 10), 't'};
    const BlankOutcome disputed = outcomeWith(other, 0.91f);
    CHECK(disputed.how == BlankOutcome::How::OneReader);
    CHECK(disputed.text == garbage.text);
    // Digits among letters that are the classifier's own are no dispute, nor other ones read unsurely.
    CHECK(outcomeWith(garbage.text.substr(0, 1) + "t", 0.91f).how == BlankOutcome::How::Handwriting);
    CHECK(outcomeWith(other, 0.6f).how == BlankOutcome::How::Handwriting);
  }
  CHECK(written >= 20);
}

namespace {

// A form's signing line `… ngày … tháng 01 năm 2025` halfway down the page in its right-hand
// column, the day written by hand (letters 50 pixels high, 300 dpi).
struct SigningLine {
  cv::Mat image = cv::Mat(600, 1400, CV_8U, cv::Scalar(255));
  Page page;
  SigningLine() {
    cv::putText(image, "ngay", {600, 400}, cv::FONT_HERSHEY_COMPLEX, 1.6, 0, 3);
    cv::putText(image, "thang 01 nam 2025", {880, 400}, cv::FONT_HERSHEY_COMPLEX, 1.2, 0, 3);
    page.width = image.cols;
    page.height = image.rows;
    Line line{{600, 350, 1390, 410},
              {{"ngày", {600, 350, 720, 400}, 0.95f},
               {"o⁄", {735, 340, 860, 410}, 0.37f},
               {"tháng", {880, 360, 1010, 400}, 0.95f},
               {"01", {1030, 365, 1075, 400}, 0.96f},
               {"năm", {1095, 365, 1180, 400}, 0.96f},
               {"2025", {1200, 365, 1300, 400}, 0.96f}}};
    page.blocks.push_back({line.box, {line}});
  }
  void write(const cv::Mat& digit, int x) {
    cv::Mat big;
    cv::resize(digit, big, {60, 60}, 0, 0, cv::INTER_CUBIC);
    cv::Mat region = image(cv::Rect(x, 340, 60, 60));
    cv::min(region, 255 - big, region);
  }
};

}  // namespace

TEST_CASE("a day written on a form's signing line is sure only when a second reader reads the same",
          "[ocr][handwriting]") {
  const auto& digits = validationDigits();
  int agreed = 0, oneReader = 0, unsure = 0;
  for (int k = 0; k < 30; ++k) {
    const auto& first = digits[(k * 41) % digits.size()];
    const auto& second = digits[(k * 59 + 7) % digits.size()];
    const std::string written = std::to_string(first.digit) + std::to_string(second.digit);
    Page read;
    const auto outcome = [&](const std::string& rereadDigits) {
      SigningLine line;
      line.write(first.ink, 750);
      line.write(second.ink, 815);
      PixPtr pix = greyPix(line.image);
      const auto outcomes = readHandwrittenNumbers(pix.get(), line.page, [&](Pix*) {
        return DigitText{rereadDigits, 0.9f};
      });
      read = line.page;
      REQUIRE(!outcomes.empty());
      return outcomes.back();  // the day's blank (blanks are read right to left)
    };
    // Tesseract's digits-only re-read sees nothing: the classifier's day, sure or not, is written
    // as one reader's, at a confidence no stored field accepts (the dossier's receipt may vouch
    // for the date); digits no day can be leave the blank empty.
    const auto alone = outcome("");
    CHECK(alone.how != BlankOutcome::How::Handwriting);
    if (alone.how == BlankOutcome::How::OneReader) {
      ++oneReader;
      unsure += !alone.classifierTrusted;
      CHECK(plausibleInBlank(BlankKind::Day, alone.classifierRead));
      CHECK(alone.text == alone.classifierRead);
      const auto& words = read.blocks[0].lines[0].words;
      const auto day = std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.text == alone.text; });
      REQUIRE(day != words.end());
      CHECK(day->source == WordSource::Handwriting);
      CHECK(day->confidence == kOneReaderConfidence);
      // The re-read reads other digits: two readers disagree, and the blank is emptied.
      const auto disputed = outcome(alone.text == "11" ? "12" : "11");
      CHECK(disputed.how == BlankOutcome::How::Emptied);
      CHECK(disputed.text.empty());
    } else {
      CHECK(alone.text.empty());
      CHECK_FALSE(plausibleInBlank(BlankKind::Day, alone.classifierRead));
    }
    // The re-read reads what the classifier read: the day is written.
    const auto both = outcome(alone.classifierRead);
    if (!alone.classifierRead.empty() && plausibleInBlank(BlankKind::Day, alone.classifierRead)) {
      CHECK(both.text == alone.classifierRead);
      agreed += both.text == written;
    }
  }
  INFO(oneReader << " written as one reader's, " << unsure << " of them unsure");
  CHECK(agreed >= 3);
  CHECK(oneReader >= 3);
  CHECK(unsure >= 1);
}

TEST_CASE("a blank left empty is written when a digits-only reader of another model reads what the classifier read",
          "[ocr][handwriting]") {
  const auto& digits = validationDigits();
  int emptied = 0;
  for (int k = 0; k < 50; ++k) {
    const auto& first = digits[(k * 37) % digits.size()];
    const auto& second = digits[(k * 53 + 211) % digits.size()];
    // The first re-read sees letters (nothing); the third reader says what it is told.
    const auto outcomeWith = [&](const std::string& readThere, float confidence, const DigitReader& digitLine) {
      return numberOutcome(first, second, readThere, confidence, digitLine);
    };
    const auto without = outcomeWith("đ4", 0.06f, {});
    if (without.how != BlankOutcome::How::Emptied || without.classifierRead.empty()) continue;
    ++emptied;
    INFO("classifier read " << without.classifierRead);
    const std::string same = without.classifierRead;
    const auto agreed = outcomeWith("đ4", 0.06f, [&](Pix*) { return DigitText{same, 0.7f}; });
    CHECK(agreed.how == BlankOutcome::How::Reread);
    CHECK(agreed.text == same);
    CHECK(agreed.lineDigits == same);
    const std::string other = same == "11" ? "12" : "11";
    CHECK(outcomeWith("đ4", 0.06f, [&](Pix*) { return DigitText{other, 0.9f}; }).how == BlankOutcome::How::Emptied);
    // Tesseract's first read, a plausible number read fairly surely, is not overruled by two others.
    if (same != "83")
      CHECK(outcomeWith("83", 0.6f, [&](Pix*) { return DigitText{same, 0.9f}; }).how == BlankOutcome::How::Emptied);
  }
  CHECK(emptied >= 3);
}

TEST_CASE("a digit the pen broke into pieces is never read as a shorter number", "[ocr][handwriting]") {
  // Validation digits with a stroke across (2, 3, 5, 7) written second, a gap cut through them
  // where a ballpoint skips: pieces too short for strokes, which were dropped (`62` read `6`).
  const auto& digits = validationDigits();
  int right = 0, wrong = 0, empty = 0, broken = 0;
  for (std::size_t k = 0; k < digits.size() && broken < 40; k += 3) {
    const auto& second = digits[k];
    if (second.digit != 2 && second.digit != 3 && second.digit != 5 && second.digit != 7) continue;
    const auto& first = digits[(k * 37 + 5) % digits.size()];
    NumberLine line;
    line.write(first.ink, 225);
    line.write(second.ink, 290);
    const int gapAt = 290 + 36;
    line.image(cv::Rect(gapAt, 130, 4, 80)).setTo(255);
    cv::Mat cut;
    cv::threshold(line.image(cv::Rect(290, 130, 60, 80)), cut, 128, 255, cv::THRESH_BINARY_INV);
    cv::Mat labels;
    if (cv::connectedComponents(cut, labels) < 3) continue;  // the gap missed the strokes
    ++broken;
    PixPtr pix = greyPix(line.image);
    const auto outcome = readHandwrittenNumbers(pix.get(), line.page).at(0);
    const std::string expected = std::to_string(first.digit) + std::to_string(second.digit);
    if (outcome.how == BlankOutcome::How::Emptied)
      ++empty;
    else
      outcome.text == expected ? ++right : ++wrong;
  }
  INFO(broken << " broken: " << right << " right, " << wrong << " wrong, " << empty << " left empty");
  CHECK(broken >= 30);
  CHECK(wrong == 0);  // measured 0; 8 before stray ink was refused
  CHECK(right >= 3);  // measured 4: most such blanks wait for review
}

TEST_CASE("a digit written wider than high is read whole when only whole the classifier is sure of it",
          "[ocr][handwriting]") {
  // Validation digits written second, stretched to 1.6 times their width: cut as two touching
  // digits, the way a 5 with a long flag was on a generated form's signing line.
  const auto& digits = validationDigits();
  int right = 0, wrong = 0, empty = 0;
  for (std::size_t k = 1; k < digits.size(); k += 10) {
    const auto& first = digits[(k * 37 + 5) % digits.size()];
    NumberLine line;
    line.write(first.ink, 225);
    cv::Mat wide;
    cv::resize(digits[k].ink, wide, {96, 60}, 0, 0, cv::INTER_CUBIC);
    cv::Mat region = line.image(cv::Rect(292, 140, 96, 60));
    cv::min(region, 255 - wide, region);
    line.page.blocks[0].lines[0].words[1].box.x1 = 392;
    line.page.blocks[0].lines[0].words[2].box.x0 = 400;
    PixPtr pix = greyPix(line.image);
    const auto outcome = readHandwrittenNumbers(pix.get(), line.page).at(0);
    const std::string expected = std::to_string(first.digit) + std::to_string(digits[k].digit);
    if (outcome.how == BlankOutcome::How::Emptied)
      ++empty;
    else
      outcome.text == expected ? ++right : ++wrong;
  }
  INFO(right << " right, " << wrong << " wrong, " << empty << " left empty");
  CHECK(wrong <= 1);
  CHECK(right >= 16);  // measured 17; 14 when each cut piece was read alone
}

TEST_CASE("a number typed against its notation and read unsurely is read again up to its slash", "[ocr][handwriting]") {
  // Seed 2718's `Số: 86/QĐ-UBND`, one word to OCR at 0.55: the blank's right edge, estimated
  // from the letter width of `Số:`, fell inside `QĐ`, the crop read as no digits, and the
  // typed number was emptied as if handwritten.
  cv::Mat image(400, 1400, CV_8U, cv::Scalar(255));
  cv::putText(image, "So:", {100, 200}, cv::FONT_HERSHEY_SIMPLEX, 1.6, 0, 3);
  cv::putText(image, "86/QD-UBND", {220, 200}, cv::FONT_HERSHEY_SIMPLEX, 1.6, 0, 3);
  int baseline = 0;
  const cv::Size size = cv::getTextSize("86/QD-UBND", cv::FONT_HERSHEY_SIMPLEX, 1.6, 3, &baseline);
  Page page;
  page.width = image.cols;
  page.height = 3400;
  Line line{{100, 160, 220 + size.width, 205},
            {{"Số:", {100, 160, 185, 202}, 0.95f}, {"86/QĐ-UBND", {220, 160, 220 + size.width, 205}, 0.55f}}};
  page.blocks.push_back({line.box, {line}});
  PixPtr pix = greyPix(image);
  static TesseractEngine engine{OcrSettings{}};
  const auto outcomes = readHandwrittenNumbers(pix.get(), page, digitReaderOf(engine, 300));
  REQUIRE(outcomes.size() == 1);
  CHECK(outcomes[0].classifierRead.size() == 2);  // the 8 and the 6, not the slash and capitals
  CHECK(outcomes[0].rereadDigits == "86");
  CHECK(outcomes[0].how == BlankOutcome::How::Kept);
  CHECK(page.text() == "Số: 86/QĐ-UBND\n");
}

namespace {

struct Tally {
  int right = 0, wrong = 0, empty = 0;
};

// Thirty certificate number lines (`NumberLine` with no notation, then `prepare`d), two validation
// digits written in each blank; the line must read `label`, the digits if written, then `rest`.
Tally certificateNumbersRead(const std::function<void(NumberLine&)>& prepare, const std::string& label,
                             const std::string& rest) {
  const auto& digits = validationDigits();
  Tally tally;
  for (int k = 0; k < 30; ++k) {
    const auto& first = digits[(k * 41 + 7) % digits.size()];
    const auto& second = digits[(k * 59 + 113) % digits.size()];
    NumberLine line;
    line.image(cv::Rect(390, 100, 300, 150)).setTo(255);  // no notation printed
    prepare(line);
    line.write(first.ink, 225);
    line.write(second.ink, 290);
    PixPtr pix = greyPix(line.image);
    const auto outcomes = readHandwrittenNumbers(pix.get(), line.page);
    REQUIRE(outcomes.size() == 1);
    const std::string expected = std::to_string(first.digit) + std::to_string(second.digit);
    if (outcomes[0].how == BlankOutcome::How::Emptied) {
      ++tally.empty;
      CHECK(line.page.text() == label + rest + "\n");
    } else {
      outcomes[0].text == expected ? ++tally.right : ++tally.wrong;
      CHECK(line.page.text() == label + " " + outcomes[0].text + rest + "\n");
    }
  }
  return tally;
}

}  // namespace

TEST_CASE("a certificate's number written by hand after Số with no notation is read, a typed one kept",
          "[ocr][handwriting]") {
  // A birth certificate's `Số: 212`, the line holding only the label and the pen's digits.
  const Tally alone =
      certificateNumbersRead([](NumberLine& line) { line.page.blocks[0].lines[0].words.pop_back(); }, "Số:", "");
  INFO(alone.right << " right, " << alone.wrong << " wrong, " << alone.empty << " left empty");
  CHECK(alone.wrong <= 1);
  CHECK(alone.right >= 18);  // measured 21 of 30; no blank was found there before

  // Typed, read unsurely, and no reader vouching otherwise: kept as read, for review.
  NumberLine typed;
  typed.image = cv::Scalar(255);
  cv::putText(typed.image, "So:", {100, 200}, cv::FONT_HERSHEY_COMPLEX, 1.6, 0, 3);
  cv::putText(typed.image, "284", {225, 200}, cv::FONT_HERSHEY_COMPLEX, 1.6, 0, 3);
  auto& words = typed.page.blocks[0].lines[0].words;
  words.pop_back();
  words[1] = {"284", {225, 160, 320, 200}, 0.6f};
  PixPtr pix = greyPix(typed.image);
  const auto outcome = readHandwrittenNumbers(pix.get(), typed.page).at(0);
  CHECK((outcome.how == BlankOutcome::How::Kept || outcome.text == "284"));
  CHECK(typed.page.text() == "Số: 284\n");
}

TEST_CASE("a certificate's number written by hand before Quyển số on the same line is read", "[ocr][handwriting]") {
  // A marriage certificate's `Số: 264 …… Quyển số: 01/2025`: the blank ends where the book's
  // label begins. OCR read the label's S small (`số:`) and the book's number as garbage.
  const Tally beforeBook = certificateNumbersRead(
      [](NumberLine& line) {
        cv::putText(line.image, "Quyen so:", {480, 200}, cv::FONT_HERSHEY_COMPLEX, 1.6, 0, 3);
        auto& words = line.page.blocks[0].lines[0].words;
        words[0].text = "số:";
        words[2] = {"Quyển", {480, 150, 640, 200}, 0.96f};
        words.push_back({"số:", {665, 155, 760, 200}, 0.93f});
        words.push_back({"0VA&Ø2~", {790, 140, 1000, 210}, 0.19f});
      },
      "số:", " Quyển số: 0VA&Ø2~");
  INFO(beforeBook.right << " right, " << beforeBook.wrong << " wrong, " << beforeBook.empty << " left empty");
  CHECK(beforeBook.wrong <= 1);
  // Measured 17 of 30 (21 with the line ending after the number: the printed word in the
  // blank's surroundings shifts the ink threshold, and a few digits read less surely).
  CHECK(beforeBook.right >= 15);
}
