#include "indexer/store/postgres/PgStoreDatabase.hpp"

#include <cctype>
#include <charconv>
#include <optional>
#include <vector>

namespace sohoa::indexer {
namespace {

// pg_type oids.
constexpr unsigned kBigint = 20, kText = 25, kDouble = 701, kBytea = 17, kBoolean = 16;

class PgStatementBackend : public StatementBackend {
 public:
  PgStatementBackend(PgStoreDatabase& db, std::string sql) : db_(db), sql_(std::move(sql)) {}

  void bindInteger(int index, std::int64_t value) override { slot(index) = {std::to_string(value), false, kBigint}; }
  void bindReal(int index, double value) override {
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    slot(index) = {std::string(digits, end), false, kDouble};
  }
  void bindText(int index, std::string_view value) override { slot(index) = {std::string(value), false, kText}; }
  void bindBlob(int index, std::string_view bytes) override { slot(index) = {std::string(bytes), true, kBytea}; }
  void bindNull(int index) override { slot(index) = PgValue::null(); }

  bool step() override {
    if (!result_) {
      result_.emplace(db_.connection().run(sql_, values_));
      db_.noteChanges(result_->changed());
      row_ = -1;
    }
    return ++row_ < result_->rows();
  }
  void reset() override {
    result_.reset();
    values_.clear();
  }

  bool isNull(int column) const override { return result_->isNull(row_, column); }
  std::int64_t integer(int column) const override {
    if (isNull(column)) return 0;
    const std::string value = result_->text(row_, column);
    if (result_->type(column) == kBoolean) return value == "t" ? 1 : 0;
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size()) return static_cast<std::int64_t>(real(column));
    return number;
  }
  double real(int column) const override { return isNull(column) ? 0.0 : result_->real(row_, column); }
  std::string text(int column) const override {
    if (isNull(column)) return {};
    return result_->type(column) == kBytea ? result_->bytes(row_, column) : result_->text(row_, column);
  }

 private:
  PgValue& slot(int index) {
    if (static_cast<std::size_t>(index) > values_.size()) values_.resize(static_cast<std::size_t>(index));
    return values_[static_cast<std::size_t>(index - 1)];
  }

  PgStoreDatabase& db_;
  std::string sql_;
  std::vector<PgValue> values_;
  std::optional<PgResult> result_;
  int row_ = -1;
};

}  // namespace

std::string postgresParameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 0;
  char quote = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote) {
      out += c;
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const std::size_t end = sql.find('\n', i);
      const std::size_t stop = end == std::string_view::npos ? sql.size() : end;
      out.append(sql.substr(i, stop - i));
      i = stop - 1;
    } else if (c == '?') {
      std::size_t digits = i + 1;
      while (digits < sql.size() && std::isdigit(static_cast<unsigned char>(sql[digits]))) ++digits;
      if (digits > i + 1) {
        out += '$';
        out.append(sql.substr(i + 1, digits - i - 1));
        next = std::max(next, std::stoi(std::string(sql.substr(i + 1, digits - i - 1))));
        i = digits - 1;
      } else {
        out += '$' + std::to_string(++next);
      }
    } else {
      out += c;
    }
  }
  return out;
}

StoreStatement PgStoreDatabase::prepare(std::string_view sql) {
  return StoreStatement(std::make_unique<PgStatementBackend>(*this, postgresParameters(sql)));
}

void PgStoreDatabase::rollback() noexcept { PQclear(PQexec(connection_.handle(), "ROLLBACK")); }

bool PgStoreDatabase::inTransaction() const {
  const auto status = PQtransactionStatus(connection_.handle());
  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

}  // namespace sohoa::indexer
