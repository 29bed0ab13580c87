#include <catch2/catch.hpp>

#include "ocr/text/SyllableModel.hpp"
#include "ocr/text/VietnameseSyllable.hpp"

using namespace sohoa::ocr;

TEST_CASE("a syllable comes apart into letters, tone and skeleton, in its case", "[ocr][marks]") {
  const auto quyet = readSyllable("QUYẾT");
  REQUIRE(quyet);
  CHECK(quyet->key() == "quyêt2");
  CHECK(quyet->skeleton() == "quyet");
  CHECK(quyet->letterCase == LetterCase::Upper);
  CHECK(quyet->written() == "QUYẾT");

  const auto to = readSyllable("Tổ");
  REQUIRE(to);
  CHECK(to->key() == "tô3");
  CHECK(to->letterCase == LetterCase::Title);
  CHECK(to->written() == "Tổ");

  const auto duong = readSyllable("đường");
  REQUIRE(duong);
  CHECK(duong->key() == "đương1");
  CHECK(duong->skeleton() == "duong");
  CHECK(duong->tonePosition == 2);  // on the ơ
}

TEST_CASE("numbers, codes, mixed case and double tones are no syllables", "[ocr][marks]") {
  CHECK_FALSE(readSyllable("QĐ-UBND"));
  CHECK_FALSE(readSyllable("2020"));
  CHECK_FALSE(readSyllable("ViệT"));
  CHECK_FALSE(readSyllable("hoàá"));
  CHECK_FALSE(readSyllable("điều,"));
  CHECK_FALSE(readSyllable("file"));  // f is no Vietnamese letter
  CHECK_FALSE(readSyllable(""));
}

TEST_CASE("marks between two spellings of a skeleton are counted one by one", "[ocr][marks]") {
  CHECK(markEdits("sô0", "sô2") == 1);        // sô -> số: the tone
  CHECK(markEdits("quyet2", "quyêt2") == 1);  // QUYÉT -> QUYẾT: the circumflex
  CHECK(markEdits("dương0", "đương1") == 2);  // dương -> đường
  CHECK(markEdits("tô3", "tô3") == 0);
  CHECK(skeletonOfKey("đương1") == "duong");
}

TEST_CASE("the built-in model knows the syllables and how they follow one another", "[ocr][marks]") {
  const SyllableModel& model = SyllableModel::vietnamese();
  REQUIRE(model.find("điêu1"));
  CHECK_FALSE(model.find("quyet2"));  // QUYÉT: no Vietnamese syllable
  // Phonotactics: a stop coda takes only the sắc or nặng tone.
  CHECK(model.find("tiêt2"));
  CHECK_FALSE(model.find("tiêt1"));
  const auto& so = model.withSkeleton("so");
  CHECK(so.size() >= 10);
  const SyllableModel::Id mot = *model.find("môt5"), soSac = *model.find("sô2"), soBare = *model.find("sô0");
  CHECK(model.logProbability(mot, soSac) > model.logProbability(mot, soBare) + 2);
}

TEST_CASE("a model built without news or administrative text says so", "[ocr][marks]") {
  // What ocr/text/make-syllable-model.py writes without the corpus (SOHOA_SHARED_DIR): LibreOffice's help only.
  const SyllableModel help("A 0\nV 5\n<s> 2\n<num> 0\n<unk> 0\nsố 3\nđiều 2\nB 2\n3 4 2\n0 3 1\n");
  CHECK_FALSE(help.knowsAdministrativeText());
  REQUIRE(help.find("sô2"));
  CHECK(help.bigramCount(3, 4) == 2);
  CHECK(help.written(4) == "điều");
  CHECK(SyllableModel::vietnamese().knowsAdministrativeText());  // built here with the corpus
  CHECK_THROWS(SyllableModel("V 1\n<s> 1\nB 0\n"));
}
