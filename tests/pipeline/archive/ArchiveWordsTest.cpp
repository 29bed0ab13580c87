#include <catch2/catch.hpp>

#include "pipeline/archive/ArchivePdf.hpp"
#include "pipeline/archive/ReaderWords.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;
using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

ocr::Line line(std::vector<ocr::Word> words) {
  ocr::Line out;
  for (const auto& word : words) out.box = out.box.empty() ? word.box : out.box.united(word.box);
  out.words = std::move(words);
  return out;
}

// Words as Tesseract boxed them on 200 dpi forms (scripts/make-forms.py): the gaps between them
// as wide as a printed space, or a few pixels where OCR cut a token in two, or none where a
// ruled line read as "|" touches the name after it; and the lines of a card copied turned a
// quarter on its sheet, which OCR read running down the page.
ocr::Page formPage(int rotation) {
  ocr::Page page;
  page.width = 1654, page.height = 2339, page.dpi = 200, page.rotation = rotation;
  page.blocks.push_back({{},
                         {line({{"CN", {300, 200, 352, 234}, 0.9f},   // capitals, then a descender,
                                {"ng;", {355, 206, 410, 244}, 0.9f},  // three pixels apart
                                {"Số:", {440, 200, 500, 236}, 0.9f},
                                {"123/2025/QĐ-UBND", {520, 198, 840, 236}, 0.9f}}),
                          line({{"Họ,", {150, 300, 210, 340}, 0.9f},  // boxes that overlap
                                {"chữ", {205, 300, 270, 340}, 0.9f},
                                {"đệm,", {268, 296, 350, 340}, 0.9f},
                                {"tên:", {360, 300, 420, 340}, 0.9f},
                                {"NGUYỄN", {700, 296, 860, 334}, 0.9f},
                                {"VĂN", {872, 296, 950, 334}, 0.9f},
                                {"A", {962, 298, 990, 334}, 0.9f}})}});
  page.blocks.push_back({{},
                         {line({{"Ngày", {150, 600, 240, 640}, 0.9f},
                                {"12", {252, 600, 290, 636}, 0.9f, ocr::WordSource::Handwriting},
                                {"tháng", {300, 600, 400, 648}, 0.9f},
                                {"3", {410, 600, 430, 636}, 0.9f},
                                {"năm", {436, 608, 510, 636}, 0.9f},
                                {"2025", {520, 600, 600, 636}, 0.9f}})}});
  page.blocks.push_back({{},
                         {line({{"người", {364, 734, 450, 769}, 0.9f},
                                {"chết", {463, 729, 525, 761}, 0.9f},
                                {"|", {543, 715, 559, 774}, 0.9f},
                                {"BÙI", {558, 726, 626, 761}, 0.9f},
                                {"THẾ", {637, 719, 718, 761}, 0.9f}}),
                          line({{"cha:", {678, 1028, 768, 1063}, 0.4f},
                                {"Ko,", {932, 1014, 1008, 1107}, 0.1f},
                                {"2a", {980, 1020, 1056, 1059}, 0.1f},
                                {"Cừ", {1080, 1015, 1114, 1026}, 0.4f}})}});
  page.blocks.push_back({{},
                         {line({{"CĂN", {1394, 1419, 1414, 1473}, 0.9f},
                                {"CƯỚC", {1395, 1484, 1418, 1558}, 0.9f},
                                {"CÔNG", {1396, 1568, 1419, 1644}, 0.9f},
                                {"DÂN", {1397, 1655, 1420, 1710}, 0.9f}}),
                          line({{"Số", {1337, 1386, 1354, 1412}, 0.9f},
                                {"/", {1336, 1420, 1353, 1427}, 0.9f},
                                {"No.:", {1337, 1435, 1353, 1478}, 0.9f},
                                {"051174896442", {1338, 1487, 1356, 1653}, 0.9f}})}});
  return page;
}

std::vector<std::string> ocrWords(const ocr::Page& page) {
  std::vector<std::string> words;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) words.push_back(word.text);
  return words;
}

}  // namespace

TEST_CASE("every reader gives back the OCR's words whole, two short words three pixels apart too",
          "[pipeline][archive]") {
  TempDir dir;
  const auto scan = scansDir() / "to-khai" / "trang-2.png";
  for (const int rotation : {0, 180}) {
    const ocr::Page page = formPage(rotation);
    const fs::path file = dir / ("form-" + std::to_string(rotation) + ".pdf");
    pipeline::writeArchivePdf({{pipeline::archiveImage(scan, pipeline::InputType::Png, 1), page}},
                              {"Tờ khai", "2025-03-12T00:00:00Z"}, file);
    for (const char* mode : {"-layout", "-raw", "-simple"}) {  // -simple: no option, the default reading order
      std::vector<std::string> command{"/usr/bin/pdftotext", "-enc", "UTF-8", file.string(), "-"};
      if (std::string(mode) != "-simple") command.insert(command.begin() + 1, mode);
      const auto text = runCommand(command);
      REQUIRE(text.exitCode == 0);
      const auto difference = pipeline::compareWords(ocrWords(page), pipeline::wordsOf(text.out));
      INFO("rotation " << rotation << ", pdftotext " << mode << ":\n" << text.out);
      CHECK(difference.missing.empty());
      CHECK(difference.extra.empty());
    }
  }
}

TEST_CASE("words a reader gives back are compared with the OCR's in any order, each as often as it occurs",
          "[pipeline][archive]") {
  CHECK(pipeline::wordsOf("CN ng;\n\fSố:\xC2\xA0"
                          "12\t") == std::vector<std::string>{"CN", "ng;", "Số:", "12"});
  const auto same = pipeline::compareWords({"a", "b", "a"}, {"b", "a", "a"});
  CHECK(same.differing() == 0);
  CHECK(same.words == 3);
  const auto glued = pipeline::compareWords({"CN", "ng;", "ng;"}, {"CNng;", "ng;"});
  CHECK(glued.missing == std::vector<std::string>{"CN", "ng;"});
  CHECK(glued.extra == std::vector<std::string>{"CNng;"});
  CHECK(glued.differing() == 3);
  const auto hyphen = pipeline::compareWords({"12/CT-", "BCT", "ngày"}, {"12/CTBCT", "ngày"});
  CHECK(hyphen.differing() == 0);
  CHECK(hyphen.joinedAtHyphen == 1);
}

TEST_CASE(
    "words of two OCR lines read over each other on one baseline, and a line of short tall words, come back whole",
    "[pipeline][archive]") {
  // Boxes as Tesseract gave them on a form and a real scan: a word read twice (a small `Phú`
  // inside `Phú`, on lines of their own), a speck read as `Í` at the start of `ĐỒ`, and a line
  // of short words, taller than wide with their marks, running across the page. The page
  // straightened by 2.3°, as the form was.
  ocr::Page page;
  page.width = 1654, page.height = 2339, page.dpi = 200, page.skew = 2.3125;
  page.blocks.push_back({{},
                         {line({{"Nơi", {1099, 287, 1130, 303}, 0.9f},
                                {"cư", {1138, 290, 1162, 304}, 0.9f},
                                {"trú:", {1167, 286, 1195, 304}, 0.9f},
                                {"Thôn", {1410, 286, 1460, 304}, 0.9f},
                                {"Đông", {1466, 287, 1494, 304}, 0.9f},
                                {"Phú", {1555, 286, 1561, 292}, 0.2f}})}});
  page.blocks.push_back({{},
                         {line({{"b", {1399, 292, 1403, 303}, 0.2f},
                                {"ng", {1496, 291, 1519, 308}, 0.5f},
                                {"Phú", {1527, 287, 1563, 304}, 0.9f}})}});
  page.blocks.push_back({{},
                         {line({{"Công", {682, 459, 724, 508}, 0.9f},
                                {"bảo", {731, 459, 761, 508}, 0.9f},
                                {"và", {768, 459, 789, 491}, 0.9f},
                                {"Tìn", {796, 459, 826, 491}, 0.6f},
                                {"họ", {832, 459, 860, 495}, 0.7f}})}});
  page.blocks.push_back({{},
                         {line({{"Ông/Bà:", {297, 847, 475, 900}, 0.9f},
                                {"725:", {607, 845, 731, 862}, 0.3f},
                                {"ĐỒ", {772, 847, 807, 863}, 0.3f},
                                {"sốc:", {829, 843, 878, 869}, 0.3f}}),
                          line({{"\"8N", {616, 855, 659, 872}, 0.2f},
                                {"XeửA", {694, 853, 744, 872}, 0.2f},
                                {"Í", {771, 864, 772, 868}, 0.1f}})}});
  TempDir dir;
  const fs::path file = dir / "overlapping.pdf";
  pipeline::writeArchivePdf(
      {{pipeline::archiveImage(scansDir() / "to-khai" / "trang-2.png", pipeline::InputType::Png, 1), page}},
      {"Tờ khai", "2025-03-12T00:00:00Z"}, file);
  for (const char* mode : {"-raw", "-simple"}) {  // -simple: no option, the default reading order
    std::vector<std::string> command{"/usr/bin/pdftotext", "-enc", "UTF-8", file.string(), "-"};
    if (std::string(mode) != "-simple") command.insert(command.begin() + 1, mode);
    const auto text = runCommand(command);
    REQUIRE(text.exitCode == 0);
    const auto difference = pipeline::compareWords(ocrWords(page), pipeline::wordsOf(text.out));
    INFO("pdftotext " << mode << ":\n" << text.out);
    CHECK(difference.missing.empty());
    CHECK(difference.extra.empty());
  }
}
