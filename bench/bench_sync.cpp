// Sync speed through a real rentdesk-server on a real PostgreSQL cluster (started here, with
// PostgreSQL's default durability), each against a baseline measured in the same run:
//   push:        N mutations from one desk       vs one COPY of the same rows in psql (>= 30 %)
//   first sync:  a new desk reads a server of M customers with their history
//                vs COPY ... TO of the same rows plus an SQLite bulk import (>= 25 %)
//   many desks:  D desks pushing and pulling at once for S seconds: errors, p50 and p99 push
// Runs under tests/with-keyring.sh (the desks keep their credential in the keychain).
//   bench_sync [--push-mutations N] [--server-customers M] [--desks D] [--seconds S]

#include "../tests/synctesthelpers.h"
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace rentdesk;
using namespace synctest;

namespace {

struct Options
{
    int pushMutations = 10000;
    int serverCustomers = 100000;
    int desks = 20;
    int seconds = 60;
};

Options g_options;
PgCluster *g_pg = nullptr;
QTemporaryDir *g_dir = nullptr;
int g_databases = 0;
QString g_pushRows;     // CSV of the rows the push produced, for the COPY baseline
QString g_pushDatabase; // where they are
QString g_bigDatabase;  // the server with many customers

QString newDatabase()
{
    QString error;
    const QString name = g_pg->createDatabase(QStringLiteral("bench%1").arg(++g_databases), &error);
    if (name.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return name;
}

// Runs psql with one command; returns the seconds it took, or -1.
double timedPsql(const QString &database, const QString &command)
{
    QElapsedTimer t;
    t.start();
    QString error;
    g_pg->psql(database, command, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "psql: %s\n", qPrintable(error));
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e9;
}

void BM_Push(benchmark::State &state)
{
    for (auto _ : state) {
        g_pushDatabase = newDatabase();
        ServerProcess server;
        QString error;
        if (!server.start(*g_pg, g_pushDatabase, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        TestDesk desk;
        desk.open(g_dir->filePath(QStringLiteral("push-%1.sqlite").arg(g_databases)));
        if (!(error = desk.enrol(server)).isEmpty() || !desk.sync().ok()) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        for (int i = 0; i < g_options.pushMutations; ++i) {
            Customer c;
            c.firstName = QStringLiteral("Bench");
            c.lastName = QStringLiteral("Kunde %1").arg(i);
            c.city = QStringLiteral("Leipzig");
            c.birthDate = QDate(1980, 1, 1);
            desk.store->createCustomer(c);
        }
        QElapsedTimer t;
        t.start();
        const sync::RoundReport r = desk.sync();
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        if (!r.ok() || r.pushed < g_options.pushMutations) {
            state.SkipWithError(qPrintable(QStringLiteral("push failed: ") + r.error));
            return;
        }
        state.counters["mutations"] = r.pushed;
        double waited = 0;
        for (int ms : r.pushMs)
            waited += ms;
        state.counters["push_requests_ms"] = waited;
        state.counters["rows"] =
            g_pg->psql(g_pushDatabase, QStringLiteral("SELECT count(*) FROM rows"), &error)
                .toDouble();
        g_pushRows = g_dir->filePath(QStringLiteral("push-rows.csv"));
        g_pg->psql(g_pushDatabase,
                   QStringLiteral("\\copy (SELECT entity, id, version, deleted_at, data, meta, "
                                  "known_to FROM rows) TO '%1' CSV")
                       .arg(g_pushRows),
                   &error);
    }
}

void BM_PushCopyBaseline(benchmark::State &state)
{
    for (auto _ : state) {
        QString error;
        g_pg->psql(g_pushDatabase,
                   QStringLiteral("DROP TABLE IF EXISTS rows_copy; CREATE TABLE rows_copy (LIKE "
                                  "rows INCLUDING ALL)"),
                   &error);
        const double s = timedPsql(
            g_pushDatabase, QStringLiteral("\\copy rows_copy FROM '%1' CSV").arg(g_pushRows));
        if (s < 0) {
            state.SkipWithError("COPY failed");
            return;
        }
        state.SetIterationTime(s);
    }
}

void BM_FirstSync(benchmark::State &state)
{
    for (auto _ : state) {
        ServerProcess server;
        QString error;
        if (!server.start(*g_pg, g_bigDatabase, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        TestDesk desk;
        desk.open(g_dir->filePath(QStringLiteral("first-%1.sqlite").arg(++g_databases)));
        if (!(error = desk.enrol(server)).isEmpty()) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        QElapsedTimer t;
        t.start();
        const sync::RoundReport r = desk.sync();
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        if (!r.ok()) {
            state.SkipWithError(qPrintable(r.error));
            return;
        }
        state.counters["rows"] = r.pulled;
        state.counters["customers"] = double(desk.store->customerCount());
    }
}

void BM_FirstSyncBaseline(benchmark::State &state)
{
    for (auto _ : state) {
        const QString csv = g_dir->filePath(QStringLiteral("first-rows.csv"));
        const QString sqlite = g_dir->filePath(QStringLiteral("first-import.sqlite"));
        QFile::remove(sqlite);
        QElapsedTimer t;
        t.start();
        if (timedPsql(g_bigDatabase,
                      QStringLiteral("\\copy (SELECT entity, id, version, data FROM rows WHERE "
                                     "deleted_at IS NULL) TO '%1' CSV")
                          .arg(csv)) < 0) {
            state.SkipWithError("COPY TO failed");
            return;
        }
        QProcess import;
        import.start(QStringLiteral("sqlite3"),
                     {sqlite,
                      QStringLiteral("CREATE TABLE r(entity TEXT, id TEXT, version "
                                     "INTEGER, data TEXT, PRIMARY KEY(entity, id))"),
                      QStringLiteral(".mode csv"), QStringLiteral(".import %1 r").arg(csv)});
        if (!import.waitForFinished(-1) || import.exitCode() != 0) {
            state.SkipWithError("sqlite3 import failed");
            return;
        }
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
}

void BM_ManyDesks(benchmark::State &state)
{
    for (auto _ : state) {
        const QString database = newDatabase();
        ServerProcess server;
        QString error;
        if (!server.start(*g_pg, database, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        std::vector<std::unique_ptr<TestDesk>> desks;
        int errors = 0;
        QList<int> latencies;
        QRandomGenerator random(3);
        for (int i = 0; i < g_options.desks; ++i) {
            auto d = std::make_unique<TestDesk>();
            d->open(g_dir->filePath(QStringLiteral("many-%1-%2.sqlite").arg(g_databases).arg(i)));
            if (!(error = d->enrol(server)).isEmpty() || !d->sync().ok()) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            desks.push_back(std::move(d));
        }
        // Every desk edits a customer of its own about four times a second; its sync module
        // pushes a second after a change and pulls what the others did.
        std::vector<QString> customers;
        for (auto &d : desks) {
            Customer c;
            c.firstName = QStringLiteral("Many");
            c.lastName = QStringLiteral("Desks");
            c.birthDate = QDate(1980, 1, 1);
            customers.push_back(d->store->createCustomer(c).id);
            QObject::connect(d->client.get(), &sync::SyncClient::roundFinished,
                             [&errors, &latencies](const sync::RoundReport &r) {
                                 if (!r.ok())
                                     ++errors;
                                 latencies += r.pushMs;
                             });
            d->client->startBackground(2000);
        }
        QTimer edits;
        QObject::connect(&edits, &QTimer::timeout, [&] {
            const int i = int(random.bounded(int(desks.size())));
            desks[size_t(i)]->store->updateCustomer(
                customers[size_t(i)], {{CustomerField::Note, QString::number(random.generate())}});
        });
        edits.start(250 / std::max(1, g_options.desks / 4));
        QEventLoop loop;
        QTimer::singleShot(g_options.seconds * 1000, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        loop.exec();
        edits.stop();
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        for (auto &d : desks)
            d->client->stopBackground();
        std::sort(latencies.begin(), latencies.end());
        const auto at = [&](double q) {
            return latencies.isEmpty()
                       ? 0.0
                       : double(latencies.at(qsizetype(q * double(latencies.size() - 1))));
        };
        state.counters["errors"] = errors;
        state.counters["pushes"] = double(latencies.size());
        state.counters["push_p50_ms"] = at(0.50);
        state.counters["push_p99_ms"] = at(0.99);
        if (errors > 0)
            state.SkipWithError("rounds failed");
    }
}

Options parseOptions(int &argc, char **argv)
{
    Options o;
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        auto number = [&](int *target) { *target = std::atoi(argv[++i]); };
        if (std::strcmp(argv[i], "--push-mutations") == 0 && i + 1 < argc)
            number(&o.pushMutations);
        else if (std::strcmp(argv[i], "--server-customers") == 0 && i + 1 < argc)
            number(&o.serverCustomers);
        else if (std::strcmp(argv[i], "--desks") == 0 && i + 1 < argc)
            number(&o.desks);
        else if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc)
            number(&o.seconds);
        else
            argv[out++] = argv[i];
    }
    argc = out;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    g_options = parseOptions(argc, argv);
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    PgCluster pg(PgCluster::Durability::Default);
    QTemporaryDir dir;
    QString error;
    if (!pg.start(&error)) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
        return 1;
    }
    g_pg = &pg;
    g_dir = &dir;
    // The server with many customers, filled once (not measured).
    g_bigDatabase = newDatabase();
    {
        ServerProcess filler;
        if (!filler.start(pg, g_bigDatabase, &error))
            return 1;
        QElapsedTimer t;
        t.start();
        std::fprintf(stderr, "Filling a server with %d demo customers …\n",
                     g_options.serverCustomers);
        filler.admin({QStringLiteral("demo"), QStringLiteral("--customers"),
                      QString::number(g_options.serverCustomers)},
                     &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "… in %.1f s\n", double(t.elapsed()) / 1000.0);
    }
    benchmark::RegisterBenchmark("push", BM_Push)
        ->UseManualTime()
        ->Iterations(1)
        ->Repetitions(3) // this machine's timings vary by a fifth from run to run
        ->ReportAggregatesOnly(true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("push_copy_baseline", BM_PushCopyBaseline)
        ->UseManualTime()
        ->Iterations(1)
        ->Repetitions(3)
        ->ReportAggregatesOnly(true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("first_sync", BM_FirstSync)
        ->UseManualTime()
        ->Iterations(1)
        ->Repetitions(3) // this machine's timings vary by a fifth from run to run
        ->ReportAggregatesOnly(true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("first_sync_baseline", BM_FirstSyncBaseline)
        ->UseManualTime()
        ->Iterations(1)
        ->Repetitions(3) // this machine's timings vary by a fifth from run to run
        ->ReportAggregatesOnly(true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("many_desks", BM_ManyDesks)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    rentdeskbench::RatioReporter reporter({});
    benchmark::RunSpecifiedBenchmarks(&reporter);
    // Rate goals: the share of the baseline's rate is baseline time / measured time.
    const auto share = [&](const char *measured, const char *baseline, double goal) {
        const double m = reporter.timeOf(measured), b = reporter.timeOf(baseline);
        if (m <= 0 || b <= 0) {
            std::printf("rate %s vs %s: not measured in this run\n", measured, baseline);
            return;
        }
        std::printf("rate %s = %.1f %% of %s (%.0f ms vs %.0f ms; goal >= %.0f %%: %s)\n", measured,
                    100 * b / m, baseline, m, b, 100 * goal, b / m >= goal ? "met" : "MISSED");
    };
    share("push_median", "push_copy_baseline_median", 0.30);
    share("first_sync_median", "first_sync_baseline_median", 0.25);
    return 0;
}
