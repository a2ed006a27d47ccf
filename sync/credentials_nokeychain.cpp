// Credentials for a build without QtKeychain: there is no place to keep a server credential
// (never the store file or the settings), so a desk cannot be set up for a server.
#include "credentials.h"

#include <QCoreApplication>

namespace rentdesk::sync {

namespace {

QString unavailable()
{
    return QCoreApplication::translate("rentdesk::sync::Credentials",
                                       "This RentDesk was built without keychain support, so it "
                                       "cannot keep a server credential: install a build with "
                                       "QtKeychain to sync this desk.");
}

} // namespace

bool Credentials::store(const QString &, const QString &, QString *error)
{
    *error = unavailable();
    return false;
}

QString Credentials::read(const QString &, QString *error)
{
    *error = unavailable();
    return {};
}

bool Credentials::remove(const QString &, QString *)
{
    return true; // nothing was ever kept
}

} // namespace rentdesk::sync
