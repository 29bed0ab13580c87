// sohoa-viewer: the clerks' and auditors' web application over a sohoa store.
#include <leptonica/allheaders.h>
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <string>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreError.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "viewer/access/UserAccounts.hpp"
#include "viewer/server/BoundedServer.hpp"
#include "viewer/server/ViewerServer.hpp"

namespace {

httplib::Server* runningServer = nullptr;

void stopOnSignal(int) {
  if (runningServer) runningServer->stop();
}

int addUser(const std::string& storeOption, const std::string& name, const std::string& roleText) {
  using namespace sohoa::viewer;
  const auto role = roleNamed(roleText);
  if (!role) {
    std::cerr << "sohoa-viewer: --role must be admin, clerk or auditor\n";
    return 2;
  }
  std::string password;
  if (!std::getline(std::cin, password)) {
    std::cerr << "sohoa-viewer: give the password on standard input (one line)\n";
    return 2;
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  std::string where;
  try {
    auto store = sohoa::indexer::RecordStore::open(storeOption, sohoa::indexer::StoreAccess::Update);
    sohoa::indexer::migrateStore(store);
    UserAccounts(store).save(name, password, *role);
    where = store.layout().server.empty() ? store.layout().root.string() : store.layout().server;
  } catch (const InvalidAccount& invalid) {
    std::cerr << "sohoa-viewer: " << invalid.what() << '\n';
    return 2;
  } catch (const std::exception& error) {  // a read-only or damaged store
    std::cerr << "sohoa-viewer: " << error.what() << '\n';
    return 1;
  }
  std::cout << "user " << name << " saved with role " << roleText << " in " << where << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  setMsgSeverity(L_SEVERITY_NONE);
  CLI::App app{"sohoa-viewer: search, view, correct, reuse and report over a sohoa store, in the browser"};
  app.set_version_flag("--version", "sohoa-viewer " SOHOA_VERSION);
  std::string storeOption, listen = "127.0.0.1:8080", newUser, role;
  app.add_option("--store", storeOption,
                 "Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL "
                 "(postgresql://user@host/db)");
  app.add_option("--listen", listen,
                 "Address and port to listen on (personal data: keep it on 127.0.0.1 "
                 "unless the office network is trusted)")
      ->capture_default_str();
  app.add_option("--add-user", newUser, "Create a user (or set a new password and role), password on standard input");
  app.add_option("--role", role, "The new user's role: admin, clerk or auditor")
      ->check(CLI::IsMember({"admin", "clerk", "auditor"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? 0 : 2;
  }
  if (!newUser.empty()) {
    if (role.empty()) {
      std::cerr << "sohoa-viewer: --add-user needs --role admin|clerk|auditor\n";
      return 2;
    }
    return addUser(storeOption, newUser, role);
  }

  const auto colon = listen.rfind(':');
  const std::string host = colon == std::string::npos ? listen : listen.substr(0, colon);
  int port = 0;
  try {
    port = colon == std::string::npos ? 8080 : std::stoi(listen.substr(colon + 1));
  } catch (const std::exception&) {
    port = -1;
  }
  if (host.empty() || port < 0 || port > 65535) {
    std::cerr << "sohoa-viewer: --listen " << listen << ": expected HOST:PORT, such as 127.0.0.1:8080\n";
    return 2;
  }

  // Migrates the store once, before serving: the connections requests lease from the pool
  // then open without migrating (only `sohoa ingest` makes a store: a wrong --store is
  // refused, not served empty). The viewer writes to it on every request
  // (the audit trail of who read what): a store it may not write is refused, never served
  // without its audit trail. A PostgreSQL store's files are under the root its settings keep.
  sohoa::indexer::StoreLayout layout;
  try {
    auto store = sohoa::indexer::RecordStore::open(storeOption, sohoa::indexer::StoreAccess::Update);
    sohoa::indexer::migrateStore(store);
    layout = store.layout();
    if (sohoa::viewer::UserAccounts(store).count() == 0)
      std::cerr << "sohoa-viewer: no users yet; create one: sohoa-viewer --store "
                << (layout.server.empty() ? layout.root.string() : layout.server)
                << " --add-user NAME --role admin  (password on standard input)\n";
  } catch (const sohoa::indexer::StoreReadOnly& readOnly) {
    std::cerr << "sohoa-viewer: " << readOnly.what() << " (the viewer records every access in the store's audit log)\n";
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "sohoa-viewer: " << error.what() << '\n';
    return 1;
  }
  sohoa::viewer::ViewerContext context{
      layout,
      {},
      {},
      {},
      layout.server.empty() ? sohoa::indexer::StorePool(layout) : sohoa::indexer::StorePool::onServer(layout.server)};
  sohoa::viewer::BoundedServer server;
  sohoa::viewer::configureServer(server, context);
  const int boundPort = server.bindTo(host, port);
  if (boundPort < 0) {
    std::cerr << "sohoa-viewer: cannot listen on " << listen << " (address in use, or not this machine's)\n";
    return 1;
  }
  context.listening = {host, boundPort};
  runningServer = &server;
  std::signal(SIGINT, stopOnSignal);
  std::signal(SIGTERM, stopOnSignal);
  std::cout << "sohoa-viewer: serving " << layout.root.string() << " at http://" << host << ':' << boundPort
            << "/  (Ctrl-C stops)" << std::endl;
  server.listen_after_bind();
  std::cout << "sohoa-viewer: stopped\n";
  return 0;
}
