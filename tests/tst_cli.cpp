// rentdesk-cli as a person or a script uses it: the real binary in a child process, its exit
// codes and what it prints.

#include "cli.h"
#include "clitesthelpers.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void helpPrintsUsage_data();
    void helpPrintsUsage();
    void demoThenCheck();
    void demoRefusesAFilledStore();
    void searchPrintsOneMatchALine_data();
    void searchPrintsOneMatchALine();
    void searchWithQuotesAndSqlFindsNothing_data();
    void searchWithQuotesAndSqlFindsNothing();
    void unknownCommand();
    void speaksGermanOnAGermanSystem();
    void badCommandLine_data();
    void badCommandLine();
    void checkOfAMissingFileFails_data();
    void checkOfAMissingFileFails();
    void checkOfACorruptedFileFails_data();
    void checkOfACorruptedFileFails();
    void checkLeavesTheFileAsItWas_data();
    void checkLeavesTheFileAsItWas();
    void checkDoesNotUpgradeAnOlderFile();

private:
    using Result = clitest::Result;
    static Result run(const QStringList &arguments, const QString &language = QString())
    {
        return clitest::run(arguments, language);
    }
    QString newPath() { return m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_files)); }

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_demo; // a store with 200 demo customers
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(RENTDESK_CLI_PATH)), RENTDESK_CLI_PATH);
    m_demo = newPath();
    const Result r =
        run({QStringLiteral("demo"), QStringLiteral("--database"), m_demo,
             QStringLiteral("--customers"), QStringLiteral("200"), QStringLiteral("--seed"),
             QStringLiteral("3"), QStringLiteral("--date"), QStringLiteral("2026-11-30")});
    VERIFY_CODE(r, 0);
}

void TestCli::helpPrintsUsage_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("help") << QStringLiteral("help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestCli::helpPrintsUsage()
{
    QFETCH(QString, argument);
    const Result r = run({argument});
    VERIFY_CODE(r, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: rentdesk-cli")));
    for (const char *command : {"demo", "check", "search"})
        QVERIFY(r.out.contains(QLatin1String(command) + QStringLiteral(" --database PATH")));
    QVERIFY(r.err.isEmpty());
}

void TestCli::demoThenCheck()
{
    const QString path = newPath();
    const Result demo = run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                             QStringLiteral("--customers"), QStringLiteral("150")});
    VERIFY_CODE(demo, 0);
    // A summary with the time it took, and progress on stderr.
    QVERIFY2(QRegularExpression(QStringLiteral("150 demo customers .* in \\d+\\.\\d s"))
                 .match(demo.out)
                 .hasMatch(),
             qPrintable(demo.out));
    QVERIFY(demo.out.contains(QStringLiteral("K-10001")));
    QVERIFY(demo.err.contains(QStringLiteral("150 of 150")));

    const Result check = run({QStringLiteral("check"), QStringLiteral("--database"), path});
    VERIFY_CODE(check, 0);
    QVERIFY(check.out.contains(
        QStringLiteral("Schema version: %1").arg(rentdesk::Schema::latestVersion())));
    QVERIFY(check.out.trimmed().endsWith(QStringLiteral("OK")));
}

void TestCli::demoRefusesAFilledStore()
{
    const QByteArray before = [&] {
        QFile f(m_demo);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Result r = run({QStringLiteral("demo"), QStringLiteral("--database"), m_demo,
                          QStringLiteral("--customers"), QStringLiteral("5")});
    VERIFY_CODE(r, 1);
    QVERIFY(r.err.contains(QStringLiteral("200")));
    QVERIFY(r.out.isEmpty());
    const Result search = run({QStringLiteral("search"), QStringLiteral("--database"), m_demo,
                               QStringLiteral("K-10201")});
    VERIFY_CODE(search, 0);
    QVERIFY(search.out.isEmpty()); // no 201st customer
}

void TestCli::searchPrintsOneMatchALine_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("folded name") << QStringList{QStringLiteral("muller")};
    QTest::newRow("name with umlaut") << QStringList{QStringLiteral("Müller")};
    QTest::newRow("two words") << QStringList{QStringLiteral("anna"), QStringLiteral("müller")};
    QTest::newRow("number") << QStringList{QStringLiteral("10001")};
}

void TestCli::searchPrintsOneMatchALine()
{
    QFETCH(QStringList, words);
    const Result r =
        run(QStringList{QStringLiteral("search"), QStringLiteral("--database"), m_demo} + words);
    VERIFY_CODE(r, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.size() <= 50);
    bool anna = false;
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 3);
        QVERIFY2(QRegularExpression(QStringLiteral("^K-\\d+$")).match(fields[0]).hasMatch(),
                 qPrintable(line));
        QVERIFY(!fields[1].isEmpty());
        anna = anna || line == QStringLiteral("K-10001\tAnna Müller\tanna.mueller@web.de");
    }
    QVERIFY2(anna, qPrintable(r.out));
}

void TestCli::searchWithQuotesAndSqlFindsNothing_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("one argument") << QStringList{QStringLiteral("x' OR 1=1 --")};
    QTest::newRow("separate words") << QStringList{QStringLiteral("x'"), QStringLiteral("OR"),
                                                   QStringLiteral("1=1"), QStringLiteral("--")};
    QTest::newRow("drop table") << QStringList{QStringLiteral("1'; DROP TABLE customers; --")};
    QTest::newRow("double quotes") << QStringList{QStringLiteral("\" OR \"\"=\"")};
    QTest::newRow("fts syntax") << QStringList{QStringLiteral("NEAR(zzq* OR \"zzq\")")};
    QTest::newRow("like wildcard") << QStringList{QStringLiteral("%")};
}

void TestCli::searchWithQuotesAndSqlFindsNothing()
{
    QFETCH(QStringList, words);
    const Result r =
        run(QStringList{QStringLiteral("search"), QStringLiteral("--database"), m_demo} + words);
    VERIFY_CODE(r, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    // Nothing was harmed: the store checks out and still finds its customers.
    const Result check = run({QStringLiteral("check"), QStringLiteral("--database"), m_demo});
    VERIFY_CODE(check, 0);
    const Result search = run({QStringLiteral("search"), QStringLiteral("--database"), m_demo,
                               QStringLiteral("K-10200")});
    VERIFY_CODE(search, 0);
    QVERIFY(search.out.startsWith(QStringLiteral("K-10200\t")));
}

void TestCli::unknownCommand()
{
    const Result r = run({QStringLiteral("frobnicate"), QStringLiteral("--database"), m_demo});
    VERIFY_CODE(r, 2);
    QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
    QVERIFY(r.err.contains(QStringLiteral("Usage: rentdesk-cli")));
    QVERIFY(r.out.isEmpty());
}

// rentdesk-cli speaks the language of QLocale::system(): German on a German system, English
// on an English one (on Windows and macOS from the user's settings, on Linux from LANG).
void TestCli::speaksGermanOnAGermanSystem()
{
    for (const QLocale &system : {QLocale(QLocale::German, QLocale::Germany),
                                  QLocale(QLocale::English, QLocale::UnitedStates)}) {
        QVERIFY(rentdesk::installCliTranslation(system));
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(rentdesk::runCli({QStringLiteral("frobnicate")}, o, e), 2);
        e.flush();
        const bool german = system.language() == QLocale::German;
        QVERIFY2(err.contains(german ? QStringLiteral("Unbekannter Befehl: frobnicate")
                                     : QStringLiteral("Unknown command: frobnicate")),
                 qPrintable(err));
        QVERIFY2(err.contains(german ? QStringLiteral("Aufruf: rentdesk-cli")
                                     : QStringLiteral("Usage: rentdesk-cli")),
                 qPrintable(err));
    }
#ifdef Q_OS_UNIX
    // The program itself reads the system language (LANG and LC_ALL on Unix).
    const Result r = run({QStringLiteral("frobnicate")}, QStringLiteral("de_DE.UTF-8"));
    VERIFY_CODE(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Unbekannter Befehl: frobnicate")), qPrintable(r.err));
#endif
}

void TestCli::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("@DB@");
    const QString demo = QStringLiteral("demo"), check = QStringLiteral("check"),
                  search = QStringLiteral("search"), database = QStringLiteral("--database"),
                  customers = QStringLiteral("--customers");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("demo without database") << QStringList{demo, customers, QStringLiteral("5")};
    QTest::newRow("demo without customers") << QStringList{demo, database, db};
    QTest::newRow("customers not a number")
        << QStringList{demo, database, db, customers, QStringLiteral("many")};
    QTest::newRow("customers with letters")
        << QStringList{demo, database, db, customers, QStringLiteral("12x")};
    QTest::newRow("customers zero")
        << QStringList{demo, database, db, customers, QStringLiteral("0")};
    QTest::newRow("customers negative")
        << QStringList{demo, database, db, customers, QStringLiteral("-5")};
    QTest::newRow("customers without value") << QStringList{demo, database, db, customers};
    QTest::newRow("seed negative") << QStringList{demo,
                                                  database,
                                                  db,
                                                  customers,
                                                  QStringLiteral("5"),
                                                  QStringLiteral("--seed"),
                                                  QStringLiteral("-1")};
    QTest::newRow("date not a day") << QStringList{demo,
                                                   database,
                                                   db,
                                                   customers,
                                                   QStringLiteral("5"),
                                                   QStringLiteral("--date"),
                                                   QStringLiteral("2026-13-01")};
    QTest::newRow("date in German") << QStringList{demo,
                                                   database,
                                                   db,
                                                   customers,
                                                   QStringLiteral("5"),
                                                   QStringLiteral("--date"),
                                                   QStringLiteral("30.11.2026")};
    QTest::newRow("demo extra argument")
        << QStringList{demo, database, db, customers, QStringLiteral("5"), QStringLiteral("extra")};
    QTest::newRow("unknown option") << QStringList{
        demo, database, db, customers, QStringLiteral("5"), QStringLiteral("--fast")};
    QTest::newRow("option twice") << QStringList{demo,      database,           db, database, db,
                                                 customers, QStringLiteral("5")};
    QTest::newRow("check extra argument")
        << QStringList{check, database, db, QStringLiteral("now")};
    QTest::newRow("check without database") << QStringList{check};
    QTest::newRow("database without value") << QStringList{check, database};
    QTest::newRow("search without text") << QStringList{search, database, db};
}

void TestCli::badCommandLine()
{
    QFETCH(QStringList, arguments);
    const QString path = newPath();
    arguments.replaceInStrings(QStringLiteral("@DB@"), path);
    const Result r = run(arguments);
    VERIFY_CODE(r, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage: rentdesk-cli")));
    // The first line says what was wrong, briefly.
    QVERIFY(!r.err.section(QLatin1Char('\n'), 0, 0).trimmed().isEmpty());
    QVERIFY(!r.err.startsWith(QStringLiteral("Usage")));
    QVERIFY(r.out.isEmpty());
    // A wrong command line changes nothing: no store file appears.
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::checkOfAMissingFileFails_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("check") << QStringLiteral("check");
    QTest::newRow("search") << QStringLiteral("search");
}

void TestCli::checkOfAMissingFileFails()
{
    QFETCH(QString, command);
    const QString path = newPath();
    QStringList arguments{command, QStringLiteral("--database"), path};
    if (command == QLatin1String("search"))
        arguments << QStringLiteral("muller");
    const Result r = run(arguments);
    VERIFY_CODE(r, 1);
    QVERIFY(r.err.contains(path));
    QVERIFY(!QFileInfo::exists(path)); // not created by looking at it
}

void TestCli::checkOfACorruptedFileFails_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("pages in the middle") << QStringLiteral("middle");
    QTest::newRow("header") << QStringLiteral("header");
    QTest::newRow("cut short") << QStringLiteral("truncated");
}

void TestCli::checkOfACorruptedFileFails()
{
    QFETCH(QString, damage);
    const QString path = newPath();
    QVERIFY(QFile::copy(m_demo, path));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        const qint64 pages = f.size() / pageSize;
        QVERIFY(pages > 20);
        QByteArray garbage(int(pageSize), '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 167 + 13) & 0xFF);
        if (damage == QLatin1String("middle")) {
            for (const qint64 page : {pages / 3, pages / 2, 2 * pages / 3}) {
                QVERIFY(f.seek(page * pageSize));
                QCOMPARE(f.write(garbage), pageSize);
            }
        } else if (damage == QLatin1String("header")) {
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(garbage.left(100)), qint64(100));
        } else {
            QVERIFY(f.resize(f.size() / 2));
        }
    }
    const Result r = run({QStringLiteral("check"), QStringLiteral("--database"), path});
    VERIFY_CODE(r, 1);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!r.out.trimmed().endsWith(QStringLiteral("OK")));
}

void TestCli::checkLeavesTheFileAsItWas_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("full") << QStringList();
    QTest::newRow("quick") << QStringList{QStringLiteral("--quick")};
}

// A check reads; it must not change what it checks: not the file, not its journal.
void TestCli::checkLeavesTheFileAsItWas()
{
    QFETCH(QStringList, options);
    auto bytes = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = bytes(m_demo);
    QVERIFY(before.size() > 100000);
    const bool walBefore = QFileInfo::exists(m_demo + QStringLiteral("-wal"));
    const Result check =
        run(QStringList{QStringLiteral("check"), QStringLiteral("--database"), m_demo} + options);
    VERIFY_CODE(check, 0);
    QVERIFY(check.out.trimmed().endsWith(QStringLiteral("OK")));
    QVERIFY2(bytes(m_demo) == before, "check changed the store file");
    // SQLite may leave an empty write-ahead log beside a WAL file it read; it holds nothing.
    if (!walBefore)
        QCOMPARE(QFileInfo(m_demo + QStringLiteral("-wal")).size(), 0);
}

void TestCli::checkDoesNotUpgradeAnOlderFile()
{
    // A file of schema version 3, as an older RentDesk left it.
    const QString path = newPath();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(rentdesk::Schema::upgrade(db, &error, 3), qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const Result check = run({QStringLiteral("check"), QStringLiteral("--database"), path});
    VERIFY_CODE(check, 0);
    QVERIFY2(check.out.contains(QStringLiteral("Schema version: 3")), qPrintable(check.out));
    QVERIFY2(check.out.contains(QStringLiteral("upgrades the file")), qPrintable(check.out));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(f.readAll() == before, "check upgraded or otherwise changed an older file");
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
