#include "indexer/store/postgres/PgConnection.hpp"

#include <charconv>

namespace sohoa::indexer {
namespace {

std::string trimmed(std::string message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

// The URL as it may be shown: a password in it is not.
std::string withoutPassword(const std::string& url) {
  const auto scheme = url.find("://");
  const auto at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  const auto colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + ":***" + url.substr(at);
}

}  // namespace

ErrorKind postgresErrorKind(std::string_view sqlState) {
  if (sqlState.size() != 5) return ErrorKind::Busy;  // no answer from the server: the connection broke
  const std::string_view errorClass = sqlState.substr(0, 2);
  if (errorClass == "08" || errorClass == "53" || errorClass == "57" || errorClass == "40") return ErrorKind::Busy;
  if (errorClass == "23") return ErrorKind::Conflict;
  if (errorClass == "22") return ErrorKind::InvalidInput;
  return ErrorKind::StorageFailure;
}

std::string PgResult::text(int row, int column) const {
  return std::string(PQgetvalue(result_.get(), row, column),
                     static_cast<std::size_t>(PQgetlength(result_.get(), row, column)));
}

std::optional<std::string> PgResult::optionalText(int row, int column) const {
  if (isNull(row, column)) return std::nullopt;
  return text(row, column);
}

std::string PgResult::bytes(int row, int column) const {
  std::size_t length = 0;
  unsigned char* raw =
      PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(result_.get(), row, column)), &length);
  if (!raw) throw PgError("cannot read a bytea value: out of memory", "");
  std::string value(reinterpret_cast<const char*>(raw), length);
  PQfreemem(raw);
  return value;
}

std::int64_t PgResult::changed() const {
  const char* count = PQcmdTuples(result_.get());
  return count && *count ? std::stoll(count) : 0;
}

double PgResult::real(int row, int column) const { return std::stod(text(row, column)); }

std::int64_t PgResult::integer(int row, int column) const {
  const std::string value = text(row, column);
  std::int64_t number = 0;
  std::from_chars(value.data(), value.data() + value.size(), number);
  return number;
}

PgConnection::PgConnection(const std::string& url) {
  connection_ = PQconnectdb(url.c_str());
  if (!connection_) throw PgError("cannot connect to " + withoutPassword(url) + ": out of memory", "");
  if (PQstatus(connection_) != CONNECTION_OK) {
    const std::string message =
        "cannot connect to " + withoutPassword(url) + ": " + trimmed(PQerrorMessage(connection_));
    PQfinish(connection_);
    connection_ = nullptr;
    // A server that does not answer is "try again"; a wrong database or user is not.
    throw PgError(message, message.find("does not exist") != std::string::npos ? "3D000" : "08001");
  }
  PQsetClientEncoding(connection_, "UTF8");
  // The server's notices ("already exists, skipping") are not the user's business.
  PQsetNoticeProcessor(
      connection_, [](void*, const char*) {}, nullptr);
}

PgConnection::~PgConnection() { PQfinish(connection_); }

namespace {

void throwUnlessOk(PGconn* connection, PGresult* result, std::string_view sql) {
  const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  // The server's one-line message (without "ERROR:" and the statement pointed at), else libpq's.
  const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const std::string message = trimmed(primary ? primary : PQerrorMessage(connection));
  std::string sqlState = state ? state : "";
  PQclear(result);
  throw PgError("PostgreSQL failed [" + std::string(sql.substr(0, 80)) + "]: " + message, std::move(sqlState));
}

}  // namespace

void PgConnection::runScript(const std::string& sql) {
  PGresult* result = PQexec(connection_, sql.c_str());
  throwUnlessOk(connection_, result, sql);
  PQclear(result);
}

PgResult PgConnection::run(std::string_view sql, const std::vector<PgValue>& values) {
  std::vector<const char*> pointers;
  std::vector<int> lengths, formats;
  std::vector<Oid> types;
  for (const auto& value : values) {
    types.push_back(value.type);
    pointers.push_back(value.bytes ? value.bytes->data() : nullptr);
    lengths.push_back(value.bytes ? static_cast<int>(value.bytes->size()) : 0);
    formats.push_back(value.binary ? 1 : 0);
  }
  PGresult* result = PQexecParams(connection_, std::string(sql).c_str(), static_cast<int>(values.size()), types.data(),
                                  pointers.data(), lengths.data(), formats.data(), 0);
  throwUnlessOk(connection_, result, sql);
  return PgResult(result);
}

PgTransaction::PgTransaction(PgConnection& connection) : connection_(connection) { connection_.run("BEGIN"); }

PgTransaction::~PgTransaction() {
  if (!done_) PQclear(PQexec(connection_.handle(), "ROLLBACK"));
}

void PgTransaction::commit() {
  connection_.run("COMMIT");
  done_ = true;
}

}  // namespace sohoa::indexer
