// Renting out, returning and paying through the store's one write path, on a real SQLite file:
// prices frozen on the lines, availability (overlapping, back-to-back, in repair, retired, two
// clerks at once), late fees and deposits at the return, payments and vouchers, every operation
// one mutation with its activities, a fault leaving nothing, and money conserved over random
// sequences: open payments, open balances and charges less payments agree to the cent.

#include "clock.h"
#include "store.h"
#include "storetesthelpers.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rentdesk;
using storetest::RawDb;

namespace {

// The catalogue of these tests: an e-bike (20.00 a day, 35.00 two days, 10.00 each further
// day, 4.00 an hour, 60.00 a week, deposit 50.00, late fee 3.00 an hour up to 15.00 a day after
// 30 minutes) with four objects, one in repair and one retired.
struct Catalogue
{
    QString article, priceList;
    QStringList bikes; // EB-1 … EB-4: 1 and 2 available, 3 in repair, 4 retired
};

Catalogue seedCatalogue(Store &store)
{
    Catalogue c;
    c.article = Store::newId();
    c.priceList = Store::newId();
    const WriteResult r = store.write([&](WriteContext &ctx) {
        bool ok = ctx.insert(QStringLiteral("article"), c.article,
                             {{QStringLiteral("name"), QStringLiteral("E-bike M")},
                              {QStringLiteral("category"), QStringLiteral("Bikes")},
                              {QStringLiteral("description"), QStringLiteral("")},
                              {QStringLiteral("vat_rate_bp"), 1900},
                              {QStringLiteral("deposit_minor"), 5000}}) &&
                  ctx.insert(QStringLiteral("price_list"), c.priceList,
                             {{QStringLiteral("name"), QStringLiteral("Prices 2026")},
                              {QStringLiteral("currency"), QStringLiteral("EUR")},
                              {QStringLiteral("valid_from"), QStringLiteral("2026-01-01")}}) &&
                  ctx.insert(QStringLiteral("price_list_entry"), Store::newId(),
                             {{QStringLiteral("price_list_id"), c.priceList},
                              {QStringLiteral("article_id"), c.article},
                              {QStringLiteral("per_day_minor"), 2000},
                              {QStringLiteral("per_hour_minor"), 400},
                              {QStringLiteral("late_fee_per_day_minor"), 1500},
                              {QStringLiteral("day_tiers"), QStringLiteral("3500")},
                              {QStringLiteral("extra_day_minor"), 1000},
                              {QStringLiteral("per_week_minor"), 6000},
                              {QStringLiteral("late_fee_per_hour_minor"), 300},
                              {QStringLiteral("late_grace_minutes"), 30}});
        const QStringList states = {QStringLiteral("available"), QStringLiteral("available"),
                                    QStringLiteral("maintenance"), QStringLiteral("retired")};
        for (int i = 0; ok && i < states.size(); ++i) {
            c.bikes << Store::newId();
            ok = ctx.insert(QStringLiteral("rental_object"), c.bikes.last(),
                            {{QStringLiteral("article_id"), c.article},
                             {QStringLiteral("name"), QStringLiteral("E-bike M #%1").arg(i + 1)},
                             {QStringLiteral("barcode"), QStringLiteral("EB-%1").arg(i + 1)},
                             {QStringLiteral("state"), states.at(i)}});
        }
        return ok;
    });
    if (!r.ok())
        qWarning("catalogue: %s", qPrintable(storetest::describe(r)));
    return c;
}

QDateTime now()
{
    return clock::nowUtc();
}

TransactionDraft draftOf(const QString &customer, TransactionKind kind, const QDateTime &from,
                         const QDateTime &to, const QList<LineDraft> &lines)
{
    TransactionDraft d;
    d.customerId = customer;
    d.kind = kind;
    d.from = from;
    d.to = to;
    d.lines = lines;
    return d;
}

ReturnLine back(const QString &lineId, qint64 lateFeeMinor = 0, bool damaged = false,
                const QString &note = {}, qint64 costMinor = 0)
{
    ReturnLine r;
    r.lineId = lineId;
    r.lateFeeMinor = lateFeeMinor;
    r.damaged = damaged;
    r.damageNote = note;
    r.damageCostMinor = costMinor;
    return r;
}

} // namespace

class TestRentals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void priceIsFrozenOnTheLine();
    void handOutChargesRentAndDeposit();
    void availability_data();
    void availability();
    void twoClerksCannotHandOutTheSameObject();
    void partialReturnWithLateFee();
    void depositKeptWithAReason();
    void returnPaidAtOnceIsOneOperation();
    void paidDepositGoesBackAsARefund();
    void paymentsPartlyAndNotTooMuch();
    void voucherRedeemedPartly();
    void editingNeverReloadsThePrice();
    void reloadPriceFromTodaysList();
    void deleteLineRefundsOrKeepsThePayment();
    void confirmedMoneySurvivesAPowerCut();
    void reviewedEdges();
    void faultLeavesNothing_data();
    void faultLeavesNothing();
    void moneyIsConserved_data();
    void moneyIsConserved();

private:
    // Hands out the objects from now for `days` days; returns the transaction id.
    QString handOut(const QStringList &objects, int days = 2, const QString &customer = {});
    WriteResult addTransaction(TransactionKind kind, const QString &object, const QDateTime &from,
                               const QDateTime &to, const QString &customer);
    // The customer's money read three ways: open payments, open balances, charges less payments.
    void checkMoney(const QString &customer);
    qint64 sumOpenPayments(const QString &customer);

    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
    Catalogue m_cat;
    QString m_anna, m_ben;
};

void TestRentals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRentals::init()
{
    storetest::fixClock();
    m_path = m_dir.filePath(QStringLiteral("rentals-%1.sqlite").arg(++m_files));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
    m_store->ensureDeskStaff();
    m_cat = seedCatalogue(*m_store);
    QCOMPARE(m_cat.bikes.size(), 4);
    m_anna = m_store
                 ->createCustomer(storetest::draft(QStringLiteral("Anna"), QStringLiteral("Kühn"),
                                                   QStringLiteral("Jena")))
                 .id;
    m_ben = m_store
                ->createCustomer(storetest::draft(QStringLiteral("Ben"), QStringLiteral("Roth"),
                                                  QStringLiteral("Gera")))
                .id;
    QVERIFY(!m_anna.isEmpty() && !m_ben.isEmpty());
}

void TestRentals::cleanup()
{
    m_store.reset();
    clock::setNowForTesting({});
}

QString TestRentals::handOut(const QStringList &objects, int days, const QString &customer)
{
    TransactionDraft d;
    d.customerId = customer.isEmpty() ? m_anna : customer;
    d.kind = TransactionKind::HandOut;
    d.from = now();
    d.to = now().addDays(days);
    for (const QString &o : objects) {
        LineDraft line;
        QString problem;
        if (!m_store->priceLine(d.customerId, o, d.from, d.to, 1, &line, &problem)) {
            qWarning("priceLine: %s", qPrintable(problem));
            return {};
        }
        d.lines << line;
    }
    const WriteResult r = m_store->createTransaction(d);
    if (!r.ok())
        qWarning("handOut: %s", qPrintable(storetest::describe(r)));
    return r.id;
}

WriteResult TestRentals::addTransaction(TransactionKind kind, const QString &object,
                                        const QDateTime &from, const QDateTime &to,
                                        const QString &customer)
{
    TransactionDraft d;
    d.customerId = customer;
    d.kind = kind;
    d.from = from;
    d.to = to;
    LineDraft line;
    QString problem;
    if (!m_store->priceLine(customer, object, from, to, 1, &line, &problem)) {
        WriteResult r;
        r.error = problem;
        return r;
    }
    d.lines << line;
    return m_store->createTransaction(d);
}

qint64 TestRentals::sumOpenPayments(const QString &customer)
{
    qint64 sum = 0;
    for (const OpenPaymentRow &p : m_store->openPayments(customer, {}, 1000))
        sum += p.amount.minor;
    return sum;
}

void TestRentals::checkMoney(const QString &customer)
{
    qint64 balances = 0;
    for (const OpenBalanceRow &b : m_store->openBalances(customer, {}, 1000))
        balances += b.open.minor;
    RawDb raw(m_path);
    const qint64 charged =
        raw.scalar(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM charges WHERE "
                                  "customer_id = ? AND deleted_at IS NULL"),
                   {customer})
            .toLongLong();
    const qint64 paid =
        raw.scalar(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE "
                                  "customer_id = ? AND deleted_at IS NULL"),
                   {customer})
            .toLongLong();
    qint64 transactionsOpen = 0;
    for (const TransactionRow &t : m_store->transactions(customer, {}, 1000)) {
        transactionsOpen += t.open.minor;
        // What was charged on each transaction, less what was paid on it, is what is open.
        if (t.status != QStringLiteral("request") && t.status != QStringLiteral("reservation"))
            QCOMPARE(t.total.minor - t.paid.minor, t.open.minor);
    }
    QCOMPARE(sumOpenPayments(customer), charged - paid);
    QCOMPARE(balances, charged - paid);
    QCOMPARE(transactionsOpen, charged - paid);
    QCOMPARE(m_store->overview(customer).openAmount.minor, charged - paid);
    QCOMPARE(m_store->openAmount(customer, {}), charged - paid);
}

void TestRentals::priceIsFrozenOnTheLine()
{
    LineDraft line;
    QString problem;
    // Two days and three hours: the third day (45.00) is cheaper than 35.00 + 3 × 4.00? No:
    // 47.00 > 45.00, so three days.
    QVERIFY2(m_store->priceLine(m_anna, m_cat.bikes[0], now(), now().addDays(2).addSecs(3 * 3600),
                                1, &line, &problem),
             qPrintable(problem));
    QCOMPARE(line.priceMinor, qint64(4500));
    QCOMPARE(line.priceRule, QStringLiteral("3d"));
    QCOMPARE(line.depositMinor, qint64(5000));
    QCOMPARE(line.priceListId, m_cat.priceList);
    QVERIFY(!line.negotiated);

    // Before the price list starts there is no price, and the reason says so.
    QVERIFY(!m_store->priceLine(m_anna, m_cat.bikes[0], QDateTime(QDate(2025, 5, 1), QTime(9, 0)),
                                QDateTime(QDate(2025, 5, 2), QTime(9, 0)), 1, &line, &problem));
    QVERIFY2(problem.contains(QStringLiteral("E-bike M")), qPrintable(problem));

    const QString tx = handOut({m_cat.bikes[0]}, 2);
    QVERIFY(!tx.isEmpty());
    // A later price change leaves the line's price alone.
    QVERIFY(RawDb(m_path).exec(QStringLiteral("UPDATE price_list_entries SET per_day_minor = 9900, "
                                              "day_tiers = '19900'")));
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT price_minor FROM transaction_lines WHERE "
                                       "transaction_id = ?"),
                        {tx})
                 .toLongLong(),
             qint64(3500));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT price_rule FROM transaction_lines WHERE "
                                       "transaction_id = ?"),
                        {tx})
                 .toString(),
             QStringLiteral("2d"));
}

void TestRentals::handOutChargesRentAndDeposit()
{
    const qint64 mutationsBefore = m_store->lastMutationId();
    const QString tx = handOut({m_cat.bikes[0], m_cat.bikes[1]}, 2);
    QVERIFY(!tx.isEmpty());
    QCOMPARE(m_store->lastMutationId(), mutationsBefore + 1); // one operation, one mutation

    const QList<RentedObjectRow> rented = m_store->rentedObjects(m_anna, {}, 50);
    QCOMPARE(rented.size(), 2);
    QCOMPARE(rented[0].price.minor, qint64(3500));
    // Rent and deposit for each bike are open, due today.
    const QList<OpenPaymentRow> open = m_store->openPayments(m_anna, {}, 50);
    QCOMPARE(open.size(), 4);
    QCOMPARE(sumOpenPayments(m_anna), qint64(2 * 3500 + 2 * 5000));
    QCOMPARE(open[0].dueOn, clock::today());
    QCOMPARE(m_store->rentalObject(m_cat.bikes[0]).state, QStringLiteral("rented"));
    const QList<ActivityRow> acts = m_store->activities(m_anna, {}, 10);
    QCOMPARE(acts.first().action, QStringLiteral("transaction.handed_out"));
    QVERIFY2(acts.first().newValue.contains(QStringLiteral("E-bike M #2")),
             qPrintable(acts.first().newValue));
    QVERIFY(acts.first().oldValue.startsWith(QStringLiteral("V-2026-")));
    checkMoney(m_anna);

    // The outbox entry carries every row of the operation.
    RawDb raw(m_path);
    const QJsonObject payload = storetest::parseJson(
        raw.scalar(QStringLiteral("SELECT payload FROM sync_outbox ORDER BY mutation_id DESC")));
    QStringList entities;
    for (const QJsonValue &c : payload.value(QStringLiteral("changes")).toArray())
        entities << c.toObject().value(QStringLiteral("entity")).toString();
    QCOMPARE(entities.count(QStringLiteral("transaction")), 1);
    QCOMPARE(entities.count(QStringLiteral("transaction_line")), 2);
    QCOMPARE(entities.count(QStringLiteral("charge")), 4);
    QCOMPARE(entities.count(QStringLiteral("rental_object")), 2);
}

void TestRentals::availability_data()
{
    QTest::addColumn<int>("firstKind"); // -1: none
    QTest::addColumn<int>("object");
    QTest::addColumn<int>("fromHours"); // the second transaction's period, from now
    QTest::addColumn<int>("toHours");
    QTest::addColumn<QString>("problem"); // a word the refusal contains; empty: allowed
    const int booking = int(TransactionKind::Booking);
    const int request = int(TransactionKind::Request);
    const int handOut = int(TransactionKind::HandOut);
    // The first transaction holds bike 1 from now + 24 h to now + 72 h.
    QTest::newRow("overlapping a booking") << booking << 0 << 48 << 96 << QStringLiteral("booked");
    QTest::newRow("inside a booking") << booking << 0 << 30 << 40 << QStringLiteral("booked");
    QTest::newRow("back-to-back before") << booking << 0 << 0 << 24 << QString();
    QTest::newRow("back-to-back after") << booking << 0 << 72 << 96 << QString();
    QTest::newRow("a request holds nothing") << request << 0 << 30 << 40 << QString();
    QTest::newRow("out with someone") << handOut << 0 << 30 << 40 << QStringLiteral("out with");
    QTest::newRow("in repair") << -1 << 2 << 1 << 5 << QStringLiteral("in repair");
    QTest::newRow("retired") << -1 << 3 << 1 << 5 << QStringLiteral("retired");
    QTest::newRow("another object is free") << booking << 1 << 30 << 40 << QString();
}

void TestRentals::availability()
{
    QFETCH(int, firstKind);
    QFETCH(int, object);
    QFETCH(int, fromHours);
    QFETCH(int, toHours);
    QFETCH(QString, problem);
    if (firstKind >= 0) {
        const auto kind = TransactionKind(firstKind);
        const QDateTime from = kind == TransactionKind::HandOut ? now() : now().addSecs(24 * 3600);
        const WriteResult first =
            addTransaction(kind, m_cat.bikes[0], from, now().addSecs(72 * 3600), m_ben);
        QVERIFY2(first.ok(), qPrintable(storetest::describe(first)));
    }
    const QDateTime from = now().addSecs(fromHours * 3600), to = now().addSecs(toHours * 3600);
    const ObjectHold hold = m_store->objectHold(m_cat.bikes[object], from, to);
    const WriteResult second =
        addTransaction(TransactionKind::Booking, m_cat.bikes[object], from, to, m_anna);
    if (problem.isEmpty()) {
        QVERIFY2(hold.isFree(), qPrintable(hold.problem));
        QVERIFY2(second.ok(), qPrintable(storetest::describe(second)));
        return;
    }
    QVERIFY(!hold.isFree());
    QVERIFY2(hold.problem.contains(problem), qPrintable(hold.problem));
    QVERIFY(!second.ok());
    QCOMPARE(second.error, hold.problem);
    if (firstKind >= 0) // says by whom
        QVERIFY2(hold.problem.contains(QStringLiteral("Ben Roth")), qPrintable(hold.problem));
    // Editing a line into a conflict is seen the same way; the line itself does not count.
    if (firstKind >= 0) {
        const QString line =
            RawDb(m_path).scalar(QStringLiteral("SELECT id FROM transaction_lines")).toString();
        QVERIFY(m_store->objectHold(m_cat.bikes[object], from, to, line).isFree());
    }
}

void TestRentals::twoClerksCannotHandOutTheSameObject()
{
    // Two windows (two connections to the file) picked bike 1 while it was free.
    Store other;
    QVERIFY(other.open(m_path));
    other.ensureDeskStaff();
    LineDraft a, b;
    QString problem;
    QVERIFY(m_store->priceLine(m_anna, m_cat.bikes[0], now(), now().addDays(1), 1, &a, &problem));
    QVERIFY(other.priceLine(m_ben, m_cat.bikes[0], now(), now().addDays(1), 1, &b, &problem));
    QVERIFY(m_store->objectHold(m_cat.bikes[0], now(), now().addDays(1)).isFree());
    QVERIFY(other.objectHold(m_cat.bikes[0], now(), now().addDays(1)).isFree());
    const TransactionDraft first =
        draftOf(m_anna, TransactionKind::HandOut, now(), now().addDays(1), {a});
    const TransactionDraft second =
        draftOf(m_ben, TransactionKind::HandOut, now(), now().addDays(1), {b});
    QVERIFY(m_store->createTransaction(first).ok());
    const WriteResult refused = other.createTransaction(second);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QStringLiteral("Anna Kühn")), qPrintable(refused.error));
    QCOMPARE(other.rentedObjects(m_ben, {}, 10).size(), 0);
}

void TestRentals::partialReturnWithLateFee()
{
    const QString tx = handOut({m_cat.bikes[0], m_cat.bikes[1]}, 1);
    QVERIFY(!tx.isEmpty());
    // Three hours and ten minutes after the due time: four hours begun at 3.00 = 12.00.
    clock::setNowForTesting(now().addDays(1).addSecs(3 * 3600 + 600));
    const QList<OpenRentalLine> out = m_store->openRentalLines(m_anna);
    QCOMPARE(out.size(), 2);
    const OpenRentalLine &first = out.first();
    const qint64 fee = lateFee(first.lateFeeRule, first.dueAt, now(), first.quantity);
    QCOMPARE(fee, qint64(1200));
    QCOMPARE(first.deposit.minor, qint64(5000));

    const qint64 openBefore = sumOpenPayments(m_anna);
    ReturnDraft r;
    r.at = now();
    r.lines << back(first.lineId, fee);
    const WriteResult done = m_store->returnObjects(r);
    QVERIFY2(done.ok(), qPrintable(storetest::describe(done)));
    // The late fee is due; the unpaid deposit of the returned bike is no longer.
    QCOMPARE(sumOpenPayments(m_anna), openBefore + 1200 - 5000);
    QCOMPARE(m_store->rentedObjects(m_anna, {}, 10).size(), 1);
    QCOMPARE(m_store->rentalObject(first.objectId).state, QStringLiteral("available"));
    RawDb raw(m_path);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT status FROM transactions WHERE id = ?"), {tx}).toString(),
        QStringLiteral("handed_out"));
    // The same line cannot come back twice.
    QVERIFY(!m_store->returnObjects(r).ok());

    // The other bike comes back damaged: a damage with its cost, the bike goes to repair.
    r.lines = {back(out.at(1).lineId, lateFee(out.at(1).lateFeeRule, out.at(1).dueAt, now(), 1),
                    true, QStringLiteral("Bent wheel"), 8000)};
    QVERIFY(m_store->returnObjects(r).ok());
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT status FROM transactions WHERE id = ?"), {tx}).toString(),
        QStringLiteral("returned"));
    QCOMPARE(m_store->rentalObject(out.at(1).objectId).state, QStringLiteral("maintenance"));
    const QList<DamageCaseRow> damages = m_store->damageCases(m_anna, {}, 10);
    QCOMPARE(damages.size(), 1);
    QCOMPARE(damages.first().cost.minor, qint64(8000));
    QCOMPARE(m_store->openRentalLines(m_anna).size(), 0);
    // Rent 2 × 20.00, two late fees of 12.00, the damage 80.00; the deposits are released.
    QCOMPARE(sumOpenPayments(m_anna), qint64(2 * 2000 + 2 * 1200 + 8000));
    checkMoney(m_anna);
}

void TestRentals::depositKeptWithAReason()
{
    handOut({m_cat.bikes[0]}, 1);
    const OpenRentalLine line = m_store->openRentalLines(m_anna).first();
    ReturnDraft r;
    r.at = now();
    r.lines << back(line.lineId);
    r.depositKeptMinor = 2000;
    QVERIFY(!m_store->returnObjects(r).ok()); // a reason is needed
    r.depositReason = QStringLiteral("Lock missing");
    r.depositKeptMinor = 6000;
    const WriteResult tooMuch = m_store->returnObjects(r);
    QVERIFY(!tooMuch.ok());
    QVERIFY2(tooMuch.error.contains(QStringLiteral("More deposit")), qPrintable(tooMuch.error));
    QCOMPARE(m_store->openRentalLines(m_anna).size(), 1); // nothing was written
    r.depositKeptMinor = 2000;
    QVERIFY(m_store->returnObjects(r).ok());
    // Rent 20.00 and the kept 20.00 of the deposit are open.
    QCOMPARE(sumOpenPayments(m_anna), qint64(2000 + 2000));
    checkMoney(m_anna);
}

void TestRentals::returnPaidAtOnceIsOneOperation()
{
    handOut({m_cat.bikes[0], m_cat.bikes[1]}, 1);
    clock::setNowForTesting(now().addDays(1).addSecs(2 * 3600)); // two hours late
    ReturnDraft r;
    r.at = now();
    for (const OpenRentalLine &l : m_store->openRentalLines(m_anna))
        r.lines << back(l.lineId, lateFee(l.lateFeeRule, l.dueAt, r.at, l.quantity));
    r.payOpen = true;
    r.payMethod = PaymentMethod::Card;
    const qint64 mutations = m_store->lastMutationId();
    QVERIFY(m_store->returnObjects(r).ok());
    QCOMPARE(m_store->lastMutationId(), mutations + 1);
    QCOMPARE(sumOpenPayments(m_anna), qint64(0));
    RawDb raw(m_path);
    // Rent 2 × 20.00 and two late fees of 2 × 3.00, by card; the deposits were never paid.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE method = "
                                       "'card'"))
                 .toLongLong(),
             qint64(2 * 2000 + 2 * 600));
    checkMoney(m_anna);
}

void TestRentals::paidDepositGoesBackAsARefund()
{
    handOut({m_cat.bikes[0]}, 1);
    PaymentDraft pay{m_anna, {}, 2000 + 5000, PaymentMethod::Card, {}};
    QVERIFY(m_store->takePayment(pay).ok());
    QCOMPARE(sumOpenPayments(m_anna), qint64(0));
    const OpenRentalLine line = m_store->openRentalLines(m_anna).first();
    ReturnDraft r;
    r.at = now();
    r.lines << back(line.lineId);
    r.depositKeptMinor = 1500;
    r.depositReason = QStringLiteral("Cleaning");
    r.refundMethod = QStringLiteral("cash");
    QVERIFY(m_store->returnObjects(r).ok());
    RawDb raw(m_path);
    // 35.00 of the 50.00 paid back in cash, as a negative payment.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT amount_minor FROM payments WHERE amount_minor < 0"))
                 .toLongLong(),
             qint64(-3500));
    QCOMPARE(sumOpenPayments(m_anna), qint64(0));
    QCOMPARE(m_store->activities(m_anna, {}, 10).first().action,
             QStringLiteral("transaction.returned"));
    bool refundLogged = false;
    for (const ActivityRow &a : m_store->activities(m_anna, {}, 10))
        refundLogged = refundLogged || (a.action == QStringLiteral("payment.refunded") &&
                                        a.newValue == QStringLiteral("3500"));
    QVERIFY(refundLogged);
    checkMoney(m_anna);
}

void TestRentals::paymentsPartlyAndNotTooMuch()
{
    const QString tx = handOut({m_cat.bikes[0]}, 2); // 35.00 rent + 50.00 deposit
    PaymentDraft pay{m_anna, {tx}, 9000, PaymentMethod::Cash, {}};
    const WriteResult tooMuch = m_store->takePayment(pay);
    QVERIFY(!tooMuch.ok());
    QVERIFY2(tooMuch.error.contains(QStringLiteral("more than is open")),
             qPrintable(tooMuch.error));
    pay.amountMinor = 0;
    QVERIFY(!m_store->takePayment(pay).ok());
    pay.amountMinor = 4000;
    const qint64 mutations = m_store->lastMutationId();
    QVERIFY(m_store->takePayment(pay).ok());
    QCOMPARE(m_store->lastMutationId(), mutations + 1);
    QCOMPARE(sumOpenPayments(m_anna), qint64(4500));
    QCOMPARE(m_store->openAmount(m_anna, {tx}), qint64(4500));
    const ActivityRow a = m_store->activities(m_anna, {}, 1).first();
    QCOMPARE(a.action, QStringLiteral("payment.taken"));
    QCOMPARE(a.field, QStringLiteral("cash"));
    QCOMPARE(a.newValue, QStringLiteral("4000"));
    pay.amountMinor = 4500;
    QVERIFY(m_store->takePayment(pay).ok());
    QCOMPARE(m_store->openPayments(m_anna, {}, 10).size(), 0);
    QVERIFY(!m_store->takePayment(pay).ok()); // nothing open any more
    checkMoney(m_anna);
}

void TestRentals::voucherRedeemedPartly()
{
    const QString tx = handOut({m_cat.bikes[0]}, 2);
    const QString voucher = Store::newId();
    QVERIFY(m_store
                ->write([&](WriteContext &ctx) {
                    return ctx.insert(QStringLiteral("voucher"), voucher,
                                      {{QStringLiteral("code"), QStringLiteral("GS-TEST-1")},
                                       {QStringLiteral("customer_id"), m_anna},
                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                       {QStringLiteral("value_minor"), 3000},
                                       {QStringLiteral("expires_on"), QStringLiteral("2026-12-31")},
                                       {QStringLiteral("created_at"), Store::nowText()}}) &&
                           ctx.insert(QStringLiteral("voucher"), Store::newId(),
                                      {{QStringLiteral("code"), QStringLiteral("GS-OLD")},
                                       {QStringLiteral("customer_id"), m_anna},
                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                       {QStringLiteral("value_minor"), 3000},
                                       {QStringLiteral("expires_on"), QStringLiteral("2026-01-31")},
                                       {QStringLiteral("created_at"), Store::nowText()}});
                })
                .ok());
    PaymentDraft pay{m_anna, {tx}, 2000, PaymentMethod::Voucher, QStringLiteral("gs-test-1")};
    QVERIFY(m_store->takePayment(pay).ok());
    qint64 remaining = -1;
    for (const VoucherRow &v : m_store->vouchers(m_anna, {}, 10))
        if (v.code == QStringLiteral("GS-TEST-1"))
            remaining = v.remaining.minor;
    QCOMPARE(remaining, qint64(1000));
    pay.amountMinor = 1500;
    const WriteResult notEnough = m_store->takePayment(pay);
    QVERIFY2(notEnough.error.contains(QStringLiteral("only")), qPrintable(notEnough.error));
    pay.voucherCode = QStringLiteral("GS-OLD");
    const WriteResult expired = m_store->takePayment(pay);
    QVERIFY2(expired.error.contains(QStringLiteral("expired")), qPrintable(expired.error));
    pay.voucherCode = QStringLiteral("NOPE");
    QVERIFY(!m_store->takePayment(pay).ok());
    QCOMPARE(sumOpenPayments(m_anna), qint64(3500 + 5000 - 2000));
    checkMoney(m_anna);
}

void TestRentals::editingNeverReloadsThePrice()
{
    const QString tx = handOut({m_cat.bikes[0]}, 2); // 35.00
    const QString lineId = m_store->openRentalLines(m_anna).first().lineId;
    LineInfo info = m_store->lineInfo(lineId);
    QCOMPARE(info.price.minor, qint64(3500));
    QVERIFY(!info.negotiated);
    // A day longer: the price stays what it was until it is reloaded.
    LineChange change{info.from, info.to.addDays(1), info.objectId, 1, info.price.minor, {}};
    QVERIFY(m_store->changeLine(lineId, change).ok());
    info = m_store->lineInfo(lineId);
    QCOMPARE(info.to, change.to);
    QCOMPARE(info.price.minor, qint64(3500));
    QVERIFY(!info.negotiated);
    // A price agreed by hand: the rent due follows, the line is marked.
    change.priceMinor = 3000;
    QVERIFY(m_store->changeLine(lineId, change).ok());
    info = m_store->lineInfo(lineId);
    QVERIFY(info.negotiated);
    QCOMPARE(sumOpenPayments(m_anna), qint64(3000 + 5000));
    // Editing into a conflict: bike 2 is booked by Ben in that period.
    QVERIFY(addTransaction(TransactionKind::Booking, m_cat.bikes[1], now().addDays(1),
                           now().addDays(2), m_ben)
                .ok());
    change.objectId = m_cat.bikes[1];
    const WriteResult conflict = m_store->changeLine(lineId, change);
    QVERIFY(!conflict.ok());
    QVERIFY2(conflict.error.contains(QStringLiteral("Ben Roth")), qPrintable(conflict.error));
    QCOMPARE(m_store->lineInfo(lineId).objectId, m_cat.bikes[0]);
    // Activities name each changed field.
    QStringList fields;
    for (const ActivityRow &a : m_store->activities(m_anna, {}, 10))
        if (a.action == QStringLiteral("transaction.line_changed"))
            fields << a.field;
    QVERIFY2(fields.contains(QStringLiteral("due_at")) &&
                 fields.contains(QStringLiteral("price_minor")),
             qPrintable(fields.join(QLatin1Char(','))));
    Q_UNUSED(tx);
    checkMoney(m_anna);
}

void TestRentals::reloadPriceFromTodaysList()
{
    handOut({m_cat.bikes[0]}, 2); // 35.00
    const QString lineId = m_store->openRentalLines(m_anna).first().lineId;
    // A new list from today: two days cost 40.00.
    QVERIFY(
        m_store
            ->write([&](WriteContext &ctx) {
                const QString list = Store::newId();
                return ctx.update(QStringLiteral("price_list"), m_cat.priceList,
                                  {{QStringLiteral("valid_to"), QStringLiteral("2026-06-14")}}) &&
                       ctx.insert(QStringLiteral("price_list"), list,
                                  {{QStringLiteral("name"), QStringLiteral("Summer")},
                                   {QStringLiteral("currency"), QStringLiteral("EUR")},
                                   {QStringLiteral("valid_from"), QStringLiteral("2026-06-15")}}) &&
                       ctx.insert(QStringLiteral("price_list_entry"), Store::newId(),
                                  {{QStringLiteral("price_list_id"), list},
                                   {QStringLiteral("article_id"), m_cat.article},
                                   {QStringLiteral("per_day_minor"), 2500},
                                   {QStringLiteral("per_hour_minor"), 500},
                                   {QStringLiteral("day_tiers"), QStringLiteral("4000")}});
            })
            .ok());
    LineDraft repriced;
    QString problem;
    QVERIFY2(m_store->repriceLine(lineId, &repriced, &problem), qPrintable(problem));
    QCOMPARE(repriced.priceMinor, qint64(4000));
    QVERIFY(m_store->applyLinePrice(lineId, repriced).ok());
    QCOMPARE(m_store->lineInfo(lineId).price.minor, qint64(4000));
    QCOMPARE(sumOpenPayments(m_anna), qint64(4000 + 5000));
    QCOMPARE(m_store->activities(m_anna, {}, 1).first().action,
             QStringLiteral("transaction.price_reloaded"));
    checkMoney(m_anna);
}

void TestRentals::deleteLineRefundsOrKeepsThePayment()
{
    const QString tx = handOut({m_cat.bikes[0], m_cat.bikes[1]}, 2); // 2 × (35.00 + 50.00)
    QVERIFY(m_store->takePayment({m_anna, {tx}, 3500 + 5000, PaymentMethod::Cash, {}}).ok());
    const QList<OpenRentalLine> out = m_store->openRentalLines(m_anna);
    // The payment went to the charges oldest due first (by id among equal days), so it may
    // be split between the lines: what one line had paid is what the other has open.
    QCOMPARE(out.size(), 2);
    const bool firstPaidMore =
        m_store->paidOnLine(out[0].lineId) >= m_store->paidOnLine(out[1].lineId);
    const QString paidLine = out[firstPaidMore ? 0 : 1].lineId;
    const QString otherLine = out[firstPaidMore ? 1 : 0].lineId;
    QVERIFY(m_store->paidOnLine(paidLine) > 0);
    QCOMPARE(m_store->openElsewhereOnTransaction(paidLine), m_store->paidOnLine(paidLine));
    // Kept on the transaction: the 85.00 pays the other bike instead.
    QVERIFY(m_store->deleteLine(paidLine, {false, {}}).ok());
    QCOMPARE(sumOpenPayments(m_anna), qint64(0));
    QCOMPARE(m_store->rentedObjects(m_anna, {}, 10).size(), 1);
    QCOMPARE(m_store->rentalObject(m_cat.bikes[0]).state == QStringLiteral("available") ||
                 m_store->rentalObject(m_cat.bikes[1]).state == QStringLiteral("available"),
             true);
    checkMoney(m_anna);
    // The last line: nothing else is open, so keeping is refused and the money goes back.
    const WriteResult keep = m_store->deleteLine(otherLine, {false, {}});
    QVERIFY(!keep.ok());
    QVERIFY2(keep.error.contains(QStringLiteral("only go back")), qPrintable(keep.error));
    QVERIFY(m_store->deleteLine(otherLine, {true, QStringLiteral("cash")}).ok());
    RawDb raw(m_path);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT status FROM transactions WHERE id = ?"), {tx}).toString(),
        QStringLiteral("cancelled"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT sum(amount_minor) FROM payments")).toLongLong(),
             qint64(0));
    QCOMPARE(m_store->rentedObjects(m_anna, {}, 10).size(), 0);
    checkMoney(m_anna);
}

void TestRentals::confirmedMoneySurvivesAPowerCut()
{
    // A power cut cannot be had in a test; what guards against it can be read. In WAL mode with
    // synchronous = NORMAL the last commits may be lost when the power goes; with FULL every
    // commit is on the disk before write() returns, and so before the screen says "paid".
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
}

// Cases a review found: a deposit that grew with the quantity is released whole; deleting the
// last open line of a partly returned transaction leaves it returned; a voucher of another
// customer and the return of a booked (never handed out) line are refused; the same object
// twice in one transaction is refused.
void TestRentals::reviewedEdges()
{
    const QString tx = handOut({m_cat.bikes[0]}, 1);
    const QString lineId = m_store->openRentalLines(m_anna).first().lineId;
    LineInfo info = m_store->lineInfo(lineId);
    QVERIFY(
        m_store->changeLine(lineId, {info.from, info.to, info.objectId, 2, info.price.minor, {}})
            .ok());
    QCOMPARE(m_store->lineInfo(lineId).deposit.minor, qint64(2 * 5000));
    QVERIFY(m_store
                ->takePayment(
                    {m_anna, {tx}, m_store->openAmount(m_anna, {tx}), PaymentMethod::Cash, {}})
                .ok());
    ReturnDraft r;
    r.at = now();
    r.lines << back(lineId);
    QVERIFY(m_store->returnObjects(r).ok());
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE "
                                       "amount_minor < 0"))
                 .toLongLong(),
             qint64(-2 * 5000));
    QCOMPARE(sumOpenPayments(m_anna), qint64(0));
    checkMoney(m_anna);

    // Two bikes out, one back, the other deleted: the transaction is returned.
    const QString tx2 = handOut({m_cat.bikes[0], m_cat.bikes[1]}, 1, m_ben);
    const QList<OpenRentalLine> out = m_store->openRentalLines(m_ben);
    QCOMPARE(out.size(), 2);
    r.lines = {back(out.at(0).lineId)};
    QVERIFY(m_store->returnObjects(r).ok());
    QVERIFY(m_store->deleteLine(out.at(1).lineId).ok());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT status FROM transactions WHERE id = ?"), {tx2})
                 .toString(),
             QStringLiteral("returned"));
    checkMoney(m_ben);

    // A voucher of Anna's does not pay Ben's rent.
    QVERIFY(m_store
                ->write([&](WriteContext &ctx) {
                    return ctx.insert(QStringLiteral("voucher"), Store::newId(),
                                      {{QStringLiteral("code"), QStringLiteral("GS-ANNA")},
                                       {QStringLiteral("customer_id"), m_anna},
                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                       {QStringLiteral("value_minor"), 5000},
                                       {QStringLiteral("created_at"), Store::nowText()}});
                })
                .ok());
    QVERIFY(addTransaction(TransactionKind::Booking, m_cat.bikes[1], now().addDays(3),
                           now().addDays(4), m_ben)
                .ok());
    const WriteResult foreign =
        m_store->takePayment({m_ben, {}, 1000, PaymentMethod::Voucher, QStringLiteral("GS-ANNA")});
    QVERIFY2(foreign.error.contains(QStringLiteral("another customer")), qPrintable(foreign.error));
    // A booked line has not been handed out: it cannot come back.
    const QString booked = raw.scalar(QStringLiteral("SELECT l.id FROM transaction_lines l JOIN "
                                                     "transactions t ON t.id = l.transaction_id "
                                                     "WHERE t.status = 'booking'"))
                               .toString();
    r.lines = {back(booked)};
    QVERIFY(!m_store->returnObjects(r).ok());
    // The same object twice in one transaction.
    LineDraft line;
    QString problem;
    QVERIFY(
        m_store->priceLine(m_anna, m_cat.bikes[0], now(), now().addDays(1), 1, &line, &problem));
    const WriteResult twice = m_store->createTransaction(
        draftOf(m_anna, TransactionKind::HandOut, now(), now().addDays(1), {line, line}));
    QVERIFY2(twice.error.contains(QStringLiteral("twice")), qPrintable(twice.error));
}

void TestRentals::faultLeavesNothing_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<int>("operation"); // 0 hand out, 1 return, 2 payment
    for (const char *point : {"after-rows", "before-outbox"})
        for (int op = 0; op < 3; ++op)
            QTest::addRow("%s op %d", point, op) << QString::fromLatin1(point) << op;
}

void TestRentals::faultLeavesNothing()
{
    QFETCH(QString, point);
    QFETCH(int, operation);
    handOut({m_cat.bikes[0]}, 1);
    RawDb raw(m_path);
    auto counts = [&] {
        QStringList out;
        for (const char *t : {"transactions", "transaction_lines", "charges", "payments", "returns",
                              "activities", "sync_outbox", "change_log"})
            out << raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t)))
                       .toString();
        out << raw.scalar(QStringLiteral("SELECT group_concat(state) FROM rental_objects"))
                   .toString();
        return out.join(QLatin1Char(','));
    };
    const QString before = counts();
    m_store->setFaultHook([&](const char *p) { return point != QLatin1String(p); });
    WriteResult r;
    if (operation == 0) {
        LineDraft line;
        QString problem;
        QVERIFY(
            m_store->priceLine(m_ben, m_cat.bikes[1], now(), now().addDays(1), 1, &line, &problem));
        r = m_store->createTransaction(
            draftOf(m_ben, TransactionKind::HandOut, now(), now().addDays(1), {line}));
    } else if (operation == 1) {
        ReturnDraft d;
        d.at = now();
        d.lines << back(m_store->openRentalLines(m_anna).first().lineId, 500);
        r = m_store->returnObjects(d);
    } else {
        r = m_store->takePayment({m_anna, {}, 1000, PaymentMethod::Cash, {}});
    }
    m_store->setFaultHook({});
    QVERIFY(!r.ok());
    QCOMPARE(counts(), before);
}

void TestRentals::moneyIsConserved_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestRentals::moneyIsConserved()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    // More bikes, so hand-outs keep finding free ones.
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_store
                    ->write([&](WriteContext &ctx) {
                        return ctx.insert(
                            QStringLiteral("rental_object"), Store::newId(),
                            {{QStringLiteral("article_id"), m_cat.article},
                             {QStringLiteral("name"), QStringLiteral("Extra #%1").arg(i)},
                             {QStringLiteral("barcode"), QStringLiteral("X-%1").arg(i)},
                             {QStringLiteral("state"), QStringLiteral("available")}});
                    })
                    .ok());
    QVERIFY(m_store
                ->write([&](WriteContext &ctx) {
                    return ctx.insert(QStringLiteral("voucher"), Store::newId(),
                                      {{QStringLiteral("code"), QStringLiteral("GS-R")},
                                       {QStringLiteral("customer_id"), m_anna},
                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                       {QStringLiteral("value_minor"), 100000},
                                       {QStringLiteral("created_at"), Store::nowText()}});
                })
                .ok());
    const QStringList customers = {m_anna, m_ben};
    int written = 0;
    for (int step = 0; step < 100; ++step) {
        const QString customer = customers.at(int(rng.bounded(2)));
        const int op = int(rng.bounded(6));
        if (op == 0) {
            const auto choices = m_store->rentalObjectChoices({}, now(), now().addDays(2), 20);
            QStringList free;
            for (const RentalObjectChoice &c : choices)
                if (c.hold.isFree())
                    free << c.object.id;
            if (free.isEmpty())
                continue;
            const int n = 1 + int(rng.bounded(std::min<qsizetype>(3, free.size())));
            written += handOut(free.mid(0, n), 1 + int(rng.bounded(5)), customer).isEmpty() ? 0 : 1;
        } else if (op == 1) {
            const QList<OpenRentalLine> out = m_store->openRentalLines(customer);
            if (out.isEmpty())
                continue;
            ReturnDraft d;
            d.at = now();
            qint64 deposits = 0;
            for (const OpenRentalLine &l : out) {
                if (rng.bounded(2) == 0 && !d.lines.isEmpty())
                    continue;
                const bool damaged = rng.bounded(5) == 0;
                d.lines << back(l.lineId, qint64(rng.bounded(3)) * 300, damaged,
                                damaged ? QStringLiteral("scratch") : QString(),
                                damaged ? qint64(rng.bounded(5000)) : 0);
                deposits += l.deposit.minor;
            }
            if (rng.bounded(3) == 0) {
                d.depositKeptMinor = qint64(rng.bounded(quint32(deposits + 1)));
                d.depositReason = QStringLiteral("kept");
            }
            const WriteResult r = m_store->returnObjects(d);
            QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
            ++written;
        } else if (op >= 4) {
            const QList<OpenRentalLine> out = m_store->openRentalLines(customer);
            if (out.isEmpty())
                continue;
            const QString lineId = out.at(int(rng.bounded(int(out.size())))).lineId;
            const PaidMoneyChoice paid{rng.bounded(2) == 0, QStringLiteral("cash")};
            WriteResult r;
            if (op == 4) {
                const LineInfo info = m_store->lineInfo(lineId);
                r = m_store->changeLine(lineId,
                                        {info.from,
                                         info.to.addSecs(3600 * rng.bounded(30)),
                                         info.objectId,
                                         1 + int(rng.bounded(2)),
                                         qint64(rng.bounded(9000)),
                                         {}},
                                        paid);
            } else {
                r = m_store->deleteLine(lineId, paid);
            }
            QVERIFY2(r.ok() || r.error.contains(QStringLiteral("only go back")) ||
                         r.error.contains(QStringLiteral("is ")),
                     qPrintable(storetest::describe(r)));
            written += r.ok() ? 1 : 0;
        } else {
            const qint64 open = m_store->openAmount(customer, {});
            if (open <= 0)
                continue;
            const qint64 amount = 1 + qint64(rng.bounded(quint32(open)));
            const bool voucher = op == 3 && customer == m_anna;
            const WriteResult r =
                m_store->takePayment({customer,
                                      {},
                                      amount,
                                      voucher ? PaymentMethod::Voucher : PaymentMethod::Cash,
                                      voucher ? QStringLiteral("GS-R") : QString()});
            QVERIFY2(r.ok() || r.error.contains(QStringLiteral("only")),
                     qPrintable(storetest::describe(r)));
            written += r.ok() ? 1 : 0;
        }
        // Time moves on between operations, so returns are sometimes late.
        clock::setNowForTesting(now().addSecs(qint64(rng.bounded(20)) * 3600));
    }
    QVERIFY(written > 20);
    for (const QString &c : customers)
        checkMoney(c);
    // A voucher's remainder is its value less what it paid.
    RawDb raw(m_path);
    const qint64 byVoucher =
        raw.scalar(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE "
                                  "method = 'voucher'"))
            .toLongLong();
    QCOMPARE(raw.scalar(QStringLiteral("SELECT remaining_minor FROM voucher_balances WHERE code = "
                                       "'GS-R'"))
                 .toLongLong(),
             100000 - byVoucher);
}

QTEST_GUILESS_MAIN(TestRentals)
#include "tst_rentals.moc"
