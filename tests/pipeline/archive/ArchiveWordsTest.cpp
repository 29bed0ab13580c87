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

namespace {

// The words pdftotext gives back of `file` in its default reading order, against the page's OCR words.
pipeline::WordDifference readingOrderDifference(const fs::path& file, const ocr::Page& page) {
  const auto text = runCommand({"/usr/bin/pdftotext", "-enc", "UTF-8", file.string(), "-"});
  REQUIRE(text.exitCode == 0);
  UNSCOPED_INFO("pdftotext:\n" << text.out);
  return pipeline::compareWords(ocrWords(page), pipeline::wordsOf(text.out));
}

// `page`'s archive file over a 200 dpi form scan (1654 × 2339) or a 300 dpi A4 one (2481 × 3508).
fs::path archiveOf(const ocr::Page& page, const fs::path& file, bool a4At300 = false) {
  const auto scan = a4At300
                        ? pipeline::archiveImage(scansDir() / "nghi-dinh-30-2020.tif", pipeline::InputType::Tiff, 1)
                        : pipeline::archiveImage(scansDir() / "to-khai" / "trang-2.png", pipeline::InputType::Png, 1);
  pipeline::writeArchivePdf({{scan, page}}, {"Tờ khai", "2025-03-12T00:00:00Z"}, file);
  return file;
}

}  // namespace

TEST_CASE("a lone punctuation mark read before a digit comes back apart from it", "[pipeline][archive]") {
  // A line of a form's card copy as Tesseract boxed it (scripts/make-forms.py --seed 766, 300 dpi,
  // sideways, straightened by 2.3°): the CCCD number, then seal specks read as `ị` and `` ` ``,
  // the last two pixels wide and twenty pixels before a large `7`. Poppler takes the three
  // one-letter words for one letter-spaced word unless the gap between them is wide.
  ocr::Page page;
  page.width = 2480, page.height = 3508, page.dpi = 300, page.skew = 2.3125, page.rotation = 90;
  page.blocks.push_back({{},
                         {line({{"052080327264", {447, 520, 737, 561}, 0.9f},
                                {"ị", {1682, 548, 1684, 550}, 0.1f},
                                {"`", {2141, 546, 2143, 548}, 0.1f},
                                {"7", {2164, 499, 2252, 577}, 0.3f}})}});
  TempDir dir;
  const auto difference = readingOrderDifference(archiveOf(page, dir / "speck.pdf"), page);
  CHECK(difference.missing.empty());
  CHECK(difference.extra.empty());
}

TEST_CASE("a noise line of letters twice the text's size lying across lines of text comes back apart from them",
          "[pipeline][archive]") {
  // The lines of a real scan (real-admin-scans, a directive's first page) where an incoming-mail
  // stamp was read as text: `la/ nà` in letters twice the size of the text, lying across the
  // three lines of text beside it.
  ocr::Page page;
  page.width = 1654, page.height = 2339, page.dpi = 300;  // the first 1,560 pixels of its lines
  page.blocks.push_back({{},
                         {line({{"CV", {28, 710, 105, 790}, 0.3f}}), line({{"ĐẾN", {7, 773, 192, 858}, 0.3f},
                                                                           {"|", {124, 769, 151, 873}, 0.3f},
                                                                           {"c", {167, 769, 194, 873}, 0.3f}})}});
  page.blocks.push_back({{},
                         {line({{"la/", {171, 761, 268, 856}, 0.2f},
                                {"nà", {235, 746, 306, 855}, 0.2f},
                                {"`4", {272, 787, 305, 797}, 0.1f}})}});
  page.blocks.push_back({{},
                         {line({{"|", {144, 696, 149, 716}, 0.3f},
                                {"Số:", {173, 704, 223, 747}, 0.9f},
                                {"Mà", {228, 694, 389, 796}, 0.3f},
                                {"“4Ä", {335, 734, 470, 834}, 0.2f},
                                {"“hời-e:an", {468, 713, 672, 767}, 0.2f},
                                {"qua,", {694, 725, 790, 766}, 0.9f},
                                {"các", {811, 712, 885, 753}, 0.9f},
                                {"cấp,", {907, 699, 998, 764}, 0.9f},
                                {"các", {1020, 711, 1091, 752}, 0.9f},
                                {"ngành", {1113, 710, 1251, 776}, 0.9f},
                                {"đã", {1271, 710, 1322, 751}, 0.9f},
                                {"có", {1342, 709, 1393, 751}, 0.9f},
                                {"nhiều", {1414, 697, 1542, 750}, 0.9f}})}});
  page.blocks.push_back({{},
                         {line({{"lều", {451, 783, 518, 824}, 0.5f},
                                {"Trành:", {519, 781, 656, 860}, 0.5f},
                                {"quản", {679, 781, 807, 845}, 0.9f},
                                {"lý", {815, 779, 854, 833}, 0.9f},
                                {"nhà", {877, 779, 960, 821}, 0.9f},
                                {"nước", {981, 778, 1093, 820}, 0.9f},
                                {"vê", {1114, 778, 1166, 819}, 0.9f},
                                {"cải", {1176, 777, 1249, 843}, 0.9f},
                                {"cách", {1271, 777, 1374, 842}, 0.9f},
                                {"thủ", {1393, 776, 1467, 818}, 0.9f},
                                {"tục", {1487, 783, 1557, 826}, 0.9f}})}});
  page.blocks.push_back({{},
                         {line({{"-đốt", {272, 828, 369, 894}, 0.5f},
                                {"vớt", {391, 852, 468, 893}, 0.5f},
                                {"các", {496, 850, 570, 892}, 0.9f},
                                {"tự", {592, 872, 646, 901}, 0.9f},
                                {"án", {683, 849, 735, 891}, 0.9f},
                                {"đầu", {763, 835, 846, 890}, 0.9f},
                                {"tư", {872, 854, 920, 889}, 0.9f},
                                {"bằng", {945, 834, 1058, 905}, 0.9f},
                                {"nguồn", {1082, 833, 1225, 921}, 0.9f},
                                {"vốn", {1250, 832, 1335, 887}, 0.9f},
                                {"ngoài", {1361, 843, 1488, 898}, 0.9f}})}});
  TempDir dir;
  const auto difference = readingOrderDifference(archiveOf(page, dir / "stamp.pdf"), page);
  CHECK(difference.missing.empty());
  CHECK(difference.extra.empty());
}

TEST_CASE("a line read in boxes twice its letters' height, ink under it, comes back apart from the lines above it",
          "[pipeline][archive]") {
  // Four lines of a real scan (real-admin-scans, a plan's third page, 300 dpi): the third's boxes
  // reach down to a stroke under it, twice the height of its letters and of the lines around.
  // Drawn in that size it came within Poppler's reach of the two lines above, which it then read
  // as one, gluing `Nhâm` to `lậu,` and five more pairs.
  ocr::Page page;
  page.width = 2479, page.height = 3521, page.dpi = 300;
  page.blocks.push_back({{},
                         {line({{"điểm", {435, 1123, 549, 1176}, 0.9f},
                                {"chống", {567, 1122, 708, 1187}, 1.0f},
                                {"buôn", {723, 1133, 840, 1175}, 1.0f},
                                {"lậu,", {858, 1132, 939, 1184}, 1.0f},
                                {".øian", {939, 1132, 1057, 1199}, 0.6f},
                                {"lận", {1074, 1132, 1142, 1183}, 1.0f},
                                {"thương", {1156, 1132, 1323, 1185}, 1.0f},
                                {"mại", {1337, 1130, 1422, 1182}, 1.0f},
                                {"và", {1438, 1130, 1494, 1171}, 1.0f},
                                {"hàng", {1508, 1129, 1620, 1182}, 1.0f},
                                {"giả", {1637, 1128, 1708, 1182}, 0.8f},
                                {"trước,", {1722, 1128, 1858, 1178}, 1.0f},
                                {"trong", {1874, 1134, 1997, 1181}, 1.0f},
                                {"và", {2011, 1126, 2067, 1168}, 1.0f},
                                {"sau", {2083, 1139, 2158, 1167}, 1.0f},
                                {"Tết", {2175, 1113, 2250, 1167}, 1.0f}}),
                          line({{"Nguyên", {433, 1204, 619, 1258}, 0.9f},
                                {"đán", {636, 1203, 717, 1245}, 1.0f},
                                {"Nhâm", {732, 1202, 875, 1244}, 1.0f},
                                {"Dần", {892, 1189, 987, 1243}, 0.9f},
                                {"năm", {1003, 1204, 1101, 1243}, 1.0f},
                                {"2022;", {1118, 1201, 1246, 1267}, 1.0f},
                                {"kịp", {1264, 1199, 1338, 1254}, 1.0f},
                                {"thời", {1354, 1198, 1445, 1241}, 1.0f},
                                {"phát", {1462, 1198, 1563, 1253}, 1.0f},
                                {"hiện,", {1578, 1197, 1699, 1249}, 1.0f},
                                {"xử", {1709, 1198, 1770, 1239}, 1.0f},
                                {"lý", {1787, 1196, 1829, 1251}, 1.0f},
                                {"nghiêm", {1845, 1196, 2017, 1250}, 1.0f},
                                {"mọi", {2033, 1194, 2121, 1246}, 1.0f},
                                {"hành", {2138, 1194, 2250, 1237}, 1.0f}}),
                          line({{"vi", {434, 1273, 482, 1350}, 0.9f},
                                {"gian", {476, 1247, 598, 1326}, 1.0f},
                                {"lận", {612, 1272, 686, 1350}, 1.0f},
                                {"thương", {704, 1271, 870, 1350}, 1.0f},
                                {"mại,", {889, 1270, 996, 1350}, 0.9f},
                                {"sản", {1008, 1270, 1082, 1349}, 1.0f},
                                {"xuất,", {1099, 1247, 1331, 1350}, 0.9f},
                                {"kinh", {1236, 1247, 1332, 1350}, 1.0f},
                                {"doanh", {1351, 1247, 1491, 1350}, 1.0f},
                                {"hàng", {1509, 1267, 1621, 1350}, 1.0f},
                                {"giả,", {1640, 1247, 1735, 1350}, 1.0f},
                                {"hàng", {1742, 1247, 1859, 1350}, 1.0f},
                                {"kém", {1880, 1247, 1958, 1350}, 1.0f},
                                {"chất", {1983, 1252, 2078, 1350}, 1.0f},
                                {"lượng,", {2083, 1247, 2248, 1350}, 1.0f}}),
                          line({{"đầu", {436, 1329, 517, 1383}, 1.0f},
                                {"cơ", {534, 1354, 590, 1383}, 1.0f},
                                {"tích", {605, 1341, 692, 1382}, 1.0f},
                                {"trữ,", {707, 1343, 786, 1390}, 1.0f},
                                {"đây", {805, 1327, 887, 1393}, 1.0f},
                                {"giá", {903, 1339, 973, 1392}, 1.0f},
                                {"hàng", {988, 1339, 1099, 1392}, 1.0f},
                                {"hóa", {1115, 1338, 1198, 1380}, 1.0f},
                                {"tăng", {1211, 1341, 1313, 1391}, 1.0f},
                                {"cao", {1328, 1351, 1406, 1379}, 1.0f},
                                {"bất", {1423, 1324, 1494, 1378}, 0.9f},
                                {"thường", {1508, 1336, 1675, 1389}, 1.0f},
                                {"để", {1691, 1323, 1744, 1376}, 0.9f},
                                {"thu", {1760, 1335, 1833, 1376}, 0.9f},
                                {"lợi", {1851, 1334, 1910, 1385}, 0.9f},
                                {"bất", {1926, 1322, 1997, 1375}, 0.9f},
                                {"chính.", {2013, 1333, 2152, 1375}, 1.0f}})}});
  TempDir dir;
  const auto difference = readingOrderDifference(archiveOf(page, dir / "stroke.pdf", true), page);
  CHECK(difference.missing.empty());
  CHECK(difference.extra.empty());
}
