#include "indexer/register/RateReportFormats.hpp"

#include "indexer/store/ArchiveRecords.hpp"
#include "indexer/text/MarkupEscaping.hpp"
#include "indexer/text/Translation.hpp"

#include <cstdio>
#include <sstream>
#include <string_view>

namespace sohoa::indexer {
namespace {

using nlohmann::ordered_json;

std::string percentText(const Rate& rate) {
  if (!rate.percent) return "N/A";
  char out[32];
  std::snprintf(out, sizeof out, "%.2f %%", *rate.percent);
  return out;
}

// As the plan prints a rate: a decimal comma, the sign kept with its number; "—" with no dossier.
std::string percentVietnamese(std::optional<double> percent, int decimals = 2) {
  if (!percent) return "—";
  char out[32];
  std::snprintf(out, sizeof out, "%.*f", decimals, *percent);
  std::string text = out;
  if (const auto point = text.find('.'); point != std::string::npos) text[point] = ',';
  return text + "\u00a0%";
}

ordered_json rateJson(const Rate& rate) {
  return {{"numerator", rate.numerator},
          {"denominator", rate.denominator},
          {"rate", rate.percent ? ordered_json(*rate.percent) : ordered_json(nullptr)},
          {"target", rate.target},
          {"met", rate.percent ? ordered_json(rate.met) : ordered_json(nullptr)}};
}

ordered_json ratesJson(const RateSet& set) {
  ordered_json out = ordered_json::object();
  for (auto kind : kAllRates) out[rateKey(kind)] = rateJson(set[kind]);
  return out;
}

std::string number(double value) {
  char out[32];
  std::snprintf(out, sizeof out, "%.2f", value);
  return out;
}

// The rate's name for the reader: its key in English, its short title in Vietnamese.
std::string rateName(RateKind kind) { return readsVietnamese() ? rateShortTitle(kind) : rateKey(kind); }

// A rate for the reader: "66.67 %" in English, "66,67 %" in Vietnamese; "N/A" or "—" with no dossier.
std::string readersPercent(const Rate& rate) {
  if (!readsVietnamese()) return percentText(rate);
  std::string text = percentVietnamese(rate.percent);
  if (const auto space = text.find("\u00a0"); space != std::string::npos) text.replace(space, 2, " ");
  return text;
}

// Pads to `width` characters (not bytes: a Vietnamese letter takes two or three).
std::string padded(const std::string& text, std::size_t width, bool right = false) {
  std::size_t characters = 0;
  for (unsigned char c : text) characters += (c & 0xC0) != 0x80;
  const std::string fill(characters < width ? width - characters : 0, ' ');
  return right ? fill + text : text + fill;
}

}  // namespace

// RFC 4180 quoting; and, as OWASP recommends against CSV injection, a cell a spreadsheet
// would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
// leading ' and quotes, so that Excel shows it as text.
std::string csvCell(const std::string& text) {
  const bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  if (!formula && text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = formula ? "\"'" : "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

nlohmann::ordered_json rateReportJson(const RateReport& report) {
  ordered_json out = {
      {"period", {{"label", report.period.label}, {"from", report.period.from}, {"to", report.period.to}}},
      {"rates", ratesJson(report.overall)}};
  out["by_procedure"] = ordered_json::array();
  for (const auto& group : report.byProcedure)
    out["by_procedure"].push_back(
        {{"procedure_code", group.key}, {"name", group.name}, {"rates", ratesJson(group.rates)}});
  out["by_field"] = ordered_json::array();
  for (const auto& group : report.byField)
    out["by_field"].push_back({{"field", group.key}, {"rates", ratesJson(group.rates)}});
  out["by_month"] = ordered_json::array();
  for (const auto& group : report.byMonth)
    out["by_month"].push_back({{"month", group.key}, {"rates", ratesJson(group.rates)}});
  out["shortfalls"] = ordered_json::object();
  for (auto kind : kAllRates) out["shortfalls"][rateKey(kind)] = report.shortfalls[static_cast<std::size_t>(kind)];
  out["dossiers_without_receipt_date"] = report.dossiersWithoutReceipt;
  out["dossiers_of_unknown_procedures"] = report.unknownProcedures;
  int without = 0;
  for (const auto& [reason, count] : report.withoutArchive) without += count;
  out["documents_without_archive"] = {{"count", without}, {"reasons", report.withoutArchive}};
  return out;
}

std::string rateReportText(const RateReport& report) {
  std::ostringstream out;
  out << filled(tr("Report period %1 (%2 .. %3)"),
                {report.period.label, readersDay(report.period.from), readersDay(report.period.to)})
      << "\n\n";
  for (auto kind : kAllRates) {
    const Rate& rate = report.overall[kind];
    out << "  " << padded(rateName(kind), 18) << ' ' << padded(std::to_string(rate.numerator), 5, true) << " / "
        << padded(std::to_string(rate.denominator), 5) << ' ' << padded(readersPercent(rate), 10, true) << "   "
        << filled(tr("target %1 %"), {std::to_string(static_cast<int>(rate.target + 0.5))}) << "  "
        << (!rate.percent ? "-"
            : rate.met    ? tr("met")
                          : tr("NOT MET"))
        << '\n';
  }
  out << "\n" << tr("By procedure (rates in %: digitisation, electronic result, reuse, online, on time)") << '\n';
  for (const auto& group : report.byProcedure) {
    out << "  " << group.key << "  ";
    for (auto kind : kAllRates) out << readersPercent(group.rates[kind]) << "  ";
    out << group.name << '\n';
  }
  out << "\n" << tr("By field") << '\n';
  for (const auto& group : report.byField) {
    out << "  ";
    for (auto kind : kAllRates) out << readersPercent(group.rates[kind]) << "  ";
    out << group.key << '\n';
  }
  out << "\n" << tr("Dossiers keeping a rate down") << '\n';
  for (auto kind : kAllRates) {
    const auto& codes = report.shortfalls[static_cast<std::size_t>(kind)];
    out << "  " << rateName(kind) << " (" << codes.size() << "):";
    for (std::size_t i = 0; i < codes.size() && i < 10; ++i) out << ' ' << codes[i];
    if (codes.size() > 10) out << tr(" … (--format json or csv lists them all)");
    out << '\n';
  }
  if (report.dossiersWithoutReceipt > 0)
    out << "\n"
        << filled(tr("%1 dossier(s) of the register have no receipt date: left out."),
                  {std::to_string(report.dossiersWithoutReceipt)})
        << '\n';
  if (report.unknownProcedures > 0)
    out << filled(tr("%1 dossier(s) of procedures not in the procedure table: counted as results not on paper."),
                  {std::to_string(report.unknownProcedures)})
        << '\n';
  if (!report.withoutArchive.empty()) {
    int without = 0;
    for (const auto& [reason, count] : report.withoutArchive) without += count;
    out << filled(tr("%1 document(s) without archive copy:"), {std::to_string(without)});
    for (const auto& [reason, count] : report.withoutArchive) out << ' ' << reason << ' ' << count;
    out << tr(" (sohoa show gives each one's reason)") << '\n';
  }
  return out.str();
}

std::string rateReportCsv(const RateReport& report) {
  std::ostringstream out;
  out << "scope,key,name,rate,numerator,denominator,percent,target,met\n";
  auto rows = [&](const std::string& scope, const std::string& key, const std::string& name, const RateSet& set) {
    for (auto kind : kAllRates) {
      const Rate& rate = set[kind];
      out << scope << ',' << csvCell(key) << ',' << csvCell(name) << ',' << rateKey(kind) << ',' << rate.numerator
          << ',' << rate.denominator << ',' << (rate.percent ? number(*rate.percent) : "") << ',' << number(rate.target)
          << ','
          << (!rate.percent ? ""
              : rate.met    ? "yes"
                            : "no")
          << '\n';
    }
  };
  rows("period", report.period.label, "", report.overall);
  for (const auto& group : report.byProcedure) rows("procedure", group.key, group.name, group.rates);
  for (const auto& group : report.byField) rows("field", group.key, "", group.rates);
  for (const auto& group : report.byMonth) rows("month", group.key, "", group.rates);
  out << "\nshortfall,dossier_code\n";
  for (auto kind : kAllRates)
    for (const auto& code : report.shortfalls[static_cast<std::size_t>(kind)])
      out << rateKey(kind) << ',' << csvCell(code) << '\n';
  return out.str();
}

std::string rateReportHtml(const RateReport& report) {
  std::ostringstream out;
  out << R"(<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo )"
      << markupEscaped(report.period.label) << R"(</title>
<style>
body{font-family:"Liberation Serif","Times New Roman",serif;max-width:1000px;margin:24px auto;color:#111}
h1{font-size:22px}h2{font-size:18px;margin-top:28px}table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #999;padding:4px 6px;text-align:right}th:first-child,td:first-child,td.name{text-align:left}
.met{color:#0a6b2b}.short{color:#b00020;font-weight:bold}.chart{margin:8px 0}
details{margin:4px 0}code{font-size:12px}@media print{details{display:block}details>*{display:block}}
</style></head><body>
<h1>Báo cáo kết quả số hóa và giải quyết thủ tục hành chính — kỳ )"
      << markupEscaped(report.period.label) << "</h1>\n<p>Từ " << dayAsWritten(report.period.from) << " đến "
      << dayAsWritten(report.period.to) << " · tính như Cổng Dịch vụ công quốc gia (Quyết định 766/QĐ-TTg)</p>\n";
  // Bars: each rate against its target line.
  out << "<h2>Các chỉ tiêu so với kế hoạch</h2>\n<svg class=\"chart\" width=\"960\" height=\""
      << 40 * kAllRates.size() + 20 << "\" role=\"img\" aria-label=\"rates against targets\">\n";
  int y = 10;
  for (auto kind : kAllRates) {
    const Rate& rate = report.overall[kind];
    const double value = rate.percent.value_or(0);
    out << "<text x=\"0\" y=\"" << y + 18 << "\" font-size=\"13\">" << markupEscaped(rateTitle(kind)) << "</text>\n"
        << "<rect x=\"400\" y=\"" << y + 4 << "\" width=\"500\" height=\"20\" fill=\"#eee\"/>\n"
        << "<rect x=\"400\" y=\"" << y + 4 << "\" width=\"" << number(5 * value) << "\" height=\"20\" fill=\""
        << (rate.met ? "#2e7d32" : "#c62828") << "\"/>\n"
        << "<line x1=\"" << number(400 + 5 * rate.target) << "\" x2=\"" << number(400 + 5 * rate.target) << "\" y1=\""
        << y << "\" y2=\"" << y + 28 << "\" stroke=\"#000\" stroke-width=\"2\"/>\n"
        << "<text x=\"905\" y=\"" << y + 18 << "\" font-size=\"13\">" << percentVietnamese(rate.percent) << "</text>\n";
    y += 40;
  }
  out << "</svg>\n<table><tr><th>Chỉ tiêu</th><th>Đạt</th><th>Tổng</th><th>Tỷ lệ</th><th>Kế hoạch</th><th></th></tr>\n";
  for (auto kind : kAllRates) {
    const Rate& rate = report.overall[kind];
    out << "<tr><td>" << markupEscaped(rateTitle(kind)) << "</td><td>" << rate.numerator << "</td><td>"
        << rate.denominator << "</td><td>" << percentVietnamese(rate.percent) << "</td><td>"
        << percentVietnamese(rate.target, 0) << "</td><td class=\""
        << (!rate.percent ? "\">không có hồ sơ"
            : rate.met    ? "met\">đạt"
                          : "short\">chưa đạt")
        << "</td></tr>\n";
  }
  out << "</table>\n";
  // Trend: one line per rate, month by month.
  if (!report.byMonth.empty()) {
    const char* colours[] = {"#1565c0", "#6a1b9a", "#ef6c00", "#2e7d32", "#c62828"};
    const double step = report.byMonth.size() > 1 ? 860.0 / static_cast<double>(report.byMonth.size() - 1) : 0;
    out << "<h2>Diễn biến theo tháng</h2>\n<svg class=\"chart\" width=\"960\" height=\"260\" role=\"img\" "
           "aria-label=\"monthly trend\">\n<rect x=\"60\" y=\"10\" width=\"880\" height=\"200\" fill=\"none\" "
           "stroke=\"#999\"/>\n";
    for (int tick = 0; tick <= 100; tick += 25)
      out << "<text x=\"20\" y=\"" << 214 - 2 * tick << "\" font-size=\"11\">" << tick << "\u00a0%</text>\n";
    for (std::size_t m = 0; m < report.byMonth.size(); ++m)
      out << "<text x=\"" << number(60 + step * static_cast<double>(m) - 15) << "\" y=\"232\" font-size=\"11\">"
          << report.byMonth[m].key << "</text>\n";
    for (auto kind : kAllRates) {
      out << "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"" << colours[static_cast<std::size_t>(kind)]
          << "\" points=\"";
      for (std::size_t m = 0; m < report.byMonth.size(); ++m)
        if (const auto& value = report.byMonth[m].rates[kind].percent)
          out << number(60 + step * static_cast<double>(m)) << ',' << number(210 - 2 * *value) << ' ';
      out << "\"/>\n";
    }
    int x = 60;
    for (auto kind : kAllRates) {
      out << "<rect x=\"" << x << "\" y=\"242\" width=\"12\" height=\"12\" fill=\""
          << colours[static_cast<std::size_t>(kind)] << "\"/><text x=\"" << x + 16 << "\" y=\"253\" font-size=\"11\">"
          << markupEscaped(rateShortTitle(kind)) << "</text>\n";
      x += 170;
    }
    out << "</svg>\n";
  }
  auto groupTable = [&](const char* title, const std::vector<GroupRates>& groups) {
    out << "<h2>" << title << "</h2>\n<table><tr><th></th>";
    for (auto kind : kAllRates) out << "<th>" << markupEscaped(rateShortTitle(kind)) << "</th>";
    out << "</tr>\n";
    for (const auto& group : groups) {
      out << "<tr><td class=\"name\">" << markupEscaped(group.key)
          << (group.name.empty() ? "" : " " + markupEscaped(group.name)) << "</td>";
      for (auto kind : kAllRates) {
        const Rate& rate = group.rates[kind];
        out << "<td class=\""
            << (!rate.percent ? ""
                : rate.met    ? "met"
                              : "short")
            << "\">" << percentVietnamese(rate.percent) << "<br><small>" << rate.numerator << "/" << rate.denominator
            << "</small></td>";
      }
      out << "</tr>\n";
    }
    out << "</table>\n";
  };
  groupTable("Theo thủ tục hành chính", report.byProcedure);
  groupTable("Theo lĩnh vực", report.byField);
  out << "<h2>Hồ sơ làm giảm tỷ lệ</h2>\n";
  for (auto kind : kAllRates) {
    const auto& codes = report.shortfalls[static_cast<std::size_t>(kind)];
    out << "<details><summary>" << markupEscaped(rateTitle(kind)) << ": " << codes.size() << " hồ sơ</summary><p>";
    for (const auto& code : codes) out << "<code>" << markupEscaped(code) << "</code> ";
    out << "</p></details>\n";
  }
  if (!report.withoutArchive.empty()) {
    int without = 0;
    for (const auto& [reason, count] : report.withoutArchive) without += count;
    out << "<h2>Văn bản chưa có bản lưu trữ PDF/A: " << without << "</h2>\n<ul>";
    for (const auto& [reason, count] : report.withoutArchive)
      out << "<li>" << markupEscaped(archiveReasonVietnamese(reason)) << ": " << count << "</li>";
    out << "</ul>\n";
  }
  out << "</body></html>\n";
  return out.str();
}

}  // namespace sohoa::indexer
