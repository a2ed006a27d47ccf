#pragma once

#include <QStringList>
#include <QTextStream>

namespace rentdesk {

// Runs one command of rentdesk-cli. `arguments` exclude the program name. Returns the exit code:
// 0 success, 1 the command failed (or found problems), 2 the command line was wrong.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace rentdesk
