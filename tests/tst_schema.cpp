// Schema upgrades of the local store: every older file a desk may still have must open in this
// program with its data intact, and a file from a newer program must be left alone.

#include "schema.h"
#include "store.h"
#include "storetesthelpers.h"
#include "textfold.h"

#include <QJsonArray>

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rentdesk;
using storetest::RawDb;

namespace {

const QString kCustomerId = QStringLiteral("cust-v1");
const QString kClientIdInFile = QStringLiteral("client-from-file");
const QString kDeskCodeInFile = QStringLiteral("MNP");

// Inserts rows as a program at schema `version` would have written them.
bool insertRowsOfVersion(RawDb &raw, int version)
{
    const QString at = QStringLiteral("2023-03-01T09:30:00Z");
    bool ok =
        raw.exec(QStringLiteral("INSERT INTO staff(id, name, login, created_at) VALUES "
                                "('staff-1', 'Desk Anna', 'anna', ?)"),
                 {at}) &&
        raw.exec(QStringLiteral("INSERT INTO customer_groups(id, name, discount_percent) "
                                "VALUES ('group-1', 'Stammkunden', 10)")) &&
        raw.exec(QStringLiteral("INSERT INTO customers(id, number, first_name, last_name, email, "
                                "phone, street, postcode, city, country, birth_date, group_id, "
                                "language, created_at, updated_at) VALUES (?, 'K-10001', 'Anna', "
                                "'Müller', 'anna.mueller@example.de', '+49 171 234-5678', "
                                "'Hauptstraße 5', '10115', 'Berlin', 'DE', '1985-05-17', "
                                "'group-1', 'de', ?, ?)"),
                 {kCustomerId, at, at}) &&
        raw.exec(QStringLiteral("INSERT INTO activities(id, customer_id, at, staff_id, "
                                "action, new_value) VALUES ('act-1', ?, ?, 'staff-1', "
                                "'customer.created', 'K-10001')"),
                 {kCustomerId, at}) &&
        raw.exec(QStringLiteral("INSERT INTO articles(id, name, category) VALUES "
                                "('art-1', 'City bike', 'bike')")) &&
        raw.exec(version < 4
                     ? QStringLiteral("INSERT INTO transactions(id, number, customer_id, kind, "
                                      "status, start_at, end_at, total_minor, created_at) VALUES "
                                      "('tx-1', 'V-0001', ?, 'rental', 'handed_out', ?, "
                                      "'2023-03-04T18:00:00Z', 4500, ?)")
                     : QStringLiteral("INSERT INTO transactions(id, number, customer_id, kind, "
                                      "status, start_at, end_at, created_at) VALUES ('tx-1', "
                                      "'V-0001', ?, 'rental', 'handed_out', ?, "
                                      "'2023-03-04T18:00:00Z', ?)"),
                 {kCustomerId, at, at}) &&
        raw.exec(QStringLiteral("INSERT INTO transaction_lines(id, transaction_id, article_id, "
                                "start_at, due_at, price_minor, returned_at) VALUES ('line-1', "
                                "'tx-1', 'art-1', ?, '2023-03-04T18:00:00Z', 4500, ?)"),
                 {at, at}) &&
        raw.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('locale', "
                                "'de')")) &&
        // A damage whose object was in repair (a status of its own until version 11), with
        // a damage of 30.00 that refers to it.
        raw.exec(
            QStringLiteral("INSERT INTO damage_cases(id, customer_id, transaction_id, "
                           "opened_on, status, description) VALUES ('case-1', ?, 'tx-1', "
                           "'2023-03-04', ?, 'Felge verbogen')"),
            {kCustomerId, version < 11 ? QStringLiteral("in_repair") : QStringLiteral("open")}) &&
        raw.exec(QStringLiteral("INSERT INTO damages(id, case_id, description, cost_minor) "
                                "VALUES ('damage-1', 'case-1', 'Felge', 3000)")) &&
        // The customer may pay on invoice, by their own setting.
        raw.exec(version < 4 ? QStringLiteral("INSERT INTO customer_permissions(customer_id, "
                                              "permission, allowed) VALUES (?, "
                                              "'pay_on_invoice', 1)")
                             : QStringLiteral("INSERT INTO customer_permissions(customer_id, "
                                              "permission, allowed, id) VALUES (?, "
                                              "'pay_on_invoice', 1, 'perm-1')"),
                 {kCustomerId});
    // Money: 45.00 due and paid, 20.00 due and open, 5.00 due and cancelled; a voucher of 50.00
    // of which 30.00 are left.
    if (ok && version < 4)
        ok = raw.exec(
                 QStringLiteral("INSERT INTO payments(id, customer_id, transaction_id, "
                                "description, amount_minor, due_on, status, paid_at) VALUES "
                                "('pay-1', 'cust-v1', 'tx-1', 'Miete', 4500, '2023-03-01', 'paid', "
                                "'2023-03-01T09:30:00Z'), ('pay-2', 'cust-v1', 'tx-1', 'Zuschlag', "
                                "2000, '2023-03-10', "
                                "'open', NULL), ('pay-3', 'cust-v1', 'tx-1', 'Reinigung', 500, "
                                "'2023-03-10', 'cancelled', NULL)")) &&
             raw.exec(QStringLiteral("INSERT INTO vouchers(id, code, customer_id, value_minor, "
                                     "remaining_minor, created_at) VALUES ('v-1', 'GS-1', ?, "
                                     "5000, 3000, ?)"),
                      {kCustomerId, at});
    else if (ok)
        ok = raw.exec(QStringLiteral(
                 "INSERT INTO charges(id, customer_id, transaction_id, "
                 "description, amount_minor, due_on, corrects_id, "
                 "created_at) VALUES ('pay-1', 'cust-v1', 'tx-1', 'Miete', 4500, "
                 "'2023-03-01', NULL, '2023-03-01T09:30:00Z'), ('pay-2', 'cust-v1', 'tx-1', "
                 "'Zuschlag', "
                 "2000, '2023-03-10', NULL, '2023-03-01T09:30:00Z'), ('pay-3', 'cust-v1', 'tx-1', "
                 "'Reinigung', 500, '2023-03-10', NULL, '2023-03-01T09:30:00Z'), ('pay-3x', "
                 "'cust-v1', "
                 "'tx-1', 'storniert', -500, '2023-03-10', 'pay-3', '2023-03-01T09:30:00Z')")) &&
             raw.exec(QStringLiteral("INSERT INTO payments(id, customer_id, transaction_id, "
                                     "charge_id, amount_minor, paid_at) VALUES ('p-1', ?, "
                                     "'tx-1', 'pay-1', 4500, ?)"),
                      {kCustomerId, at}) &&
             raw.exec(QStringLiteral("INSERT INTO vouchers(id, code, customer_id, value_minor, "
                                     "created_at) VALUES ('v-1', 'GS-1', ?, 5000, ?)"),
                      {kCustomerId, at}) &&
             raw.exec(QStringLiteral("INSERT INTO voucher_redemptions(id, voucher_id, "
                                     "amount_minor, redeemed_at) VALUES ('r-1', 'v-1', 2000, ?)"),
                      {at});
    if (ok && version >= 2) {
        // A version-2 program kept the folded name and the search document up to date itself.
        const SearchFields f{QStringLiteral("K-10001"),
                             QStringLiteral("Anna"),
                             QStringLiteral("Müller"),
                             QString(),
                             QStringLiteral("anna.mueller@example.de"),
                             QStringLiteral("+49 171 234-5678"),
                             QStringLiteral("Hauptstraße 5"),
                             QStringLiteral("10115"),
                             QStringLiteral("Berlin")};
        ok = raw.exec(QStringLiteral("UPDATE customers SET name_fold = ? WHERE id = ?"),
                      {nameKey(f.firstName, f.lastName, f.company), kCustomerId}) &&
             raw.exec(QStringLiteral("INSERT INTO customer_search(rowid, doc) SELECT seq, ? "
                                     "FROM customers WHERE id = ?"),
                      {searchDocument(f), kCustomerId});
    }
    if (ok && version >= 3) {
        // A version-3 program had its desk identity, a leased block and an unsent change.
        ok = raw.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('client_id', ?), "
                                     "('desk_code', ?), ('last_mutation_id', '7'), "
                                     "('provisional_next', '3')"),
                      {kClientIdInFile, kDeskCodeInFile}) &&
             raw.exec(QStringLiteral("INSERT INTO number_blocks(first_number, last_number, "
                                     "next_number, source, leased_at) VALUES (10001, 10100, "
                                     "10002, 'server', ?)"),
                      {at}) &&
             raw.exec(version < 4
                          ? QStringLiteral("INSERT INTO sync_outbox(mutation_id, entity, "
                                           "entity_id, operation, payload, created_at) VALUES (7, "
                                           "'customer', 'cust-v1', 'insert', '{\"fields\": "
                                           "{\"city\": \"Berlin\"}}', "
                                           "'2023-03-01T09:30:00Z')")
                          : QStringLiteral("INSERT INTO sync_outbox(mutation_id, operation, "
                                           "payload, created_at) VALUES (7, 'customer.create', "
                                           "'{}', '2023-03-01T09:30:00Z')"));
    }
    return ok;
}

bool containsId(const QList<CustomerSummary> &list, const QString &id)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const CustomerSummary &s) { return s.id == id; });
}

QStringList tableNames(const RawDb &raw)
{
    QStringList names;
    for (const QSqlRecord &r : raw.select(
             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        names << r.value(0).toString();
    return names;
}

// Everything the file holds, as text: schema objects, user_version and every row of every table.
QString contentFingerprint(const QString &path)
{
    RawDb raw(path);
    QStringList lines;
    lines << QStringLiteral("user_version=") +
                 raw.scalar(QStringLiteral("PRAGMA user_version")).toString();
    for (const QSqlRecord &r : raw.select(QStringLiteral(
             "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name")))
        lines << r.value(0).toString() + QLatin1Char(' ') + r.value(1).toString() +
                     QLatin1Char(' ') + r.value(2).toString();
    for (const QString &table : tableNames(raw)) {
        QStringList rows;
        for (const QSqlRecord &r : raw.select(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            QStringList cells;
            for (int i = 0; i < r.count(); ++i)
                cells << r.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        lines << table + QStringLiteral(": ") + QString::number(rows.size()) +
                     QStringLiteral(" rows");
        lines << rows;
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void emptyFileUpgradesToLatest_data();
    void emptyFileUpgradesToLatest();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void reopeningUpToDateFileIsHarmless();
    void newerFileIsRefusedAndNotModified_data();
    void newerFileIsRefusedAndNotModified();
    void failedStepIsRolledBack();

private:
    QString newPath(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSchema::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(Schema::latestVersion() >= 2, "the upgrade tests need at least two steps");
    // The steps are numbered 1, 2, 3, … without gaps: user_version counts the steps applied.
    const auto &steps = Schema::steps();
    for (int i = 0; i < int(steps.size()); ++i)
        QCOMPARE(steps.at(size_t(i)).version, i + 1);
}

void TestSchema::emptyFileUpgradesToLatest_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file yet") << false;
    QTest::newRow("zero-byte file") << true;
}

void TestSchema::emptyFileUpgradesToLatest()
{
    QFETCH(bool, fileExists);
    const QString path = newPath(QStringLiteral("empty-%1.sqlite").arg(fileExists));
    if (fileExists) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    Store store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QCOMPARE(Schema::version(store.database()), Schema::latestVersion());
    QCOMPARE(store.customerCount(), qint64(0));
    QCOMPARE(store.pendingOutboxCount(), 0);
    QVERIFY(!store.clientId().isEmpty());
    QVERIFY2(store.deskCode().isEmpty(), "desk codes come from the server at enrolment");
    QVERIFY2(store.provisionalPrefix().startsWith(QLatin1String("P-")),
             qPrintable(store.provisionalPrefix()));
    const Store::CheckReport report = store.check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.schemaVersion, Schema::latestVersion());
    store.close();

    RawDb raw(path);
    const QStringList tables = tableNames(raw);
    for (const char *table : {"customers", "activities", "customer_search", "sync_outbox",
                              "sync_state", "number_blocks", "transactions", "documents"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
}

void TestSchema::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    // Every version a desk can have; the latest one itself shows that opening an up-to-date
    // file written by the previous run keeps everything too.
    for (int v = 1; v <= Schema::latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestSchema::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    const QString path = newPath(QStringLiteral("from-v%1.sqlite").arg(fromVersion));
    {
        RawDb raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(Schema::upgrade(db, &error, fromVersion), qPrintable(error));
        QCOMPARE(Schema::version(db), fromVersion);
        QVERIFY2(insertRowsOfVersion(raw, fromVersion), qPrintable(raw.error()));
    }

    Store store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QCOMPARE(Schema::version(store.database()), Schema::latestVersion());

    // The customer and everything around it are still there.
    const Customer c = store.customer(kCustomerId);
    QVERIFY(c.isValid());
    QCOMPARE(c.number, QStringLiteral("K-10001"));
    QCOMPARE(c.firstName, QStringLiteral("Anna"));
    QCOMPARE(c.lastName, QStringLiteral("Müller"));
    QCOMPARE(c.email, QStringLiteral("anna.mueller@example.de"));
    QCOMPARE(c.city, QStringLiteral("Berlin"));
    QCOMPARE(c.birthDate, QDate(1985, 5, 17));
    QCOMPARE(c.groupName, QStringLiteral("Stammkunden"));
    QCOMPARE(store.customerByNumber(QStringLiteral("K-10001")).id, kCustomerId);
    QCOMPARE(store.customerCount(), qint64(1));
    const QList<ActivityRow> activities = store.activities(kCustomerId, {}, 10);
    QCOMPARE(activities.size(), 1);
    QCOMPARE(activities.first().action, QStringLiteral("customer.created"));
    QCOMPARE(activities.first().staffName, QStringLiteral("Desk Anna"));
    const QList<TransactionRow> transactions = store.transactions(kCustomerId, {}, 10);
    QCOMPARE(transactions.size(), 1);
    QCOMPARE(transactions.first().number, QStringLiteral("V-0001"));
    QCOMPARE(store.rentedObjects(kCustomerId, {}, 10).size(), 0); // the one line is back
    // Money as it was: charged 65.00 (the rent 45.00 and a surcharge of 20.00; the 5.00
    // cancelled), paid 45.00, so the open 20.00 only; the voucher still has 30.00.
    QCOMPARE(transactions.first().total.minor, 6500);
    QCOMPARE(transactions.first().paid.minor, 4500);
    QCOMPARE(transactions.first().open.minor, 2000);
    const CustomerOverview overview = store.overview(kCustomerId);
    QCOMPARE(overview.openPayments, 1);
    QCOMPARE(overview.openAmount.minor, 2000);
    QCOMPARE(overview.voucherCredit.minor, 3000);
    const QList<OpenPaymentRow> open = store.openPayments(kCustomerId, {}, 10);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().description, QStringLiteral("Zuschlag"));
    const QList<VoucherRow> vouchers = store.vouchers(kCustomerId, {}, 10);
    QCOMPARE(vouchers.size(), 1);
    QCOMPARE(vouchers.first().remaining.minor, 3000);

    // Search finds the customer by name, by a place in the index and by phone digits: for a
    // file from before the search index, the upgrade filled the index.
    for (const char *text : {"muller", "MÜLLER", "berlin", "5678", "K-10001", "hauptstrasse"})
        QVERIFY2(containsId(store.search(QString::fromUtf8(text)), kCustomerId), text);

    // The identity of the desk: kept when the file had one, made once when it had none.
    if (fromVersion >= 3) {
        QCOMPARE(store.clientId(), kClientIdInFile);
        // A code the file drew for itself is not a desk code the server gave.
        QCOMPARE(store.deskCode(), fromVersion >= 4 ? kDeskCodeInFile : QString());
        QCOMPARE(store.numbersLeftInBlocks(), qint64(99));
        QCOMPARE(store.pendingOutboxCount(), 1);
        QCOMPARE(store.lastMutationId(), 7);
    } else {
        QVERIFY(!store.clientId().isEmpty());
        QVERIFY(store.deskCode().isEmpty());
        QCOMPARE(store.pendingOutboxCount(), 0);
    }
    if (fromVersion == 3) {
        // The old outbox row became one mutation of the new format, its field still pending.
        RawDb raw(path);
        const QJsonObject payload = storetest::parseJson(
            raw.scalar(QStringLiteral("SELECT payload FROM sync_outbox WHERE mutation_id = 7")));
        const QJsonArray changes = payload.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first()[QStringLiteral("id")].toString(), kCustomerId);
        QCOMPARE(changes.first()[QStringLiteral("kind")].toString(), QStringLiteral("insert"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT field FROM sync_pending_fields WHERE "
                                           "mutation_id = 7"))
                     .toString(),
                 QStringLiteral("city"));
    }

    // The damage case kept its damage (the table was made anew in version 11): in repair is
    // open now; the customer's own permission is still theirs.
    const QList<DamageCaseRow> damages = store.damageCases(kCustomerId, {}, 10);
    QCOMPARE(damages.size(), 1);
    QCOMPARE(damages.first().status, QStringLiteral("open"));
    QCOMPARE(damages.first().damageCount, 1);
    QCOMPARE(damages.first().cost.minor, 3000);
    {
        RawDb raw(path);
        QVERIFY(raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'damages'"))
                    .toString()
                    .contains(QLatin1String("REFERENCES damage_cases(id)")));
    }
    bool invoice = false;
    for (const PermissionRow &p : store.permissions(kCustomerId))
        if (p.key == QLatin1String("pay_on_invoice"))
            invoice = p.allowed && p.source == PermissionRow::Source::Customer;
    QVERIFY(invoice);

    const Store::CheckReport report = store.check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    // The upgraded file takes changes like a new one: the row, its index entry and an outbox
    // entry are written.
    const int outboxBefore = store.pendingOutboxCount();
    const WriteResult r =
        store.updateCustomer(kCustomerId, {{CustomerField::City, QStringLiteral("Potsdam")}});
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
    QCOMPARE(store.customer(kCustomerId).city, QStringLiteral("Potsdam"));
    QVERIFY(containsId(store.search(QStringLiteral("potsdam")), kCustomerId));
    QVERIFY(!containsId(store.search(QStringLiteral("berlin")), kCustomerId));
    QCOMPARE(store.pendingOutboxCount(), outboxBefore + 1);
    const Store::CheckReport after = store.check();
    QVERIFY2(after.problems.isEmpty(), qPrintable(after.problems.join(QLatin1Char('\n'))));
}

void TestSchema::reopeningUpToDateFileIsHarmless()
{
    const QString path = newPath(QStringLiteral("reopen.sqlite"));
    QString clientId, deskCode, staffId;
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY(store.addNumberBlock(10001, 10100, QStringLiteral("server")));
        staffId = store.ensureDeskStaff();
        QVERIFY(!staffId.isEmpty());
        clientId = store.clientId();
        deskCode = store.deskCode();
    }
    const QString before = contentFingerprint(path);
    QVERIFY(before.contains(QStringLiteral("number_blocks: 1 rows")));

    for (int round = 1; round <= 2; ++round) {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(Schema::version(store.database()), Schema::latestVersion());
        QCOMPARE(store.clientId(), clientId);
        QCOMPARE(store.deskCode(), deskCode);
        QCOMPARE(store.ensureDeskStaff(), staffId);
        QCOMPARE(store.numbersLeftInBlocks(), qint64(100));
        store.close();
        // Same schema, same rows, no second identity or staff member: nothing changed at all.
        QCOMPARE(contentFingerprint(path), before);
    }
}

void TestSchema::newerFileIsRefusedAndNotModified_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("wal (as this program leaves files)") << QStringLiteral("WAL");
    QTest::newRow("rollback journal (a newer program may choose it)") << QStringLiteral("DELETE");
}

void TestSchema::newerFileIsRefusedAndNotModified()
{
    QFETCH(QString, journalMode);
    const QString path = newPath(QStringLiteral("newer-%1.sqlite").arg(journalMode));
    const int newer = Schema::latestVersion() + 1;
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY(store.addNumberBlock(10001, 10100, QStringLiteral("server")));
    }
    {
        // What a newer program leaves behind: a higher user_version (and its own journal mode).
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toUpper(),
                 journalMode);
    }
    const QByteArray bytesBefore = fileBytes(path);
    QVERIFY(!bytesBefore.isEmpty());
    const QString contentBefore = contentFingerprint(path);

    Store store;
    QVERIFY2(!store.open(path), "a file from a newer program must not be opened");
    QVERIFY(!store.isOpen());
    QVERIFY2(!store.lastError().isEmpty(), "the person needs to be told why");
    QVERIFY2(store.lastError().contains(QString::number(newer)), qPrintable(store.lastError()));
    store.close();

    QCOMPARE(contentFingerprint(path), contentBefore);
    const QByteArray bytesAfter = fileBytes(path);
    if (bytesAfter != bytesBefore) {
        qWarning("file changed: %lld -> %lld bytes, header bytes 18/19 (journal format) %d/%d -> "
                 "%d/%d",
                 qint64(bytesBefore.size()), qint64(bytesAfter.size()), int(bytesBefore.at(18)),
                 int(bytesBefore.at(19)), int(bytesAfter.at(18)), int(bytesAfter.at(19)));
    }
    QVERIFY2(bytesAfter == bytesBefore, "the newer file was modified by the refused open");
}

void TestSchema::failedStepIsRolledBack()
{
    // A step that fails half-way (here: step 2 finds a table in the way) must leave the file at
    // the version before, not half-upgraded, so that the program that wrote it still opens it.
    const QString path = newPath(QStringLiteral("failed-step.sqlite"));
    {
        RawDb raw(path);
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(Schema::upgrade(db, &error, 1), qPrintable(error));
        QVERIFY2(insertRowsOfVersion(raw, 1), qPrintable(raw.error()));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE customer_search (doc TEXT)")));
    }

    Store store;
    QVERIFY2(!store.open(path), "an upgrade whose step fails must not report success");
    QVERIFY(!store.lastError().isEmpty());
    store.close();

    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QStringList columns;
    for (const QSqlRecord &r : raw.select(QStringLiteral("PRAGMA table_info(customers)")))
        columns << r.value(QStringLiteral("name")).toString();
    QVERIFY(columns.contains(QStringLiteral("last_name")));
    QVERIFY2(!columns.contains(QStringLiteral("name_fold")),
             "the column added by the failed step was not rolled back");
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                       "'customers_name_fold'"))
                 .toInt(),
             0);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT last_name FROM customers WHERE id = ?"), {kCustomerId})
            .toString(),
        QStringLiteral("Müller"));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
