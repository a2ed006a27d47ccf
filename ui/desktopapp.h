#pragma once

#include <QString>

class QApplication;

namespace rentdesk {

// Start-up of the desk program: options, language, store, demo data, windows.
int runDesktopApp(int argc, char *argv[]);

// Loads the program's and Qt's translations for `language` ("de" or "en"); false when the
// program's own translation is missing.
bool installTranslations(QApplication &app, const QString &language);

// The SQLite file used when no --database is given: in the per-user data folder.
QString defaultDatabasePath();

} // namespace rentdesk
