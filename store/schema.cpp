#include "schema.h"

#include "schemasteps.h"
#include "textfold.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rentdesk {

bool schemasteps::execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(160);
            return false;
        }
    }
    return true;
}

namespace {

using schemasteps::execAll;

// Step 1: the domain of the customer card.
const QStringList kDomainTables = {
    QStringLiteral(R"(CREATE TABLE staff (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        login TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE customer_groups (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL UNIQUE,
        discount_percent INTEGER NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100)))"),
    QStringLiteral(R"(CREATE TABLE default_permissions (
        permission TEXT PRIMARY KEY NOT NULL,
        allowed INTEGER NOT NULL CHECK (allowed IN (0, 1))))"),
    QStringLiteral(R"(CREATE TABLE group_permissions (
        group_id TEXT NOT NULL REFERENCES customer_groups(id) ON DELETE CASCADE,
        permission TEXT NOT NULL,
        allowed INTEGER NOT NULL CHECK (allowed IN (0, 1)),
        PRIMARY KEY (group_id, permission)))"),
    QStringLiteral(R"(CREATE TABLE customers (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        number TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT 'DE',
        birth_date TEXT,
        group_id TEXT REFERENCES customer_groups(id),
        blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
        blocked_reason TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'de',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        server_version INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE INDEX customers_email ON customers(email COLLATE NOCASE)"),
    QStringLiteral(
        "CREATE INDEX customers_name_birth ON customers(last_name, first_name, birth_date)"),
    QStringLiteral(R"(CREATE TABLE customer_permissions (
        customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        permission TEXT NOT NULL,
        allowed INTEGER NOT NULL CHECK (allowed IN (0, 1)),
        PRIMARY KEY (customer_id, permission)))"),
    QStringLiteral(R"(CREATE TABLE articles (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral(R"(CREATE TABLE price_lists (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        currency TEXT NOT NULL DEFAULT 'EUR',
        valid_from TEXT NOT NULL,
        valid_to TEXT))"),
    QStringLiteral(R"(CREATE TABLE price_list_entries (
        price_list_id TEXT NOT NULL REFERENCES price_lists(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id),
        per_day_minor INTEGER NOT NULL CHECK (per_day_minor >= 0),
        per_hour_minor INTEGER NOT NULL CHECK (per_hour_minor >= 0),
        late_fee_per_day_minor INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_per_day_minor >= 0),
        PRIMARY KEY (price_list_id, article_id)))"),
    QStringLiteral(R"(CREATE TABLE rental_objects (
        id TEXT PRIMARY KEY NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        name TEXT NOT NULL,
        barcode TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL DEFAULT 'available'
            CHECK (state IN ('available', 'rented', 'maintenance', 'retired'))))"),
    QStringLiteral(R"(CREATE TABLE transactions (
        id TEXT PRIMARY KEY NOT NULL,
        number TEXT NOT NULL UNIQUE,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        kind TEXT NOT NULL CHECK (kind IN ('request', 'reservation', 'booking', 'rental')),
        status TEXT NOT NULL CHECK (status IN ('request', 'reservation', 'booking', 'handed_out',
                                               'returned', 'closed', 'cancelled')),
        start_at TEXT NOT NULL,
        end_at TEXT NOT NULL,
        currency TEXT NOT NULL DEFAULT 'EUR',
        total_minor INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        server_version INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE INDEX transactions_customer ON transactions(customer_id, start_at)"),
    QStringLiteral(R"(CREATE TABLE transaction_lines (
        id TEXT PRIMARY KEY NOT NULL,
        transaction_id TEXT NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,
        rental_object_id TEXT REFERENCES rental_objects(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        price_list_id TEXT REFERENCES price_lists(id),
        quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
        start_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
        note TEXT NOT NULL DEFAULT '',
        returned_at TEXT))"),
    QStringLiteral(
        "CREATE INDEX transaction_lines_transaction ON transaction_lines(transaction_id)"),
    QStringLiteral("CREATE INDEX transaction_lines_object ON transaction_lines(rental_object_id)"),
    QStringLiteral(R"(CREATE TABLE returns (
        id TEXT PRIMARY KEY NOT NULL,
        line_id TEXT NOT NULL REFERENCES transaction_lines(id) ON DELETE CASCADE,
        returned_at TEXT NOT NULL,
        condition TEXT NOT NULL DEFAULT 'good' CHECK (condition IN ('good', 'dirty', 'damaged')),
        late_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_minor >= 0),
        staff_id TEXT REFERENCES staff(id),
        note TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX returns_line ON returns(line_id)"),
    QStringLiteral(R"(CREATE TABLE payments (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        transaction_id TEXT REFERENCES transactions(id),
        line_id TEXT REFERENCES transaction_lines(id),
        description TEXT NOT NULL DEFAULT '',
        amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
        currency TEXT NOT NULL DEFAULT 'EUR',
        due_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'cancelled')),
        paid_at TEXT,
        method TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX payments_customer ON payments(customer_id, status, due_on)"),
    QStringLiteral("CREATE INDEX payments_transaction ON payments(transaction_id)"),
    QStringLiteral(R"(CREATE TABLE vouchers (
        id TEXT PRIMARY KEY NOT NULL,
        code TEXT NOT NULL UNIQUE,
        customer_id TEXT REFERENCES customers(id),
        currency TEXT NOT NULL DEFAULT 'EUR',
        value_minor INTEGER NOT NULL CHECK (value_minor > 0),
        remaining_minor INTEGER NOT NULL CHECK (remaining_minor >= 0),
        expires_on TEXT,
        created_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX vouchers_customer ON vouchers(customer_id)"),
    QStringLiteral(R"(CREATE TABLE voucher_redemptions (
        id TEXT PRIMARY KEY NOT NULL,
        voucher_id TEXT NOT NULL REFERENCES vouchers(id),
        transaction_id TEXT REFERENCES transactions(id),
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        redeemed_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX voucher_redemptions_voucher ON voucher_redemptions(voucher_id)"),
    QStringLiteral(R"(CREATE TABLE damage_cases (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        transaction_id TEXT REFERENCES transactions(id),
        rental_object_id TEXT REFERENCES rental_objects(id),
        opened_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'in_repair', 'charged', 'closed')),
        description TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX damage_cases_customer ON damage_cases(customer_id)"),
    QStringLiteral(R"(CREATE TABLE damages (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES damage_cases(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        cost_minor INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
        currency TEXT NOT NULL DEFAULT 'EUR'))"),
    QStringLiteral("CREATE INDEX damages_case ON damages(case_id)"),
    QStringLiteral(R"(CREATE TABLE accesses (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        login TEXT NOT NULL UNIQUE,
        password_hash TEXT,
        state TEXT NOT NULL CHECK (state IN ('invited', 'active')),
        created_via TEXT NOT NULL CHECK (created_via IN ('portal', 'invitation')),
        created_at TEXT NOT NULL,
        last_login_at TEXT))"),
    QStringLiteral("CREATE INDEX accesses_customer ON accesses(customer_id)"),
    QStringLiteral(R"(CREATE TABLE documents (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        damage_case_id TEXT REFERENCES damage_cases(id),
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX documents_customer ON documents(customer_id)"),
    QStringLiteral(R"(CREATE TABLE messages (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        to_address TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'queued', 'sent', 'failed'))))"),
    QStringLiteral("CREATE INDEX messages_customer ON messages(customer_id)"),
    QStringLiteral(R"(CREATE TABLE message_attachments (
        message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (message_id, document_id)))"),
    QStringLiteral(R"(CREATE TABLE activities (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        at TEXT NOT NULL,
        staff_id TEXT REFERENCES staff(id),
        action TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX activities_customer ON activities(customer_id, seq)"),
    QStringLiteral(R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL))"),
};

// Step 2: customer search. Folded (lower case, accents removed) text in an FTS5 trigram index
// for substring search, plus folded name columns for the prefix tier of the ranking.
bool applySearchStep(QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {QStringLiteral("ALTER TABLE customers ADD COLUMN name_fold TEXT NOT NULL "
                                 "DEFAULT ''"),
                  QStringLiteral("CREATE INDEX customers_name_fold ON customers(name_fold)"),
                  QStringLiteral("CREATE VIRTUAL TABLE customer_search USING fts5(doc, "
                                 "tokenize='trigram')")},
                 error))
        return false;
    // Fill both for the customers that the file already holds.
    return schemasteps::fillSearchEntries(db, false, error);
}

// Step 3: the sync outbox and sync state, plus customer number blocks.
const QStringList kSyncTables = {
    QStringLiteral(R"(CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY,
        mutation_id INTEGER NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
        base_version INTEGER NOT NULL DEFAULT 0,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'rejected')),
        rejection TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX sync_outbox_pending ON sync_outbox(state, seq)"),
    QStringLiteral(R"(CREATE TABLE sync_state (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE number_blocks (
        first_number INTEGER NOT NULL,
        last_number INTEGER NOT NULL,
        next_number INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('server', 'demo')),
        leased_at TEXT NOT NULL,
        PRIMARY KEY (first_number),
        CHECK (first_number <= next_number AND next_number <= last_number + 1)))"),
};

// Step 5: a conflict the server found (the same field changed to different values at two desks,
// or an edit of a deleted row). Made by the server, synced to every desk, resolved by a person.
const QStringList kConflictTables = {
    QStringLiteral(R"(CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        customer_id TEXT,
        field TEXT NOT NULL,
        kept_value TEXT,
        other_value TEXT,
        kept_desk TEXT, kept_staff TEXT, kept_at TEXT,
        other_desk TEXT, other_staff TEXT, other_at TEXT,
        created_at TEXT,
        resolved_at TEXT,
        resolved_by TEXT,
        server_version INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT))"),
    QStringLiteral("CREATE INDEX conflicts_customer ON conflicts(customer_id, resolved_at)"),
};

// Step 7: staff sign in with a PIN (kept only as an Argon2id hash) and have a role; a customer
// can be blocked until a date. Failed sign-ins are counted per desk (not synced): five wrong PINs
// lock that profile here for a minute.
const QStringList kStaffSignInTables = {
    QStringLiteral("ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'counter' CHECK "
                   "(role IN ('counter', 'manager'))"),
    QStringLiteral("ALTER TABLE staff ADD COLUMN pin_hash TEXT"),
    QStringLiteral("ALTER TABLE customers ADD COLUMN blocked_until TEXT"),
    QStringLiteral("ALTER TABLE documents ADD COLUMN added_by TEXT REFERENCES staff(id)"),
    QStringLiteral("CREATE INDEX customers_blocked ON customers(last_name, first_name) WHERE "
                   "blocked = 1"),
    QStringLiteral(R"(CREATE TABLE staff_sign_in (
        staff_id TEXT PRIMARY KEY NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT))"),
};

// Step 8: rentals and money at the counter. Prices by the day in tiers, by the week and by the
// hour with a late-fee rule per article; VAT rate and deposit per article (or object); each line
// keeps the price rule it was priced by, whether its price was agreed by hand, and its deposit.
// Transaction numbers are counted per desk and year, in sync_state.
const QStringList kRentalTables = {
    QStringLiteral("ALTER TABLE articles ADD COLUMN vat_rate_bp INTEGER NOT NULL DEFAULT 1900 "
                   "CHECK (vat_rate_bp BETWEEN 0 AND 10000)"),
    QStringLiteral("ALTER TABLE articles ADD COLUMN deposit_minor INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (deposit_minor >= 0)"),
    QStringLiteral("ALTER TABLE rental_objects ADD COLUMN deposit_minor INTEGER CHECK "
                   "(deposit_minor >= 0)"),
    QStringLiteral("ALTER TABLE price_list_entries ADD COLUMN day_tiers TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE price_list_entries ADD COLUMN extra_day_minor INTEGER CHECK "
                   "(extra_day_minor >= 0)"),
    QStringLiteral("ALTER TABLE price_list_entries ADD COLUMN per_week_minor INTEGER NOT NULL "
                   "DEFAULT 0 CHECK (per_week_minor >= 0)"),
    QStringLiteral("ALTER TABLE price_list_entries ADD COLUMN late_fee_per_hour_minor INTEGER NOT "
                   "NULL DEFAULT 0 CHECK (late_fee_per_hour_minor >= 0)"),
    QStringLiteral("ALTER TABLE price_list_entries ADD COLUMN late_grace_minutes INTEGER NOT NULL "
                   "DEFAULT 30 CHECK (late_grace_minutes >= 0)"),
    QStringLiteral("ALTER TABLE transaction_lines ADD COLUMN price_rule TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE transaction_lines ADD COLUMN negotiated INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (negotiated IN (0, 1))"),
    QStringLiteral("ALTER TABLE transaction_lines ADD COLUMN deposit_minor INTEGER NOT NULL "
                   "DEFAULT 0 CHECK (deposit_minor >= 0)"),
    // The availability check: one object's lines by period.
    QStringLiteral("CREATE INDEX transaction_lines_object_period ON "
                   "transaction_lines(rental_object_id, start_at, due_at) WHERE rental_object_id "
                   "IS NOT NULL"),
    QStringLiteral("DROP INDEX transaction_lines_object"),
    QStringLiteral("CREATE INDEX transactions_number ON transactions(number COLLATE NOCASE)"),
    // What a charge is for, so a return finds the deposit to release and a receipt can group.
    QStringLiteral("ALTER TABLE charges ADD COLUMN kind TEXT NOT NULL DEFAULT 'other' CHECK (kind "
                   "IN ('rent', 'deposit', 'late_fee', 'damage', 'other'))"),
    QStringLiteral("UPDATE charges SET kind = CASE WHEN description LIKE 'Miete%' THEN 'rent' "
                   "WHEN description LIKE 'Verspätung%' THEN 'late_fee' WHEN description LIKE "
                   "'Schaden%' THEN 'damage' ELSE 'other' END WHERE corrects_id IS NULL"),
    QStringLiteral("CREATE INDEX charges_line ON charges(line_id, kind) WHERE line_id IS NOT NULL"),
};

// Step 9: a voucher records its sale: the price paid (0: given free) and how, or why it was given.
const QStringList kVoucherSaleTables = {
    QStringLiteral("ALTER TABLE vouchers ADD COLUMN sold_minor INTEGER NOT NULL DEFAULT 0 CHECK "
                   "(sold_minor >= 0)"),
    QStringLiteral("ALTER TABLE vouchers ADD COLUMN payment_method TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE vouchers ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
};

// Step 10: a customer's or a group's own setting of a permission can be taken back ("as
// inherited") without a tombstone, which would stay for good: `allowed` NULL means no own
// setting. SQLite cannot loosen a column's constraint in place, so both tables are rebuilt.
// Documents can belong to a transaction (the contract signed, a delivery note).
QStringList permissionRebuild(const QString &table, const QString &owner, const QString &ownerRef)
{
    const QString old = table + QStringLiteral("_v9");
    return {
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table, old),
        QStringLiteral("DROP INDEX %1_id").arg(table),
        QStringLiteral(R"(CREATE TABLE %1 (
        %2 TEXT NOT NULL REFERENCES %3 ON DELETE CASCADE,
        permission TEXT NOT NULL,
        allowed INTEGER CHECK (allowed IS NULL OR allowed IN (0, 1)),
        id TEXT NOT NULL,
        server_version INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT,
        PRIMARY KEY (%2, permission)))")
            .arg(table, owner, ownerRef),
        QStringLiteral("INSERT INTO %1(%2, permission, allowed, id, server_version, deleted_at) "
                       "SELECT %2, permission, allowed, id, server_version, deleted_at FROM %3")
            .arg(table, owner, old),
        QStringLiteral("DROP TABLE %1").arg(old),
        QStringLiteral("CREATE UNIQUE INDEX %1_id ON %1(id)").arg(table),
    };
}

bool inheritablePermissions(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        permissionRebuild(QStringLiteral("customer_permissions"), QStringLiteral("customer_id"),
                          QStringLiteral("customers(id)")) +
            permissionRebuild(QStringLiteral("group_permissions"), QStringLiteral("group_id"),
                              QStringLiteral("customer_groups(id)")) +
            QStringList{
                QStringLiteral("ALTER TABLE documents ADD COLUMN transaction_id TEXT "
                               "REFERENCES transactions(id)"),
                QStringLiteral("CREATE INDEX documents_transaction ON "
                               "documents(transaction_id) WHERE transaction_id IS "
                               "NOT NULL"),
            },
        error);
}

// Step 11: a damage case goes open → charged / repaired / written off → closed. The table is
// made anew with the status's new CHECK ("in repair" was the object's state, which
// rental_objects.state keeps: those cases are open), the rows copied, the old one dropped and the
// new one renamed, with foreign keys off (upgrade()): damages and documents refer to it by name.
bool damageCaseFlow(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE damage_cases_v11 (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        transaction_id TEXT REFERENCES transactions(id),
        rental_object_id TEXT REFERENCES rental_objects(id),
        opened_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'charged', 'repaired', 'written_off',
                                               'closed')),
        description TEXT NOT NULL DEFAULT '',
        server_version INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT))"),
            QStringLiteral("INSERT INTO damage_cases_v11(id, customer_id, transaction_id, "
                           "rental_object_id, opened_on, status, description, server_version, "
                           "deleted_at) SELECT id, customer_id, transaction_id, rental_object_id, "
                           "opened_on, CASE status WHEN 'in_repair' THEN 'open' ELSE status END, "
                           "description, server_version, deleted_at FROM damage_cases"),
            QStringLiteral("DROP TABLE damage_cases"),
            QStringLiteral("ALTER TABLE damage_cases_v11 RENAME TO damage_cases"),
            QStringLiteral("CREATE INDEX damage_cases_customer ON damage_cases(customer_id)"),
        },
        error);
}

} // namespace

const std::vector<Schema::Step> &Schema::steps()
{
    static const std::vector<Step> s = {
        {1, QStringLiteral("customer card domain"),
         [](QSqlDatabase &db, QString *e) { return execAll(db, kDomainTables, e); }},
        {2, QStringLiteral("customer search index"), applySearchStep},
        {3, QStringLiteral("sync outbox, sync state and customer number blocks"),
         [](QSqlDatabase &db, QString *e) { return execAll(db, kSyncTables, e); }},
        {4,
         QStringLiteral("sync-ready: versions, tombstones, appended money, one mutation per "
                        "operation, change log"),
         schemasteps::syncReady},
        {5, QStringLiteral("sync conflicts that a person decides"),
         [](QSqlDatabase &db, QString *e) { return execAll(db, kConflictTables, e); }},
        {6, QStringLiteral("search that finds every spelling, ranked by recent activity"),
         schemasteps::searchSpellings},
        {7,
         QStringLiteral(
             "staff sign-in with roles and PINs, blocks until a date, who added a document"),
         [](QSqlDatabase &db, QString *e) { return execAll(db, kStaffSignInTables, e); }},
        {8,
         QStringLiteral("rentals and money: price tiers, week and hour prices, late-fee rules, "
                        "VAT, deposits, each line's price rule"),
         [](QSqlDatabase &db, QString *e) { return execAll(db, kRentalTables, e); }},
        {9, QStringLiteral("vouchers sold or given: the price paid and how, or why"),
         [](QSqlDatabase &db, QString *e) { return execAll(db, kVoucherSaleTables, e); }},
        {10,
         QStringLiteral("permissions set back to inherited without a tombstone; documents of a "
                        "transaction"),
         inheritablePermissions},
        {11, QStringLiteral("damage cases: charged, repaired, written off"), damageCaseFlow},
    };
    return s;
}

int Schema::latestVersion()
{
    return steps().back().version;
}

int Schema::version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Schema::upgrade(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = version(db);
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (current > latestVersion()) {
        *error = QStringLiteral("the file has schema version %1, newer than this program's %2")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    // A step may rebuild a table others refer to (SQLite's way of changing a constraint: make
    // the new table, copy, drop the old, rename). Foreign keys are off meanwhile, as SQLite asks
    // for this, and checked before each step commits; they are on again afterwards.
    QSqlQuery pragma(db);
    const bool foreignKeys = pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next() &&
                             pragma.value(0).toInt() == 1;
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    struct Restore
    {
        QSqlDatabase &db;
        bool on;
        ~Restore()
        {
            if (on)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    } restore{db, foreignKeys};
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QString stepError;
        QSqlQuery q(db);
        if (step.apply(db, &stepError) && foreignKeys &&
            q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
            stepError = QStringLiteral("a reference of table %1 to %2 is broken")
                            .arg(q.value(0).toString(), q.value(2).toString());
        q.finish();
        if (!stepError.isEmpty() ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
            db.rollback();
            *error =
                QStringLiteral("upgrade to version %1 (%2) failed: %3")
                    .arg(step.version)
                    .arg(step.description, stepError.isEmpty() ? q.lastError().text() : stepError);
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace rentdesk
