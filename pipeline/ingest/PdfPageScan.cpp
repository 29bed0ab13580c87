#include "pipeline/ingest/PdfPageScan.hpp"

#include <array>
#include <cmath>
#include <vector>

namespace sohoa::pipeline {
namespace {

using Matrix = std::array<double, 6>;  // a b c d e f, as PDF's cm

Matrix times(const Matrix& m, const Matrix& n) {  // m then n
  return {m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],        m[2] * n[0] + m[3] * n[2],
          m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]};
}

constexpr int kDeepestForm = 8;

// Walks a content stream as a renderer would, keeping only what decides the question: the
// transformation, the text rendering mode, and each thing drawn.
class ContentWalk final : public QPDFObjectHandle::ParserCallbacks {
 public:
  ContentWalk(QPDFObjectHandle resources, Matrix ctm, int depth) : resources_(resources), depth_(depth) {
    states_.push_back({ctm, 0});
  }

  std::vector<std::pair<QPDFObjectHandle, Matrix>> images;
  bool otherMarks = false;

  void handleObject(QPDFObjectHandle object) override {
    if (object.isInlineImage()) return markedOther();
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    operate(object.getOperatorValue());
    operands_.clear();
  }
  void handleEOF() override {}

 private:
  struct State {
    Matrix ctm;
    int textMode;
  };

  void markedOther() {
    otherMarks = true;
    terminateParsing();
  }

  bool numbers(std::size_t count) {
    if (operands_.size() != count) return false;
    for (auto& operand : operands_)
      if (!operand.isNumber()) return false;
    return true;
  }

  void operate(const std::string& op) {
    auto& state = states_.back();
    if (op == "q") {
      states_.push_back(state);
    } else if (op == "Q") {
      if (states_.size() > 1) states_.pop_back();
    } else if (op == "cm") {
      if (!numbers(6)) return markedOther();
      Matrix m{};
      for (std::size_t i = 0; i < 6; ++i) m[i] = operands_[i].getNumericValue();
      state.ctm = times(m, state.ctm);
    } else if (op == "Tr") {
      state.textMode = numbers(1) ? static_cast<int>(operands_[0].getNumericValue()) : 0;
    } else if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") {
      if (state.textMode != 3) markedOther();  // 3: neither filled nor stroked (an OCR layer)
    } else if (op == "S" || op == "s" || op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*" || op == "b" ||
               op == "b*" || op == "sh") {
      markedOther();
    } else if (op == "Do") {
      draw();
    }
  }

  void draw() {
    if (operands_.size() != 1 || !operands_[0].isName()) return markedOther();
    auto xobject = resources_.isDictionary() ? resources_.getKey("/XObject") : QPDFObjectHandle::newNull();
    auto drawn = xobject.isDictionary() ? xobject.getKey(operands_[0].getName()) : QPDFObjectHandle::newNull();
    if (!drawn.isStream()) return;  // nothing to draw: a reader draws nothing either
    auto dict = drawn.getDict();
    auto subtype = dict.getKey("/Subtype");
    if (subtype.isName() && subtype.getName() == "/Image") {
      images.emplace_back(drawn, states_.back().ctm);
      if (images.size() > 1) markedOther();
      return;
    }
    if (!subtype.isName() || subtype.getName() != "/Form" || depth_ >= kDeepestForm) return markedOther();
    Matrix form{1, 0, 0, 1, 0, 0};
    if (auto matrix = dict.getKey("/Matrix"); matrix.isArray() && matrix.getArrayNItems() == 6)
      for (int i = 0; i < 6; ++i) form[static_cast<std::size_t>(i)] = matrix.getArrayItem(i).getNumericValue();
    auto resources = dict.getKey("/Resources");
    ContentWalk inner(resources.isDictionary() ? resources : resources_, times(form, states_.back().ctm), depth_ + 1);
    QPDFObjectHandle::parseContentStream(drawn, &inner);
    images.insert(images.end(), inner.images.begin(), inner.images.end());
    if (inner.otherMarks || images.size() > 1) markedOther();
  }

  QPDFObjectHandle resources_;
  int depth_;
  std::vector<State> states_;
  std::vector<QPDFObjectHandle> operands_;
};

// The image's unit square lands on the page box, upright, within 2 % of each side.
bool fillsPage(const Matrix& ctm, QPDFObjectHandle::Rectangle box) {
  const double width = box.urx - box.llx, height = box.ury - box.lly;
  if (width <= 0 || height <= 0) return false;
  if (std::abs(ctm[1]) > 1e-6 * width || std::abs(ctm[2]) > 1e-6 * height || ctm[0] <= 0 || ctm[3] <= 0) return false;
  const double slackX = 0.02 * width, slackY = 0.02 * height;
  return std::abs(ctm[4] - box.llx) <= slackX && std::abs(ctm[4] + ctm[0] - box.urx) <= slackX &&
         std::abs(ctm[5] - box.lly) <= slackY && std::abs(ctm[5] + ctm[3] - box.ury) <= slackY;
}

}  // namespace

std::optional<QPDFObjectHandle> soleScanImage(QPDFPageObjectHelper& page) {
  try {
    auto box = page.getMediaBox();
    if (!box.isRectangle()) return std::nullopt;
    ContentWalk walk(page.getAttribute("/Resources", false), {1, 0, 0, 1, 0, 0}, 0);
    page.parseContents(&walk);
    if (walk.otherMarks || walk.images.size() != 1) return std::nullopt;
    if (!fillsPage(walk.images.front().second, box.getArrayAsRectangle())) return std::nullopt;
    return walk.images.front().first;
  } catch (const std::exception&) {
    return std::nullopt;  // content qpdf cannot follow: render the page
  }
}

}  // namespace sohoa::pipeline
