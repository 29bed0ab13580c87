#include "pipeline/ingest/PdfImageWork.hpp"

#include <qpdf/QPDFAnnotationObjectHelper.hh>

#include <map>
#include <vector>

namespace sohoa::pipeline {
namespace {

constexpr int kDeepestForm = 32;

std::int64_t area(QPDFObjectHandle width, QPDFObjectHandle height) {
  if (!width.isInteger() || !height.isInteger() || width.getIntValue() <= 0 || height.getIntValue() <= 0) return 0;
  // A dimension past 2^31 is no image; capping keeps the product from overflowing.
  return std::min<std::int64_t>(width.getIntValue(), 1LL << 31) *
         std::min<std::int64_t>(height.getIntValue(), 1LL << 31);
}

// Counts one content stream; forms it draws are counted once each and multiplied by how often
// they are drawn, so nesting cannot make the count itself slow.
class ImageCount final : public QPDFObjectHandle::ParserCallbacks {
 public:
  using FormCosts = std::map<QPDFObjGen, std::int64_t>;

  ImageCount(QPDFObjectHandle resources, int depth, std::int64_t enough, FormCosts& forms)
      : resources_(resources), depth_(depth), enough_(enough), forms_(forms) {}

  std::int64_t pixels = 0;

  void handleObject(QPDFObjectHandle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    const auto op = object.getOperatorValue();
    if (op == "Do" && operands_.size() == 1 && operands_[0].isName()) draw(operands_[0].getName());
    if (op == "ID") add(inlineImagePixels());
    operands_.clear();
  }
  void handleEOF() override {}

  static std::int64_t ofForm(QPDFObjectHandle form, QPDFObjectHandle resources, int depth, std::int64_t enough,
                             FormCosts& forms) {
    const auto id = form.getObjGen();
    if (auto known = forms.find(id); known != forms.end()) return known->second;
    forms[id] = 0;  // a form that draws itself: Poppler refuses the loop, so it adds nothing
    if (depth >= kDeepestForm) return 0;
    auto own = form.getDict().getKey("/Resources");
    ImageCount inner(own.isDictionary() ? own : resources, depth + 1, enough, forms);
    try {
      QPDFObjectHandle::parseContentStream(form, &inner);
    } catch (const std::exception&) {
    }
    return forms[id] = inner.pixels;
  }

 private:
  void add(std::int64_t more) {
    pixels = std::min(pixels + more, enough_ + 1);
    if (pixels > enough_) terminateParsing();
  }

  void draw(const std::string& name) {
    auto xobjects = resources_.isDictionary() ? resources_.getKey("/XObject") : QPDFObjectHandle::newNull();
    auto drawn = xobjects.isDictionary() ? xobjects.getKey(name) : QPDFObjectHandle::newNull();
    if (!drawn.isStream()) return;
    auto dict = drawn.getDict();
    auto subtype = dict.getKey("/Subtype");
    if (!subtype.isName()) return;
    if (subtype.getName() == "/Image") add(area(dict.getKey("/Width"), dict.getKey("/Height")));
    if (subtype.getName() == "/Form") add(ofForm(drawn, resources_, depth_, enough_, forms_));
  }

  // BI's dictionary comes as the operands of ID; /W and /H may be spelled out.
  std::int64_t inlineImagePixels() {
    auto width = QPDFObjectHandle::newNull(), height = QPDFObjectHandle::newNull();
    for (std::size_t i = 0; i + 1 < operands_.size(); i += 2) {
      if (!operands_[i].isName()) continue;
      const auto key = operands_[i].getName();
      if (key == "/W" || key == "/Width") width = operands_[i + 1];
      if (key == "/H" || key == "/Height") height = operands_[i + 1];
    }
    return area(width, height);
  }

  QPDFObjectHandle resources_;
  int depth_;
  std::int64_t enough_;
  FormCosts& forms_;
  std::vector<QPDFObjectHandle> operands_;
};

}  // namespace

std::int64_t imagePixelsDrawn(QPDFPageObjectHelper& page, std::int64_t enough) {
  ImageCount::FormCosts forms;
  auto resources = page.getAttribute("/Resources", false);
  ImageCount count(resources, 0, enough, forms);
  try {
    page.parseContents(&count);
  } catch (const std::exception&) {
  }
  std::int64_t pixels = count.pixels;
  try {
    for (auto& annotation : page.getAnnotations()) {
      if (pixels > enough) break;
      auto appearance = annotation.getAppearanceStream("/N");
      if (appearance.isStream()) pixels += ImageCount::ofForm(appearance, resources, 0, enough, forms);
    }
  } catch (const std::exception&) {
  }
  return std::min(pixels, enough + 1);
}

}  // namespace sohoa::pipeline
