#pragma once

// Helpers shared by the store's files (store.cpp, storecustomers.cpp, storepanels.cpp); not part
// of the store's interface.

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rentdesk::storeinternal {

inline QDateTime parseTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

// A time as the store keeps it: UTC, ISO 8601 ("2026-06-15T10:00:00Z").
inline QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

inline QDate parseDay(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline Money money(const QVariant &minor, const QVariant &currency)
{
    return Money{minor.toLongLong(),
                 currency.isNull() ? QStringLiteral("EUR") : currency.toString()};
}

// Qt's SQLite driver binds a null QString as SQL NULL; text columns are NOT NULL, so empty text
// must be bound as an empty, non-null string.
inline QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

inline QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// Runs a read; a failure is logged with SQLite's text and reported through `ok`.
inline bool execQuery(QSqlQuery &q, bool *ok = nullptr)
{
    const bool done = q.exec();
    if (!done)
        qWarning("rentdesk store: %s", qPrintable(q.lastError().text()));
    if (ok)
        *ok = done;
    return done;
}

// A customer's charges with what is open on each (charged, plus corrections, less payments) as
// the table `b`: the per-customer form of the view charge_balances, read through the customer's
// own index ranges instead of one index lookup per charge (tst_models checks both agree). Needs
// the named value :customer.
#define RENTDESK_CUSTOMER_CHARGES                                                                  \
    "WITH paid AS (SELECT charge_id, sum(amount_minor) AS s FROM payments WHERE customer_id = "    \
    ":customer AND deleted_at IS NULL GROUP BY charge_id), corrected AS (SELECT corrects_id, "     \
    "sum(amount_minor) AS s FROM charges WHERE customer_id = :customer AND corrects_id IS NOT "    \
    "NULL AND deleted_at IS NULL GROUP BY corrects_id), b AS MATERIALIZED (SELECT c.id, "          \
    "c.transaction_id, "                                                                           \
    "c.description, c.currency, c.due_on, c.amount_minor + coalesce(corrected.s, 0) - "            \
    "coalesce(paid.s, 0) AS open_minor FROM charges c LEFT JOIN paid ON paid.charge_id = c.id "    \
    "LEFT JOIN corrected ON corrected.corrects_id = c.id WHERE c.customer_id = :customer AND "     \
    "c.corrects_id IS NULL AND c.deleted_at IS NULL) "

// When a customer was last active, kept with every activity written (search ranks by it):
// binds the customer's seq, the activity's time, the seq again. One row of VALUES, not an upsert
// or an INSERT … SELECT: those make SQLite open a statement savepoint, and every savepoint makes
// the trigram index write out its pending entries (once per operation of an import).
#define RENTDESK_NOTE_ACTIVITY                                                                     \
    "INSERT OR REPLACE INTO customer_recency(customer_seq, last_at) VALUES (?, max(?, "            \
    "coalesce((SELECT last_at FROM customer_recency WHERE customer_seq = ?), '')))"
// A customer row new from the server whose activities came first: binds its seq and its id.
// Without activities last_at is NULL and the row is left out (OR IGNORE).
#define RENTDESK_RECENCY_FROM_ACTIVITIES                                                           \
    "INSERT OR IGNORE INTO customer_recency(customer_seq, last_at) VALUES (?, (SELECT max(at) "    \
    "FROM activities WHERE customer_id = ?))"

// Statement keys of the store's cache of prepared statements.
enum Stmt {
    CustomerById,
    CustomerByNumber,
    SearchNumber,
    LikelyDuplicates,
    SearchName,
    SearchTransaction,
    SearchBarcode,
    RentedObjects,
    Transactions,
    DamageCases,
    Accesses,
    Vouchers,
    OpenPayments,
    OpenBalances,
    Documents,
    Activities,
    Overview,
    PermissionDefaults,
    PermissionGroup,
    PermissionCustomer,
    ChangeLog,
};

} // namespace rentdesk::storeinternal
