#include "schemasteps.h"
#include "syncentities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rentdesk::schemasteps {

namespace {

bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column)
{
    return db.record(table).contains(column);
}

// Tables whose rows were identified by other columns get an `id`: a name-based UUID of them.
bool addNaturalIds(QSqlDatabase &db, const SyncEntity &e, QString *error)
{
    if (!execAll(db, {QStringLiteral("ALTER TABLE %1 ADD COLUMN id TEXT").arg(e.table)}, error))
        return false;
    QSqlQuery read(db), write(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT rowid, %1 FROM %2")
                       .arg(e.naturalKey.join(QStringLiteral(", ")), e.table))) {
        *error = read.lastError().text();
        return false;
    }
    write.prepare(QStringLiteral("UPDATE %1 SET id = ? WHERE rowid = ?").arg(e.table));
    while (read.next()) {
        QStringList parts;
        for (int i = 1; i <= e.naturalKey.size(); ++i)
            parts << read.value(i).toString();
        write.addBindValue(naturalId(e.name, parts));
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return execAll(db, {QStringLiteral("CREATE UNIQUE INDEX %1_id ON %1(id)").arg(e.table)}, error);
}

// A random UUID (version 4 form) from the column `h`, 32 random hex digits.
#define RENTDESK_UUID_SQL                                                                          \
    "lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || "      \
    "substr(h, 18, 3) || '-' || substr(h, 21, 12))"

// Open, paid and cancelled payments become charges (what is due) and payments (what came in);
// a cancelled one gets a correcting charge, so the derived open amount stays what it was.
const QStringList kMoneyTables = {
    QStringLiteral("ALTER TABLE payments RENAME TO payments_v3"),
    QStringLiteral("DROP INDEX payments_customer"),
    QStringLiteral("DROP INDEX payments_transaction"),
    QStringLiteral(R"(CREATE TABLE charges (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        transaction_id TEXT REFERENCES transactions(id),
        line_id TEXT REFERENCES transaction_lines(id),
        description TEXT NOT NULL DEFAULT '',
        amount_minor INTEGER NOT NULL,
        currency TEXT NOT NULL DEFAULT 'EUR',
        due_on TEXT NOT NULL,
        corrects_id TEXT REFERENCES charges(id),
        created_at TEXT NOT NULL,
        server_version INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT,
        CHECK ((corrects_id IS NULL) = (amount_minor >= 0))))"),
    QStringLiteral(R"(CREATE TABLE payments (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        transaction_id TEXT REFERENCES transactions(id),
        charge_id TEXT REFERENCES charges(id),
        amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
        currency TEXT NOT NULL DEFAULT 'EUR',
        method TEXT NOT NULL DEFAULT '',
        paid_at TEXT NOT NULL,
        server_version INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT))"),
    QStringLiteral("INSERT INTO charges(id, customer_id, transaction_id, line_id, description, "
                   "amount_minor, currency, due_on, created_at) SELECT id, customer_id, "
                   "transaction_id, line_id, description, amount_minor, currency, due_on, "
                   "coalesce(paid_at, due_on) FROM payments_v3"),
    QStringLiteral("WITH src AS MATERIALIZED (SELECT *, hex(randomblob(16)) AS h FROM payments_v3 "
                   "WHERE status = 'paid' AND amount_minor > 0) INSERT INTO payments(id, "
                   "customer_id, transaction_id, charge_id, amount_minor, currency, method, "
                   "paid_at) SELECT " RENTDESK_UUID_SQL ", customer_id, transaction_id, id, "
                   "amount_minor, currency, method, coalesce(paid_at, due_on) FROM src"),
    QStringLiteral("WITH src AS MATERIALIZED (SELECT *, hex(randomblob(16)) AS h FROM payments_v3 "
                   "WHERE status = 'cancelled' AND amount_minor > 0) INSERT INTO charges(id, "
                   "customer_id, transaction_id, line_id, description, amount_minor, currency, "
                   "due_on, corrects_id, created_at) SELECT " RENTDESK_UUID_SQL ", customer_id, "
                   "transaction_id, line_id, 'cancelled', -amount_minor, currency, due_on, id, "
                   "due_on FROM src"),
    QStringLiteral("DROP TABLE payments_v3"),
    QStringLiteral("CREATE INDEX charges_customer ON charges(customer_id, due_on)"),
    QStringLiteral("CREATE INDEX charges_transaction ON charges(transaction_id)"),
    QStringLiteral("CREATE INDEX charges_corrects ON charges(corrects_id)"),
    // Covering the per-customer sums (RENTDESK_CUSTOMER_CHARGES): a card reads its customer's
    // payments and corrections as one index range each.
    QStringLiteral("CREATE INDEX payments_customer ON payments(customer_id, charge_id, "
                   "amount_minor, deleted_at)"),
    QStringLiteral("CREATE INDEX charges_customer_corrections ON charges(customer_id, "
                   "corrects_id, amount_minor, deleted_at) WHERE corrects_id IS NOT NULL"),
    QStringLiteral("CREATE INDEX payments_charge ON payments(charge_id)"),
    QStringLiteral("CREATE INDEX payments_transaction ON payments(transaction_id)"),
    // A voucher's remainder is its value less its redemptions; a stored remainder that said
    // otherwise is kept as a redemption, so no credit appears or vanishes.
    QStringLiteral("WITH src AS MATERIALIZED (SELECT v.id, v.created_at, v.value_minor - "
                   "v.remaining_minor - coalesce((SELECT sum(r.amount_minor) FROM "
                   "voucher_redemptions r WHERE r.voucher_id = v.id), 0) AS amount, "
                   "hex(randomblob(16)) AS h FROM vouchers v) INSERT INTO "
                   "voucher_redemptions(id, voucher_id, transaction_id, amount_minor, "
                   "redeemed_at) SELECT " RENTDESK_UUID_SQL ", id, NULL, amount, created_at FROM "
                   "src WHERE amount > 0"),
    QStringLiteral("ALTER TABLE vouchers DROP COLUMN remaining_minor"),
    QStringLiteral("ALTER TABLE transactions DROP COLUMN total_minor"),
};

// The derived sums, read like tables: a charge's open amount (charged, less its corrections,
// less what was paid on it) and a voucher's remainder (value less redemptions).
const QStringList kDerivedViews = {
    QStringLiteral(R"(CREATE VIEW charge_balances AS SELECT c.id, c.customer_id, c.transaction_id,
        c.line_id, c.description, c.currency, c.due_on, c.created_at, c.amount_minor +
        coalesce((SELECT sum(k.amount_minor) FROM charges k WHERE k.corrects_id = c.id AND
        k.deleted_at IS NULL), 0) - coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE
        p.charge_id = c.id AND p.deleted_at IS NULL), 0) AS open_minor FROM charges c WHERE
        c.corrects_id IS NULL AND c.deleted_at IS NULL)"),
    QStringLiteral(R"(CREATE VIEW voucher_balances AS SELECT v.id, v.code, v.customer_id,
        v.currency, v.value_minor, v.expires_on, v.created_at, v.value_minor -
        coalesce((SELECT sum(r.amount_minor) FROM voucher_redemptions r WHERE r.voucher_id = v.id
        AND r.deleted_at IS NULL), 0) AS remaining_minor FROM vouchers v WHERE v.deleted_at IS
        NULL)"),
    // Only the tombstones: counting live customers is all customers less these, and the
    // search's own indexes stay the planner's choice.
    QStringLiteral("CREATE INDEX customers_tombstones ON customers(deleted_at) WHERE deleted_at "
                   "IS NOT NULL"),
};

// The local bookkeeping of sync: one outbox entry per operation, the fields of pending local
// changes (so a remote change does not overwrite them), and the change log for open windows.
const QStringList kSyncBookkeeping = {
    QStringLiteral("ALTER TABLE sync_outbox RENAME TO sync_outbox_v3"),
    QStringLiteral("DROP INDEX sync_outbox_pending"),
    QStringLiteral(R"(CREATE TABLE sync_outbox (
        mutation_id INTEGER PRIMARY KEY,
        operation TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'rejected')),
        rejection TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX sync_outbox_pending ON sync_outbox(state, mutation_id)"),
    QStringLiteral(R"(CREATE TABLE sync_pending_fields (
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        mutation_id INTEGER NOT NULL REFERENCES sync_outbox(mutation_id) ON DELETE CASCADE,
        PRIMARY KEY (entity, row_id, field, mutation_id)))"),
    QStringLiteral("CREATE INDEX sync_pending_fields_mutation ON sync_pending_fields(mutation_id)"),
    QStringLiteral(R"(CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        customer_id TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('inserted', 'updated', 'removed')),
        fields TEXT NOT NULL DEFAULT ''))"),
    // A server gives desk codes at enrolment; a code this file drew for itself is kept only for
    // the provisional numbers it already gave.
    QStringLiteral("UPDATE sync_state SET key = 'legacy_desk_code' WHERE key = 'desk_code'"),
};

// Old outbox rows were one row change each; each becomes one mutation of the new format.
bool convertOutbox(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db), write(db), pending(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT mutation_id, entity, entity_id, operation, "
                                  "base_version, payload, created_at, state, rejection FROM "
                                  "sync_outbox_v3 ORDER BY mutation_id"))) {
        *error = read.lastError().text();
        return false;
    }
    write.prepare(QStringLiteral("INSERT INTO sync_outbox(mutation_id, operation, payload, "
                                 "created_at, state, rejection) VALUES (?, ?, ?, ?, ?, ?)"));
    pending.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_pending_fields(entity, row_id, "
                                   "field, mutation_id) VALUES (?, ?, ?, ?)"));
    while (read.next()) {
        const qint64 mutation = read.value(0).toLongLong();
        const QString entity = read.value(1).toString();
        const QString kind = read.value(3).toString();
        const QJsonObject old = QJsonDocument::fromJson(read.value(5).toByteArray()).object();
        QJsonObject change{{QStringLiteral("entity"), entity},
                           {QStringLiteral("id"), read.value(2).toString()},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("base_version"), read.value(4).toLongLong()},
                           {QStringLiteral("new"), old.value(QStringLiteral("fields"))},
                           {QStringLiteral("old"), old.value(QStringLiteral("old"))}};
        const QString operation = entity + QLatin1Char('.') + kind;
        const QJsonObject payload{
            {QStringLiteral("format"), 1},
            {QStringLiteral("client_id"), old.value(QStringLiteral("client_id"))},
            {QStringLiteral("mutation_id"), mutation},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("created_at"), read.value(6).toString()},
            {QStringLiteral("changes"), QJsonArray{change}},
            {QStringLiteral("activities"), old.value(QStringLiteral("activities")).toArray()}};
        for (const QVariant &v :
             {QVariant(mutation), QVariant(operation),
              QVariant(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))),
              read.value(6), read.value(7), read.value(8)})
            write.addBindValue(v);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
        if (read.value(7).toString() != QLatin1String("pending"))
            continue;
        const QJsonObject fields = old.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            for (const QVariant &v :
                 {QVariant(entity), read.value(2), QVariant(it.key()), QVariant(mutation)})
                pending.addBindValue(v);
            if (!pending.exec()) {
                *error = pending.lastError().text();
                return false;
            }
        }
    }
    return execAll(db, {QStringLiteral("DROP TABLE sync_outbox_v3")}, error);
}

} // namespace

bool syncReady(QSqlDatabase &db, QString *error)
{
    if (!execAll(db, kMoneyTables, error))
        return false;
    const QStringList tables = db.tables();
    for (const SyncEntity &e : syncEntities()) {
        // Tables of later steps are made with these columns from the start.
        if (!tables.contains(e.table))
            continue;
        if (!e.naturalKey.isEmpty() && !hasColumn(db, e.table, QStringLiteral("id")) &&
            !addNaturalIds(db, e, error))
            return false;
        if (!hasColumn(db, e.table, QStringLiteral("server_version")) &&
            !execAll(db,
                     {QStringLiteral("ALTER TABLE %1 ADD COLUMN server_version INTEGER NOT NULL "
                                     "DEFAULT 0")
                          .arg(e.table)},
                     error))
            return false;
        if (!hasColumn(db, e.table, QStringLiteral("deleted_at")) &&
            !execAll(db, {QStringLiteral("ALTER TABLE %1 ADD COLUMN deleted_at TEXT").arg(e.table)},
                     error))
            return false;
    }
    if (!execAll(db, kDerivedViews + kSyncBookkeeping, error))
        return false;
    return convertOutbox(db, error);
}

} // namespace rentdesk::schemasteps
