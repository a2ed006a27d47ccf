#pragma once

// Small helpers shared by the store tests: a connection of the test's own to a store file (to
// read what is really on disk, not what the Store object caches), and customer drafts.

#include "clock.h"
#include "customer.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace storetest {

// Tests run at a fixed time, so that checks against "today" (overdue, birth dates, expiry) give
// the same answer on every day and across midnight.
inline void fixClock()
{
    rentdesk::clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
}

// An independent QSQLITE connection to `path`; closed and removed on destruction. Every query
// is a fresh SELECT, so it sees exactly what was committed to the file.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("storetest-raw-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs a statement; on failure remembers the error and returns false.
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            m_error = q.lastError().text() + QStringLiteral(" in: ") + sql;
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text() + QStringLiteral(" in: ") + sql;
            return false;
        }
        return true;
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        const QList<QSqlRecord> r = select(sql, values);
        return r.isEmpty() ? QVariant() : r.first().value(0);
    }

    QList<QSqlRecord> select(const QString &sql, const QVariantList &values = {}) const
    {
        QList<QSqlRecord> out;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            qWarning("storetest: cannot prepare %s: %s", qPrintable(sql),
                     qPrintable(q.lastError().text()));
            return out;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("storetest: cannot run %s: %s", qPrintable(sql),
                     qPrintable(q.lastError().text()));
            return out;
        }
        while (q.next())
            out << q.record();
        return out;
    }

private:
    QString m_name, m_error;
    bool m_open = false;
};

// A customer draft that the validator accepts. A birth date is always given so that tests of
// other behaviour do not depend on the optional-birth-date rule (tst_customervalidator checks
// that rule on its own).
inline rentdesk::Customer draft(const QString &firstName, const QString &lastName,
                                const QString &city = QString(), const QString &email = QString(),
                                const QString &phone = QString(),
                                const QString &postcode = QString(),
                                const QString &street = QString())
{
    rentdesk::Customer c;
    c.firstName = firstName;
    c.lastName = lastName;
    c.city = city;
    c.email = email;
    c.phone = phone;
    c.postcode = postcode;
    c.street = street;
    c.birthDate = QDate(1985, 5, 17);
    return c;
}

// "field: message; field: message" for failure messages.
inline QString describe(const rentdesk::WriteResult &r)
{
    QStringList parts;
    if (!r.error.isEmpty())
        parts << r.error;
    for (auto it = r.fieldErrors.begin(); it != r.fieldErrors.end(); ++it)
        parts << rentdesk::columnName(it.key()) + QStringLiteral(": ") + it.value();
    return parts.isEmpty() ? QStringLiteral("ok") : parts.join(QStringLiteral("; "));
}

inline QJsonObject parseJson(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace storetest
