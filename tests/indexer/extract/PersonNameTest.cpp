#include <catch2/catch.hpp>
#include <sstream>

#include "indexer/extract/PersonName.hpp"

using namespace sohoa::indexer;

namespace {

// The name found in a line of words as OCR gave them, as text.
std::string nameIn(const std::string& line) {
  std::vector<sohoa::ocr::Word> words;
  std::istringstream in(line);
  for (std::string word; in >> word;) words.push_back({word, {}, 0.9f});
  const auto span = longestName(words, NameCase::Either);
  return span ? nameText(words, *span) : "<none>";
}

}  // namespace

TEST_CASE("marks OCR lost on a name are put back only where the name leaves one choice", "[indexer][names]") {
  // Real signers of Quảng Ngãi's papers, as the bold print was read.
  CHECK(nameIn("Nguyên Hoàng Giang") == "Nguyễn Hoàng Giang");
  CHECK(nameIn("Bùi Thi Quỳnh Vân") == "Bùi Thị Quỳnh Vân");
  CHECK(nameIn("TRÂN VĂN KHÁNH") == "TRẦN VĂN KHÁNH");  // a card's capitals stay capitals
  CHECK(nameIn("Hô Văn Trọng") == "Hồ Văn Trọng");
  CHECK(nameIn("Đăng Đình Sơn") == "Đặng Đình Sơn");  // Đăng is no surname; Đặng is
  // Nothing to choose between, or nothing wrong.
  CHECK(nameIn("La Văn Cầu") == "La Văn Cầu");          // La is a surname as written
  CHECK(nameIn("Nguyễn Văn Thi") == "Nguyễn Văn Thi");  // a last name Thi is a name
  CHECK(nameIn("Dinh Dũng") == "Dinh Dũng");            // two words: maybe Đình Dũng with the surname cut off
  CHECK(nameIn("Thân Thị Hoa") == "Thân Thị Hoa");
  CHECK(isSurname("Nguyễn"));
  CHECK(isSurname("ĐẶNG"));
  CHECK_FALSE(isSurname("Nguyên"));
}

TEST_CASE("a small letter of a name read as a capital keeps the name whole", "[indexer][names]") {
  // A marriage certificate's signer, the seal's rim across her surname and middle name.
  CHECK(nameIn("Phấn THị Mỹ Trinh") == "Phan Thị Mỹ Trinh");
  CHECK(nameIn("Lê VĂn Hùng") == "Lê Văn Hùng");
  // Capitals throughout are a card's name, and a word with two stray capitals is no name word.
  CHECK(nameIn("NGUYỄN THỊ HOA") == "NGUYỄN THỊ HOA");
  CHECK(nameIn("Mỹ Trinh UBND") == "Mỹ Trinh");
  CHECK_FALSE(isNameSyllable("THỊn", NameCase::Title));
  CHECK_FALSE(isNameSyllable("UBnd", NameCase::Title));
}

TEST_CASE("a one-letter capital no Vietnamese text writes is a speck after the name not its last syllable",
          "[indexer][names]") {
  // A marriage tờ khai of seed 7321: the pen's speck after the requester's name read as `Ẵ`.
  CHECK(nameIn("Bùi Công Đạt Ẵ") == "Bùi Công Đạt");
  CHECK(nameIn("Bùi Công Đạt Ặ") == "Bùi Công Đạt");
  // One-letter syllables that names end with stay.
  CHECK(nameIn("Nguyễn Như Ý") == "Nguyễn Như Ý");
  CHECK(nameIn("Hoàng Thị Y") == "Hoàng Thị Y");
  CHECK_FALSE(isNameSyllable("Ẵ", NameCase::Either));
  CHECK(isNameSyllable("Ý", NameCase::Either));
}
