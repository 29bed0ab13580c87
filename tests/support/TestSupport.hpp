#pragma once
// What the tests share: where the samples and corpus are, temporary folders, running the
// real `sohoa` program, and copies of samples damaged on purpose.
#include <filesystem>
#include <string>
#include <vector>

namespace sohoa::test {

std::filesystem::path samplesDir();  // samples/scans and samples/truth
std::filesystem::path scansDir();
std::filesystem::path formsDir();   // tests/data/forms: generated form pages (its README says which)
std::filesystem::path corpusDir();  // SOHOA_CORPUS_DIR (README "The corpus")
std::filesystem::path sohoaBinary();

// A fresh folder, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exitCode = -1;
  std::string out;
  std::string err;
  long peakResidentKb = 0;  // the child's peak resident memory (getrusage through wait4)
};

// Runs a program with arguments (no shell), waits, and returns its status and output.
CommandResult runCommand(const std::vector<std::string>& arguments);
// Starts a program with its output thrown away; returns its pid.
int startCommand(const std::vector<std::string>& arguments);

std::string readFile(const std::filesystem::path& file);
void writeFile(const std::filesystem::path& file, const std::string& bytes);

}  // namespace sohoa::test
