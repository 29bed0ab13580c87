#pragma once
// A person's name read a second time, alone: the stretch of its line from the name's first word
// on, read as one line. No language model knows a name's marks, and Tesseract scores a wrong mark
// (`Hiên` for a printed `Hiền`) as high as a right one; a second reading of the same ink, framed
// otherwise, is the only check there is. (Places' names were tried too: on the dev forms the
// second reading shared the first's errors, `NGHỊ` for `NGHI`, and caught none.)
// - A name word the second reading spells otherwise, surely (marks and letters; case aside), is
//   left unconfirmed: its confidence is lowered to kUnconfirmedName, so extraction leaves the
//   name for a clerk instead of storing it. Either reading may be the wrong one (on the dev
//   forms the second read `Thăng` for a right `Thắng`, and `Thị` for a wrong `Thi`): a clerk
//   decides. A third reading, enlarged, was tried as a casting vote and measured worse. A word
//   two readings spell the same takes the surer score.
// - The first reading may stop short of a name's last word (`Lý Xuân` on the leader dots of
//   `Lý Xuân Tường`, `Huỳnh Thế ],ộc`): the stretch goes on to the next word read, or a few
//   letter heights on when the next is no word (`],ộc`). Capitalised words the second reading finds
//   there join the name, unconfirmed too: the clerk sees the whole name, and a cut one is not stored.
#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

class OcrEngine;

// Under the score from which extraction trusts a name's words (FieldConfidence).
inline constexpr float kUnconfirmedName = 0.25f;

// `image`: the pixels the page's word boxes refer to. Returns how many name words were left
// unconfirmed or added.
int confirmNames(OcrEngine& engine, Pix* image, int dpi, Page& page);

}  // namespace sohoa::ocr
