#include "viewer/access/PasswordHash.hpp"

#include <sodium.h>

#include <stdexcept>

namespace sohoa::viewer {
namespace {

void startSodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

}  // namespace

std::string hashPassword(const std::string& password) {
  startSodium();
  char hash[crypto_pwhash_STRBYTES];
  // The interactive limits (64 MiB, a fraction of a second here): a login stays quick, a
  // stolen hash stays slow to guess.
  if (crypto_pwhash_str_alg(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("not enough memory to hash the password");
  return hash;
}

bool passwordMatches(const std::string& hash, const std::string& password) {
  startSodium();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace sohoa::viewer
