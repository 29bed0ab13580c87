#include "indexer/store/SqliteStoreDatabase.hpp"

namespace sohoa::indexer {
namespace {

class SqliteStatementBackend : public StatementBackend {
 public:
  explicit SqliteStatementBackend(SqliteStatement statement) : statement_(std::move(statement)) {}
  void bindInteger(int index, std::int64_t value) override { statement_.bind(index, value); }
  void bindReal(int index, double value) override { statement_.bind(index, value); }
  void bindText(int index, std::string_view value) override { statement_.bind(index, value); }
  void bindBlob(int index, std::string_view bytes) override { statement_.bindBlob(index, bytes); }
  void bindNull(int index) override { statement_.bind(index, std::nullopt); }
  bool step() override { return statement_.step(); }
  void reset() override { statement_.reset(); }
  bool isNull(int column) const override { return statement_.isNull(column); }
  std::int64_t integer(int column) const override { return statement_.integer(column); }
  double real(int column) const override { return statement_.real(column); }
  std::string text(int column) const override { return statement_.text(column); }

 private:
  SqliteStatement statement_;
};

}  // namespace

StoreStatement SqliteStoreDatabase::prepare(std::string_view sql) {
  return StoreStatement(std::make_unique<SqliteStatementBackend>(db_.prepare(sql)));
}

}  // namespace sohoa::indexer
