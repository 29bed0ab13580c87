#pragma once
// Where a store keeps its parts: one folder holding records.db, originals/, archive/, pages/.
#include <filesystem>
#include <string>
#include <string_view>

namespace sohoa::indexer {

struct StoreLayout {
  std::filesystem::path root;
  // A PostgreSQL store's URL, whose files live under `root` (its files root); empty for a folder.
  std::string server = {};

  std::filesystem::path database() const { return root / "records.db"; }
  std::filesystem::path originals() const { return root / "originals"; }
  std::filesystem::path archive() const { return root / "archive"; }
  std::filesystem::path pages() const { return root / "pages"; }

  // A page's own file under pages/ (its hOCR, its preview), relative to the root:
  // pages/<sha256 of the input>/<page in the input, 4 digits>.<extension>.
  static std::string pageFile(const std::string& sourceSha256, int page, const std::string& extension);

  // --store DIR if given, else $SOHOA_STORE, else ./sohoa-data. A PostgreSQL URL there is
  // refused (StoreError, InvalidInput): commands that take one open it with RecordStore::open,
  // and taken as a folder it would fill a local folder named `postgresql:`.
  static StoreLayout resolve(const std::string& storeOption);
  // The store a command was given: --store, else $SOHOA_STORE, else sohoa-data (a folder or a URL).
  static std::string chosen(const std::string& storeOption);
  // Creates the folders (idempotent).
  void create() const;
};

// Whether a --store names a PostgreSQL server rather than a folder.
bool isPostgresUrl(std::string_view store);

}  // namespace sohoa::indexer
