// The apply path for the server's rows, and the acknowledgements of pushed mutations
// (docs/sync-store.md, "Remote changes"). The desk's own writes: store.cpp.
#include "store.h"

#include "storeinternal.h"
#include "syncentities.h"
#include "textfold.h"

#include <QSqlError>

#include <optional>

namespace rentdesk {

using namespace storeinternal;

namespace {

// From this many rows in one applyRemote() call the windows reload instead of following row by row.
constexpr qsizetype kBulkApplyRows = 500;

// The search fields of a customer from a whole row the server sent (none when a field is not
// in it: then they are read back from the store).
std::optional<SearchFields> searchFieldsOf(const QJsonObject &values)
{
    const QStringList names{
        QStringLiteral("number"),  QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("company"), QStringLiteral("email"),      QStringLiteral("phone"),
        QStringLiteral("street"),  QStringLiteral("postcode"),   QStringLiteral("city")};
    QStringList texts;
    for (const QString &name : names) {
        const auto it = values.constFind(name);
        if (it == values.constEnd() || !(it->isString() || it->isNull()))
            return std::nullopt;
        texts << it->toString();
    }
    return SearchFields{texts[0], texts[1], texts[2], texts[3], texts[4],
                        texts[5], texts[6], texts[7], texts[8]};
}

} // namespace

WriteResult Store::applyRemote(const QList<RemoteRow> &rows, const QJsonArray &activities,
                               const SyncBookkeeping &book)
{
    WriteResult result;
    // The server is the authority on references: a row may come a page before the row it refers
    // to (the feed holds each row's last change only), so foreign keys are not checked here.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    struct KeysBackOn
    {
        QSqlDatabase db;
        ~KeysBackOn() { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } keysBackOn{m_db};
    if (!begin(&result.error))
        return result;
    QString derivedError;
    WriteContext ctx(m_db, m_writeStatements, nowText());
    // What the server confirmed takes the server's values from here on; the page, its cursor and
    // the acknowledgements commit together.
    if (book.ackUpTo > 0 &&
        (!ctx.exec(QStringLiteral("UPDATE sync_outbox SET state = 'applied' WHERE mutation_id <= "
                                  "? AND state = 'pending'"),
                   {book.ackUpTo}) ||
         !ctx.exec(QStringLiteral("DELETE FROM sync_pending_fields WHERE mutation_id <= ?"),
                   {book.ackUpTo}))) {
        rollback();
        result.error = ctx.error;
        return result;
    }
    if (!ctx.putSyncState(book.state)) {
        rollback();
        result.error = ctx.error;
        return result;
    }
    // Fields this desk changed and the server has not confirmed keep the desk's value; most
    // pages find none at all.
    const bool anyPending =
        ctx.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_pending_fields)")).toBool();
    // A large page (a first sync, a desk that was away for long) tells the windows "reload
    // everything" once instead of row by row.
    const bool bulk = rows.size() + activities.size() >= kBulkApplyRows;
    bool anyChange = false;
    auto logged = [&](const SyncEntity &e, const QString &id, StoreChange::Kind kind,
                      const QStringList &fields) {
        anyChange = true;
        return bulk || logChange(ctx, e, id, kind, fields);
    };
    auto apply = [&](const RemoteRow &r) {
        const SyncEntity *e = syncEntity(r.entity);
        if (!e) {
            ctx.fail(tr("The server sent a kind of data this RentDesk does not know (%1). "
                        "Please update RentDesk.")
                         .arg(r.entity));
            return false;
        }
        const QVariant deletedAt =
            r.deleted ? QVariant(r.values.value(QStringLiteral("deleted_at")).toString(ctx.now()))
                      : nullText();
        // Large pages are mostly rows new here (a first sync): try the insert first and take the
        // full path only for rows that exist (or whose customer number another one holds).
        if (bulk) {
            QStringList newColumns{QStringLiteral("id"), QStringLiteral("server_version"),
                                   QStringLiteral("deleted_at")};
            QVariantList newBinds{r.id, r.serverVersion, deletedAt};
            QStringList newFields;
            for (auto it = r.values.begin(); it != r.values.end(); ++it)
                if (e->hasField(it.key()) && it.key() != QLatin1String("deleted_at")) {
                    newColumns << it.key();
                    newBinds << sqlFromJson(it.value());
                    newFields << it.key();
                }
            // A new customer's search entries come from the values at hand (most of a first
            // sync's time otherwise goes into reading each one back).
            const std::optional<SearchFields> search =
                e->name == QLatin1String("customer") ? searchFieldsOf(r.values) : std::nullopt;
            if (search) {
                newColumns << QStringLiteral("name_fold");
                newBinds << nameKey(search->firstName, search->lastName, search->company);
            }
            QSqlQuery *inserted =
                ctx.query(QStringLiteral("INSERT OR IGNORE INTO %1(%2) VALUES (%3)")
                              .arg(e->table, newColumns.join(QStringLiteral(", ")),
                                   sqlPlaceholders(newColumns.size())),
                          newBinds);
            if (!inserted)
                return false;
            if (inserted->numRowsAffected() > 0 && search) {
                const QVariant seq = inserted->lastInsertId();
                inserted->finish();
                return ctx.query(QStringLiteral("INSERT INTO customer_search(rowid, doc) VALUES "
                                                "(?, ?)"),
                                 {seq, searchDocument(*search)}) &&
                       ctx.exec(QStringLiteral(RENTDESK_RECENCY_FROM_ACTIVITIES), {seq, r.id}) &&
                       writeBigrams(seq, *search, &derivedError) &&
                       logged(*e, r.id, StoreChange::Kind::Inserted, newFields);
            }
            if (inserted->numRowsAffected() > 0)
                return refreshDerived(*e, r.id, &derivedError) &&
                       logged(*e, r.id, StoreChange::Kind::Inserted, newFields);
        }
        const QVariantHash local = ctx.row(e->name, r.id);
        QStringList columns, fields;
        QVariantList binds;
        QSet<QString> pending;
        if (!local.isEmpty() && anyPending) {
            QSqlQuery *q = ctx.query(QStringLiteral("SELECT DISTINCT field FROM "
                                                    "sync_pending_fields WHERE entity = ? AND "
                                                    "row_id = ?"),
                                     {e->name, r.id});
            if (!q)
                return false;
            while (q->next())
                pending.insert(q->value(0).toString());
            q->finish();
        }
        for (auto it = r.values.begin(); it != r.values.end(); ++it) {
            if (!e->hasField(it.key()) || pending.contains(it.key()))
                continue;
            const QVariant value = sqlFromJson(it.value());
            if (!local.isEmpty() && jsonFromSql(local.value(it.key())) == it.value())
                continue;
            columns << it.key();
            binds << value;
            fields << it.key();
        }
        // Customer numbers and logins are unique here. A local row that still holds the number
        // or login the server gives another one (a provisional number given twice, e.g. by a
        // desk restored from a backup; the same address invited at two desks) steps aside until
        // its own row comes from the server. All desks apply in the server's order, so they end
        // the same way.
        const QString unique =
            e->name == QLatin1String("customer") ? QStringLiteral("number")
            : (e->name == QLatin1String("access") || e->name == QLatin1String("staff"))
                ? QStringLiteral("login")
                : QString();
        if (!unique.isEmpty() && fields.contains(unique)) {
            QSqlQuery *holder = ctx.query(
                QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(e->table, unique),
                {sqlFromJson(r.values.value(unique)), r.id});
            if (!holder)
                return false;
            QStringList aside;
            while (holder->next())
                aside << holder->value(0).toString();
            holder->finish();
            for (const QString &other : std::as_const(aside))
                if (!ctx.exec(QStringLiteral("UPDATE %1 SET %2 = %2 || '~' || substr(id, 1, 8) "
                                             "WHERE id = ?")
                                  .arg(e->table, unique),
                              {other}) ||
                    !refreshDerived(*e, other, &derivedError) ||
                    !logged(*e, other, StoreChange::Kind::Updated, {unique}))
                    return false;
        }
        StoreChange::Kind kind = StoreChange::Kind::Updated;
        if (local.isEmpty()) {
            columns << QStringLiteral("id") << QStringLiteral("server_version")
                    << QStringLiteral("deleted_at");
            binds << r.id << r.serverVersion << deletedAt;
            if (!ctx.exec(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                              .arg(e->table, columns.join(QStringLiteral(", ")),
                                   sqlPlaceholders(columns.size())),
                          binds))
                return false;
            kind = StoreChange::Kind::Inserted;
        } else {
            const bool wasDeleted = !local.value(QStringLiteral("deleted_at")).isNull();
            // A tombstone stays a tombstone: a late change never brings a deleted row back.
            if (r.deleted && !wasDeleted)
                kind = StoreChange::Kind::Removed;
            QStringList sets;
            for (const QString &c : std::as_const(columns))
                sets << c + QStringLiteral(" = ?");
            sets << QStringLiteral("server_version = max(server_version, ?)");
            binds << r.serverVersion;
            if (kind == StoreChange::Kind::Removed) {
                sets << QStringLiteral("deleted_at = ?");
                binds << deletedAt;
            }
            binds << r.id;
            if (!ctx.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                              .arg(e->table, sets.join(QStringLiteral(", "))),
                          binds))
                return false;
            if (fields.isEmpty() && kind != StoreChange::Kind::Removed)
                return true; // only the version moved: nothing a person sees
        }
        return refreshDerived(*e, r.id, &derivedError) && logged(*e, r.id, kind, fields);
    };
    bool ok = true;
    for (const RemoteRow &r : rows)
        if (!(ok = apply(r)))
            break;
    // Activities as the server sends them; one this desk has already is not written twice.
    const SyncEntity *activity = syncEntity(QStringLiteral("activity"));
    for (const QJsonValue &v : activities) {
        if (!ok)
            break;
        const QJsonObject a = v.toObject();
        const QString id = a.value(QStringLiteral("id")).toString();
        QStringList columns{QStringLiteral("id")};
        QVariantList binds{id};
        for (const QString &f : activity->fields) {
            columns << f;
            binds << sqlFromJson(a.value(f));
        }
        QSqlQuery q(m_db);
        ok = ctx.exec(QStringLiteral("INSERT OR IGNORE INTO activities(%1) VALUES (%2)")
                          .arg(columns.join(QStringLiteral(", ")), sqlPlaceholders(columns.size())),
                      binds, &q);
        if (ok && q.numRowsAffected() > 0)
            ok = logged(*activity, id, StoreChange::Kind::Inserted, {}) &&
                 noteActivity(ctx, a.value(QStringLiteral("customer_id")).toString(),
                              sqlFromJson(a.value(QStringLiteral("at"))));
    }
    if (ok && bulk && anyChange)
        ok = ctx.exec(QStringLiteral("INSERT INTO change_log(entity, row_id, customer_id, kind, "
                                     "fields) VALUES ('', '', '', 'updated', '')"));
    if (!derivedError.isEmpty())
        ctx.fail(derivedError), ok = false;
    if (ok && !commit(&ctx.error))
        ok = false;
    else if (!ok)
        rollback();
    if (!ok) {
        result.error =
            ctx.error.isEmpty() ? tr("The server's changes could not be saved.") : ctx.error;
        return result;
    }
    deliverChanges();
    return result;
}

bool Store::markMutationsDone(qint64 upToMutationId, const QString &rejection)
{
    QString error;
    if (!begin(&error))
        return false;
    QSqlQuery q(m_db);
    // Applied: every pending mutation up to the id. Refused: only that one, with the reason a
    // person will see; the ones after it go on.
    const bool refused = !rejection.isEmpty();
    q.prepare(refused ? QStringLiteral("UPDATE sync_outbox SET state = 'rejected', rejection = ? "
                                       "WHERE mutation_id = ? AND state = 'pending'")
                      : QStringLiteral("UPDATE sync_outbox SET state = 'applied' WHERE "
                                       "mutation_id <= ? AND state = 'pending'"));
    if (refused)
        q.addBindValue(rejection);
    q.addBindValue(upToMutationId);
    QSqlQuery d(m_db);
    d.prepare(refused ? QStringLiteral("DELETE FROM sync_pending_fields WHERE mutation_id = ?")
                      : QStringLiteral("DELETE FROM sync_pending_fields WHERE mutation_id <= ?"));
    d.addBindValue(upToMutationId);
    if (!q.exec() || !d.exec()) {
        errorInWords(q.lastError().isValid() ? q.lastError() : d.lastError());
        rollback();
        return false;
    }
    if (!commit(&error))
        return false;
    emit outboxChanged();
    return true;
}

} // namespace rentdesk
