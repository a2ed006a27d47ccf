#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace rentdesk {

// The schema of the local store, built by ordered steps; `PRAGMA user_version` is the number of
// steps applied. A new version appends a step and never edits an old one.
class Schema
{
public:
    struct Step
    {
        int version;
        QString description;
        std::function<bool(QSqlDatabase &, QString *error)> apply;
    };

    static int latestVersion();
    static const std::vector<Step> &steps();

    // Runs every step above the file's version, each in a transaction, up to `target`
    // (latest when -1). Returns false with `error` set when a step fails; that step is rolled back.
    static bool upgrade(QSqlDatabase &db, QString *error, int target = -1);
    static int version(const QSqlDatabase &db);
};

} // namespace rentdesk
