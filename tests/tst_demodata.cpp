// Demo data: what the desk shows after `rentdesk-cli demo` must look like a real rental business
// (every status, running and overdue rentals, open payments, documents with their files, names
// with accents), be the same for the same seed and day, and pass the store's own checks.

#include "clock.h"
#include "customervalidator.h"
#include "demodata.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace rentdesk;

namespace {

const QDate kDay(2026, 11, 30);
constexpr qint64 kCustomers = 500;

// Every table's rows as a hash, by table. Rows are sorted, so the hash says "same content";
// rowids are part of the rows where a table has them.
std::map<QString, QByteArray> tableHashes(const QSqlDatabase &db)
{
    std::map<QString, QByteArray> out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        // The desk's identity (client id, desk code) is made at random per file by Store::open,
        // not by the demo data.
        if (table == QLatin1String("sync_state"))
            continue;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT rowid, * FROM \"%1\"").arg(table)) &&
            !q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            out[table] = "cannot read: " + q.lastError().text().toUtf8();
            continue;
        }
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = r.value(i);
                row += v.isNull() ? QByteArray("<NULL>")
                                  : (v.typeId() == QMetaType::QByteArray ? v.toByteArray().toHex()
                                                                         : v.toString().toUtf8());
                row += '\x1f';
            }
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray &row : std::as_const(rows))
            hash.addData(row + '\n');
        out[table] = QByteArray::number(rows.size()) + ' ' + hash.result().toHex();
    }
    return out;
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sameSeedAndDayGiveIdenticalTables();
    void otherSeedOrDayGiveOtherData_data();
    void otherSeedOrDayGiveOtherData();
    void storeCheckFindsNoProblem();
    void bulkSettingsAreRestored();

    void everyTransactionStatusIsPresent_data();
    void everyTransactionStatusIsPresent();
    void kindsFitStatuses();
    void linesAreConsistent();
    void runningRentalsHaveTheirOwnRentedObject();
    void openPaymentsIncludeOverdueOnes();
    void nothingHappenedAfterNow_data();
    void nothingHappenedAfterNow();

    void longHistoryCustomer();
    void longHistoryCustomerHasRentalsDueTodayAndOverdue();

    void documentsAreOnDiskWithTheirHash();
    void namesWithAccentsExist_data();
    void namesWithAccentsExist();
    void searchFindsLongHistoryCustomer_data();
    void searchFindsLongHistoryCustomer();
    void masterDataPassesTheValidator();
    void activitiesTellTheHistoryOfTheFields();
    void accessesNeverHoldAPassword();
    void counterDaysThroughTheOperations();
    void counterDaysFollowTheSeason();

    void refusesAStoreWithCustomers();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void deskCustomersNeverGetDemoNumbers();
    void largeFillCommitsInBatchesAndKeepsTheIndexes();

private:
    // A new store in the test's folder, filled with demo data; null on failure (test failed).
    std::unique_ptr<Store> filled(quint64 seed, QDate day, qint64 customers = kCustomers);
    QSqlDatabase db() const { return m_store->database(); }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store; // seed 1, kDay, kCustomers
};

std::unique_ptr<Store> TestDemoData::filled(quint64 seed, QDate day, qint64 customers)
{
    auto store = std::make_unique<Store>();
    const QString path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_files));
    if (!store->open(path)) {
        qWarning("open: %s", qPrintable(store->lastError()));
        return {};
    }
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    options.today = day;
    QString error;
    if (!DemoData::fill(*store, options, &error)) {
        qWarning("fill: %s", qPrintable(error));
        return {};
    }
    return store;
}

// The hand-outs the counter days made through the operations: their transactions' lines with
// the article's category and quantity, and the note.
struct CounterLine
{
    QString category, note;
    int quantity = 0;
};

QList<CounterLine> counterLines(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT a.category, t.note, l.quantity FROM activities ac JOIN transactions t ON t.number "
        "= ac.old_value AND ac.action = 'transaction.handed_out' JOIN transaction_lines l ON "
        "l.transaction_id = t.id JOIN articles a ON a.id = l.article_id"));
    QList<CounterLine> out;
    while (q.next())
        out << CounterLine{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    return out;
}

void TestDemoData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    rentdesk::clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
    QVERIFY(m_dir.isValid());
    m_store = filled(1, kDay);
    QVERIFY(m_store);
}

void TestDemoData::sameSeedAndDayGiveIdenticalTables()
{
    const auto again = filled(1, kDay);
    QVERIFY(again);
    const auto a = tableHashes(db());
    const auto b = tableHashes(again->database());
    QVERIFY(a.size() > 20);
    QCOMPARE(a.size(), b.size());
    for (const auto &[table, hash] : a) {
        QVERIFY2(b.count(table), qPrintable(table));
        QVERIFY2(!hash.startsWith("0 ") || table.startsWith(QLatin1String("message_attach")) ||
                     table == QLatin1String("settings") ||
                     table == QLatin1String("staff_sign_in") || // failed sign-ins only
                     table.startsWith(QLatin1String("sync_")) ||
                     table == QLatin1String("change_log") ||
                     table == QLatin1String("conflicts"), // only the server makes them
                 qPrintable(table + QStringLiteral(" is empty")));
        QVERIFY2(b.at(table) == hash, qPrintable(table + QStringLiteral(" differs")));
    }
}

void TestDemoData::otherSeedOrDayGiveOtherData_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QDate>("day");
    QTest::newRow("other seed") << quint64(2) << kDay;
    QTest::newRow("other day") << quint64(1) << kDay.addDays(1);
}

void TestDemoData::otherSeedOrDayGiveOtherData()
{
    QFETCH(quint64, seed);
    QFETCH(QDate, day);
    const auto other = filled(seed, day);
    QVERIFY(other);
    const auto a = tableHashes(db());
    const auto b = tableHashes(other->database());
    for (const char *table : {"customers", "transactions", "transaction_lines", "activities"})
        QVERIFY2(a.at(QString::fromLatin1(table)) != b.at(QString::fromLatin1(table)), table);
    QCOMPARE(other->customerCount(), kCustomers);
}

void TestDemoData::storeCheckFindsNoProblem()
{
    const Store::CheckReport report = m_store->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_store->customerCount(), kCustomers);
}

void TestDemoData::bulkSettingsAreRestored()
{
    // The fill switches durability and foreign keys off for speed; the desk needs them back.
    QCOMPARE(count(db(), QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(count(db(), QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
    // Demo data is not a change to sync.
    QCOMPARE(m_store->pendingOutboxCount(), 0);
}

void TestDemoData::everyTransactionStatusIsPresent_data()
{
    QTest::addColumn<QString>("status");
    for (const char *s :
         {"request", "reservation", "booking", "handed_out", "returned", "closed", "cancelled"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestDemoData::everyTransactionStatusIsPresent()
{
    QFETCH(QString, status);
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM transactions WHERE status = ?"),
                  {status}) > 0);
}

void TestDemoData::kindsFitStatuses()
{
    QCOMPARE(count(db(), QStringLiteral(
                             "SELECT count(*) FROM transactions WHERE (status IN ('handed_out', "
                             "'returned', 'closed') AND kind <> 'rental') OR (status IN "
                             "('request', 'reservation', 'booking') AND kind <> status) OR "
                             "(status = 'cancelled' AND kind = 'rental')")),
             0);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM transactions WHERE end_at <= "
                                        "start_at")),
             0);
    // Numbers like V-2026-000123, unique by the schema.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM transactions WHERE number NOT GLOB "
                                        "'V-[0-9][0-9][0-9][0-9]-"
                                        "[0-9][0-9][0-9][0-9][0-9][0-9]*'")),
             0);
}

void TestDemoData::linesAreConsistent()
{
    const QSqlDatabase d = db();
    // One to three lines per transaction, each on a real object of its article.
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM transactions t WHERE (SELECT count(*) "
                                     "FROM transaction_lines l WHERE l.transaction_id = t.id) NOT "
                                     "BETWEEN 1 AND 3")),
             0);
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM transaction_lines l LEFT JOIN "
                                     "rental_objects o ON o.id = l.rental_object_id WHERE o.id IS "
                                     "NULL OR o.article_id <> l.article_id OR l.price_minor <= 0")),
             0);
    // The rent charged is the sum of the lines (the total is derived from them).
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM charges c JOIN transactions t ON t.id = "
                                     "c.transaction_id WHERE c.line_id IS NULL AND c.corrects_id "
                                     "IS NULL AND (c.description LIKE 'Miete %' OR c.description "
                                     "LIKE 'Rechnung %') AND c.amount_minor <> (SELECT "
                                     "sum(price_minor) FROM transaction_lines l WHERE "
                                     "l.transaction_id = t.id)")),
             0);
    // Returned and closed transactions have every line back, with a return record.
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM transaction_lines l JOIN transactions "
                                     "t ON t.id = l.transaction_id WHERE t.status IN ('returned', "
                                     "'closed') AND l.returned_at IS NULL")),
             0);
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM transaction_lines l WHERE "
                                     "(l.returned_at IS NULL) <> (NOT EXISTS (SELECT 1 FROM "
                                     "returns r WHERE r.line_id = l.id AND r.returned_at = "
                                     "l.returned_at))")),
             0);
    // Nothing is back before it went out, and nothing is back in the future.
    QCOMPARE(count(d,
                   QStringLiteral("SELECT count(*) FROM transaction_lines WHERE returned_at < "
                                  "start_at OR returned_at > ?"),
                   {QDateTime(kDay.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODate)}),
             0);
    // Late returns cost a late fee.
    QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM returns WHERE late_fee_minor > 0")) > 0);
    QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM damage_cases")) > 0);
    QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM damages")) > 0);
}

void TestDemoData::runningRentalsHaveTheirOwnRentedObject()
{
    const QSqlDatabase d = db();
    const QString out = QStringLiteral(
        "FROM transaction_lines l JOIN transactions t ON t.id = l.transaction_id WHERE t.status = "
        "'handed_out' AND l.returned_at IS NULL");
    const qint64 lines = count(d, QStringLiteral("SELECT count(*) ") + out);
    QVERIFY(lines > 0);
    // No object is out twice at once, and every object out is marked rented (and only those).
    QCOMPARE(count(d, QStringLiteral("SELECT count(DISTINCT l.rental_object_id) ") + out), lines);
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM rental_objects WHERE state = 'rented' "
                                     "AND id IN (SELECT l.rental_object_id ") +
                          out + QLatin1Char(')')),
             lines);
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM rental_objects WHERE state = 'rented'")),
             lines);
    // Barcodes like RB-0031.
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM rental_objects WHERE barcode NOT GLOB "
                                     "'RB-[0-9][0-9][0-9][0-9]*'")),
             0);
}

void TestDemoData::openPaymentsIncludeOverdueOnes()
{
    const QSqlDatabase d = db();
    // What is open is derived: charged, less corrections, less payments.
    const qint64 open =
        count(d, QStringLiteral("SELECT count(*) FROM charge_balances WHERE open_minor > 0"));
    const qint64 overdue = count(d,
                                 QStringLiteral("SELECT count(*) FROM charge_balances WHERE "
                                                "open_minor > 0 AND due_on < ?"),
                                 {kDay.toString(Qt::ISODate)});
    QVERIFY(open > 0);
    QVERIFY(overdue > 0);
    QVERIFY(overdue < open);
    // Most charges are paid in full; cancelled ones are settled by a correction.
    QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM charge_balances WHERE open_minor = 0")) >
            open);
    QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM charges WHERE corrects_id IS NOT "
                                    "NULL")) > 0);
    // No charge is overpaid, and every payment is for a charge of its own customer; a negative
    // one is a deposit paid back at a return (the counter days), never zero.
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM charge_balances WHERE open_minor < 0")),
             0);
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM payments p JOIN charges c ON c.id = "
                                     "p.charge_id WHERE p.customer_id <> c.customer_id OR "
                                     "p.amount_minor = 0 OR (p.amount_minor < 0 AND c.kind <> "
                                     "'deposit')")),
             0);
}

void TestDemoData::nothingHappenedAfterNow_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    const QList<QPair<const char *, const char *>> columns = {
        {"customers", "created_at"},
        {"customers", "updated_at"},
        {"transactions", "created_at"},
        {"returns", "returned_at"},
        {"payments", "paid_at"},
        {"vouchers", "created_at"},
        {"voucher_redemptions", "redeemed_at"},
        {"accesses", "created_at"},
        {"accesses", "last_login_at"},
        {"documents", "created_at"},
        {"messages", "created_at"},
        {"messages", "sent_at"},
        {"activities", "at"}};
    for (const auto &[table, column] : columns)
        QTest::addRow("%s.%s", table, column)
            << QString::fromLatin1(table) << QString::fromLatin1(column);
}

void TestDemoData::nothingHappenedAfterNow()
{
    // The demo's "now" is the morning of its day: nothing was paid, returned or sent later.
    QFETCH(QString, table);
    QFETCH(QString, column);
    const QString now = QDateTime(kDay, QTime(10, 0)).toUTC().toString(Qt::ISODate);
    QVERIFY(
        count(db(),
              QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL").arg(table, column)) >
        0);
    QCOMPARE(count(db(),
                   QStringLiteral("SELECT count(*) FROM %1 WHERE %2 > ? OR length(%2) <> 20 "
                                  "OR %2 NOT LIKE '%Z'")
                       .arg(table, column),
                   {now}),
             0);
}

void TestDemoData::longHistoryCustomer()
{
    QCOMPARE(DemoData::longHistoryCustomerNumber(), QStringLiteral("K-10001"));
    const Customer c = m_store->customerByNumber(DemoData::longHistoryCustomerNumber());
    QVERIFY(c.isValid());
    QCOMPARE(c.displayName(), QStringLiteral("Anna Müller"));
    QCOMPARE(c.city, QStringLiteral("Berlin"));

    const QList<TransactionRow> transactions = m_store->transactions(c.id, {}, 1000);
    QVERIFY2(transactions.size() >= 320, qPrintable(QString::number(transactions.size())));
    // Over several years.
    QVERIFY(transactions.last().startAt.daysTo(transactions.first().startAt) > 5 * 365);
    QSet<QString> statuses;
    for (const TransactionRow &t : transactions)
        statuses.insert(t.status);
    QCOMPARE(statuses.size(), 7);

    QVERIFY(!m_store->openPayments(c.id, {}, 100).isEmpty());
    QVERIFY(!m_store->openBalances(c.id, {}, 100).isEmpty());
    QVERIFY(!m_store->damageCases(c.id, {}, 100).isEmpty());
    QVERIFY(!m_store->documents(c.id, {}, 100).isEmpty());
    QVERIFY(!m_store->accesses(c.id, {}, 100).isEmpty());
    QVERIFY(m_store->activities(c.id, {}, 1000).size() >= 40);
    const QList<VoucherRow> vouchers = m_store->vouchers(c.id, {}, 100);
    QVERIFY(std::any_of(vouchers.begin(), vouchers.end(), [](const VoucherRow &v) {
        return v.remaining.minor > 0 && (!v.expiresOn.isValid() || v.expiresOn >= kDay);
    }));
}

void TestDemoData::longHistoryCustomerHasRentalsDueTodayAndOverdue()
{
    const Customer c = m_store->customerByNumber(DemoData::longHistoryCustomerNumber());
    const QList<RentedObjectRow> rented = m_store->rentedObjects(c.id, {}, 100);
    QVERIFY(rented.size() >= 3);
    const QDateTime todayAtSix(kDay, QTime(18, 0)); // local time, as the desk shows it
    bool dueToday = false, overdue = false;
    for (const RentedObjectRow &r : rented) {
        QVERIFY(r.dueAt.isValid());
        QVERIFY(QRegularExpression(QStringLiteral("^RB-\\d{4,}$")).match(r.barcode).hasMatch());
        dueToday = dueToday || r.dueAt.toLocalTime() == todayAtSix;
        overdue = overdue || r.dueAt.toLocalTime().date() < kDay;
    }
    QVERIFY(dueToday);
    QVERIFY(overdue);
}

void TestDemoData::documentsAreOnDiskWithTheirHash()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT sha256, size_bytes, mime_type FROM documents")));
    int files = 0;
    QSet<QString> types;
    while (q.next()) {
        const QString sha = q.value(0).toString();
        const QString path =
            m_store->fileStorePath() + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        QCOMPARE(qint64(bytes.size()), q.value(1).toLongLong());
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 sha);
        const QString type = q.value(2).toString();
        types.insert(type);
        if (type == QLatin1String("image/png"))
            QVERIFY(!QImage::fromData(bytes, "PNG").isNull());
        if (type == QLatin1String("application/pdf"))
            QVERIFY(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"));
        ++files;
    }
    QVERIFY(files >= 3);
    QVERIFY(types.contains(QStringLiteral("image/png")));
    // Damage photos hang on their damage case.
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM documents WHERE damage_case_id IS "
                                       "NOT NULL")) > 0);
}

void TestDemoData::namesWithAccentsExist_data()
{
    QTest::addColumn<QString>("letter");
    for (const char *letter : {"ü", "ä", "ö", "ß", "é", "ł", "ø", "ñ"})
        QTest::newRow(letter) << QString::fromUtf8(letter);
}

void TestDemoData::namesWithAccentsExist()
{
    QFETCH(QString, letter);
    QVERIFY(count(db(),
                  QStringLiteral("SELECT count(*) FROM customers WHERE "
                                 "instr(lower(first_name || ' ' || last_name), ?) > 0"),
                  {letter}) > 0);
    // E-mail addresses are plain ASCII.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE email GLOB "
                                        "'*[^a-z0-9@.+_-]*'")),
             0);
}

void TestDemoData::searchFindsLongHistoryCustomer_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("without accent") << QStringLiteral("muller");
    QTest::newRow("with accent") << QStringLiteral("Müller");
    QTest::newRow("upper case") << QStringLiteral("MÜLLER");
    QTest::newRow("name prefix") << QStringLiteral("müller an");
    QTest::newRow("first and last name") << QStringLiteral("anna müller");
    QTest::newRow("e-mail") << QStringLiteral("anna.mueller@web");
    QTest::newRow("number") << QStringLiteral("10001");
    QTest::newRow("phone digits") << QStringLiteral("2345678");
}

void TestDemoData::searchFindsLongHistoryCustomer()
{
    QFETCH(QString, text);
    const QList<CustomerSummary> found = m_store->search(text, 50);
    QVERIFY(std::any_of(found.begin(), found.end(), [](const CustomerSummary &s) {
        return s.number == QLatin1String("K-10001") && s.name == QStringLiteral("Anna Müller");
    }));
}

void TestDemoData::masterDataPassesTheValidator()
{
    // What staff see in the master data panel is what the desk itself would accept.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM customers ORDER BY seq")));
    int checked = 0, companies = 0, withoutBirthDate = 0, blocked = 0;
    QSet<QString> countries;
    while (q.next()) {
        Customer c = m_store->customer(q.value(0).toString());
        QVERIFY(c.isValid());
        Customer copy = c;
        const auto errors = CustomerValidator::checkCustomer(copy);
        QVERIFY2(errors.isEmpty(),
                 qPrintable(c.number + QLatin1Char(' ') + c.displayName() + QStringLiteral(": ") +
                            errors.values().join(QStringLiteral("; "))));
        QVERIFY(c.createdAt.isValid() && c.createdAt.date() <= kDay);
        QVERIFY(c.updatedAt >= c.createdAt);
        companies += c.company.isEmpty() ? 0 : 1;
        withoutBirthDate += c.birthDate.isValid() ? 0 : 1;
        blocked += c.blocked ? 1 : 0;
        if (c.blocked)
            QVERIFY(!c.blockedReason.isEmpty());
        countries.insert(c.country);
        ++checked;
    }
    QCOMPARE(checked, int(kCustomers));
    QVERIFY(companies > 0);
    QVERIFY(withoutBirthDate > 0);
    QVERIFY(blocked > 0);
    QCOMPARE(countries,
             (QSet<QString>{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")}));
    // Austrian and Swiss postcodes have four digits, German ones five.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE (country = 'DE') <> "
                                        "(length(postcode) = 5)")),
             0);
}

void TestDemoData::activitiesTellTheHistoryOfTheFields()
{
    // Each change's old value is the value before it, and the last new value is in the row.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.customer_id, a.field, a.old_value, a.new_value, c.phone, c.email, c.street, "
        "c.city, c.number FROM activities a JOIN customers c ON c.id = a.customer_id WHERE "
        "a.action = 'customer.changed' AND a.field IN ('phone', 'email', 'street', 'city') ORDER "
        "BY a.customer_id, a.field, a.seq")));
    QString lastKey, lastNew, current;
    int changes = 0;
    auto finish = [&] {
        if (!lastKey.isEmpty())
            QCOMPARE(lastNew, current);
    };
    while (q.next()) {
        const QString field = q.value(1).toString();
        const QString key = q.value(0).toString() + QLatin1Char('|') + field;
        if (key != lastKey) {
            finish();
            lastKey = key;
        } else {
            QCOMPARE(q.value(2).toString(), lastNew);
        }
        lastNew = q.value(3).toString();
        const int column = field == QLatin1String("phone")    ? 4
                           : field == QLatin1String("email")  ? 5
                           : field == QLatin1String("street") ? 6
                                                              : 7;
        current = q.value(column).toString();
        ++changes;
    }
    finish();
    QVERIFY(changes > 20);
    // Every customer's history starts with its creation, naming its number.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT "
                                        "1 FROM activities a WHERE a.customer_id = c.id AND "
                                        "a.action = 'customer.created' AND a.new_value = "
                                        "c.number AND a.at = c.created_at)")),
             0);
}

void TestDemoData::accessesNeverHoldAPassword()
{
    const QSqlDatabase d = db();
    QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM accesses WHERE state = 'invited'")) > 0);
    QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM accesses WHERE state = 'active'")) > 0);
    QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM accesses WHERE created_via = 'portal'")) >
            0);
    QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM accesses WHERE (state = 'invited' AND "
                                     "password_hash IS NOT NULL) OR (state = 'active' AND "
                                     "(password_hash IS NULL OR password_hash NOT LIKE "
                                     "'$argon2id$demo$%'))")),
             0);
    // About a third of the customers have one.
    const qint64 with =
        count(d, QStringLiteral("SELECT count(DISTINCT customer_id) FROM accesses"));
    QVERIFY(with > kCustomers / 5 && with < kCustomers / 2);
}

void TestDemoData::counterDaysThroughTheOperations()
{
    // The last four weeks were made by the desk's own operations: their activities are there,
    // credited to the demo staff, and the store holds no pending change (initial data).
    QSqlQuery q(db());
    for (const char *action : {"transaction.handed_out", "transaction.returned", "payment.taken",
                               "transaction.created"}) {
        q.prepare(QStringLiteral("SELECT count(*), count(DISTINCT staff_id), min(at) FROM "
                                 "activities WHERE action = ?"));
        q.addBindValue(QString::fromLatin1(action));
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() >= 3, action);
        QVERIFY2(q.value(1).toInt() >= 2, action); // several people at the counter
        QVERIFY2(q.value(2).toString() >= kDay.addDays(-28).toString(Qt::ISODate), action);
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM activities a LEFT JOIN staff s ON s.id = "
                                  "a.staff_id WHERE a.action LIKE 'transaction.%' AND s.login "
                                  "IS NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Their transactions joined the demo's number series.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transactions WHERE number NOT GLOB "
                                  "'V-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(m_store->pendingOutboxCount(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM change_log), (SELECT count(*) "
                                  "FROM sync_pending_fields)")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() <= 1); // the windows' watermark
    QCOMPARE(q.value(1).toInt(), 0);
    // Event orders with several of a kind.
    bool event = false;
    for (const CounterLine &l : counterLines(db()))
        event = event || (!l.note.isEmpty() && l.quantity > 1);
    QVERIFY(event);
}

void TestDemoData::counterDaysFollowTheSeason()
{
    // The end of November (the main store): skis, no bikes; mid-July: bikes, no skis.
    const auto july = filled(1, QDate(2026, 7, 15), 200);
    QVERIFY(july);
    for (const auto &[store, summer] :
         {std::pair{m_store.get(), false}, std::pair{july.get(), true}}) {
        int bikes = 0, skis = 0;
        for (const CounterLine &l : counterLines(store->database())) {
            bikes +=
                l.category == QLatin1String("Fahrrad") || l.category == QLatin1String("E-Bike");
            skis += l.category == QLatin1String("Ski") || l.category == QLatin1String("Snowboard");
        }
        QVERIFY2(summer ? (bikes > 0 && skis == 0) : (skis > 0 && bikes == 0),
                 qPrintable(QStringLiteral("bikes %1, skis %2").arg(bikes).arg(skis)));
    }
}

void TestDemoData::refusesAStoreWithCustomers()
{
    const auto before = tableHashes(db());
    DemoOptions options;
    options.customers = 10;
    options.today = kDay;
    QString error;
    QVERIFY(!DemoData::fill(*m_store, options, &error));
    QVERIFY(error.contains(QString::number(kCustomers)));
    QVERIFY(tableHashes(db()) == before);
}

void TestDemoData::refusesBadOptions_data()
{
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<QDate>("day");
    QTest::newRow("no customers") << qint64(0) << kDay;
    QTest::newRow("negative") << qint64(-5) << kDay;
    QTest::newRow("invalid day") << qint64(10) << QDate();
}

void TestDemoData::refusesBadOptions()
{
    QFETCH(qint64, customers);
    QFETCH(QDate, day);
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(++m_files))));
    DemoOptions options;
    options.customers = customers;
    options.today = day;
    QString error;
    QVERIFY(!DemoData::fill(store, options, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(count(store.database(), QStringLiteral("SELECT count(*) FROM staff")), 0);
    QCOMPARE(count(store.database(), QStringLiteral("SELECT count(*) FROM number_blocks")), 0);
}

void TestDemoData::deskCustomersNeverGetDemoNumbers()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_files))));
    store.ensureDeskStaff(); // as the desk app does before it fills demo data
    DemoOptions options;
    options.customers = 30;
    options.today = rentdesk::clock::today();
    QString error;
    QVERIFY2(DemoData::fill(store, options, &error), qPrintable(error));
    QCOMPARE(store.numbersLeftInBlocks(), qint64(0));
    QCOMPARE(count(store.database(), QStringLiteral("SELECT next_number FROM number_blocks WHERE "
                                                    "source = 'demo'")),
             10031);
    Customer draft;
    draft.firstName = QStringLiteral("Jürgen");
    draft.lastName = QStringLiteral("Schäfer");
    draft.email = QStringLiteral("juergen@example.com");
    draft.birthDate = QDate(1970, 3, 4);
    const WriteResult r = store.createCustomer(draft);
    QVERIFY2(r.ok(), qPrintable(r.error));
    // No server block yet: a provisional number with the desk code, unique across desks.
    QCOMPARE(store.customer(r.id).number, store.provisionalPrefix() + QStringLiteral("-0001"));
    QVERIFY(store.addNumberBlock(20001, 21000, QStringLiteral("server")));
    draft.email = QStringLiteral("juergen2@example.com");
    const WriteResult second = store.createCustomer(draft);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(store.customer(second.id).number, QStringLiteral("K-20001"));
    QVERIFY(store.check().problems.isEmpty());
}

void TestDemoData::largeFillCommitsInBatchesAndKeepsTheIndexes()
{
    auto store = std::make_unique<Store>();
    QVERIFY(store->open(m_dir.filePath(QStringLiteral("large-%1.sqlite").arg(++m_files))));
    const auto indexes = [&] {
        QStringList out;
        QSqlQuery q(store->database());
        q.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' "
                              "AND sql IS NOT NULL ORDER BY name"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const QStringList before = indexes();
    QVERIFY(before.size() > 10);

    QList<QPair<qint64, qint64>> calls;
    DemoOptions options;
    options.customers = 20500;
    options.today = kDay;
    options.progress = [&calls](qint64 done, qint64 total) { calls.append({done, total}); };
    QString error;
    QVERIFY2(DemoData::fill(*store, options, &error), qPrintable(error));
    const QList<QPair<qint64, qint64>> expected = {{20000, 20500}, {20500, 20500}};
    QCOMPARE(calls, expected);
    QCOMPARE(indexes(), before);
    QCOMPARE(store->customerCount(), qint64(20500));
    // The search index holds every customer: the last one is found by its address, which only
    // the full-text index knows.
    const Customer last = store->customerByNumber(QStringLiteral("K-30500"));
    QVERIFY(last.isValid());
    const QList<CustomerSummary> found =
        store->search(last.street + QLatin1Char(' ') + last.city, 50);
    QVERIFY(std::any_of(found.begin(), found.end(),
                        [&](const CustomerSummary &s) { return s.id == last.id; }));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
