#include "store.h"

#include "clock.h"
#include "schema.h"
#include "storeinternal.h"
#include "syncentities.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

namespace rentdesk {

using namespace storeinternal;

namespace {

// How many change log entries stay for windows of other processes that have not read them yet.
constexpr qint64 kChangeLogKeep = 20000;

StoreChange::Kind kindFromText(const QString &kind)
{
    if (kind == QLatin1String("inserted"))
        return StoreChange::Kind::Inserted;
    if (kind == QLatin1String("removed"))
        return StoreChange::Kind::Removed;
    return StoreChange::Kind::Updated;
}

QString kindText(StoreChange::Kind kind)
{
    switch (kind) {
    case StoreChange::Kind::Inserted: return QStringLiteral("inserted");
    case StoreChange::Kind::Removed: return QStringLiteral("removed");
    default: return QStringLiteral("updated");
    }
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rentdesk::StoreChange>();
}

Store::~Store()
{
    close();
}

namespace {
std::function<QString()> &idSource()
{
    static std::function<QString()> source;
    return source;
}
} // namespace

QString Store::newId()
{
    if (const auto &source = idSource())
        return source();
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Store::setIdSource(std::function<QString()> source)
{
    idSource() = std::move(source);
}

QString Store::nowText()
{
    return clock::nowUtc().toString(Qt::ISODate);
}

bool Store::open(const QString &path, OpenMode mode)
{
    close();
    m_path = path;
    m_readOnly = mode == OpenMode::ReadOnly;
    const QFileInfo info(path);
    if (m_readOnly && !info.isFile()) {
        m_lastError = tr("%1 does not exist.").arg(path);
        return false;
    }
    if (!m_readOnly && !QDir().mkpath(info.absolutePath())) {
        m_lastError = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    m_connection = QStringLiteral("rentdesk-store-") + newId();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(m_readOnly
                               ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        qWarning("rentdesk store: cannot open %s: %s", qPrintable(path),
                 qPrintable(m_db.lastError().text()));
        m_lastError = tr("Cannot open %1: %2").arg(path, errorInWords(m_db.lastError()));
        close();
        return false;
    }
    QSqlQuery q(m_db);
    // A file of a newer program is refused before anything (even the journal mode) changes it.
    if (Schema::version(m_db) > Schema::latestVersion()) {
        m_lastError = tr("%1 was written by a newer RentDesk (schema %2; this one knows up to %3). "
                         "Please update RentDesk.")
                          .arg(path)
                          .arg(Schema::version(m_db))
                          .arg(Schema::latestVersion());
        close();
        return false;
    }
    if (m_readOnly)
        return readIdentity();
    // synchronous = FULL: every commit reaches the disk before write() returns, so a payment
    // or a return the screen confirmed survives a power cut (with NORMAL, WAL mode may lose the
    // last commits then). One fsync per operation; an import is one transaction.
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_lastError = tr("Cannot prepare %1: %2").arg(path, errorInWords(q.lastError()));
            close();
            return false;
        }
    }
    QString error;
    if (!Schema::upgrade(m_db, &error)) {
        qWarning("rentdesk store: %s", qPrintable(error));
        m_lastError = tr("Cannot upgrade %1; the file was left as it was. The details are in the "
                         "log.")
                          .arg(path);
        close();
        return false;
    }
    if (!readIdentity()) {
        close();
        return false;
    }
    // Changes made before this connection opened are no news to it.
    if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) && q.next())
        m_deliveredSeq = q.value(0).toLongLong();
    return true;
}

void Store::close()
{
    watchOtherWriters(0);
    m_statements.clear();
    m_writeStatements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_deliveredSeq = 0;
    m_dataVersion = -1;
}

bool Store::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QString Store::fileStorePath() const
{
    const QFileInfo info(m_path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral("-files");
}

QString Store::filePath(const QString &sha256) const
{
    return fileStorePath() + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

QStringList Store::documentFiles() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT sha256 FROM documents WHERE deleted_at IS NULL AND "
                              "sha256 <> '' ORDER BY sha256")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

void Store::noteFileArrived(const QString &sha256)
{
    QString error;
    if (!begin(&error))
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO change_log(entity, row_id, customer_id, kind, fields) "
                             "SELECT 'document', id, customer_id, 'updated', 'file' FROM documents "
                             "WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec()) {
        rollback();
        return;
    }
    if (commit(&error))
        deliverChanges();
}

bool Store::readIdentity()
{
    // The client id is made once per file and never changes; the mutation counter lives beside
    // it. How a restored or copied file is repaired through the server: docs/sync-store.md.
    QSqlQuery q(m_db);
    auto get = [&](const QString &key) {
        q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
        q.addBindValue(key);
        return (q.exec() && q.next()) ? q.value(0).toString() : QString();
    };
    auto put = [&](const QString &key, const QString &value) {
        q.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        return q.exec();
    };
    m_clientId = get(QStringLiteral("client_id"));
    m_deskCode = get(QStringLiteral("desk_code"));
    if (m_clientId.isEmpty() && !m_readOnly) {
        m_clientId = newId();
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
            !put(QStringLiteral("client_id"), m_clientId) ||
            !put(QStringLiteral("last_mutation_id"), QStringLiteral("0")) ||
            !put(QStringLiteral("provisional_next"), QStringLiteral("1")) ||
            !q.exec(QStringLiteral("COMMIT"))) {
            m_lastError = tr("Cannot write the desk identity: %1").arg(errorInWords(q.lastError()));
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

QString Store::deskName() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'desk_name'")) && q.next())
        return q.value(0).toString();
    return QSysInfo::machineHostName();
}

qint64 Store::lastMutationId() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'last_mutation_id'")) &&
        q.next())
        return q.value(0).toLongLong();
    return -1;
}

QString Store::currentStaffName() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM staff WHERE id = ?"));
    q.addBindValue(m_staffId);
    return (q.exec() && q.next()) ? q.value(0).toString() : QString();
}

QString Store::ensureDeskStaff()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id FROM staff WHERE deleted_at IS NULL ORDER BY "
                              "created_at, id LIMIT 1")) &&
        q.next()) {
        m_staffId = q.value(0).toString();
        return m_staffId;
    }
    if (m_readOnly)
        return {};
    // A synced row like any other: made through the write path, so other desks learn of it.
    const WriteResult r = write([](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("staff.create"));
        ctx.createdId = newId();
        return ctx.insert(
            QStringLiteral("staff"), ctx.createdId,
            {{QStringLiteral("name"), tr("Desk")},
             {QStringLiteral("login"), QStringLiteral("desk-") + ctx.createdId.left(8)},
             {QStringLiteral("created_at"), ctx.now()}});
    });
    if (r.ok())
        m_staffId = r.id;
    return m_staffId;
}

QSqlQuery &Store::cached(int key, const char *sql) const
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(QString::fromUtf8(sql)))
            qWarning("rentdesk store: cannot prepare %s: %s", sql,
                     qPrintable(q->lastError().text()));
        it = m_statements.emplace(key, std::move(q)).first;
    }
    return *it->second;
}

// ---------------------------------------------------------------- transactions

bool Store::begin(QString *error)
{
    if (!isOpen() || m_readOnly) {
        *error = tr("The store is not open for changes.");
        return false;
    }
    // IMMEDIATE takes the write lock now, so the old values read inside are the ones the change
    // replaces, and a second writer waits (busy timeout) instead of failing at COMMIT.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = errorInWords(q.lastError());
    return false;
}

void Store::rollback()
{
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool Store::commit(QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    *error = errorInWords(q.lastError());
    rollback();
    return false;
}

// ---------------------------------------------------------------- the write path

bool Store::logChange(WriteContext &ctx, const SyncEntity &entity, const QString &id,
                      StoreChange::Kind kind, const QStringList &fields,
                      const QString &knownCustomer)
{
    // A customer row is its own customer; an activity names its customer (given by the caller).
    QString customerId = knownCustomer;
    if (customerId.isEmpty() && entity.name == QLatin1String("customer"))
        customerId = id;
    else if (customerId.isEmpty() && !entity.customerSql.isEmpty())
        customerId = ctx.scalar(entity.customerSql, {id}).toString();
    return ctx.exec(
        QStringLiteral("INSERT INTO change_log(entity, row_id, customer_id, kind, "
                       "fields) VALUES (?, ?, ?, ?, ?)"),
        {entity.name, id, text(customerId), kindText(kind), text(fields.join(QLatin1Char(',')))});
}

bool Store::noteActivity(WriteContext &ctx, const QString &customerId, const QVariant &at)
{
    // A customer this store does not have (yet): nothing to rank.
    const QVariant seq =
        ctx.scalar(QStringLiteral("SELECT seq FROM customers WHERE id = ?"), {customerId});
    if (!seq.isValid())
        return ctx.error.isEmpty();
    return ctx.exec(QStringLiteral(RENTDESK_NOTE_ACTIVITY), {seq, at, seq});
}

bool Store::writeActivities(WriteContext &ctx, QJsonArray *payload)
{
    const SyncEntity *activity = syncEntity(QStringLiteral("activity"));
    const QVariant staff = m_staffId.isEmpty() ? nullText() : QVariant(m_staffId);
    for (const auto &a : std::as_const(ctx.activities)) {
        const QString id = newId();
        if (!ctx.exec(QStringLiteral("INSERT INTO activities(id, customer_id, at, staff_id, "
                                     "action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, "
                                     "?, ?, ?)"),
                      {id, a.customerId, ctx.now(), staff, a.action, text(a.field),
                       text(a.oldValue), text(a.newValue)}) ||
            !noteActivity(ctx, a.customerId, ctx.now()) ||
            !logChange(ctx, *activity, id, StoreChange::Kind::Inserted, {}, a.customerId))
            return false;
        payload->append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("customer_id"), a.customerId},
                                    {QStringLiteral("at"), ctx.now()},
                                    {QStringLiteral("staff_id"), jsonFromSql(staff)},
                                    {QStringLiteral("action"), a.action},
                                    {QStringLiteral("field"), text(a.field)},
                                    {QStringLiteral("old_value"), text(a.oldValue)},
                                    {QStringLiteral("new_value"), text(a.newValue)}});
    }
    return true;
}

bool Store::writeOutbox(WriteContext &ctx, const QJsonArray &activityPayload)
{
    // One operation, one mutation: every row change and every activity in one entry.
    // Inside a batch the number is counted here and stored once, before the commit.
    const qint64 mutation =
        m_batchNextMutation > 0
            ? m_batchNextMutation
            : ctx.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                        "'last_mutation_id'"))
                      .toLongLong() +
                  1;
    if (!ctx.error.isEmpty())
        return false;
    QString operation = ctx.operation;
    if (operation.isEmpty())
        operation = ctx.changes.isEmpty() ? QStringLiteral("activity")
                                          : ctx.changes.first().entity + QLatin1Char('.') +
                                                RowChange::kindName(ctx.changes.first().kind);
    QJsonArray changes;
    for (const RowChange &c : std::as_const(ctx.changes))
        changes.append(c.toJson());
    const QJsonObject payload{{QStringLiteral("format"), 1},
                              {QStringLiteral("client_id"), m_clientId},
                              {QStringLiteral("mutation_id"), mutation},
                              {QStringLiteral("operation"), operation},
                              {QStringLiteral("created_at"), ctx.now()},
                              {QStringLiteral("staff_id"), m_staffId},
                              {QStringLiteral("changes"), changes},
                              {QStringLiteral("activities"), activityPayload}};
    if (!ctx.exec(QStringLiteral("INSERT INTO sync_outbox(mutation_id, operation, payload, "
                                 "created_at) VALUES (?, ?, ?, ?)"),
                  {mutation, operation,
                   QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                   ctx.now()}))
        return false;
    // The fields this desk changed and the server has not confirmed: a remote change keeps them.
    // A row this desk inserted needs none: the server can only send it back once it has applied
    // the insert (its values then are the merged ones), and later local edits record their own.
    for (const RowChange &c : std::as_const(ctx.changes)) {
        if (c.kind == RowChange::Kind::Insert)
            continue;
        for (auto it = c.newValues.begin(); it != c.newValues.end(); ++it)
            if (!ctx.exec(
                    QStringLiteral("INSERT OR IGNORE INTO sync_pending_fields(entity, row_id, "
                                   "field, mutation_id) VALUES (?, ?, ?, ?)"),
                    {c.entity, c.id, it.key(), mutation}))
                return false;
    }
    if (m_inBatch) {
        m_batchNextMutation = mutation + 1;
        return true;
    }
    return ctx.exec(
        QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'last_mutation_id'"),
        {QString::number(mutation)});
}

bool Store::beginOperations(QString *error)
{
    if (!begin(error))
        return false;
    // The identity may have changed through another connection (the sync module enrolled the
    // desk): read it inside the transaction, so every mutation carries the current one.
    QSqlQuery identity(m_db);
    if (!identity.exec(QStringLiteral("SELECT key, value FROM sync_state WHERE key IN "
                                      "('client_id', 'desk_code')"))) {
        *error = errorInWords(identity.lastError());
        rollback();
        return false;
    }
    while (identity.next())
        (identity.value(0).toString() == QLatin1String("client_id") ? m_clientId : m_deskCode) =
            identity.value(1).toString();
    identity.finish();
    // The staff member may be gone (removed at another desk, or the desk started over from a
    // server's data). A person who signed in is not replaced by someone else: the change is
    // recorded under nobody and the desk is told, which asks for a sign-in. A program without
    // sign-in (rentdesk-cli, the sync module) acts as the first staff member instead.
    QSqlQuery staff(m_db);
    staff.prepare(QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND deleted_at IS NULL"));
    staff.addBindValue(m_staffId);
    if (!m_staffId.isEmpty() && staff.exec() && staff.next() && staff.value(0).toInt() == 0) {
        if (m_signedIn) {
            m_staffId.clear();
            m_signedIn = false;
            QMetaObject::invokeMethod(this, &Store::staffChanged, Qt::QueuedConnection);
        } else if (staff.exec(QStringLiteral("SELECT id FROM staff WHERE deleted_at IS NULL "
                                             "ORDER BY created_at, id LIMIT 1"))) {
            m_staffId = staff.next() ? staff.value(0).toString() : QString();
        }
    }
    return true;
}

bool Store::runOperation(const std::function<bool(WriteContext &)> &operation, WriteContext &ctx,
                         const QString &derivedError)
{
    auto fault = [&](const char *point) {
        if (m_faultHook && !m_faultHook(point)) {
            ctx.fail(tr("The change could not be saved (interrupted at %1).")
                         .arg(QString::fromLatin1(point)));
            return true;
        }
        return false;
    };
    bool ok = operation(ctx) && ctx.error.isEmpty() && ctx.fieldErrors.isEmpty();
    if (!derivedError.isEmpty())
        ctx.fail(derivedError), ok = false;
    ok = ok && !fault("after-rows");
    for (const RowChange &c : std::as_const(ctx.changes)) {
        if (!ok)
            break;
        const StoreChange::Kind kind =
            c.kind == RowChange::Kind::Insert   ? StoreChange::Kind::Inserted
            : c.kind == RowChange::Kind::Delete ? StoreChange::Kind::Removed
                                                : StoreChange::Kind::Updated;
        ok = logChange(ctx, *syncEntity(c.entity), c.id, kind,
                       c.kind == RowChange::Kind::Update ? c.newValues.keys() : QStringList());
    }
    QJsonArray activityPayload;
    ok = ok && writeActivities(ctx, &activityPayload);
    ok = ok && !fault("before-outbox");
    if (ok && (!ctx.changes.isEmpty() || !ctx.activities.isEmpty()))
        ok = writeOutbox(ctx, activityPayload);
    return ok;
}

static WriteResult failedWrite(const WriteContext &ctx)
{
    WriteResult result;
    result.error = ctx.error;
    result.fieldErrors = ctx.fieldErrors;
    if (result.error.isEmpty() && result.fieldErrors.isEmpty())
        result.error = Store::tr("The change could not be saved.");
    return result;
}

WriteResult Store::write(const std::function<bool(WriteContext &)> &operation)
{
    WriteResult result;
    if (!beginOperations(&result.error))
        return result;
    QString derivedError;
    WriteContext ctx(
        m_db, m_writeStatements, nowText(),
        [&](const SyncEntity &e, const QString &id, const WriteContext::InsertedRow *inserted) {
            return refreshDerived(e, id, &derivedError, inserted);
        });
    const bool ok = runOperation(operation, ctx, derivedError);
    if (ok && !commit(&ctx.error))
        return failedWrite(ctx);
    if (!ok) {
        rollback();
        return failedWrite(ctx);
    }
    result.id = ctx.createdId;
    deliverChanges();
    return result;
}

WriteResult Store::writeBatch(int count,
                              const std::function<bool(int index, WriteContext &)> &operation,
                              const std::function<bool(int done)> &progress)
{
    WriteResult result;
    if (!beginOperations(&result.error))
        return result;
    m_inBatch = true;
    m_batchNextMutation = 0;
    const QString now = nowText();
    for (int i = 0; i < count; ++i) {
        QString derivedError;
        WriteContext ctx(
            m_db, m_writeStatements, now,
            [&](const SyncEntity &e, const QString &id, const WriteContext::InsertedRow *inserted) {
                return refreshDerived(e, id, &derivedError, inserted);
            });
        const bool ok =
            runOperation([&](WriteContext &c) { return operation(i, c); }, ctx, derivedError);
        if (!ok || (progress && !progress(i + 1))) {
            m_inBatch = false;
            m_batchNextMutation = 0;
            rollback();
            if (!ok) {
                result = failedWrite(ctx);
                result.failedIndex = i;
            } else {
                result.error = tr("Cancelled: nothing was saved.");
                result.cancelled = true;
            }
            return result;
        }
    }
    m_inBatch = false;
    QSqlQuery last(m_db);
    last.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'last_mutation_id'"));
    last.addBindValue(QString::number(m_batchNextMutation - 1));
    const bool counted = m_batchNextMutation == 0 || last.exec();
    m_batchNextMutation = 0;
    if (!counted) {
        result.error = errorInWords(last.lastError());
        rollback();
        return result;
    }
    if (!commit(&result.error))
        return result;
    deliverChanges();
    return result;
}

// ---------------------------------------------------------------- change notices

void Store::watchOtherWriters(int intervalMs)
{
    if (intervalMs <= 0) {
        delete m_watch;
        m_watch = nullptr;
        return;
    }
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, [this] {
            // data_version changes when another connection commits to the file.
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
                return;
            const qint64 version = q.value(0).toLongLong();
            if (version != m_dataVersion) {
                m_dataVersion = version;
                deliverChanges();
            }
        });
    }
    m_watch->start(intervalMs);
}

void Store::deliverChanges()
{
    // Inside a batch the change log holds rows that are not committed yet (and may never be).
    if (!isOpen() || m_inBatch)
        return;
    QList<StoreChange> out;
    QSqlQuery &q = cached(ChangeLog, "SELECT seq, entity, row_id, customer_id, kind, fields FROM "
                                     "change_log WHERE seq > ? ORDER BY seq LIMIT 5001");
    q.addBindValue(m_deliveredSeq);
    if (!execQuery(q))
        return;
    qint64 last = m_deliveredSeq;
    bool gap = false;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        // Entries pruned before this window read them, or too many at once: say "everything".
        if ((m_deliveredSeq > 0 && out.isEmpty() && seq > m_deliveredSeq + 1) || out.size() >= 5000)
            gap = true;
        last = seq;
        // An entry without an entity stands for "everything" (a large page from the server).
        if (q.value(1).toString().isEmpty())
            gap = true;
        out << StoreChange{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           kindFromText(q.value(4).toString()),
                           q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)};
    }
    q.finish();
    if (out.isEmpty())
        return;
    if (gap) {
        QSqlQuery m(m_db);
        if (m.exec(QStringLiteral("SELECT max(seq) FROM change_log")) && m.next())
            last = m.value(0).toLongLong();
        out = {StoreChange{QString(), QString(), QString(), StoreChange::Kind::Reset, {}}};
    }
    const bool prune = last / 1000 != m_deliveredSeq / 1000;
    m_deliveredSeq = last;
    if (!m_readOnly && prune)
        QSqlQuery(m_db).exec(
            QStringLiteral("DELETE FROM change_log WHERE seq <= %1").arg(last - kChangeLogKeep));
    for (const StoreChange &c : std::as_const(out))
        emit changed(c);
    emit changesCommitted(out);
}

int Store::pendingOutboxCount() const
{
    QSqlQuery q(m_db);
    return (q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")) &&
            q.next())
               ? q.value(0).toInt()
               : -1;
}

// ---------------------------------------------------------------- maintenance

bool Store::addNumberBlock(qint64 first, qint64 last, const QString &source)
{
    if (first <= 0 || last < first)
        return false;
    QSqlQuery q(m_db);
    // A block must not overlap one the desk already has.
    q.prepare(QStringLiteral("SELECT 1 FROM number_blocks WHERE first_number <= ? AND "
                             "last_number >= ?"));
    q.addBindValue(last);
    q.addBindValue(first);
    if (!q.exec() || q.next())
        return false;
    q.prepare(QStringLiteral("INSERT INTO number_blocks(first_number, last_number, next_number, "
                             "source, leased_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(first);
    q.addBindValue(source);
    q.addBindValue(nowText());
    return q.exec();
}

qint64 Store::numbersLeftInBlocks() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT coalesce(sum(last_number - next_number + 1), 0) FROM "
                              "number_blocks")) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

Store::CheckReport Store::check(bool quick) const
{
    CheckReport r;
    r.schemaVersion = Schema::version(m_db);
    QSqlQuery q(m_db);
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check")
                      : QStringLiteral("PRAGMA integrity_check"))) {
        r.problems << q.lastError().text();
    } else {
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                r.problems << QStringLiteral("integrity: ") + q.value(0).toString();
    }
    if (!quick) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            r.problems << q.lastError().text();
        } else {
            int shown = 0;
            while (q.next())
                if (shown++ < 20)
                    r.problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3")
                                      .arg(q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toString());
        }
    }
    // The search index must hold one entry per customer.
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM "
                              "customer_search)")) &&
        q.next() && q.value(0).toLongLong() != q.value(1).toLongLong())
        r.problems << QStringLiteral("search index has %1 entries for %2 customers")
                          .arg(q.value(1).toLongLong())
                          .arg(q.value(0).toLongLong());
    return r;
}

} // namespace rentdesk
