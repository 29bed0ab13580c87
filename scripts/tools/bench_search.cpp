// sohoa-bench-search: builds a store of N pages of realistic Vietnamese text (real treebank
// sentences, with names, CCCD numbers, dossier codes and notations) through the real
// indexing path, indexes the same text with SQLite's `unicode61 remove_diacritics 2` for
// comparison, then measures query latency and the precision of accented queries.
//
//   sohoa-bench-search build --store DIR --pages N --sentences FILE...
//   sohoa-bench-search query --store DIR [--runs N]
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>

#include "indexer/search/FtsQuery.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/search/postgres/PgPageSearch.hpp"
#include "indexer/store/PageIndex.hpp"
#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "indexer/store/postgres/StoreCopy.hpp"
#include "indexer/text/VietnameseFolding.hpp"
#include "ocr/text/UnicodeText.hpp"

using namespace sohoa::indexer;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

const std::vector<std::string> kSurnames = {"Nguyễn", "Trần", "Lê",  "Phạm", "Huỳnh", "Hoàng", "Phan",  "Vũ",
                                            "Võ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô",   "Dương", "Lý"};
const std::vector<std::string> kMiddle = {"Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc", "Xuân", "Tấn"};
const std::vector<std::string> kGiven = {"An",   "Bình", "Cường", "Dũng",  "Đường", "Hà",   "Hải", "Hậu",
                                         "Hoa",  "Hùng", "Lan",   "Linh",  "Long",  "Mai",  "Nam", "Phúc",
                                         "Quân", "Sơn",  "Thảo",  "Trang", "Tuấn",  "Uyên", "Vân", "Yến",
                                         "Thế",  "Thể",  "Án",    "Dương", "Đương"};
const std::vector<std::pair<std::string, std::string>> kTypes = {{"QUYẾT ĐỊNH", "QĐ"},
                                                                 {"THÔNG BÁO", "TB"},
                                                                 {"KẾ HOẠCH", "KH"},
                                                                 {"GIẤY KHAI SINH", "GKS"},
                                                                 {"TỜ KHAI ĐĂNG KÝ KHAI SINH", "TK"},
                                                                 {"GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "XN"}};
const std::vector<std::string> kProvinces = {"001", "031", "052", "079", "048", "038", "026", "094"};

template <typename T>
const T& pick(std::mt19937_64& rng, const std::vector<T>& items) {
  return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)];
}

std::string digits(std::mt19937_64& rng, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += static_cast<char>('0' + rng() % 10);
  return out;
}

std::string detokenise(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && i + 1 < s.size() && std::string(",.;:!?)").find(s[i + 1]) != std::string::npos) continue;
    out += s[i];
  }
  return out;
}

std::vector<std::string> readSentences(const std::vector<std::string>& files) {
  std::vector<std::string> sentences;
  for (const auto& file : files) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
      if (line.size() > 20) sentences.push_back(sohoa::ocr::toNfc(detokenise(line)));
  }
  return sentences;
}

struct Generated {
  std::string text;
  std::string typeLabel;
};

Generated makePage(std::mt19937_64& rng, const std::vector<std::string>& sentences, std::int64_t number) {
  const auto& type = pick(rng, kTypes);
  const std::string name = pick(rng, kSurnames) + " " + pick(rng, kMiddle) + " " + pick(rng, kGiven);
  const std::string cccd = pick(rng, kProvinces) + std::to_string(rng() % 4) + digits(rng, 2) + digits(rng, 6);
  const std::string dossier =
      "000.00.21.H08-25" + std::to_string(10 + rng() % 3) + std::to_string(10 + rng() % 18) + "-" + digits(rng, 4);
  std::string text = "UBND XÃ TÂY THUẬN\nSố: " + std::to_string(1 + number % 400) + "/" + type.second + "-UBND\n" +
                     type.first + "\nÔng/Bà: " + name + ", CCCD số " + cccd + ", hồ sơ " + dossier + "\n";
  const int count = 10 + static_cast<int>(rng() % 6);
  for (int i = 0; i < count; ++i) text += pick(rng, sentences) + (i % 3 == 2 ? "\n" : " ");
  return {text, type.first};
}

int build(const std::string& storeDir, std::int64_t pages, const std::vector<std::string>& sentenceFiles) {
  const auto sentences = readSentences(sentenceFiles);
  if (sentences.empty()) throw std::runtime_error("no sentences read");
  RecordStore store = openMigratedStore({storeDir});
  auto& db = store.sqlite();
  db.execute(
      "CREATE VIRTUAL TABLE IF NOT EXISTS page_text_unicode61 USING fts5(text, content='pages', content_rowid='id', "
      "tokenize='unicode61 remove_diacritics 2')");
  std::int64_t done = 0;
  {
    auto count = db.prepare("SELECT count(*) FROM pages");
    count.step();
    done = count.integer(0);  // a build that was stopped continues
  }
  std::mt19937_64 rng(20250101 + static_cast<std::uint64_t>(done));
  const auto started = Clock::now();
  std::int64_t textBytes = 0;
  constexpr int kBatch = 1000;
  while (done < pages) {
    SqliteTransaction transaction(db);
    db.prepare(
          "INSERT INTO sources (sha256, given_path, original_file, file_type, byte_size, page_count, status) "
          "VALUES (?, ?, '', 'pdf', 0, ?, 'done')")
        .bindAll("bench-" + std::to_string(done), "bench/batch-" + std::to_string(done / kBatch) + ".pdf", kBatch)
        .run();
    const std::int64_t sourceId = db.lastInsertId();
    auto document =
        db.prepare("INSERT INTO documents (public_id, source_id, kind, type_label) VALUES (?, ?, 'other', ?)");
    auto page = db.prepare(
        "INSERT INTO pages (source_id, source_page, document_id, text, confidence, width, height, origin, words) "
        "VALUES (?, ?, ?, ?, 0.95, 2480, 3508, 'ocr', x'')");
    auto comparison = db.prepare("INSERT INTO page_text_unicode61 (rowid, text) VALUES (?, ?)");
    for (int i = 0; i < kBatch && done < pages; ++i, ++done) {
      const auto generated = makePage(rng, sentences, done);
      document.bindAll("bench" + std::to_string(done) + "-p1", sourceId, generated.typeLabel).run();
      page.bindAll(sourceId, i + 1, db.lastInsertId(), generated.text).run();
      const std::int64_t pageId = db.lastInsertId();
      indexPage(db, pageId, generated.text);
      comparison.bindAll(pageId, generated.text).run();
      textBytes += static_cast<std::int64_t>(generated.text.size());
    }
    transaction.commit();
    if (done % 50000 == 0 || done == pages) {
      const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
      std::fprintf(stderr, "  %lld pages, %.0f pages/s\n", static_cast<long long>(done),
                   textBytes > 0 ? (done) / seconds : 0.0);
    }
  }
  db.execute("INSERT INTO page_text(page_text) VALUES ('optimize')");
  db.execute("INSERT INTO page_text_unicode61(page_text_unicode61) VALUES ('optimize')");
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  std::printf("built %lld pages in %.0f s\n", static_cast<long long>(pages), seconds);
  return 0;
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

std::vector<std::string> wordsOf(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text + " ") {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || std::isalnum(byte)) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(current);
      current.clear();
    }
  }
  return words;
}

int query(const std::string& storeDir, int runs, int ranked, bool withPeer, const std::string& postgres) {
  RecordStore store = openMigratedStore({storeDir});
  auto& db = store.db();
  std::int64_t pages = 0, textBytes = 0;
  {
    auto stats = db.prepare("SELECT count(*), sum(length(CAST(text AS BLOB))) FROM pages");
    stats.step();
    pages = stats.integer(0);
    textBytes = stats.integer(1);
  }
  auto tableBytes = [&](const std::string& prefix) {
    auto size =
        db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ? || '%' AND name NOT LIKE ? || '_unicode61%'");
    size.bindAll(prefix, prefix);
    size.step();
    return size.integer(0);
  };
  auto unicode61Bytes = [&] {
    auto size = db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'page_text_unicode61%'");
    size.step();
    return size.integer(0);
  }();
  const std::int64_t sohoaIndex = tableBytes("page_text") + tableBytes("identifiers");

  // Query material drawn from the stored pages themselves.
  std::mt19937_64 rng(7);
  std::vector<std::string> cccds, oneWord, twoWords, phrases, unaccented;
  {
    auto sample = db.prepare("SELECT text FROM pages WHERE id = ?");
    for (int i = 0; i < runs; ++i) {
      sample.bindAll(static_cast<std::int64_t>(1 + rng() % static_cast<std::uint64_t>(pages)));
      sample.step();
      const std::string text = sample.text(0);
      sample.reset();
      const auto at = text.find("CCCD số ");
      cccds.push_back(text.substr(at + std::string("CCCD số ").size(), 12));
      const auto body = wordsOf(text.substr(text.find('\n', at)));
      const std::size_t k = rng() % (body.size() - 3);
      oneWord.push_back(body[k]);
      twoWords.push_back(body[k] + " " + body[k + 1]);
      phrases.push_back("\"" + body[k] + " " + body[k + 1] + " " + body[k + 2] + "\"");
      unaccented.push_back(foldMarks(body[k]) + " " + foldMarks(body[k + 1]));
    }
  }
  PageSearch search(store);
  // Asks each text of one query kind of `ask` (SQLite's PageSearch, or PostgreSQL's).
  auto measureWith = [&](const auto& ask, const std::string& label, const std::vector<std::string>& texts,
                         bool asCitizen, const std::optional<std::string>& type) {
    std::vector<double> millis;
    std::size_t hits = 0, stopped = 0;
    for (const auto& text : texts) {
      SearchQuery q;
      if (asCitizen)
        q.citizenId = text;
      else
        q.text = text;
      q.typeLabel = type;
      q.rankedMatches = ranked;
      const auto start = Clock::now();
      try {
        hits += ask(q).hits.size();
      } catch (const SearchRefused&) {  // over the budget: the person waited this long for a refusal
        ++stopped;
      }
      millis.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::printf("| %s | %.1f | %.1f | %.1f | %.1f | %zu |\n", label.c_str(), percentile(millis, 0.5),
                percentile(millis, 0.95), percentile(millis, 0.99),
                static_cast<double>(hits) / static_cast<double>(texts.size()), stopped);
  };
  auto measure = [&](const std::string& label, const std::vector<std::string>& texts, bool asCitizen,
                     const std::optional<std::string>& type) {
    measureWith([&](const SearchQuery& q) { return search.search(q); }, label, texts, asCitizen, type);
  };
  // The same queries straight on the unicode61 table, for speed.
  auto measureUnicode61 = [&](const std::string& label, const std::vector<std::string>& texts) {
    std::vector<double> millis;
    auto statement = db.prepare(
        "SELECT p.id, snippet(page_text_unicode61, 0, char(2), char(3), '…', 20) FROM page_text_unicode61 "
        "JOIN pages p ON p.id = page_text_unicode61.rowid WHERE page_text_unicode61 MATCH ? ORDER BY rank LIMIT 20");
    for (const auto& text : texts) {
      const auto start = Clock::now();
      statement.bindAll(toFtsMatchExpressions(text).asWritten);
      while (statement.step()) {
      }
      statement.reset();
      millis.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::printf("| %s (unicode61 remove_diacritics 2) | %.1f | %.1f | %.1f | | |\n", label.c_str(),
                percentile(millis, 0.5), percentile(millis, 0.95), percentile(millis, 0.99));
  };

  std::printf("%lld pages, %.0f MB of text; index: sohoa_vi %.0f MB (%.2fx the text), unicode61 %.0f MB (%.2fx)\n\n",
              static_cast<long long>(pages), textBytes / 1e6, sohoaIndex / 1e6,
              static_cast<double>(sohoaIndex) / static_cast<double>(textBytes), unicode61Bytes / 1e6,
              static_cast<double>(unicode61Bytes) / static_cast<double>(textBytes));
  std::printf(
      "| query (%d each) | p50 ms | p95 ms | p99 ms | hits | stopped at the %lld ms budget |\n"
      "|---|---:|---:|---:|---:|---:|\n",
      runs, static_cast<long long>(kSearchBudget.count()));
  measure("CCCD lookup (--cccd)", cccds, true, std::nullopt);
  measure("CCCD typed as the query", cccds, false, std::nullopt);
  measure("one word", oneWord, false, std::nullopt);
  measure("two words", twoWords, false, std::nullopt);
  measure("phrase of three words", phrases, false, std::nullopt);
  measure("two words typed without marks", unaccented, false, std::nullopt);
  measure("two words, --type QUYẾT ĐỊNH", twoWords, false, std::string("QUYẾT ĐỊNH"));
  if (!postgres.empty()) {
    // The same store copied to PostgreSQL (once: a database that already holds it is used as
    // it is), the same queries asked there (PgPageSearch).
    PostgresStore copy(postgres, StoreAccess::ReadWrite);
    try {
      const auto start = Clock::now();
      copyStore(store, copy, [](const std::string&, std::int64_t) {});
      std::fprintf(stderr, "copied to PostgreSQL in %.0f s\n",
                   std::chrono::duration<double>(Clock::now() - start).count());
    } catch (const StoreError& error) {
      if (error.kind() != ErrorKind::Conflict) throw;
    }
    copy.connection().run("ANALYZE");
    PgPageSearch pgSearch(copy);
    auto measurePostgres = [&](const std::string& label, const std::vector<std::string>& texts, bool asCitizen) {
      measureWith([&](const SearchQuery& q) { return pgSearch.search(q); }, label + " (PostgreSQL)", texts, asCitizen,
                  std::nullopt);
    };
    measurePostgres("CCCD lookup (--cccd)", cccds, true);
    measurePostgres("CCCD typed as the query", cccds, false);
    measurePostgres("two words", twoWords, false);
    measurePostgres("two words typed without marks", unaccented, false);
  }
  if (!withPeer) return 0;
  measureUnicode61("two words", twoWords);
  measureUnicode61("two words typed without marks", unaccented);

  // Precision of accented queries: of the pages found, how many hold another word?
  std::printf(
      "\n| accented query | sohoa_vi hits | of them another word | unicode61 hits | of them another word |\n"
      "|---|---:|---:|---:|---:|\n");
  std::int64_t totalOurs = 0, wrongOurs = 0, totalTheirs = 0, wrongTheirs = 0;
  for (const std::string word : {"đường", "dương", "đương", "án", "thể", "thế", "Đà", "hành", "tình", "Dũng"}) {
    auto count = [&](const std::string& table, bool wrongOnly) {
      auto statement = db.prepare("SELECT p.text FROM " + table + " JOIN pages p ON p.id = " + table + ".rowid WHERE " +
                                  table + " MATCH ? LIMIT 2000");
      statement.bindAll("\"" + word + "\"");
      std::int64_t all = 0, wrong = 0;
      const std::string lowered = lowerCase(word);
      while (statement.step()) {
        ++all;
        bool exact = false;
        for (const auto& w : wordsOf(statement.text(0)))
          if (lowerCase(w) == lowered) exact = true;
        wrong += !exact;
      }
      return wrongOnly ? wrong : all;
    };
    const auto ours = count("page_text", false), oursWrong = count("page_text", true);
    const auto theirs = count("page_text_unicode61", false), theirsWrong = count("page_text_unicode61", true);
    totalOurs += ours, wrongOurs += oursWrong, totalTheirs += theirs, wrongTheirs += theirsWrong;
    std::printf("| %s | %lld | %lld | %lld | %lld |\n", word.c_str(), static_cast<long long>(ours),
                static_cast<long long>(oursWrong), static_cast<long long>(theirs), static_cast<long long>(theirsWrong));
  }
  std::printf("| all | %lld | %lld (%.1f%%) | %lld | %lld (%.1f%%) |\n", static_cast<long long>(totalOurs),
              static_cast<long long>(wrongOurs),
              100.0 * static_cast<double>(wrongOurs) / std::max<std::int64_t>(totalOurs, 1),
              static_cast<long long>(totalTheirs), static_cast<long long>(wrongTheirs),
              100.0 * static_cast<double>(wrongTheirs) / std::max<std::int64_t>(totalTheirs, 1));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"sohoa-bench-search: search latency, index size and precision at scale"};
  app.require_subcommand(1);
  std::string storeDir;
  std::int64_t pages = 1000000;
  std::vector<std::string> sentences;
  int runs = 200;
  auto* buildCommand = app.add_subcommand("build", "Make a store of generated pages");
  buildCommand->add_option("--store", storeDir)->required();
  buildCommand->add_option("--pages", pages);
  buildCommand->add_option("--sentences", sentences)->required();
  auto* queryCommand = app.add_subcommand("query", "Measure queries on a built store");
  queryCommand->add_option("--store", storeDir)->required();
  queryCommand->add_option("--runs", runs);
  int ranked = kRankedMatches;
  bool skipPeer = false;
  queryCommand->add_option("--ranked", ranked, "Newest matches ranked per query");
  queryCommand->add_flag("--skip-peer", skipPeer, "Only sohoa's own queries");
  std::string postgres;
  queryCommand->add_option("--postgres", postgres, "Also copy the store to this PostgreSQL URL and ask it");
  CLI11_PARSE(app, argc, argv);
  try {
    if (buildCommand->parsed()) return build(storeDir, pages, sentences);
    return query(storeDir, runs, ranked, !skipPeer, postgres);
  } catch (const std::exception& error) {
    std::cerr << "sohoa-bench-search: " << error.what() << '\n';
    return 1;
  }
}
