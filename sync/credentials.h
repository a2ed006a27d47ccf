#pragma once

#include <QString>

namespace rentdesk::sync {

// The desk's credential for the server lives in the operating system's keychain (Secret Service
// on Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain: never in the
// store file or the settings, so a copied file cannot push as this desk.
class Credentials
{
public:
    // Each call waits for the keychain (it may ask the user to unlock it). On failure returns
    // false and *error says why in words.
    static bool store(const QString &clientId, const QString &credential, QString *error);
    // An empty credential with no error: this computer has none for the desk (a copied file).
    static QString read(const QString &clientId, QString *error);
    static bool remove(const QString &clientId, QString *error);
};

} // namespace rentdesk::sync
