// The counter's work on the 1,000,000-customer store. Goals (issue "rentals and money"):
// - a return of three objects with a late fee and the payment of what is then open, through the
//   write path with activities and outbox (one operation, as the return dialog does it): <= 3x
//   the bare SQL statements of the same rows in one transaction, and under 20 ms median;
// - the availability check of one object over a year of bookings: under 1 ms median.
// The bench works for its own customer ("Bench Theke") and its own objects, so the other
// benchmarks' cards stay as they were.

#include "benchsupport.h"

#include "clock.h"
#include "demodata.h"
#include "store.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace rentdesk;

namespace {

Store *g_store = nullptr;
QString g_customer, g_availabilityObject;
QStringList g_objects; // three objects the returns hand out and take back
QDate g_yearStart;

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Hands the three objects out from three days ago until yesterday (so they are late now).
QString handOutLate()
{
    TransactionDraft d;
    d.customerId = g_customer;
    d.from = clock::nowUtc().addDays(-3);
    d.to = clock::nowUtc().addDays(-1);
    for (const QString &o : std::as_const(g_objects)) {
        LineDraft line;
        QString problem;
        if (!g_store->priceLine(g_customer, o, d.from, d.to, 1, &line, &problem)) {
            std::fprintf(stderr, "price: %s\n", qPrintable(problem));
            return {};
        }
        d.lines << line;
    }
    const WriteResult r = g_store->createTransaction(d);
    if (!r.ok())
        std::fprintf(stderr, "hand-out: %s\n", qPrintable(r.error));
    return r.id;
}

void BM_ReturnWritePath(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        const QString tx = handOutLate();
        state.ResumeTiming();
        ReturnDraft r;
        r.at = clock::nowUtc();
        for (const OpenRentalLine &l : g_store->openRentalLines(g_customer)) {
            ReturnLine back;
            back.lineId = l.lineId;
            back.lateFeeMinor = lateFee(l.lateFeeRule, l.dueAt, r.at, l.quantity);
            r.lines << back;
        }
        // Checked in and paid at the counter in one step (one commit), as the return dialog's
        // "take payment of what is then open" does.
        r.payOpen = true;
        const WriteResult returned = g_store->returnObjects(r);
        if (!returned.ok() || g_store->openAmount(g_customer, {tx}) != 0) {
            state.SkipWithError("the return or the payment failed");
            return;
        }
    }
}

// The same rows in bare SQL: per line a return, the line's return time, a late-fee charge, the
// deposit's correction and the object's state; the transaction's status; a payment per open
// charge; the activities. One transaction, no outbox, no change log, no checks.
void BM_ReturnBareSql(benchmark::State &state)
{
    QSqlDatabase db = g_store->database();
    QSqlQuery q(db);
    for (auto _ : state) {
        state.PauseTiming();
        const QString tx = handOutLate();
        QList<OpenRentalLine> lines = g_store->openRentalLines(g_customer);
        state.ResumeTiming();
        const QString now = utc(clock::nowUtc());
        const QString today = clock::today().toString(Qt::ISODate);
        db.transaction();
        auto exec = [&](const char *sql, const QVariantList &values) {
            q.prepare(QString::fromLatin1(sql));
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        };
        for (const OpenRentalLine &l : std::as_const(lines)) {
            const qint64 fee = lateFee(l.lateFeeRule, l.dueAt, clock::nowUtc(), l.quantity);
            exec("INSERT INTO returns(id, line_id, returned_at, condition, late_fee_minor) VALUES "
                 "(?, ?, ?, 'good', ?)",
                 {Store::newId(), l.lineId, now, fee});
            exec("UPDATE transaction_lines SET returned_at = ? WHERE id = ?", {now, l.lineId});
            exec("INSERT INTO charges(id, customer_id, transaction_id, line_id, description, "
                 "amount_minor, due_on, created_at, kind) VALUES (?, ?, ?, ?, 'late', ?, ?, ?, "
                 "'late_fee')",
                 {Store::newId(), g_customer, tx, l.lineId, fee, today, now});
            exec("INSERT INTO charges(id, customer_id, transaction_id, line_id, description, "
                 "amount_minor, due_on, created_at, kind, corrects_id) SELECT ?, customer_id, "
                 "transaction_id, line_id, 'released', -amount_minor, due_on, ?, kind, id FROM "
                 "charges WHERE line_id = ? AND kind = 'deposit' AND corrects_id IS NULL",
                 {Store::newId(), now, l.lineId});
            exec("UPDATE rental_objects SET state = 'available' WHERE id = ?", {l.objectId});
            exec("INSERT INTO activities(id, customer_id, at, action, old_value, new_value) "
                 "VALUES (?, ?, ?, 'transaction.returned', ?, ?)",
                 {Store::newId(), g_customer, now, l.transactionNumber, l.objectName});
        }
        exec("UPDATE transactions SET status = 'returned' WHERE id = ?", {tx});
        exec("INSERT INTO payments(id, customer_id, transaction_id, charge_id, amount_minor, "
             "method, paid_at) SELECT lower(hex(randomblob(16))), customer_id, transaction_id, "
             "id, open_minor, 'cash', ? FROM charge_balances WHERE transaction_id = ? AND "
             "open_minor > 0",
             {now, tx});
        exec("INSERT INTO activities(id, customer_id, at, action, field, new_value) VALUES (?, ?, "
             "?, 'payment.taken', 'cash', '0')",
             {Store::newId(), g_customer, now});
        db.commit();
    }
}

void BM_AvailabilityYear(benchmark::State &state)
{
    QRandomGenerator random(7);
    for (auto _ : state) {
        const QDateTime from(g_yearStart.addDays(int(random.bounded(360))), QTime(10, 0));
        const ObjectHold hold = g_store->objectHold(g_availabilityObject, from, from.addDays(2));
        benchmark::DoNotOptimize(hold.problem);
    }
}

// The bench's customer, its three objects and one object booked every third day for a year.
bool prepare()
{
    Customer c = g_store->customerByNumber(QStringLiteral("K-BENCH-1"));
    if (!c.isValid()) {
        Customer draft;
        draft.number = QStringLiteral("K-BENCH-1");
        draft.firstName = QStringLiteral("Bench");
        draft.lastName = QStringLiteral("Theke");
        draft.city = QStringLiteral("Jena");
        draft.birthDate = QDate(1980, 1, 1);
        const WriteResult r = g_store->createCustomer(draft);
        if (!r.ok()) {
            std::fprintf(stderr, "customer: %s\n", qPrintable(r.error));
            return false;
        }
        c = g_store->customer(r.id);
    }
    g_customer = c.id;
    // Anything this customer still has out (an interrupted run) comes back first.
    ReturnDraft back;
    back.at = clock::nowUtc();
    for (const OpenRentalLine &l : g_store->openRentalLines(g_customer))
        back.lines << ReturnLine{l.lineId, false, {}, 0, 0};
    if (!back.lines.isEmpty() && !g_store->returnObjects(back).ok())
        return false;
    // Three objects free for the last days, with a price.
    const QDateTime from = clock::nowUtc().addDays(-3), to = clock::nowUtc().addDays(-1);
    for (const RentalObjectChoice &choice :
         g_store->rentalObjectChoices(QStringLiteral("Trekkingrad"), from, to, 200)) {
        LineDraft line;
        QString problem;
        if (choice.hold.isFree() &&
            g_store->objectHold(choice.object.id, from, clock::nowUtc().addDays(30)).isFree() &&
            g_store->priceLine(g_customer, choice.object.id, from, to, 1, &line, &problem))
            g_objects << choice.object.id;
        if (g_objects.size() == 3)
            break;
    }
    if (g_objects.size() < 3) {
        std::fprintf(stderr, "not three free objects\n");
        return false;
    }
    // The availability object: booked for two days every third day of the last year.
    g_yearStart = clock::today().addDays(-365);
    const RentalObjectInfo existing = g_store->rentalObjectByBarcode(QStringLiteral("BENCH-YEAR"));
    if (existing.isValid()) {
        g_availabilityObject = existing.id;
        return true;
    }
    const RentalObjectInfo some = g_store->rentalObject(g_objects.first());
    g_availabilityObject = Store::newId();
    const WriteResult r = g_store->write([&](WriteContext &ctx) {
        bool ok = ctx.insert(QStringLiteral("rental_object"), g_availabilityObject,
                             {{QStringLiteral("article_id"), some.articleId},
                              {QStringLiteral("name"), QStringLiteral("Bench year bike")},
                              {QStringLiteral("barcode"), QStringLiteral("BENCH-YEAR")},
                              {QStringLiteral("state"), QStringLiteral("available")}});
        for (int day = 0; ok && day < 365; day += 3) {
            const QString tx = Store::newId();
            const QDateTime start(g_yearStart.addDays(day), QTime(9, 0));
            ok = ctx.insert(QStringLiteral("transaction"), tx,
                            {{QStringLiteral("number"), QStringLiteral("BENCH-%1").arg(day)},
                             {QStringLiteral("customer_id"), g_customer},
                             {QStringLiteral("kind"), QStringLiteral("booking")},
                             {QStringLiteral("status"), QStringLiteral("booking")},
                             {QStringLiteral("start_at"), utc(start)},
                             {QStringLiteral("end_at"), utc(start.addDays(2))},
                             {QStringLiteral("created_at"), ctx.now()}}) &&
                 ctx.insert(QStringLiteral("transaction_line"), Store::newId(),
                            {{QStringLiteral("transaction_id"), tx},
                             {QStringLiteral("rental_object_id"), g_availabilityObject},
                             {QStringLiteral("article_id"), some.articleId},
                             {QStringLiteral("start_at"), utc(start)},
                             {QStringLiteral("due_at"), utc(start.addDays(2))},
                             {QStringLiteral("price_minor"), 1000}});
        }
        return ok;
    });
    if (!r.ok())
        std::fprintf(stderr, "availability object: %s\n", qPrintable(r.error));
    return r.ok();
}

} // namespace

BENCHMARK(BM_ReturnWritePath)->Unit(benchmark::kMillisecond)->Iterations(20)->Repetitions(3);
BENCHMARK(BM_ReturnBareSql)->Unit(benchmark::kMillisecond)->Iterations(20)->Repetitions(3);
BENCHMARK(BM_AvailabilityYear)->Unit(benchmark::kMicrosecond)->MinTime(0.5)->Repetitions(3);

int main(int argc, char **argv)
{
    const rentdeskbench::Setup setup = rentdeskbench::parseSetup(argc, argv);
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!rentdeskbench::ensureDemoStore(setup))
        return 1;
    Store store;
    if (!store.open(setup.database)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    store.ensureDeskStaff();
    g_store = &store;
    if (!prepare())
        return 1;
    std::printf("store: %s, %lld customers\n", qPrintable(setup.database),
                static_cast<long long>(store.customerCount()));
    rentdeskbench::RatioReporter reporter(
        {{"BM_ReturnWritePath/iterations:20/repeats:3_median",
          "BM_ReturnBareSql/iterations:20/repeats:3_median", 3.0, 0}});
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    const double returnMs = reporter.timeOf("BM_ReturnWritePath/iterations:20/repeats:3_median");
    const double availabilityMs =
        reporter.timeOf("BM_AvailabilityYear/min_time:0.500/repeats:3_median");
    std::printf("return of three with late fees and a payment: median %.2f ms (goal < 20 ms: %s)\n",
                returnMs, returnMs < 20 ? "met" : "MISSED");
    std::printf("availability over a year of bookings: median %.3f ms (goal < 1 ms: %s)\n",
                availabilityMs, availabilityMs < 1 ? "met" : "MISSED");
    benchmark::Shutdown();
    return 0;
}
