#pragma once

#include <QLocale>
#include <QStringList>
#include <QTextStream>

namespace rentdesk {

// Runs one command of rentdesk-cli. `arguments` exclude the program name. Returns the exit code:
// 0 success, 1 the command failed (or found problems), 2 the command line was wrong.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Loads the messages for `locale`'s language (rentdesk-cli: the system's, QLocale::system()),
// replacing those loaded before; English text stays where RentDesk does not speak it.
bool installCliTranslation(const QLocale &locale);

} // namespace rentdesk
