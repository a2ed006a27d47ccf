#include "cli.h"
#include "clisupport.h"

#include "demodata.h"
#include "schema.h"
#include "store.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTranslator>

namespace rentdesk {

namespace {

QString usage()
{
    return Cli::tr("Usage: rentdesk-cli COMMAND [OPTIONS]\n"
                   "\n"
                   "Commands:\n"
                   "  demo --database PATH --customers N [--seed S] [--date YYYY-MM-DD]\n"
                   "      Fill an empty store with N demo customers and their history. The same\n"
                   "      seed and date give the same data (defaults: seed 1, today).\n"
                   "  check --database PATH [--quick]\n"
                   "      Check the store read-only (the file is not changed) and print every\n"
                   "      problem. --quick runs SQLite's quick check and skips the foreign keys.\n"
                   "  search --database PATH TEXT...\n"
                   "      Search customers as the desk does: number, name and e-mail, one\n"
                   "      match a line.\n"
                   "  enrol --database PATH --server URL --code CODE [--desk-name NAME]\n"
                   "      Set the desk up for a sync server with a one-time enrolment code from\n"
                   "      the server's administrator (rentdesk-server enrol-code).\n"
                   "  sync --database PATH\n"
                   "      Run one full sync round with the server and print what it pushed and\n"
                   "      pulled.\n"
                   "  import --database PATH FILE.csv [--dry-run] [--mapping FILE]\n"
                   "         [--on-duplicate skip|create|update] [--report FILE]\n"
                   "      Import customers from a CSV file (UTF-8, UTF-16 or Windows-1252; comma,\n"
                   "      semicolon or tab). Columns are recognised by their German or English\n"
                   "      headers; a mapping file names others, a line \"Column = field\" each.\n"
                   "      --dry-run checks every row and writes nothing. Likely duplicates are\n"
                   "      skipped unless --on-duplicate says otherwise. Exit code 1 when any row\n"
                   "      is refused (the others are imported).\n"
                   "  export-customers --database PATH FILE.csv\n"
                   "      Write the customer list as CSV (UTF-8 with BOM), which the import reads\n"
                   "      back unchanged.\n"
                   "  help\n"
                   "      Show this text.\n"
                   "\n"
                   "Exit codes: 0 success, 1 failure or problems found, 2 wrong command line.\n");
}

} // namespace

CommandLine parse(const QStringList &arguments, const QStringList &known, const QStringList &flags)
{
    CommandLine c;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size() && c.error.isEmpty(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1String("--"))) {
            c.words << arg;
            continue;
        }
        if (arg == QLatin1String("--")) { // what follows is text, even if it starts with "--"
            optionsEnded = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasValue = true;
        }
        if (flags.contains(name) && !hasValue) {
            if (c.options.contains(name))
                c.error = Cli::tr("The option --%1 is given twice.").arg(name);
            c.options.insert(name, QStringLiteral("1"));
        } else if (!known.contains(name)) {
            c.error = Cli::tr("Unknown option --%1.").arg(name);
        } else if (c.options.contains(name)) {
            c.error = Cli::tr("The option --%1 is given twice.").arg(name);
        } else if (!hasValue && (i + 1 >= arguments.size() ||
                                 arguments.at(i + 1).startsWith(QLatin1String("--")))) {
            c.error = Cli::tr("The option --%1 needs a value.").arg(name);
        } else {
            c.options.insert(name, hasValue ? value : arguments.at(++i));
        }
    }
    return c;
}

int badCommandLine(QTextStream &err, const QString &message)
{
    err << message << "\n\n" << usage();
    err.flush();
    return BadCommandLine;
}

// Shared by the commands: the --database option, present and not empty.
bool needDatabase(const CommandLine &c, QTextStream &err, QString *path)
{
    *path = c.options.value(QStringLiteral("database"));
    if (path->isEmpty()) {
        badCommandLine(err, Cli::tr("The option --database PATH is required."));
        return false;
    }
    return true;
}

// Opens an existing store file; never creates one.
bool openExisting(Store &store, const QString &path, QTextStream &err, Store::OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        err << Cli::tr("There is no store file at %1.").arg(path) << Qt::endl;
        return false;
    }
    if (!store.open(path, mode)) {
        err << store.lastError() << Qt::endl;
        return false;
    }
    return true;
}

namespace {

int demo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parse(arguments, {QStringLiteral("database"), QStringLiteral("customers"),
                                            QStringLiteral("seed"), QStringLiteral("date")});
    if (!c.error.isEmpty())
        return badCommandLine(err, c.error);
    if (!c.words.isEmpty())
        return badCommandLine(err, Cli::tr("Unexpected argument: %1").arg(c.words.first()));
    QString path;
    if (!needDatabase(c, err, &path))
        return BadCommandLine;

    DemoOptions options;
    bool ok = false;
    if (!c.options.contains(QStringLiteral("customers")))
        return badCommandLine(err, Cli::tr("The option --customers N is required."));
    options.customers = c.options.value(QStringLiteral("customers")).toLongLong(&ok);
    if (!ok || options.customers < 1)
        return badCommandLine(err, Cli::tr("--customers needs a whole number of at least 1, not "
                                           "\"%1\".")
                                       .arg(c.options.value(QStringLiteral("customers"))));
    if (c.options.contains(QStringLiteral("seed"))) {
        options.seed = c.options.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return badCommandLine(err, Cli::tr("--seed needs a whole number of 0 or more, not "
                                               "\"%1\".")
                                           .arg(c.options.value(QStringLiteral("seed"))));
    }
    if (c.options.contains(QStringLiteral("date"))) {
        static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = c.options.value(QStringLiteral("date"));
        options.today = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!isoDay.match(text).hasMatch() || !options.today.isValid())
            return badCommandLine(
                err, Cli::tr("--date needs a day as YYYY-MM-DD, not \"%1\".").arg(text));
    }

    Store store;
    if (!store.open(path)) {
        err << store.lastError() << Qt::endl;
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    options.progress = [&err](qint64 done, qint64 total) {
        err << Cli::tr("%1 of %2 customers written").arg(done).arg(total) << Qt::endl;
    };
    QString error;
    if (!DemoData::fill(store, options, &error)) {
        err << Cli::tr("Demo data failed: %1").arg(error) << Qt::endl;
        return Failure;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    qint64 transactions = 0;
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM transactions")) && q.next())
        transactions = q.value(0).toLongLong();
    store.close();
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    out << Cli::tr("Wrote %1 demo customers with %2 transactions to %3 (%4 MB) in %5 s.")
               .arg(options.customers)
               .arg(transactions)
               .arg(path)
               .arg(megabytes, 0, 'f', 1)
               .arg(seconds, 0, 'f', 1)
        << '\n'
        << Cli::tr("The customer with the long history is %1.")
               .arg(DemoData::longHistoryCustomerNumber())
        << Qt::endl;
    return Success;
}

int check(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parse(arguments, {QStringLiteral("database")}, {QStringLiteral("quick")});
    if (!c.error.isEmpty())
        return badCommandLine(err, c.error);
    if (!c.words.isEmpty())
        return badCommandLine(err, Cli::tr("Unexpected argument: %1").arg(c.words.first()));
    QString path;
    if (!needDatabase(c, err, &path))
        return BadCommandLine;
    // Read-only: a check must not change what it checks (no upgrade, no identity, no journal).
    Store store;
    if (!openExisting(store, path, err, Store::OpenMode::ReadOnly))
        return Failure;
    const Store::CheckReport report = store.check(c.options.contains(QStringLiteral("quick")));
    out << Cli::tr("Schema version: %1").arg(report.schemaVersion) << '\n';
    if (report.schemaVersion < Schema::latestVersion())
        out << Cli::tr("Note: this RentDesk upgrades the file to schema version %1 when it opens "
                       "it for work.")
                   .arg(Schema::latestVersion())
            << '\n';
    for (const QString &problem : report.problems)
        out << Cli::tr("Problem: %1").arg(problem) << '\n';
    if (report.problems.isEmpty()) {
        out << Cli::tr("OK") << Qt::endl;
        return Success;
    }
    out.flush();
    err << Cli::tr("%n problem(s) found.", nullptr, int(report.problems.size())) << Qt::endl;
    return Failure;
}

int search(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parse(arguments, {QStringLiteral("database")});
    if (!c.error.isEmpty())
        return badCommandLine(err, c.error);
    QString path;
    if (!needDatabase(c, err, &path))
        return BadCommandLine;
    const QString text = c.words.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return badCommandLine(err, Cli::tr("Give the text to search for."));
    Store store;
    if (!openExisting(store, path, err))
        return Failure;
    const QList<CustomerSummary> matches = store.search(text, 50);
    for (const CustomerSummary &m : matches)
        out << m.number << '\t' << m.name << '\t' << m.email << '\n';
    out.flush();
    if (matches.isEmpty())
        err << Cli::tr("No customer matches \"%1\".").arg(text) << Qt::endl;
    return Success;
}

int enrol(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parse(arguments, {QStringLiteral("database"), QStringLiteral("server"),
                                            QStringLiteral("code"), QStringLiteral("desk-name")});
    if (!c.error.isEmpty())
        return badCommandLine(err, c.error);
    QString path;
    if (!needDatabase(c, err, &path))
        return BadCommandLine;
    if (c.options.value(QStringLiteral("server")).isEmpty() ||
        c.options.value(QStringLiteral("code")).isEmpty())
        return badCommandLine(err,
                              Cli::tr("The options --server URL and --code CODE are required."));
    Store store;
    if (!store.open(path)) {
        err << store.lastError() << Qt::endl;
        return Failure;
    }
    sync::SyncClient client(&store);
    const QString error = client.enrolAndWait(QUrl(c.options.value(QStringLiteral("server"))),
                                              c.options.value(QStringLiteral("code")),
                                              c.options.value(QStringLiteral("desk-name")));
    if (!error.isEmpty()) {
        err << Cli::tr("Enrolment failed: %1").arg(error) << Qt::endl;
        return Failure;
    }
    out << Cli::tr("This desk is now %1 (%2) on %3.")
               .arg(store.deskCode(), store.deskName(),
                    store.syncValue(QStringLiteral("server_url")))
        << Qt::endl;
    return Success;
}

int syncRound(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parse(arguments, {QStringLiteral("database")});
    if (!c.error.isEmpty())
        return badCommandLine(err, c.error);
    QString path;
    if (!needDatabase(c, err, &path))
        return BadCommandLine;
    Store store;
    if (!openExisting(store, path, err))
        return Failure;
    sync::SyncClient client(&store);
    const sync::RoundReport r = client.runRound();
    if (!r.repaired.isEmpty())
        out << r.repaired << '\n';
    out << Cli::tr("Uploaded %1 rows, pushed %2 changes (%3 refused), pulled %4 rows.")
               .arg(r.uploaded)
               .arg(r.pushed)
               .arg(r.rejected)
               .arg(r.pulled)
        << '\n'
        << Cli::tr("Document files sent: %1, fetched: %2").arg(r.filesUp).arg(r.filesDown) << '\n'
        << Cli::tr("Changes waiting: %1").arg(store.pendingOutboxCount()) << Qt::endl;
    if (!r.ok()) {
        err << Cli::tr("Sync failed: %1").arg(r.error) << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace

bool installCliTranslation(const QLocale &locale)
{
    static QTranslator *translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    auto *t = new QTranslator;
    if (!t->load(locale, QStringLiteral("rentdesk"), QStringLiteral("_"),
                 QStringLiteral(":/i18n/cli"))) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    translator = t;
    return true;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return badCommandLine(err, Cli::tr("Give a command."));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        out << usage();
        out.flush();
        return Success;
    }
    if (command == QLatin1String("demo"))
        return demo(rest, out, err);
    if (command == QLatin1String("check"))
        return check(rest, out, err);
    if (command == QLatin1String("search"))
        return search(rest, out, err);
    if (command == QLatin1String("enrol"))
        return enrol(rest, out, err);
    if (command == QLatin1String("sync"))
        return syncRound(rest, out, err);
    if (command == QLatin1String("import"))
        return importCustomers(rest, out, err);
    if (command == QLatin1String("export-customers"))
        return exportCustomers(rest, out, err);
    return badCommandLine(err, Cli::tr("Unknown command: %1").arg(command));
}

} // namespace rentdesk
