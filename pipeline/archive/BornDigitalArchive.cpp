#include "pipeline/archive/BornDigitalArchive.hpp"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <map>
#include <memory>
#include <vector>

namespace sohoa::pipeline {
namespace {

using Handle = QPDFObjectHandle;

bool embedded(Handle font) {
  // A Type 3 font's glyphs are drawings in the file itself.
  if (font.getKey("/Subtype").isNameAndEquals("/Type3")) return true;
  auto descendants = font.getKey("/DescendantFonts");
  auto descriptor = (descendants.isArray() ? descendants.getArrayItem(0) : font).getKey("/FontDescriptor");
  return descriptor.isDictionary() &&
         (descriptor.getKey("/FontFile").isStream() || descriptor.getKey("/FontFile2").isStream() ||
          descriptor.getKey("/FontFile3").isStream());
}

std::string fontName(Handle font) {
  auto name = font.getKey("/BaseFont");
  return name.isName() ? name.getName().substr(1) : "?";
}

// Walks a content stream as a reader draws it, noting the fonts that show text (a font only
// selected, as some PDF makers select Helvetica before anything else, draws nothing), and the
// forms it draws, however deep.
class ShownFonts : public QPDFObjectHandle::ParserCallbacks {
 public:
  ShownFonts(Handle resources, std::set<std::string>& unembedded, std::set<QPDFObjGen>& forms)
      : resources_(resources), unembedded_(unembedded), forms_(forms) {}

  void handleObject(Handle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    const std::string op = object.getOperatorValue();
    if (op == "q") {
      saved_.push_back(font_);
    } else if (op == "Q" && !saved_.empty()) {
      font_ = saved_.back();
      saved_.pop_back();
    } else if (op == "Tf" && operands_.size() == 2 && operands_[0].isName()) {
      font_ = operands_[0].getName();
    } else if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") {
      auto font = resources_.isDictionary() ? resources_.getKey("/Font").getKey(font_) : Handle::newNull();
      if (font.isDictionary() && !embedded(font)) unembedded_.insert(fontName(font));
    } else if (op == "Do" && operands_.size() == 1 && operands_[0].isName()) {
      drawForm(operands_[0].getName());
    }
    operands_.clear();
  }
  void handleEOF() override {}

 private:
  void drawForm(const std::string& name) {
    auto xobject = resources_.isDictionary() ? resources_.getKey("/XObject").getKey(name) : Handle::newNull();
    if (!xobject.isStream() || !xobject.getDict().getKey("/Subtype").isNameAndEquals("/Form")) return;
    if (xobject.isIndirect() && !forms_.insert(xobject.getObjGen()).second) return;
    auto own = xobject.getDict().getKey("/Resources");
    ShownFonts inner(own.isDictionary() ? own : resources_, unembedded_, forms_);
    inner.font_ = font_;
    xobject.parseAsContents(&inner);
  }

  Handle resources_;
  std::set<std::string>& unembedded_;
  std::set<QPDFObjGen>& forms_;
  std::vector<Handle> operands_;
  std::string font_;
  std::vector<std::string> saved_;
};

QPDF& opened(std::map<std::filesystem::path, std::unique_ptr<QPDF>>& sources, const std::filesystem::path& file) {
  auto& source = sources[file];
  if (source) return *source;
  source = std::make_unique<QPDF>();
  source->setSuppressWarnings(true);
  try {
    source->processFile(file.c_str());
  } catch (const std::exception& error) {
    throw NotArchivable(std::string("damaged: ") + error.what());
  }
  if (source->isEncrypted()) throw NotArchivable("encrypted");
  // qpdf had to rebuild the cross-reference table: the file is not whole as it came.
  if (source->anyWarnings()) throw NotArchivable("damaged: qpdf repaired its structure");
  return *source;
}

}  // namespace

std::set<std::string> unembeddedFontsShown(QPDFPageObjectHelper page) {
  std::set<std::string> unembedded;
  std::set<QPDFObjGen> forms;
  ShownFonts walk(page.getAttribute("/Resources", false), unembedded, forms);
  page.parseContents(&walk);
  return unembedded;
}

void writeBornDigitalArchive(const std::vector<BornDigitalPage>& pages, const ArchiveInfo& info,
                             const std::filesystem::path& file) {
  std::map<std::filesystem::path, std::unique_ptr<QPDF>> sources;  // alive until the copy is written
  QPDF archive;
  archive.emptyPDF();
  QPDFPageDocumentHelper document(archive);
  std::set<std::string> unembedded;
  for (const auto& wanted : pages) {
    QPDF& source = opened(sources, wanted.original);
    auto all = QPDFPageDocumentHelper(source).getAllPages();
    if (wanted.page < 1 || static_cast<std::size_t>(wanted.page) > all.size())
      throw NotArchivable("damaged: no page " + std::to_string(wanted.page) + " in " + wanted.original.string());
    auto page = all[static_cast<std::size_t>(wanted.page - 1)];
    try {
      for (const auto& name : unembeddedFontsShown(page)) unembedded.insert(name);
    } catch (const std::exception& error) {
      throw NotArchivable(std::string("damaged: ") + error.what());
    }
    // Inherited resources, box and rotation go with the page; qpdf copies what it refers to.
    document.addPage(page, false);
  }
  if (!unembedded.empty()) {
    std::string names;
    for (const auto& name : unembedded) names += (names.empty() ? "" : ", ") + name;
    throw NotArchivable("fonts_not_embedded: " + names);
  }
  markPdfA(archive, info);
  writePdfA(archive, file);
}

}  // namespace sohoa::pipeline
