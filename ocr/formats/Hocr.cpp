#include "ocr/formats/Hocr.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace sohoa::ocr {
namespace {

const xmlChar* xml(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

std::string bboxTitle(const Box& box) {
  std::ostringstream out;
  out << "bbox " << box.x0 << ' ' << box.y0 << ' ' << box.x1 << ' ' << box.y1;
  return out.str();
}

xmlNodePtr addElement(xmlNodePtr parent, const char* name, const char* cssClass, const std::string& title) {
  xmlNodePtr node = xmlNewChild(parent, nullptr, xml(name), nullptr);
  xmlNewProp(node, xml("class"), xml(cssClass));
  xmlNewProp(node, xml("title"), xml(title.c_str()));
  return node;
}

std::string pageTitle(const Page& page) {
  std::ostringstream out;
  out << bboxTitle({0, 0, page.width, page.height}) << "; ppageno 0";
  if (page.dpi > 0) out << "; scan_res " << page.dpi << ' ' << page.dpi;
  out << "; x_sohoa_rotation " << page.rotation << "; x_sohoa_skew " << page.skew << "; x_sohoa_origin "
      << (page.origin == TextOrigin::Ocr ? "ocr" : "pdf_text");
  if (page.uncoveredInk >= 0) out << "; x_sohoa_uncovered_ink " << page.uncoveredInk;
  if (page.sheet.flattened()) out << "; x_sohoa_sheet " << page.sheet.text();
  return out.str();
}

// "bbox 1 2 3 4; x_wconf 93" -> {"bbox": "1 2 3 4", "x_wconf": "93"}
std::map<std::string, std::string> titleProperties(const std::string& title) {
  std::map<std::string, std::string> properties;
  std::istringstream parts(title);
  std::string part;
  while (std::getline(parts, part, ';')) {
    std::istringstream words(part);
    std::string key, value, rest;
    words >> key;
    std::getline(words, rest);
    const auto start = rest.find_first_not_of(' ');
    if (!key.empty()) properties[key] = start == std::string::npos ? "" : rest.substr(start);
  }
  return properties;
}

// Coordinates beyond a million pixels are no page's (1200 dpi A0 is 56,000 wide): a box
// holding one is a damaged file, refused before a width or height overflows.
constexpr int kMaxCoordinate = 1 << 20;

Box parseBox(const std::map<std::string, std::string>& properties, const std::string& name) {
  Box box;
  const auto it = properties.find("bbox");
  if (it == properties.end()) return box;
  const std::string& value = it->second;
  const char* at = value.data();
  const char* const end = value.data() + value.size();
  for (int* coordinate : {&box.x0, &box.y0, &box.x1, &box.y1}) {
    while (at != end && *at == ' ') ++at;
    const auto read = std::from_chars(at, end, *coordinate);
    if (read.ec != std::errc() || std::abs(*coordinate) > kMaxCoordinate)
      throw std::runtime_error("not a readable hOCR file: " + name + ": bbox \"" + value + "\" is not a page's box");
    at = read.ptr;
  }
  return box;
}

std::string attribute(xmlNodePtr node, const char* name) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> value(xmlGetProp(node, xml(name)), xmlFree);
  return value ? reinterpret_cast<const char*>(value.get()) : "";
}

std::string textOf(xmlNodePtr node) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> value(xmlNodeGetContent(node), xmlFree);
  return value ? reinterpret_cast<const char*>(value.get()) : "";
}

// The number a title property starts with ("300 300" for scan_res); a file edited by hand or
// damaged is refused with its name, like any unreadable hOCR (std::stoi threw invalid_argument).
template <typename Number>
Number numberOf(const std::string& value, const std::string& property, const std::string& name) {
  Number number{};
  const auto read = std::from_chars(value.data(), value.data() + value.size(), number);
  if (read.ec != std::errc() || !std::isfinite(static_cast<double>(number)))
    throw std::runtime_error("not a readable hOCR file: " + name + ": " + property + " is not a number");
  return number;
}

void readElement(xmlNodePtr node, Page& page, const std::string& name) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string cssClass = attribute(node, "class");
    const auto properties = titleProperties(attribute(node, "title"));
    if (cssClass == "ocr_page") {
      const Box box = parseBox(properties, name);
      page.width = box.width();
      page.height = box.height();
      if (auto it = properties.find("scan_res"); it != properties.end())
        page.dpi = numberOf<int>(it->second, "scan_res", name);
      if (auto it = properties.find("x_sohoa_rotation"); it != properties.end())
        page.rotation = numberOf<int>(it->second, "x_sohoa_rotation", name);
      if (auto it = properties.find("x_sohoa_skew"); it != properties.end())
        page.skew = numberOf<double>(it->second, "x_sohoa_skew", name);
      if (auto it = properties.find("x_sohoa_uncovered_ink"); it != properties.end())
        page.uncoveredInk = numberOf<double>(it->second, "x_sohoa_uncovered_ink", name);
      if (auto it = properties.find("x_sohoa_sheet"); it != properties.end())
        page.sheet = SheetCorners::fromText(it->second);
      if (auto it = properties.find("x_sohoa_origin"); it != properties.end())
        page.origin = it->second == "pdf_text" ? TextOrigin::PdfTextLayer : TextOrigin::Ocr;
    } else if (cssClass == "ocr_carea") {
      page.blocks.push_back({parseBox(properties, name), {}});
    } else if (cssClass == "ocr_line") {
      if (page.blocks.empty()) page.blocks.emplace_back();
      page.blocks.back().lines.push_back({parseBox(properties, name), {}});
    } else if (cssClass == "ocrx_word") {
      if (page.blocks.empty()) page.blocks.emplace_back();
      if (page.blocks.back().lines.empty()) page.blocks.back().lines.emplace_back();
      float confidence = 0;
      if (auto it = properties.find("x_wconf"); it != properties.end())
        confidence = numberOf<float>(it->second, "x_wconf", name) / 100.0f;
      const auto source = properties.find("x_sohoa_source");
      const WordSource readBy =
          source != properties.end() && source->second == "handwriting" ? WordSource::Handwriting : WordSource::Print;
      page.blocks.back().lines.back().words.push_back({textOf(node), parseBox(properties, name), confidence, readBy});
      continue;
    }
    readElement(node->children, page, name);
  }
}

}  // namespace

std::string hocrDocument(const Page& page) {
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(xmlNewDoc(xml("1.0")), xmlFreeDoc);
  xmlNodePtr html = xmlNewNode(nullptr, xml("html"));
  xmlDocSetRootElement(doc.get(), html);
  xmlNewProp(html, xml("xmlns"), xml("http://www.w3.org/1999/xhtml"));
  xmlNewProp(html, xml("lang"), xml("vi"));
  xmlNodePtr head = xmlNewChild(html, nullptr, xml("head"), nullptr);
  xmlNewChild(head, nullptr, xml("title"), xml("sohoa page"));
  xmlNodePtr charset = xmlNewChild(head, nullptr, xml("meta"), nullptr);
  xmlNewProp(charset, xml("http-equiv"), xml("Content-Type"));
  xmlNewProp(charset, xml("content"), xml("text/html; charset=utf-8"));
  xmlNodePtr system = xmlNewChild(head, nullptr, xml("meta"), nullptr);
  xmlNewProp(system, xml("name"), xml("ocr-system"));
  xmlNewProp(system, xml("content"), xml("sohoa (tesseract)"));
  xmlNodePtr capabilities = xmlNewChild(head, nullptr, xml("meta"), nullptr);
  xmlNewProp(capabilities, xml("name"), xml("ocr-capabilities"));
  xmlNewProp(capabilities, xml("content"), xml("ocr_page ocr_carea ocr_line ocrx_word"));

  xmlNodePtr body = xmlNewChild(html, nullptr, xml("body"), nullptr);
  xmlNodePtr pageNode = addElement(body, "div", "ocr_page", pageTitle(page));
  for (const auto& block : page.blocks) {
    xmlNodePtr blockNode = addElement(pageNode, "div", "ocr_carea", bboxTitle(block.box));
    for (const auto& line : block.lines) {
      xmlNodePtr lineNode = addElement(blockNode, "span", "ocr_line", bboxTitle(line.box));
      for (const auto& word : line.words) {
        std::string title = bboxTitle(word.box) + "; x_wconf " + std::to_string(std::lround(word.confidence * 100));
        if (word.source == WordSource::Handwriting) title += "; x_sohoa_source handwriting";
        xmlNodePtr wordNode = addElement(lineNode, "span", "ocrx_word", title);
        xmlNodeAddContent(wordNode, xml(word.text.c_str()));
      }
    }
  }
  xmlChar* text = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc.get(), &text, &size, "UTF-8", 1);
  if (!text) throw std::runtime_error("out of memory writing hOCR");
  std::string out(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
  xmlFree(text);
  return out;
}

Page readHocrText(std::string_view hocr, const std::string& name) {
  if (hocr.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw std::runtime_error("not a readable hOCR file: " + name);
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(hocr.data(), static_cast<int>(hocr.size()), name.c_str(), "UTF-8",
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      xmlFreeDoc);
  if (!doc) throw std::runtime_error("not a readable hOCR file: " + name);
  Page page;
  readElement(xmlDocGetRootElement(doc.get()), page, name);
  if (page.width == 0) throw std::runtime_error("no ocr_page in hOCR file: " + name);
  return page;
}

Page readHocr(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("not a readable hOCR file: " + file.string());
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return readHocrText(text, file.string());
}

}  // namespace sohoa::ocr
