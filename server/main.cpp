// rentdesk-server: the command line only; everything it does lives in rentdesk_server.
#include "demodata.h"
#include "httpapi.h"
#include "process.h"
#include "serverconfig.h"
#include "store.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace rentdesk;
using namespace rentdesk::server;

namespace {

const char kUsage[] =
    "Usage: rentdesk-server [--config FILE] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  serve                 Upgrade the database and serve desks (the default).\n"
    "  upgrade               Create or upgrade the server's database schema and stop.\n"
    "  enrol-code [--desk-name NAME] [--hours H]\n"
    "                        Print a one-time code that enrols one new desk (valid H hours,\n"
    "                        default 24).\n"
    "  desks                 List the enrolled desks.\n"
    "  revoke DESK           Revoke a desk's credential (by desk code or client id).\n"
    "  new-epoch             Run after restoring the database from a backup: every desk sends\n"
    "                        again what the server lacks and reads everything again.\n"
    "  demo [--customers N] [--seed S]\n"
    "                        Fill an empty server with demo data (default 2000 customers).\n"
    "\n"
    "Settings come from FILE (INI) and from environment variables; see docs/server.md.\n";

int fail(const QString &message)
{
    std::fprintf(stderr, "rentdesk-server: %s\n", qPrintable(message));
    return 1;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return (i >= 0 && i + 1 < args.size()) ? args.at(i + 1) : fallback;
}

int demo(SyncService &service, QSqlDatabase db, const QStringList &args)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM rows)")) && q.next() &&
        q.value(0).toBool())
        return fail(QStringLiteral("The server has data already; demo data goes only into an "
                                   "empty server."));
    // The same generator as a desk's demo data, into a scratch store, then in as initial data.
    QTemporaryDir dir;
    Store store;
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("demo.sqlite"))))
        return fail(store.lastError());
    DemoOptions options;
    options.customers =
        option(args, QStringLiteral("--customers"), QStringLiteral("2000")).toLongLong();
    options.seed = option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    if (options.customers < 1)
        return fail(QStringLiteral("--customers needs a whole number of at least 1."));
    QString error;
    if (!DemoData::fill(store, options, &error))
        return fail(error);
    // The demo documents' files first: a document row syncs only after its file.
    for (const QString &sha : store.documentFiles()) {
        QFile file(store.filePath(sha));
        if (!file.open(QIODevice::ReadOnly) || !service.storeFile(file.readAll(), &error))
            return fail(error.isEmpty() ? file.errorString() : error);
    }
    int entity = 0;
    QString after;
    qint64 total = 0;
    for (;;) {
        const QJsonArray rows = store.unsyncedRows(&entity, &after, kMaxRowsPerUpload);
        if (rows.isEmpty())
            break;
        if (!service.insertInitialRows(rows, &error))
            return fail(error);
        total += rows.size();
    }
    std::printf("Wrote %lld demo customers (%lld rows) to the server.\n",
                static_cast<long long>(options.customers), static_cast<long long>(total));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    prepareProcess(argv);
    holdStopSignals(); // before any thread starts: SIGTERM and SIGINT stop serving cleanly

    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString configFile = option(args, QStringLiteral("--config"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--config")); i >= 0)
        args.remove(i, std::min<qsizetype>(2, args.size() - i));
    const QString command = args.isEmpty() ? QStringLiteral("serve") : args.takeFirst();
    if (command == QLatin1String("help") || command == QLatin1String("--help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    ServerConfig config;
    QString error;
    if (!ServerConfig::load(configFile, &config, &error))
        return fail(error);
    {
        QSqlDatabase db = config.openDatabase(QStringLiteral("admin"), &error);
        if (!error.isEmpty())
            return fail(QStringLiteral("Cannot reach the database: ") + error);
        if (!SyncService::upgrade(db, &error))
            return fail(error);
        SyncService service(db);
        if (command == QLatin1String("upgrade")) {
            std::printf("The server's database is up to date.\n");
            return 0;
        }
        if (command == QLatin1String("enrol-code")) {
            const QString code = service.makeEnrolmentCode(
                option(args, QStringLiteral("--desk-name"), QStringLiteral("Desk")),
                option(args, QStringLiteral("--hours"), QStringLiteral("24")).toInt(), &error);
            if (code.isEmpty())
                return fail(error);
            std::printf("%s\n", qPrintable(code));
            return 0;
        }
        if (command == QLatin1String("desks")) {
            std::printf("%s\n", QJsonDocument(service.desks()).toJson().constData());
            return 0;
        }
        if (command == QLatin1String("revoke")) {
            if (args.isEmpty() || !service.revokeDesk(args.first(), &error))
                return fail(args.isEmpty() ? QStringLiteral("Name the desk to revoke.") : error);
            std::printf("Revoked.\n");
            return 0;
        }
        if (command == QLatin1String("new-epoch")) {
            if (!service.startNewEpoch(&error))
                return fail(error);
            std::printf("New epoch %s: desks will resync.\n", qPrintable(service.epoch()));
            return 0;
        }
        if (command == QLatin1String("demo"))
            return demo(service, db, args);
        if (command != QLatin1String("serve")) {
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));

    HttpApi api(config);
    const int port = api.bind(&error);
    if (port < 0)
        return fail(error);
    std::printf("rentdesk-server listening on %s://%s:%d\n",
                config.tlsCertificate.isEmpty() ? "http" : "https", qPrintable(config.listenHost),
                port);
    std::fflush(stdout);
    const bool ok = serveUntilStopped([&api] { return api.run(); }, [&api] { api.stop(); });
    return ok ? 0 : 1;
}
