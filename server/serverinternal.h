#pragma once
// Helpers shared by the server's endpoints: SQL runs, the version counter, rows in and out.

#include "merge.h"
#include "syncservice.h"

#include <QSqlQuery>
#include <QVariant>

namespace rentdesk::server {

QString newId();
QString hashText(const QString &secret);
// SHA-256 of the bytes as 64 hex digits, through OpenSSL (a tenth of the time of Qt's own: a
// push digests every mutation it carries).
QString sha256Hex(QByteArrayView bytes);
QString randomText(const char *alphabet, int length);
QString jsonText(const QJsonObject &o);
QString jsonText(const QJsonArray &a);
QJsonObject objectFrom(const QVariant &text);

// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db, const char *begin = "BEGIN")
        : m_q(db)
    {
        m_open = m_q.exec(QString::fromLatin1(begin));
    }
    ~Transaction()
    {
        if (m_open)
            m_q.exec(QStringLiteral("ROLLBACK"));
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_q.exec(QStringLiteral("COMMIT"));
    }

private:
    QSqlQuery m_q;
    bool m_open = false;
};

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds = {});
// Logs the database's words and answers 503 (the desk retries later).
Answer databaseError(const QSqlQuery &q);
// The next server version. Taking the counter row first serializes writing transactions, so
// versions become visible in the order they were given: a reader never skips one.
bool nextVersion(QSqlQuery &q, qint64 *version);
bool saveVersion(QSqlQuery &q, qint64 version);
// Loads the rows not yet in `rows` (missing ones as exists = false) in one query.
bool loadRows(QSqlQuery &q, const QList<RowKey> &keys, WorkingSet *rows);
// Writes the changed rows with this version: one COPY for new rows, one UPDATE for the others.
// `existed` (when given) is set when a row taken to be new was in the table already.
bool saveRows(QSqlQuery &q, const WorkingSet &rows, qint64 version, int *count,
              bool *existed = nullptr);
// A row as pull and push answers carry it.
QJsonObject wireRow(const QString &entity, const QString &id, qint64 version,
                    const QString &deletedAt, QJsonObject values);

} // namespace rentdesk::server
