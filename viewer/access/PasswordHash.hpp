#pragma once
// Passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str, with its salt
// and cost parameters inside the string), never as text.
#include <string>

namespace sohoa::viewer {

std::string hashPassword(const std::string& password);
bool passwordMatches(const std::string& hash, const std::string& password);

}  // namespace sohoa::viewer
