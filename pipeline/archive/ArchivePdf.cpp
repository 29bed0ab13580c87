#include "pipeline/archive/ArchivePdf.hpp"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "indexer/text/MarkupEscaping.hpp"
#include "ocr/formats/InvisibleTextLayer.hpp"
#include "pipeline/AtomicFile.hpp"

namespace sohoa::pipeline {
namespace {

using Handle = QPDFObjectHandle;

Handle stream(QPDF& pdf, const std::string& data, const std::string& dictionary) {
  Handle object = Handle::newStream(&pdf, data);
  Handle dict = Handle::parse(dictionary);
  for (const auto& key : dict.getKeys()) object.getDict().replaceKey(key, dict.getKey(key));
  return object;
}

// The ToUnicode map: codes are UTF-16 code units, mapped to themselves (in ranges that vary
// in their last byte only, as the CMap rules want).
std::string identityToUnicode() {
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  char line[64];
  for (int block = 0; block < 256; block += 100) {
    const int count = std::min(100, 256 - block);
    cmap += std::to_string(count) + " beginbfrange\n";
    for (int high = block; high < block + count; ++high) {
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
      cmap += line;
    }
    cmap += "endbfrange\n";
  }
  return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

Handle glyphlessFont(QPDF& pdf) {
  const std::string ttf = fileBytes(glyphlessFontFile());
  if (ttf.empty()) throw std::runtime_error("cannot read " + glyphlessFontFile().string() + " (Debian: libtesseract5)");
  Handle fontFile = stream(pdf, ttf, "<< /Length1 " + std::to_string(ttf.size()) + " >>");
  // Every code shows glyph 1 of the glyphless font.
  std::string cidToGid(65536 * 2, '\0');
  for (std::size_t i = 1; i < cidToGid.size(); i += 2) cidToGid[i] = '\1';
  Handle cidToGidMap = pdf.makeIndirectObject(stream(pdf, cidToGid, "<< >>"));
  Handle descriptor = pdf.makeIndirectObject(Handle::parse(
      "<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 500 1000] /ItalicAngle 0 "
      "/Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80 >>"));
  descriptor.replaceKey("/FontFile2", pdf.makeIndirectObject(fontFile));
  Handle cidFont = pdf.makeIndirectObject(Handle::parse(
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont /CIDSystemInfo << /Registry (Adobe) "
      "/Ordering (Identity) /Supplement 0 >> /DW 500 >>"));
  cidFont.replaceKey("/FontDescriptor", descriptor);
  cidFont.replaceKey("/CIDToGIDMap", cidToGidMap);
  Handle font = pdf.makeIndirectObject(
      Handle::parse("<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H >>"));
  font.replaceKey("/DescendantFonts", Handle::newArray({cidFont}));
  font.replaceKey("/ToUnicode", pdf.makeIndirectObject(stream(pdf, identityToUnicode(), "<< >>")));
  return font;
}

std::string xmp(const ArchiveInfo& info) {
  return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
         "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
         "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
         "   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>U</pdfaid:conformance>\n"
         "   <dc:format>application/pdf</dc:format>\n"
         "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         indexer::markupEscaped(info.title) +
         "</rdf:li></rdf:Alt></dc:title>\n"
         "   <dc:language><rdf:Bag><rdf:li>vi</rdf:li></rdf:Bag></dc:language>\n"
         "   <xmp:CreateDate>" +
         info.created + "</xmp:CreateDate>\n   <xmp:ModifyDate>" + info.created +
         "</xmp:ModifyDate>\n   <xmp:MetadataDate>" + info.created +
         "</xmp:MetadataDate>\n"
         "   <xmp:CreatorTool>sohoa</xmp:CreatorTool>\n   <pdf:Producer>sohoa (qpdf)</pdf:Producer>\n"
         "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
}

}  // namespace

std::filesystem::path glyphlessFontFile() {
  if (const char* prefix = std::getenv("TESSDATA_PREFIX")) {
    const std::filesystem::path candidate = std::filesystem::path(prefix) / "pdf.ttf";
    if (std::filesystem::exists(candidate)) return candidate;
  }
  return "/usr/share/tesseract-ocr/5/tessdata/pdf.ttf";
}

std::filesystem::path srgbProfileFile() { return "/usr/share/color/icc/sRGB.icc"; }

void writeArchivePdf(const std::vector<ArchivePage>& pages, const ArchiveInfo& info,
                     const std::filesystem::path& file) {
  QPDF pdf;
  pdf.emptyPDF();
  const Handle font = glyphlessFont(pdf);
  QPDFPageDocumentHelper document(pdf);
  for (const auto& archivePage : pages) {
    const ArchiveImage& image = archivePage.image;
    const int dpi = archivePage.page.dpi > 0 ? archivePage.page.dpi : 300;
    const double widthPt = image.width * 72.0 / dpi, heightPt = image.height * 72.0 / dpi;
    std::string imageDict =
        "<< /Type /XObject /Subtype /Image /Width " + std::to_string(image.width) + " /Height " +
        std::to_string(image.height) + " /ColorSpace " + (image.components == 3 ? "/DeviceRGB" : "/DeviceGray") +
        " /BitsPerComponent " + std::to_string(image.bitsPerComponent) +
        (image.ccitt
             ? " /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns " + std::to_string(image.width) + " /Rows " +
                   std::to_string(image.height) + (image.blackIsOne ? " /BlackIs1 true" : "") + " >>"
         : image.blackIsOne ? " /Decode [1 0]"
                            : "") +
        (image.jpeg ? " /Filter /DCTDecode" : "") + " >>";
    Handle xobject = pdf.makeIndirectObject(stream(pdf, image.bytes, imageDict));
    const ocr::ScanGeometry scan{image.width, image.height, dpi};
    char place[128];
    std::snprintf(place, sizeof place, "q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q\n", widthPt, heightPt);
    const std::string content = place + ocr::invisibleTextOperators(archivePage.page, scan, "F0");
    Handle page = pdf.makeIndirectObject(Handle::parse("<< /Type /Page >>"));
    char box[128];
    std::snprintf(box, sizeof box, "[0 0 %.4f %.4f]", widthPt, heightPt);
    page.replaceKey("/MediaBox", Handle::parse(box));
    Handle resources = Handle::parse("<< /XObject << >> /Font << >> >>");
    resources.getKey("/XObject").replaceKey("/Im0", xobject);
    resources.getKey("/Font").replaceKey("/F0", font);
    page.replaceKey("/Resources", resources);
    page.replaceKey("/Contents", pdf.makeIndirectObject(stream(pdf, content, "<< >>")));
    if (const int rotate = ocr::displayRotation(archivePage.page); rotate != 0)
      page.replaceKey("/Rotate", Handle::newInteger(rotate));
    document.addPage(QPDFPageObjectHelper(page), false);
  }
  markPdfA(pdf, info);
  writePdfA(pdf, file);
}

void markPdfA(QPDF& pdf, const ArchiveInfo& info) {
  Handle root = pdf.getRoot();
  root.replaceKey("/Metadata", pdf.makeIndirectObject(stream(pdf, xmp(info), "<< /Type /Metadata /Subtype /XML >>")));
  const std::string icc = fileBytes(srgbProfileFile());
  if (icc.empty())
    throw std::runtime_error("cannot read " + srgbProfileFile().string() + " (Debian: icc-profiles-free)");
  Handle profile = pdf.makeIndirectObject(stream(pdf, icc, "<< /N 3 >>"));
  Handle intent = Handle::parse(
      "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB) >>");
  intent.replaceKey("/DestOutputProfile", profile);
  root.replaceKey("/OutputIntents", Handle::newArray({intent}));
  root.replaceKey("/Lang", Handle::newString("vi"));
}

void writePdfA(QPDF& pdf, const std::filesystem::path& file) {
  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.setMinimumPDFVersion("1.7");
  writer.setCompressStreams(true);
  writer.setObjectStreamMode(qpdf_o_disable);  // PDF/A readers of old want plain objects
  writer.write();
  const auto written = writer.getBufferSharedPointer();
  // Whole or not at all: a full disk leaves no short file under the real name.
  writeFileAtomically(file, std::string_view(reinterpret_cast<const char*>(written->getBuffer()), written->getSize()));
}

}  // namespace sohoa::pipeline
