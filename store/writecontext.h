#pragma once

#include "customer.h"
#include "statementcache.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantHash>

#include <functional>

namespace rentdesk {

struct SyncEntity;

// One row change of a mutation, as it goes into the outbox and onto the wire
// (docs/sync-store.md): the entity, the row, its server version when the desk read it, and the
// declared fields before and after.
struct RowChange
{
    enum class Kind { Insert, Update, Delete };
    QString entity, id;
    Kind kind = Kind::Update;
    qint64 baseVersion = 0;
    QJsonObject oldValues, newValues;

    QJsonObject toJson() const;
    static QString kindName(Kind kind);
};

// Values between SQLite and JSON, the same way in the outbox and in the apply path.
QJsonValue jsonFromSql(const QVariant &value);
QVariant sqlFromJson(const QJsonValue &value);
// "?, ?, ?" for n values.
QString sqlPlaceholders(qsizetype n);
// A failed statement in words for people; the SQLite text goes to the log only.
QString errorInWords(const QSqlError &error);

// Handed to an operation inside Store::write(). Synced rows change only through insert(),
// update() and remove(), which read the old values inside the write transaction and record the
// row change for the operation's one outbox entry; exec() is for local bookkeeping (number
// blocks, derived search data).
class WriteContext
{
public:
    // What an insert wrote: the change as it syncs, the new row's rowid and its local columns.
    struct InsertedRow
    {
        const RowChange &change;
        QVariant rowid;
        const QVariantHash &local;
    };
    // Called after each row change; `inserted` is set for a row new in this operation.
    using AfterRowChange =
        std::function<bool(const SyncEntity &, const QString &id, const InsertedRow *inserted)>;
    // `statements` keeps the prepared statements for as long as the store's connection.
    WriteContext(QSqlDatabase &db, StatementCache &statements, QString now,
                 AfterRowChange afterRowChange = {});

    QSqlDatabase &db() { return m_db; }
    QString now() const { return m_now; }
    // Prepares, binds in order and executes; on failure records the error and returns false.
    bool exec(const QString &sql, const QVariantList &values = {}, QSqlQuery *out = nullptr);
    // Like exec(), from the statement cache: the result is read before the same SQL runs again.
    // nullptr (with the error recorded) on failure.
    QSqlQuery *query(const QString &sql, const QVariantList &values = {});
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Sets local sync bookkeeping values (sync_state) inside the transaction.
    bool putSyncState(const QHash<QString, QString> &values);

    // The declared fields, server_version and deleted_at of a row; empty when there is none.
    QVariantHash row(const QString &entity, const QString &id);
    // `local` columns (derived data of this desk, such as a folded name) are written with the
    // row but are not part of the change that syncs.
    bool insert(const QString &entity, const QString &id, const QVariantHash &values,
                const QVariantHash &local = {});
    // Changes the given fields of a live row; fields whose value stays the same are left out,
    // and an update that changes nothing records nothing. False (with an error) for a row that
    // is missing or tombstoned.
    bool update(const QString &entity, const QString &id, const QVariantHash &values);
    // Tombstones a row: it stays, with deleted_at set, so a late edit from another desk is seen
    // as a conflict instead of bringing it back.
    bool remove(const QString &entity, const QString &id);

    // What a person would call the operation, e.g. "customer.update"; defaults to the first
    // change's entity and kind.
    void setOperation(const QString &name) { operation = name; }
    void addActivity(const QString &customerId, const QString &action, const QString &field = {},
                     const QString &oldValue = {}, const QString &newValue = {});
    void fail(const QString &message) { error = message; }
    void failField(CustomerField field, const QString &message)
    {
        fieldErrors.insert(field, message);
    }

    struct Activity
    {
        QString customerId, action, field, oldValue, newValue;
    };
    QString operation;
    QList<RowChange> changes;
    QList<Activity> activities;
    QString error;
    QHash<CustomerField, QString> fieldErrors;
    QString createdId;

private:
    const SyncEntity *declared(const QString &entity);
    // The declaration of a row that may be changed (or deleted): live, and not append-only.
    const SyncEntity *liveRow(const QString &entity, const QString &id, bool deleting,
                              QVariantHash *before);
    QJsonObject readFields(const SyncEntity &e, const QString &id, const QStringList &fields);

    QSqlDatabase &m_db;
    QString m_now;
    AfterRowChange m_afterRowChange;
    StatementCache &m_statements;
};

} // namespace rentdesk
