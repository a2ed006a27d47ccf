#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Schema steps that live in files of their own (schema.cpp lists every step in order).
namespace rentdesk::schemasteps {

// Runs the statements in order; on the first failure sets `error` (with the statement) and
// returns false.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);

// Step 4: every synced table gets a UUID key, server_version and a tombstone; money becomes
// appended rows (charges, payments) with derived sums; one outbox entry per operation; the
// local change log that tells open windows (of this and other processes) what changed.
bool syncReady(QSqlDatabase &db, QString *error);

} // namespace rentdesk::schemasteps
