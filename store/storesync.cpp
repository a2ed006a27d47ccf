// The sync client's bookkeeping in the store: sync_state values, the outbox as the client reads
// it, the initial upload, and the repairs of the desk's identity (docs/sync-protocol.md).
#include "store.h"
#include "storeinternal.h"
#include "syncentities.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rentdesk {

using namespace storeinternal;

namespace {

// The newest refused mutation a person has marked as seen.
const QString kRejectionsSeen = QStringLiteral("rejections_seen");

QJsonObject parsePayload(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// The fields a mutation changes wait for the server again (after the server went back in time).
bool addPendingFields(WriteContext &ctx, qint64 mutationId, const QJsonObject &payload)
{
    for (const QJsonValue &c : payload.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = c.toObject();
        if (change.value(QStringLiteral("kind")).toString() == QLatin1String("insert"))
            continue; // as in Store::writeOutbox()
        const QJsonObject values = change.value(QStringLiteral("new")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (!ctx.exec(QStringLiteral("INSERT OR IGNORE INTO sync_pending_fields(entity, "
                                         "row_id, field, mutation_id) VALUES (?, ?, ?, ?)"),
                          {change.value(QStringLiteral("entity")).toString(),
                           change.value(QStringLiteral("id")).toString(), it.key(), mutationId}))
                return false;
    }
    return true;
}

// Numbers the pending mutations from `first` on, in their order, under `clientId`; *last is the
// last number given (first - 1 when none is pending). Goes through negative ids, so a new
// number never meets an old one.
bool renumberPending(WriteContext &ctx, const QString &clientId, qint64 first, qint64 *last)
{
    QSqlQuery read(ctx.db());
    if (!ctx.exec(QStringLiteral("SELECT mutation_id, payload FROM sync_outbox WHERE state = "
                                 "'pending' ORDER BY mutation_id"),
                  {}, &read))
        return false;
    QList<QPair<qint64, QJsonObject>> pending;
    while (read.next())
        pending.append({read.value(0).toLongLong(), parsePayload(read.value(1))});
    read.finish();
    qint64 next = first - 1;
    constexpr qint64 kAside = -1000000000LL;
    for (const auto &[oldId, payloadIn] : std::as_const(pending)) {
        QJsonObject payload = payloadIn;
        payload.insert(QStringLiteral("client_id"), clientId);
        payload.insert(QStringLiteral("mutation_id"), ++next);
        if (!ctx.exec(QStringLiteral("UPDATE sync_outbox SET mutation_id = ?, payload = ? WHERE "
                                     "mutation_id = ?"),
                      {kAside - next,
                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                       oldId}) ||
            !ctx.exec(QStringLiteral("UPDATE sync_pending_fields SET mutation_id = ? WHERE "
                                     "mutation_id = ?"),
                      {kAside - next, oldId}))
            return false;
    }
    if (!ctx.exec(QStringLiteral("UPDATE sync_outbox SET mutation_id = %1 - mutation_id WHERE "
                                 "mutation_id <= %1")
                      .arg(kAside)) ||
        !ctx.exec(QStringLiteral("UPDATE sync_pending_fields SET mutation_id = %1 - mutation_id "
                                 "WHERE mutation_id <= %1")
                      .arg(kAside)))
        return false;
    *last = next;
    return true;
}

} // namespace

bool Store::renumberPendingAbove(qint64 serverLast, QString *error)
{
    if (!begin(error))
        return false;
    WriteContext ctx(m_db, m_writeStatements, nowText());
    qint64 last = 0;
    if (!ctx.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")) ||
        !renumberPending(ctx, m_clientId, serverLast + 1, &last) ||
        !ctx.exec(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'last_mutation_id'"),
                  {QString::number(std::max(last, serverLast))}) ||
        // The server has mutations of this desk its file lost: their rows come back by pull.
        !ctx.putSyncState({{QStringLiteral("pull_own"), QStringLiteral("1")}})) {
        rollback();
        *error = ctx.error;
        return false;
    }
    if (!commit(error))
        return false;
    emit outboxChanged();
    return true;
}

QString Store::syncValue(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return (execQuery(q) && q.next()) ? q.value(0).toString() : QString();
}

bool Store::setSyncValues(const QHash<QString, QString> &values, QString *error)
{
    QString e;
    if (!begin(&e)) {
        if (error)
            *error = e;
        return false;
    }
    WriteContext ctx(m_db, m_writeStatements, nowText());
    if (!ctx.putSyncState(values)) {
        rollback();
        if (error)
            *error = ctx.error;
        return false;
    }
    if (!commit(&e)) {
        if (error)
            *error = e;
        return false;
    }
    return true;
}

QList<QByteArray> Store::pendingPayloads(int limit, qint64 afterId) const
{
    QList<QByteArray> out;
    QSqlQuery q(m_db);
    // As bytes: the text goes out as it is, without a round trip through UTF-16.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT CAST(payload AS BLOB) FROM sync_outbox WHERE state = "
                             "'pending' AND mutation_id > ? ORDER BY mutation_id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (execQuery(q))
        while (q.next())
            out << q.value(0).toByteArray();
    return out;
}

QList<Store::Rejection> Store::rejections() const
{
    QList<Rejection> out;
    const qint64 seenUpTo = syncValue(kRejectionsSeen).toLongLong();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT mutation_id, operation, rejection, created_at FROM "
                              "sync_outbox WHERE state = 'rejected' ORDER BY created_at DESC, "
                              "mutation_id DESC LIMIT 200")))
        while (q.next())
            out << Rejection{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(0).toLongLong() <= seenUpTo};
    return out;
}

int Store::unseenRejectionCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'rejected' AND "
                             "mutation_id > ?"));
    q.addBindValue(syncValue(kRejectionsSeen).toLongLong());
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool Store::markRejectionsSeen(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(mutation_id), 0) FROM sync_outbox WHERE "
                               "state = 'rejected'")) ||
        !q.next())
        return false;
    return setSyncValues({{kRejectionsSeen, q.value(0).toString()}}, error);
}

QJsonArray Store::unsyncedRows(int *entityIndex, QString *afterId, int limit,
                               qint64 aboveVersion) const
{
    QJsonArray out;
    const QList<SyncEntity> &entities = syncEntities();
    while (*entityIndex < entities.size() && out.size() < limit) {
        const SyncEntity &e = entities.at(*entityIndex);
        // Conflicts are made by the server; only a repair gives back the ones a restore lost.
        if (e.name == QLatin1String("conflict") && aboveVersion < 0) {
            ++*entityIndex;
            afterId->clear();
            continue;
        }
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, deleted_at, %1 FROM %2 WHERE %3 AND id > ? ORDER BY "
                                 "id LIMIT ?")
                      .arg(e.fields.join(QStringLiteral(", ")), e.table,
                           aboveVersion < 0
                               ? QStringLiteral("server_version = 0")
                               : QStringLiteral("server_version > %1").arg(aboveVersion)));
        q.addBindValue(text(*afterId));
        q.addBindValue(limit - out.size());
        if (!execQuery(q))
            return {};
        int rows = 0;
        while (q.next()) {
            ++rows;
            QJsonObject values;
            for (int i = 0; i < e.fields.size(); ++i)
                values.insert(e.fields.at(i), jsonFromSql(q.value(i + 2)));
            if (!q.value(1).isNull())
                values.insert(QStringLiteral("deleted_at"), q.value(1).toString());
            *afterId = q.value(0).toString();
            out.append(QJsonObject{{QStringLiteral("entity"), e.name},
                                   {QStringLiteral("id"), *afterId},
                                   {QStringLiteral("values"), values}});
        }
        if (out.size() < limit || rows == 0) {
            ++*entityIndex;
            afterId->clear();
        }
    }
    return out;
}

bool Store::hasSyncedRows() const
{
    QSqlQuery q(m_db);
    for (const SyncEntity &e : syncEntities())
        if (q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(e.table)) && q.next())
            return true;
    return false;
}

bool Store::adoptEnrolment(const QString &clientId, const QString &deskCode,
                           const QString &deskName, const QString &serverUrl, const QString &epoch,
                           QString *error)
{
    if (!begin(error))
        return false;
    WriteContext ctx(m_db, m_writeStatements, nowText());
    auto fail = [&] {
        rollback();
        *error = ctx.error;
        return false;
    };
    // Mutations of the old identity the server never saw are pushed under the new one, numbered
    // from 1 (the server expects that); refused ones stay visible with negative numbers.
    if (!ctx.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")) ||
        !ctx.exec(QStringLiteral("DELETE FROM sync_outbox WHERE state = 'applied'")) ||
        !ctx.exec(QStringLiteral("UPDATE sync_outbox SET mutation_id = -abs(mutation_id) WHERE "
                                 "state = 'rejected'")))
        return fail();
    qint64 next = 0;
    if (!renumberPending(ctx, clientId, 1, &next))
        return fail();
    const QHash<QString, QString> state = {
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("desk_code"), deskCode},
        {QStringLiteral("desk_name"), deskName},
        {QStringLiteral("server_url"), serverUrl},
        {QStringLiteral("server_epoch"), epoch},
        {QStringLiteral("last_mutation_id"), QString::number(next)},
        {QStringLiteral("pull_cursor"), QStringLiteral("0")},
    };
    if (!ctx.putSyncState(state))
        return fail();
    if (!commit(error))
        return false;
    m_clientId = clientId;
    m_deskCode = deskCode;
    emit outboxChanged();
    return true;
}

bool Store::reconcileServer(const QString &epoch, qint64 serverLast, QString *repaired,
                            QString *error)
{
    repaired->clear();
    const QString knownEpoch = syncValue(QStringLiteral("server_epoch"));
    const qint64 localLast = lastMutationId();
    QSqlQuery q(m_db);
    qint64 appliedMax = 0;
    if (q.exec(QStringLiteral("SELECT coalesce(max(mutation_id), 0) FROM sync_outbox WHERE state "
                              "= 'applied'")) &&
        q.next())
        appliedMax = q.value(0).toLongLong();
    const bool newEpoch = !knownEpoch.isEmpty() && knownEpoch != epoch;
    // The server lacks mutations it had confirmed: it went back in time.
    const bool serverBehind = newEpoch || serverLast < appliedMax;
    const bool deskBehind = !serverBehind && serverLast > localLast;
    if (!serverBehind && !deskBehind) {
        if (knownEpoch.isEmpty())
            return setSyncValues({{QStringLiteral("server_epoch"), epoch}}, error);
        return true;
    }
    if (!begin(error))
        return false;
    WriteContext ctx(m_db, m_writeStatements, nowText());
    auto fail = [&] {
        rollback();
        *error = ctx.error;
        return false;
    };
    // Rows this desk pushed are left out of its pulls while it holds them; after a restore the
    // desk reads them back once (its file, or the server, lacks some).
    QHash<QString, QString> state{{QStringLiteral("server_epoch"), epoch},
                                  {QStringLiteral("pull_own"), QStringLiteral("1")}};
    if (serverBehind) {
        // Everything the server lacks goes again; the desk then reads the server from the start.
        QSqlQuery read(m_db);
        if (!ctx.exec(QStringLiteral("SELECT mutation_id, payload FROM sync_outbox WHERE state = "
                                     "'applied' AND mutation_id > ?"),
                      {serverLast}, &read))
            return fail();
        QList<QPair<qint64, QJsonObject>> again;
        while (read.next())
            again.append({read.value(0).toLongLong(), parsePayload(read.value(1))});
        read.finish();
        for (const auto &[id, payload] : std::as_const(again))
            if (!addPendingFields(ctx, id, payload))
                return fail();
        if (!ctx.exec(QStringLiteral("UPDATE sync_outbox SET state = 'pending' WHERE state = "
                                     "'applied' AND mutation_id > ?"),
                      {serverLast}))
            return fail();
        state.insert(QStringLiteral("pull_cursor"), QStringLiteral("0"));
        *repaired = QStringLiteral("The server went back in time (restored from a backup); %1 "
                                   "changes of this desk are sent again.")
                        .arg(again.size());
    } else {
        // This file is older than the desk's history on the server (restored from a backup): new
        // mutations continue above what the server has. Pending ones with lower numbers are
        // pushed as they are; the server knows by their digest whether it has them ("duplicate")
        // or whether the number was used by a mutation this file never saw ("reused", then they
        // are renumbered with renumberPendingAbove()).
        state.insert(QStringLiteral("last_mutation_id"), QString::number(serverLast));
        *repaired = QStringLiteral("This desk's file is older than its history on the server "
                                   "(restored from a backup); it continues after change %1.")
                        .arg(serverLast);
    }
    if (!ctx.putSyncState(state))
        return fail();
    if (!commit(error))
        return false;
    emit outboxChanged();
    return true;
}

bool Store::dropRefusedRows(const QList<QPair<QString, QString>> &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    if (!begin(error))
        return false;
    WriteContext ctx(m_db, m_writeStatements, nowText());
    for (const auto &[entity, id] : rows) {
        const SyncEntity *e = syncEntity(entity);
        if (!e)
            continue;
        QSqlQuery q(m_db);
        if (!ctx.exec(QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ? AND deleted_at IS "
                                     "NULL")
                          .arg(e->table),
                      {ctx.now(), id}, &q) ||
            (q.numRowsAffected() > 0 &&
             (!refreshDerived(*e, id, error) ||
              !logChange(ctx, *e, id, StoreChange::Kind::Removed, {})))) {
            rollback();
            if (error->isEmpty())
                *error = ctx.error;
            return false;
        }
    }
    if (!commit(error))
        return false;
    deliverChanges();
    return true;
}

bool Store::discardLocalData(const QString &backupPath, QString *error)
{
    QSqlQuery q(m_db);
    QFile::remove(backupPath);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(backupPath);
    if (!q.exec()) {
        *error = tr("The desk's data could not be copied to %1: %2")
                     .arg(backupPath, errorInWords(q.lastError()));
        return false;
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    struct KeysBackOn
    {
        QSqlDatabase db;
        ~KeysBackOn() { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } keysBackOn{m_db};
    if (!begin(error))
        return false;
    WriteContext ctx(m_db, m_writeStatements, nowText());
    QStringList statements;
    for (const SyncEntity &e : syncEntities())
        statements << QStringLiteral("DELETE FROM %1").arg(e.table);
    statements << QStringLiteral("DELETE FROM customer_search")
               << QStringLiteral("DELETE FROM customer_bigrams")
               << QStringLiteral("DELETE FROM customer_recency")
               << QStringLiteral("DELETE FROM sync_pending_fields")
               << QStringLiteral("DELETE FROM sync_outbox")
               << QStringLiteral("UPDATE sync_state SET value = '0' WHERE key IN "
                                 "('last_mutation_id', 'pull_cursor')")
               // A jump in the change log makes every open window read everything again.
               << QStringLiteral("INSERT INTO change_log(seq, entity, row_id, kind) VALUES "
                                 "((SELECT coalesce(max(seq), 0) + 2 FROM change_log), "
                                 "'customer', '', 'removed')");
    for (const QString &s : std::as_const(statements))
        if (!ctx.exec(s)) {
            rollback();
            *error = ctx.error;
            return false;
        }
    if (!commit(error))
        return false;
    m_staffId.clear();
    deliverChanges();
    emit outboxChanged();
    return true;
}

} // namespace rentdesk
