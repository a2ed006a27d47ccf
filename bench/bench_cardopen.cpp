// Opening a customer card: every panel's model filled for the demo customer with the long
// history, against the same rows read by plain SQL queries in the same run (goal: <= 2x).

#include "accessesmodel.h"
#include "activitiesmodel.h"
#include "benchsupport.h"
#include "customercardwindow.h"
#include "damagesmodel.h"
#include "demodata.h"
#include "documentsmodel.h"
#include "masterdatamodel.h"
#include "openbalancesmodel.h"
#include "openpaymentsmodel.h"
#include "permissionsmodel.h"
#include "rentedobjectsmodel.h"
#include "store.h"
#include "storeinternal.h"
#include "transactionsmodel.h"
#include "vouchersmodel.h"

#include <QApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

using namespace rentdesk;

namespace {

Store *g_store = nullptr;
QString g_customer;

void BM_OpenCardModels(benchmark::State &state)
{
    qint64 rows = 0;
    for (auto _ : state) {
        // What a card does on opening: the header's reads and one filled model per panel.
        const Customer c = g_store->customer(g_customer);
        const CustomerOverview o = g_store->overview(g_customer);
        benchmark::DoNotOptimize(c);
        benchmark::DoNotOptimize(o);
        std::vector<std::unique_ptr<CustomerPanelModel>> models;
        models.emplace_back(new RentedObjectsModel(g_store));
        models.emplace_back(new TransactionsModel(g_store));
        models.emplace_back(new DamagesModel(g_store));
        models.emplace_back(new AccessesModel(g_store));
        models.emplace_back(new VouchersModel(g_store));
        models.emplace_back(new OpenPaymentsModel(g_store));
        models.emplace_back(new OpenBalancesModel(g_store));
        models.emplace_back(new DocumentsModel(g_store));
        models.emplace_back(new PermissionsModel(g_store));
        models.emplace_back(new MasterDataModel(g_store));
        models.emplace_back(new ActivitiesModel(g_store));
        rows = 0;
        for (auto &m : models) {
            m->setCustomer(g_customer);
            rows += m->rowCount();
        }
    }
    state.counters["rows"] = double(rows);
}

// The same rows, read with plain prepared SQL statements and QSqlQuery::value().
void BM_OpenCardPlainSql(benchmark::State &state)
{
    const QStringList sqls = {
        QStringLiteral("SELECT c.*, g.name FROM customers c LEFT JOIN customer_groups g ON g.id = "
                       "c.group_id WHERE c.id = ?1"),
        QStringLiteral(RENTDESK_CUSTOMER_CHARGES
                       "SELECT (SELECT count(*) FROM transaction_lines l JOIN transactions t ON "
                       "t.id = l.transaction_id WHERE t.customer_id = ?1 AND t.status = "
                       "'handed_out' AND l.returned_at IS NULL), (SELECT count(*) FROM "
                       "transactions WHERE customer_id = ?1), (SELECT sum(open_minor) FROM b "
                       "WHERE open_minor > 0), (SELECT count(*) FROM b WHERE open_minor > 0), "
                       "(SELECT count(*) FROM voucher_balances WHERE customer_id = ?1 AND "
                       "remaining_minor > 0), (SELECT sum(remaining_minor) FROM voucher_balances "
                       "WHERE customer_id = ?1 AND remaining_minor > 0)"),
        QStringLiteral("SELECT l.id, t.id, t.number, o.name, o.barcode, a.name, l.quantity, "
                       "l.start_at, l.due_at, l.price_minor, t.currency FROM transactions t JOIN "
                       "transaction_lines l ON l.transaction_id = t.id JOIN articles a ON a.id = "
                       "l.article_id LEFT JOIN rental_objects o ON o.id = l.rental_object_id WHERE "
                       "t.customer_id = ?1 AND t.status = 'handed_out' AND l.returned_at IS NULL "
                       "ORDER BY l.due_at LIMIT 100"),
        // Total charged (lines' price for requests and reservations), paid, open; running and
        // open first, then the future, then the past.
        QStringLiteral(
            RENTDESK_CUSTOMER_CHARGES
            ", x AS (SELECT t.id, t.number, t.kind, t.status, t.start_at, t.end_at, "
            "t.currency, CASE WHEN t.status IN ('request', 'reservation') THEN (SELECT "
            "sum(l.price_minor) FROM transaction_lines l WHERE l.transaction_id = "
            "t.id) ELSE (SELECT sum(c.amount_minor) FROM charges c WHERE "
            "c.transaction_id = t.id) END, (SELECT sum(p.amount_minor) FROM payments p "
            "WHERE p.transaction_id = t.id), (SELECT sum(b.open_minor) FROM b WHERE "
            "b.transaction_id = t.id AND b.open_minor > 0) AS o FROM transactions t "
            "WHERE t.customer_id = ?1) SELECT * FROM x ORDER BY CASE WHEN status = "
            "'handed_out' OR o > 0 THEN 0 WHEN start_at > strftime('%Y-%m-%dT%H:%M:%SZ', "
            "'now') AND status NOT IN ('cancelled', 'closed', 'returned') THEN 1 ELSE 2 "
            "END, CASE WHEN start_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now') THEN "
            "julianday(start_at) ELSE -julianday(start_at) END, id LIMIT 100"),
        QStringLiteral("SELECT dc.*, (SELECT count(*) FROM damages d WHERE d.case_id = dc.id), "
                       "(SELECT sum(d.cost_minor) FROM damages d WHERE d.case_id = dc.id), "
                       "(SELECT count(*) FROM documents f WHERE f.customer_id = dc.customer_id "
                       "AND f.damage_case_id = dc.id), "
                       "t.number, o.name FROM damage_cases dc LEFT JOIN transactions t ON t.id = "
                       "dc.transaction_id LEFT JOIN rental_objects o ON o.id = "
                       "dc.rental_object_id WHERE dc.customer_id = ?1 ORDER BY dc.opened_on DESC "
                       "LIMIT 100"),
        QStringLiteral(
            "SELECT * FROM accesses WHERE customer_id = ?1 ORDER BY created_at LIMIT 100"),
        QStringLiteral(
            "SELECT * FROM voucher_balances WHERE customer_id = ?1 ORDER BY expires_on LIMIT 100"),
        QStringLiteral(RENTDESK_CUSTOMER_CHARGES
                       "SELECT b.*, t.number FROM b LEFT JOIN transactions t ON "
                       "t.id = b.transaction_id WHERE b.open_minor > 0 "
                       "ORDER BY b.due_on LIMIT 100"),
        QStringLiteral(RENTDESK_CUSTOMER_CHARGES
                       "SELECT t.id, t.number, t.status, count(*), sum(b.open_minor), "
                       "min(b.due_on) FROM b LEFT JOIN transactions t ON t.id = "
                       "b.transaction_id WHERE b.open_minor > 0 GROUP BY "
                       "b.transaction_id ORDER BY min(b.due_on) LIMIT 100"),
        QStringLiteral("SELECT * FROM documents WHERE customer_id = ?1 ORDER BY created_at DESC "
                       "LIMIT 100"),
        QStringLiteral("SELECT permission, allowed FROM default_permissions"),
        QStringLiteral("SELECT gp.permission, gp.allowed FROM group_permissions gp JOIN customers "
                       "c ON c.group_id = gp.group_id WHERE c.id = ?1"),
        QStringLiteral(
            "SELECT permission, allowed FROM customer_permissions WHERE customer_id = ?1"),
        QStringLiteral("SELECT c.*, g.name FROM customers c LEFT JOIN customer_groups g ON g.id = "
                       "c.group_id WHERE c.id = ?1"),
        QStringLiteral("SELECT a.*, s.name FROM activities a LEFT JOIN staff s ON s.id = "
                       "a.staff_id WHERE a.customer_id = ?1 ORDER BY a.seq DESC LIMIT 100"),
    };
    // Qt's SQLite driver counts "?1" used twice as two parameters: bind it as plain "?" each time.
    std::vector<std::pair<std::unique_ptr<QSqlQuery>, int>> queries;
    for (QString sql : sqls) {
        sql.replace(QLatin1String(":customer"), QLatin1String("?1"));
        const int uses = int(sql.count(QLatin1String("?1")));
        sql.replace(QLatin1String("?1"), QLatin1String("?"));
        auto q = std::make_unique<QSqlQuery>(g_store->database());
        q->setForwardOnly(true);
        q->prepare(sql);
        queries.emplace_back(std::move(q), uses);
    }
    qint64 rows = 0;
    for (auto _ : state) {
        rows = 0;
        for (auto &[q, uses] : queries) {
            for (int i = 0; i < uses; ++i)
                q->bindValue(i, g_customer);
            q->exec();
            const int columns = q->record().count();
            while (q->next()) {
                ++rows;
                for (int i = 0; i < columns; ++i)
                    benchmark::DoNotOptimize(q->value(i));
            }
            q->finish();
        }
    }
    state.counters["rows"] = double(rows);
}

// For information: the whole window with its widgets (no goal attached).
void BM_OpenCardWindow(benchmark::State &state)
{
    for (auto _ : state) {
        CustomerCardWindow card(g_store, g_customer);
        card.setAttribute(Qt::WA_DeleteOnClose, false);
        benchmark::DoNotOptimize(card.panels().size());
    }
}

} // namespace

BENCHMARK(BM_OpenCardModels)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_OpenCardPlainSql)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_OpenCardWindow)->Unit(benchmark::kMillisecond)->MinTime(1.0);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const rentdeskbench::Setup setup = rentdeskbench::parseSetup(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RentDeskBench"));
    benchmark::Initialize(&argc, argv);
    if (!rentdeskbench::ensureDemoStore(setup))
        return 1;
    Store store;
    if (!store.open(setup.database))
        return 1;
    g_store = &store;
    g_customer = store.customerByNumber(DemoData::longHistoryCustomerNumber()).id;
    std::printf("store: %s, %lld customers; card of %s with %d transactions\n",
                qPrintable(setup.database), static_cast<long long>(store.customerCount()),
                qPrintable(DemoData::longHistoryCustomerNumber()),
                int(store.transactions(g_customer, {}, 100000).size()));
    rentdeskbench::RatioReporter reporter({{"BM_OpenCardModels", "BM_OpenCardPlainSql", 2.0, 0}});
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}
