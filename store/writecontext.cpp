#include "writecontext.h"

#include "syncentities.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace rentdesk {

namespace {} // namespace

QString RowChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Insert: return QStringLiteral("insert");
    case Kind::Update: return QStringLiteral("update");
    case Kind::Delete: return QStringLiteral("delete");
    }
    return {};
}

QJsonObject RowChange::toJson() const
{
    return QJsonObject{
        {QStringLiteral("entity"), entity},       {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("base_version"), baseVersion},
        {QStringLiteral("old"), oldValues},       {QStringLiteral("new"), newValues}};
}

QString sqlPlaceholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}

QJsonValue jsonFromSql(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: return QJsonValue(value.toLongLong());
    case QMetaType::Double: return QJsonValue(value.toDouble());
    default: return QJsonValue(value.toString());
    }
}

QVariant sqlFromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QVariant(QMetaType(QMetaType::QString));
    case QJsonValue::Bool: return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto whole = qint64(d);
        return double(whole) == d ? QVariant(whole) : QVariant(d);
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
    }
    default: return QVariant(QString::fromUtf8(QJsonDocument(value.toObject()).toJson()));
    }
}

QString errorInWords(const QSqlError &error)
{
    qWarning("rentdesk store: %s", qPrintable(error.text()));
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary SQLite result code
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
            "rentdesk::Store",
            "The store is busy: another program is writing to it. Please try again "
            "in a moment.");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate(
            "rentdesk::Store", "The store cannot be written: the file or its folder is read-only.");
    case 13: // SQLITE_FULL
        return QCoreApplication::translate(
            "rentdesk::Store",
            "The disk is full: nothing was saved. Free some space and try again.");
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate(
            "rentdesk::Store",
            "The store file could not be read or written (a disk or file problem). "
            "Nothing was saved; the details are in the log.");
    case 19: // SQLITE_CONSTRAINT
        return QCoreApplication::translate(
            "rentdesk::Store",
            "The change contradicts data in the store (for example a reference to "
            "something that no longer exists). Nothing was saved.");
    default:
        return QCoreApplication::translate(
            "rentdesk::Store", "The store could not carry out the change. Nothing was saved; the "
                               "details are in the log.");
    }
}

WriteContext::WriteContext(QSqlDatabase &db, StatementCache &statements, QString now,
                           AfterRowChange afterRowChange)
    : m_db(db)
    , m_now(std::move(now))
    , m_afterRowChange(std::move(afterRowChange))
    , m_statements(statements)
{}

QSqlQuery *WriteContext::query(const QString &sql, const QVariantList &values)
{
    QSqlError e;
    QSqlQuery *q = m_statements.run(m_db, sql, values, &e);
    if (!q)
        error = errorInWords(e);
    return q;
}

bool WriteContext::exec(const QString &sql, const QVariantList &values, QSqlQuery *out)
{
    if (!out) {
        QSqlQuery *cachedQuery = query(sql, values);
        if (cachedQuery)
            cachedQuery->finish();
        return cachedQuery != nullptr;
    }
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        error = errorInWords(q.lastError());
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        error = errorInWords(q.lastError());
        return false;
    }
    if (out)
        *out = std::move(q);
    return true;
}

bool WriteContext::putSyncState(const QHash<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!exec(
                QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) "
                               "DO UPDATE SET value = excluded.value"),
                {it.key(), it.value().isNull() ? QString(QLatin1String("")) : it.value()}))
            return false;
    return true;
}

QVariant WriteContext::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = query(sql, values);
    QVariant value;
    if (q && q->next())
        value = q->value(0);
    if (q)
        q->finish();
    return value;
}

const SyncEntity *WriteContext::declared(const QString &entity)
{
    const SyncEntity *e = syncEntity(entity);
    if (!e) {
        qWarning("rentdesk store: write to the undeclared entity %s", qPrintable(entity));
        error = QCoreApplication::translate(
            "rentdesk::Store", "The store could not carry out the change. Nothing was saved; the "
                               "details are in the log.");
    }
    return e;
}

QVariantHash WriteContext::row(const QString &entity, const QString &id)
{
    QVariantHash out;
    const SyncEntity *e = declared(entity);
    if (!e)
        return out;
    const QStringList columns =
        e->fields + QStringList{QStringLiteral("server_version"), QStringLiteral("deleted_at")};
    QSqlQuery *q = query(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                             .arg(columns.join(QStringLiteral(", ")), e->table),
                         {id});
    if (q && q->next())
        for (int i = 0; i < columns.size(); ++i)
            out.insert(columns.at(i), q->value(i));
    if (q)
        q->finish();
    return out;
}

QJsonObject WriteContext::readFields(const SyncEntity &e, const QString &id,
                                     const QStringList &fields)
{
    QJsonObject out;
    QSqlQuery *q = query(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                             .arg(fields.join(QStringLiteral(", ")), e.table),
                         {id});
    if (q && q->next())
        for (int i = 0; i < fields.size(); ++i)
            out.insert(fields.at(i), jsonFromSql(q->value(i)));
    if (q)
        q->finish();
    return out;
}

bool WriteContext::insert(const QString &entity, const QString &id, const QVariantHash &values,
                          const QVariantHash &local)
{
    const SyncEntity *e = declared(entity);
    if (!e)
        return false;
    QStringList columns{QStringLiteral("id")};
    QVariantList binds{id};
    for (auto it = values.begin(); it != values.end(); ++it) {
        Q_ASSERT_X(e->hasField(it.key()), "WriteContext::insert", "undeclared field");
        columns << it.key();
        binds << it.value();
    }
    for (auto it = local.begin(); it != local.end(); ++it) {
        columns << it.key();
        binds << it.value();
    }
    QSqlQuery *q =
        query(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(e->table, columns.join(QStringLiteral(", ")), sqlPlaceholders(binds.size())),
              binds);
    if (!q)
        return false;
    const QVariant rowid = q->lastInsertId();
    q->finish();
    // The change carries the declared fields as the row holds them: the values given, or, when
    // some were left to the table's defaults, the row read back.
    QJsonObject newValues;
    for (const QString &f : e->fields) {
        const auto it = values.constFind(f);
        if (it == values.cend()) {
            newValues = readFields(*e, id, e->fields);
            break;
        }
        newValues.insert(f, jsonFromSql(*it));
    }
    changes << RowChange{e->name, id, RowChange::Kind::Insert, 0, {}, newValues};
    const InsertedRow inserted{changes.last(), rowid, local};
    return !m_afterRowChange || m_afterRowChange(*e, id, &inserted);
}

const SyncEntity *WriteContext::liveRow(const QString &entity, const QString &id, bool deleting,
                                        QVariantHash *before)
{
    const SyncEntity *e = declared(entity);
    if (!e)
        return nullptr;
    if (e->merge == MergeRule::AppendOnly) {
        qWarning("rentdesk store: %s of the append-only entity %s", deleting ? "delete" : "update",
                 qPrintable(entity));
        fail(deleting ? QCoreApplication::translate(
                            "rentdesk::Store",
                            "This entry cannot be deleted; a correction is a new entry.")
                      : QCoreApplication::translate(
                            "rentdesk::Store",
                            "This entry cannot be changed; a correction is a new entry."));
        return nullptr;
    }
    *before = row(entity, id);
    if (before->isEmpty() || !before->value(QStringLiteral("deleted_at")).isNull()) {
        if (error.isEmpty())
            fail(QCoreApplication::translate(
                "rentdesk::Store",
                "This entry no longer exists; it may have been deleted at another desk."));
        return nullptr;
    }
    return e;
}

bool WriteContext::update(const QString &entity, const QString &id, const QVariantHash &values)
{
    QVariantHash before;
    const SyncEntity *e = liveRow(entity, id, false, &before);
    if (!e)
        return false;
    QStringList sets, changedFields;
    QVariantList binds;
    QJsonObject old;
    for (auto it = values.begin(); it != values.end(); ++it) {
        Q_ASSERT_X(e->hasField(it.key()), "WriteContext::update", "undeclared field");
        const QJsonValue was = jsonFromSql(before.value(it.key()));
        if (was == jsonFromSql(it.value()))
            continue;
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
        changedFields << it.key();
        old.insert(it.key(), was);
    }
    if (sets.isEmpty())
        return true;
    binds << id;
    if (!exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                  .arg(e->table, sets.join(QStringLiteral(", "))),
              binds))
        return false;
    changes << RowChange{e->name,
                         id,
                         RowChange::Kind::Update,
                         before.value(QStringLiteral("server_version")).toLongLong(),
                         old,
                         readFields(*e, id, changedFields)};
    return !m_afterRowChange || m_afterRowChange(*e, id, nullptr);
}

bool WriteContext::remove(const QString &entity, const QString &id)
{
    QVariantHash before;
    const SyncEntity *e = liveRow(entity, id, true, &before);
    if (!e)
        return false;
    if (!exec(QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ?").arg(e->table),
              {m_now, id}))
        return false;
    QJsonObject old;
    for (const QString &f : e->fields)
        old.insert(f, jsonFromSql(before.value(f)));
    changes << RowChange{e->name,
                         id,
                         RowChange::Kind::Delete,
                         before.value(QStringLiteral("server_version")).toLongLong(),
                         old,
                         QJsonObject{{QStringLiteral("deleted_at"), m_now}}};
    return !m_afterRowChange || m_afterRowChange(*e, id, nullptr);
}

void WriteContext::addActivity(const QString &customerId, const QString &action,
                               const QString &field, const QString &oldValue,
                               const QString &newValue)
{
    activities << Activity{customerId, action, field, oldValue, newValue};
}

} // namespace rentdesk
