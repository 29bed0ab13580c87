#include "tests/support/PostgresDatabase.hpp"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <stdexcept>

#include "indexer/store/postgres/PgConnection.hpp"

namespace sohoa::test {
namespace {

std::string withDatabase(const std::string& name) {
  std::string url = clusterUrl();
  const auto at = url.find("///postgres");
  return url.replace(at, 11, "///" + name);
}

}  // namespace

// The cluster lives where scripts/pg-test-cluster.sh put it (under /tmp), recorded in its folder.
std::string clusterUrl() {
  std::ifstream location(SOHOA_TEST_PG_DIR "/location");
  std::string home;
  std::getline(location, home);
  if (home.empty())
    throw std::runtime_error("the tests' PostgreSQL cluster is not running: no " SOHOA_TEST_PG_DIR
                             "/location (CTest starts it: fixture pg_cluster, scripts/pg-test-cluster.sh)");
  return "postgresql:///postgres?host=" + home + "&user=postgres";
}

PostgresDatabase::PostgresDatabase() {
  static std::atomic<int> made{0};
  name_ = "sohoa_test_" + std::to_string(getpid()) + "_" + std::to_string(++made);
  try {
    indexer::PgConnection cluster(clusterUrl());
    cluster.run("DROP DATABASE IF EXISTS " + name_);
    cluster.run("CREATE DATABASE " + name_);
  } catch (const indexer::StoreError& error) {
    throw std::runtime_error(std::string("the tests' PostgreSQL cluster is not running (CTest starts it: "
                                         "fixture pg_cluster, scripts/pg-test-cluster.sh): ") +
                             error.what());
  }
  url_ = withDatabase(name_);
}

PostgresDatabase::~PostgresDatabase() {
  try {
    indexer::PgConnection cluster(clusterUrl());
    cluster.run("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (const std::exception&) {  // the cluster's stop removes it anyway
  }
}

}  // namespace sohoa::test
