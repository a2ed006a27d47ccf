#include "serverinternal.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QUuid>

namespace rentdesk::server {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString hashText(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomText(const char *alphabet, int length)
{
    const QByteArray letters(alphabet);
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(letters.at(QRandomGenerator::system()->bounded(letters.size())));
    return out;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

Answer databaseError(const QSqlQuery &q)
{
    qWarning("rentdesk-server: database error: %s", qPrintable(q.lastError().text()));
    return Answer::refused(503,
                           QStringLiteral("The server's database is not available; try "
                                          "again later."),
                           QStringLiteral("database"));
}

// The next server version. Taking the counter row first serializes writing transactions, so
// versions become visible in the order they were given: a reader never skips one.
bool nextVersion(QSqlQuery &q, qint64 *version)
{
    if (!run(q, QStringLiteral("SELECT value FROM counters WHERE name = 'txn' FOR UPDATE")) ||
        !q.next())
        return false;
    *version = q.value(0).toLongLong() + 1;
    return true;
}

bool saveVersion(QSqlQuery &q, qint64 version)
{
    return run(q, QStringLiteral("UPDATE counters SET value = ? WHERE name = 'txn'"), {version});
}

bool loadRows(QSqlQuery &q, const QList<RowKey> &keys, WorkingSet *rows)
{
    QJsonArray wanted;
    for (const RowKey &k : keys) {
        if (rows->contains(k))
            continue;
        rows->insert(k, ServerRow{});
        wanted.append(
            QJsonObject{{QStringLiteral("entity"), k.first}, {QStringLiteral("id"), k.second}});
    }
    if (wanted.isEmpty())
        return true;
    if (!run(q,
             QStringLiteral(
                 "SELECT r.entity, r.id, r.deleted_at, r.data::text, r.meta::text, r.version, "
                 "r.known_to FROM "
                 "rows r JOIN jsonb_to_recordset(?::jsonb) AS k(entity text, id text) "
                 "ON r.entity = k.entity AND r.id = k.id"),
             {jsonText(wanted)}))
        return false;
    while (q.next()) {
        ServerRow &r = (*rows)[{q.value(0).toString(), q.value(1).toString()}];
        r.exists = true;
        r.deletedAt = q.value(2).toString();
        r.data = objectFrom(q.value(3));
        r.meta = objectFrom(q.value(4));
        r.version = q.value(5).toLongLong();
        r.knownTo = q.value(6).toString();
    }
    return true;
}

bool saveRows(QSqlQuery &q, const WorkingSet &rows, qint64 version, int *count)
{
    QJsonArray out;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (!it->dirty)
            continue;
        out.append(QJsonObject{{QStringLiteral("entity"), it.key().first},
                               {QStringLiteral("id"), it.key().second},
                               {QStringLiteral("deleted_at"),
                                it->deletedAt.isEmpty() ? QJsonValue() : QJsonValue(it->deletedAt)},
                               {QStringLiteral("data"), it->data},
                               {QStringLiteral("meta"), it->meta},
                               {QStringLiteral("known_to"),
                                it->knownTo.isEmpty() ? QJsonValue() : QJsonValue(it->knownTo)}});
    }
    *count = int(out.size());
    if (out.isEmpty())
        return true;
    return run(
        q,
        QStringLiteral("INSERT INTO rows(entity, id, version, deleted_at, data, meta, known_to) "
                       "SELECT x.entity, x.id, ?, x.deleted_at, x.data, x.meta, x.known_to FROM "
                       "jsonb_to_recordset(?::jsonb) AS x(entity text, id text, deleted_at text, "
                       "data jsonb, meta jsonb, known_to text) ON CONFLICT (entity, id) DO UPDATE "
                       "SET version = excluded.version, deleted_at = excluded.deleted_at, data = "
                       "excluded.data, meta = excluded.meta, known_to = excluded.known_to"),
        {version, jsonText(out)});
}

QJsonObject wireRow(const QString &entity, const QString &id, qint64 version,
                    const QString &deletedAt, QJsonObject values)
{
    if (!deletedAt.isEmpty())
        values.insert(QStringLiteral("deleted_at"), deletedAt);
    return QJsonObject{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("deleted"), !deletedAt.isEmpty()},
                       {QStringLiteral("values"), values}};
}

} // namespace rentdesk::server
