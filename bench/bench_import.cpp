// Importing a customer file of 100,000 rows (made by the demo generator and the export), through
// the whole import: reading, checking every row, duplicates, and the one write path with an
// activity and an outbox entry per customer, into an empty store. Baseline in the same run: a
// bare SQLite bulk insert of the same rows with the search index (one transaction, prepared
// statements, rows already parsed). Goals: the import at >= 25 % of the baseline's rate (its
// time <= 4x), and the rentdesk-cli import's peak memory under 300 MB.
//
//   bench_import [--rows N] [--work DIR]   (N default 100,000; the file and stores go to DIR)

#include "benchsupport.h"
#include "customerimport.h"
#include "peakmemory.h"
#include "store.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstring>

using namespace rentdesk;

namespace {

QString g_work;
QString g_csv;
QString g_emptyStore; // an enrolled-looking desk with a number block and nothing else
ImportSource g_source;

QString workFile(const QString &name)
{
    return QDir(g_work).filePath(name);
}

bool makeEmptyStore()
{
    g_emptyStore = workFile(QStringLiteral("empty.sqlite"));
    QFile::remove(g_emptyStore);
    Store store;
    if (!store.open(g_emptyStore))
        return false;
    store.ensureDeskStaff();
    return store.addNumberBlock(900001, 1900000, QStringLiteral("server"));
}

// A fresh copy of the empty store for one run.
QString freshStore()
{
    const QString path = workFile(QStringLiteral("run.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile::copy(g_emptyStore, path);
    return path;
}

// Made by rentdesk-cli in processes of their own, so that this process stays small for the
// memory measurement (a forked child's peak includes what it inherited until its exec).
bool makeFile(qint64 rows)
{
    g_csv = workFile(QStringLiteral("customers-%1.csv").arg(rows));
    if (QFile::exists(g_csv))
        return true;
    std::fprintf(stderr, "Making %lld demo customers and exporting them …\n",
                 static_cast<long long>(rows));
    const QString demo = workFile(QStringLiteral("demo-%1.sqlite").arg(rows));
    QFile::remove(demo);
    const auto cli = [](const QStringList &arguments) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(RENTDESK_CLI_PATH), arguments);
        return p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    return cli({QStringLiteral("demo"), QStringLiteral("--database"), demo,
                QStringLiteral("--customers"), QString::number(rows)}) &&
           cli({QStringLiteral("export-customers"), QStringLiteral("--database"), demo, g_csv});
}

void BM_Import(benchmark::State &state)
{
    CustomerImport::Report report;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = freshStore();
        state.ResumeTiming();
        Store store;
        store.open(path);
        const ImportSource source = readImportFile(g_csv);
        ImportPlan plan = CustomerImport::plan(store, source, guessMapping(source.header));
        // The demo data has the same person twice now and then: import both, like the bare insert.
        for (DuplicateGroup &g : plan.duplicates)
            g.choice = DuplicateChoice::Create;
        report = CustomerImport::run(store, plan);
    }
    if (!report.ok())
        state.SkipWithError(qPrintable(report.error));
    state.counters["customers"] = report.created;
    state.counters["rows_per_s"] =
        benchmark::Counter(double(report.created), benchmark::Counter::kIsIterationInvariantRate);
}

// The same rows, already parsed, straight into the customers table and the search index.
void BM_BareInsert(benchmark::State &state)
{
    const QList<ImportField> mapping = guessMapping(g_source.header);
    const auto column = [&](ImportField f) { return int(mapping.indexOf(f)); };
    const int number = column(ImportField::Number), first = column(ImportField::FirstName),
              last = column(ImportField::LastName), company = column(ImportField::Company),
              email = column(ImportField::Email), phone = column(ImportField::Phone),
              street = column(ImportField::Street), postcode = column(ImportField::Postcode),
              city = column(ImportField::City), country = column(ImportField::Country),
              birth = column(ImportField::BirthDate), note = column(ImportField::Note);
    qint64 inserted = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = freshStore();
        const QString connection = QUuid::createUuid().toString();
        state.ResumeTiming();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            QSqlQuery(db).exec(QStringLiteral("BEGIN"));
            QSqlQuery customer(db), search(db);
            customer.prepare(QStringLiteral(
                "INSERT INTO customers(id, number, first_name, last_name, company, email, phone, "
                "street, postcode, city, country, birth_date, note, created_at, updated_at, "
                "name_fold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            search.prepare(QStringLiteral("INSERT INTO customer_search(rowid, doc) VALUES (?, ?)"));
            const QString now = Store::nowText();
            inserted = 0;
            for (const csv::Record &r : std::as_const(g_source.rows)) {
                const QStringList &f = r.fields;
                const QVariantList values{Store::newId(),
                                          f.at(number),
                                          f.at(first),
                                          f.at(last),
                                          f.at(company),
                                          f.at(email),
                                          f.at(phone),
                                          f.at(street),
                                          f.at(postcode),
                                          f.at(city),
                                          f.at(country),
                                          f.at(birth),
                                          f.at(note),
                                          now,
                                          now,
                                          nameKey(f.at(first), f.at(last), f.at(company))};
                for (const QVariant &v : values)
                    customer.addBindValue(v);
                if (!customer.exec()) {
                    state.SkipWithError(qPrintable(customer.lastError().text()));
                    break;
                }
                search.addBindValue(customer.lastInsertId());
                search.addBindValue(searchDocument({f.at(number), f.at(first), f.at(last),
                                                    f.at(company), f.at(email), f.at(phone),
                                                    f.at(street), f.at(postcode), f.at(city)}));
                search.exec();
                ++inserted;
            }
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    state.counters["customers"] = double(inserted);
    state.counters["rows_per_s"] =
        benchmark::Counter(double(inserted), benchmark::Counter::kIsIterationInvariantRate);
}

} // namespace

int main(int argc, char **argv)
{
    qint64 rows = 100000;
    g_work = QDir::tempPath() + QStringLiteral("/rentdesk-bench-import");
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--rows") == 0 && i + 1 < argc)
            rows = std::atoll(argv[++i]);
        else if (std::strcmp(argv[i], "--work") == 0 && i + 1 < argc)
            g_work = QString::fromLocal8Bit(argv[++i]);
        else
            argv[out++] = argv[i];
    }
    argc = out;
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!QDir().mkpath(g_work) || !makeFile(rows) || !makeEmptyStore())
        return 1;
    // Peak memory of the whole import as people run it: rentdesk-cli in a process of its own,
    // started before this process reads the file.
    const double peak = rentdeskbench::runForPeakMegabytes(
        {RENTDESK_CLI_PATH, "import", "--database", freshStore().toStdString(), "--on-duplicate",
         "create", g_csv.toStdString()});
    g_source = readImportFile(g_csv);
    if (!g_source.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(g_source.error));
        return 1;
    }
    std::printf("file: %s, %lld rows, %.1f MB\n", qPrintable(g_csv),
                static_cast<long long>(g_source.rows.size()),
                double(QFileInfo(g_csv).size()) / (1024.0 * 1024.0));

    benchmark::RegisterBenchmark("import", BM_Import)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(3)
        ->ReportAggregatesOnly(true);
    benchmark::RegisterBenchmark("bare_insert", BM_BareInsert)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(3)
        ->ReportAggregatesOnly(true);
    rentdeskbench::RatioReporter reporter({{"import_median", "bare_insert_median", 4.0, 0}});
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    const double importMs = reporter.timeOf("import_median");
    const double share =
        importMs > 0 ? 100.0 * reporter.timeOf("bare_insert_median") / importMs : 0.0;
    std::printf("import rate = %.1f %% of the bare insert's (goal >= 25 %%: %s)\n", share,
                share >= 25 ? "met" : "MISSED");

    std::printf("rentdesk-cli import peak memory = %.0f MB (goal < 300 MB: %s)\n", peak,
                peak > 0 && peak < 300 ? "met" : "MISSED");
    benchmark::Shutdown();
    return 0;
}
