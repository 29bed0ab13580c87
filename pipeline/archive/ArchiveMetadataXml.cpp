#include "pipeline/archive/ArchiveMetadataXml.hpp"

#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

#include "indexer/extract/FieldNames.hpp"
#include "pipeline/archive/ArchiveMetadata.hpp"

namespace sohoa::pipeline {
namespace {

constexpr const char* kNamespace = "urn:sohoa:archive:1";

// Cut to at most `limit` characters (UTF-8 aware), as Phụ lục VI's lengths require.
std::string limited(const std::string& text, std::size_t limit) {
  std::size_t characters = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && characters++ == limit) break;
  }
  return text.substr(0, i);
}

class XmlWriter {
 public:
  XmlWriter() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr);
  }
  ~XmlWriter() {
    if (writer_) xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
  }
  void start(const char* name, bool root = false) {
    xmlTextWriterStartElement(writer_, reinterpret_cast<const xmlChar*>(name));
    if (root)
      xmlTextWriterWriteAttribute(writer_, reinterpret_cast<const xmlChar*>("xmlns"),
                                  reinterpret_cast<const xmlChar*>(kNamespace));
  }
  void attribute(const char* name, const std::string& value) {
    xmlTextWriterWriteAttribute(writer_, reinterpret_cast<const xmlChar*>(name),
                                reinterpret_cast<const xmlChar*>(value.c_str()));
  }
  void text(const std::string& value) {
    xmlTextWriterWriteString(writer_, reinterpret_cast<const xmlChar*>(value.c_str()));
  }
  void end() { xmlTextWriterEndElement(writer_); }
  void element(const char* name, const std::string& value) {
    start(name);
    text(value);
    end();
  }
  std::string finish() {
    xmlTextWriterEndDocument(writer_);
    xmlFreeTextWriter(writer_);
    writer_ = nullptr;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)), xmlBufferLength(buffer_));
  }

 private:
  xmlBufferPtr buffer_;
  xmlTextWriterPtr writer_;
};

std::map<std::string, std::string> fieldsOf(const indexer::DocumentRecord& document) {
  std::map<std::string, std::string> fields;
  for (const auto& field : document.fields)
    if (!field.needsReview && !fields.contains(field.name)) fields[field.name] = field.value;
  return fields;
}

}  // namespace

std::string documentMetadataXml(const indexer::DocumentRecord& document, const std::string& fileCode, int ordinal) {
  const auto fields = fieldsOf(document);
  auto optional = [&](XmlWriter& xml, const char* element, const char* field, std::size_t limit) {
    if (auto found = fields.find(field); found != fields.end()) xml.element(element, limited(found->second, limit));
  };
  XmlWriter xml;
  xml.start("Document", true);
  xml.element("FileCode", limited(fileCode, 60));
  xml.element("DocOrdinal", std::to_string(ordinal));
  if (document.typeLabel) xml.element("TypeName", limited(*document.typeLabel, 100));
  optional(xml, "CodeNumber", indexer::fieldname::kCodeNumber, 11);
  optional(xml, "CodeNotation", indexer::fieldname::kCodeNotation, 30);
  optional(xml, "IssuedDate", indexer::fieldname::kIssuedDate, 10);
  optional(xml, "OrganName", indexer::fieldname::kOrganName, 200);
  optional(xml, "Subject", indexer::fieldname::kSubject, 500);
  xml.element("Language", "Tiếng Việt");
  xml.element("PageAmount", std::to_string(std::max<std::size_t>(1, document.pages.size())));
  const bool bornDigital = !document.pages.empty() && std::all_of(document.pages.begin(), document.pages.end(),
                                                                  [](auto& page) { return page.origin != "ocr"; });
  xml.element("Description", bornDigital ? "Văn bản điện tử gốc; các trang giữ nguyên, chỉ thêm nhận dạng PDF/A"
                                         : "Bản số hóa từ bản giấy; nhận dạng chữ bằng sohoa (Tesseract)");
  if (fields.contains(indexer::fieldname::kSignerPosition) || fields.contains(indexer::fieldname::kSignerName)) {
    xml.start("SignerInfo");
    optional(xml, "Position", indexer::fieldname::kSignerPosition, 100);
    optional(xml, "FullName", indexer::fieldname::kSignerName, 50);
    xml.end();
  }
  xml.element("Reliability", bornDigital ? "01" : "02");  // 01 original electronic, 02 digitised
  xml.element("DocumentId", document.documentId);
  xml.element("ArchiveFile", document.archiveFile.value_or(""));
  xml.end();
  return xml.finish();
}

std::string dossierMetadataXml(const DossierMetadata& dossier) {
  XmlWriter xml;
  xml.start("Dossier", true);
  xml.element("FileCode", limited(dossier.code, 60));
  xml.element("Title", limited(dossier.title, 500));
  xml.element("Maintenance", dossier.maintenance);
  xml.element("Rights", "Hạn chế");  // personal data (Nghị định 13/2023)
  xml.element("Creator", "sohoa");
  xml.element("Language", "Tiếng Việt");
  std::string start, end;
  std::size_t pages = 0;
  for (const auto* document : dossier.documents) {
    pages += document->pages.size();
    const auto fields = fieldsOf(*document);
    if (auto date = fields.find(indexer::fieldname::kIssuedDate); date != fields.end()) {
      if (start.empty() || date->second < start) start = date->second;
      if (end.empty() || date->second > end) end = date->second;
    }
  }
  if (!start.empty()) xml.element("StartDate", start);
  if (!end.empty()) xml.element("EndDate", end);
  xml.element("DocTotal", std::to_string(dossier.documents.size()));
  xml.element("PageTotal", std::to_string(pages));
  // 01 original electronic, 02 digitised, 03 both.
  std::set<bool> scanned;
  for (const auto* document : dossier.documents)
    for (const auto& page : document->pages) scanned.insert(page.origin == "ocr");
  xml.element("Reliability", scanned.size() == 2 ? "03" : scanned.contains(false) ? "01" : "02");
  int ordinal = 0;
  for (const auto* document : dossier.documents) {
    xml.start("DocumentFile");
    xml.attribute("ordinal", std::to_string(++ordinal));
    xml.text(document->archiveFile.value_or(""));
    xml.end();
  }
  xml.end();
  return xml.finish();
}

std::optional<std::string> metadataXmlProblem(const std::string& xml) {
  std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
      xmlSchemaNewMemParserCtxt(kArchiveMetadataXsd.data(), static_cast<int>(kArchiveMetadataXsd.size())),
      xmlSchemaFreeParserCtxt);
  std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(parser.get()), xmlSchemaFree);
  if (!schema) throw std::runtime_error("the metadata XSD does not parse");
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "metadata.xml", "UTF-8", XML_PARSE_NONET), xmlFreeDoc);
  if (!document) return "not well-formed XML";
  std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> validator(xmlSchemaNewValidCtxt(schema.get()),
                                                                                   xmlSchemaFreeValidCtxt);
  std::string problem;
  xmlSchemaSetValidStructuredErrors(
      validator.get(),
      [](void* context, xmlErrorPtr error) {
        auto* text = static_cast<std::string*>(context);
        if (text->empty() && error && error->message) *text = error->message;
      },
      &problem);
  if (xmlSchemaValidateDoc(validator.get(), document.get()) == 0) return std::nullopt;
  while (!problem.empty() && problem.back() == '\n') problem.pop_back();
  return problem.empty() ? std::string("does not validate against the XSD") : problem;
}

}  // namespace sohoa::pipeline
