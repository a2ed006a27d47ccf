#pragma once

#include <QString>

// How strong a password staff set for a customer's online access must be. Pure: the form checks
// as the person types, the store checks again before it hashes.
namespace rentdesk {

// What is wrong with `password` in words, or an empty text. `login` is the access's e-mail: a
// password that contains its name part is refused.
QString checkPassword(const QString &password, const QString &login = {});

} // namespace rentdesk
