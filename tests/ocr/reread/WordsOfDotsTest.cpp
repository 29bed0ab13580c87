#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"
#include "ocr/reread/WordsOfDots.hpp"

using namespace sohoa::ocr;

namespace {

// A form's line at 300 dpi, letters 40 pixels high: a typed name, then the dotted leader it was
// typed over, with a scan's specks; OCR read two words out of the leader.
struct NameOnLeader {
  cv::Mat image = cv::Mat(200, 1600, CV_8U, cv::Scalar(255));
  Page page;
  NameOnLeader() {
    cv::putText(image, "Ho Thu Vy", {100, 120}, cv::FONT_HERSHEY_SIMPLEX, 1.4, 0, 4);
    for (int x = 420; x < 1500; x += 14) cv::circle(image, {x, 118}, 2, 0, cv::FILLED);           // the leader
    for (int x = 700; x < 900; x += 37) cv::circle(image, {x, 100 - (x % 5)}, 1, 0, cv::FILLED);  // specks
    Line line;
    line.words = {{"Hồ", {100, 80, 160, 122}, 0.93f},
                  {"Thu", {175, 80, 260, 122}, 0.95f},
                  {"Vy", {275, 80, 340, 122}, 0.93f},
                  {"Hàm", {440, 78, 640, 125}, 0.10f},
                  {"š", {700, 95, 720, 121}, 0.05f}};
    line.box = {100, 78, 720, 125};
    page.blocks.push_back({line.box, {line}});
  }
  std::string text() const { return page.blocks.empty() ? "" : page.blocks[0].lines[0].text(); }
};

}  // namespace

TEST_CASE("words read out of a dotted leader go and the name before them stays", "[ocr][noise]") {
  NameOnLeader line;
  const PixPtr image = greyPix(line.image, 300);
  CHECK(dropWordsOfDots(image.get(), line.page) == 2);
  CHECK(line.text() == "Hồ Thu Vy");
}

TEST_CASE("a word over letter-tall ink a digit or a sure reading over dots stays", "[ocr][noise]") {
  NameOnLeader line;
  auto& words = line.page.blocks[0].lines[0].words;
  words[3].box = {100, 78, 200, 125};                    // over the name's letters: ink as tall as a letter's stem
  words[4].text.assign(1, '1');                          // a digit: a handwritten day or number is never dropped here
  words.push_back({"Lợi", {900, 80, 1000, 122}, 0.9f});  // read surely: print Tesseract saw
  const PixPtr image = greyPix(line.image, 300);
  CHECK(dropWordsOfDots(image.get(), line.page) == 0);
  CHECK(words.size() == 6);
}

TEST_CASE("a line of dots only goes with its words", "[ocr][noise]") {
  NameOnLeader line;
  Line dots;
  dots.words = {{"......", {500, 100, 900, 125}, 0.2f}};
  dots.box = dots.words[0].box;
  line.page.blocks.push_back({dots.box, {dots}});
  const PixPtr image = greyPix(line.image, 300);
  CHECK(dropWordsOfDots(image.get(), line.page) == 3);
  CHECK(line.page.blocks.size() == 1);
}
