#pragma once

#include <QString>

// PINs and passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str): the text
// form "$argon2id$v=19$m=…,t=…,p=…$salt$hash" carries its own salt and cost, so a hash made here
// verifies on every desk and on the server. The secret itself is never stored, logged or synced.
namespace rentdesk::secrets {

// The hash of `secret`; empty when libsodium cannot work (it could not start, or no memory).
QString hash(const QString &secret);
// Whether `secret` is the one `hash` was made from. False for an empty or malformed hash.
bool verify(const QString &hash, const QString &secret);
// Whether `text` looks like a hash this module makes (an Argon2id text form).
bool isHash(const QString &text);

} // namespace rentdesk::secrets
