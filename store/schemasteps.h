#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rentdesk {
struct SearchFields;
}

// Schema steps that live in files of their own (schema.cpp lists every step in order).
namespace rentdesk::schemasteps {

// Runs the statements in order; on the first failure sets `error` (with the statement) and
// returns false.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);

// Step 4: every synced table gets a UUID key, server_version and a tombstone; money becomes
// appended rows (charges, payments) with derived sums; one outbox entry per operation; the
// local change log that tells open windows (of this and other processes) what changed.
bool syncReady(QSqlDatabase &db, QString *error);

// Step 6: search that finds every spelling. The search entries are made again with umlauts and
// their spellings equal (ae = ä = a); names in non-Latin scripts get two-letter keys; and when
// each customer was last active is kept, by which substring matches are ranked.
bool searchSpellings(QSqlDatabase &db, QString *error);
// Writes every customer's folded name and trigram document (and with `bigrams` the two-letter
// keys) from the customer rows; the search tables start empty.
bool fillSearchEntries(QSqlDatabase &db, bool bigrams, QString *error);

} // namespace rentdesk::schemasteps
