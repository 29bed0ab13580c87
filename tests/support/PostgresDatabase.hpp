#pragma once
// A fresh, empty PostgreSQL database on the tests' throwaway cluster (scripts/pg-test-cluster.sh,
// started by CTest's pg_cluster fixture), dropped when the object goes. When the cluster is
// not there the test fails saying so: CI must run these tests, never skip them.
#include <string>

namespace sohoa::test {

class PostgresDatabase {
 public:
  PostgresDatabase();
  ~PostgresDatabase();
  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;
  // postgresql:///NAME?host=…&user=postgres
  const std::string& url() const { return url_; }

 private:
  std::string name_;
  std::string url_;
};

// The cluster's own `postgres` database (to make and drop others).
std::string clusterUrl();

}  // namespace sohoa::test
