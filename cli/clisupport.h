#pragma once

// What the command-line tool's commands share: exit codes, the parsed command line, and the
// checks every command makes (cli.cpp). Commands live in cli*.cpp files by topic.

#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace rentdesk {

// The translation context of the command-line tool's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(rentdesk::Cli)
};

enum ExitCode { Success = 0, Failure = 1, BadCommandLine = 2 };

// The command line after the command: options by name, and the other words in order.
struct CommandLine
{
    QHash<QString, QString> options;
    QStringList words;
    QString error;
};

// `known` options take a value; `flags` take none.
CommandLine parse(const QStringList &arguments, const QStringList &known,
                  const QStringList &flags = {});
// Prints the message and the usage; returns BadCommandLine.
int badCommandLine(QTextStream &err, const QString &message);
// The --database option, present and not empty.
bool needDatabase(const CommandLine &c, QTextStream &err, QString *path);
// Opens an existing store file; never creates one.
bool openExisting(Store &store, const QString &path, QTextStream &err,
                  Store::OpenMode mode = Store::OpenMode::ReadWrite);

// cliimport.cpp
int importCustomers(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportCustomers(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace rentdesk
