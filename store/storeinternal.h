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

// Statement keys of the store's cache of prepared statements.
enum Stmt {
    CustomerById,
    CustomerByNumber,
    SearchNumber,
    SearchName,
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
