// A desk program that is killed right after a save (power button, crash, task manager) must not
// lose the save: the row, its activity and its outbox entry are in the file when it is opened
// again, and `rentdesk-cli check` finds the file fine.
//
// The test runs itself as a child process (RENTDESK_CRASH_CHILD=<file>): the child opens the
// store, writes, prints "done", and sleeps until the parent kills it with SIGKILL.

#include "store.h"
#include "storetesthelpers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace rentdesk;
using storetest::RawDb;

namespace {

const char kChildFile[] = "RENTDESK_CRASH_CHILD";
const char kChildOperation[] = "RENTDESK_CRASH_OPERATION"; // update | create | both
const char kChildCustomer[] = "RENTDESK_CRASH_CUSTOMER";   // the id to update

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// The child: the writes, "done", then wait to be killed without closing anything.
int runChild()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString operation = qEnvironmentVariable(kChildOperation);
    Store store;
    if (!store.open(qEnvironmentVariable(kChildFile))) {
        say(QStringLiteral("failed: ") + store.lastError());
        return 2;
    }
    store.ensureDeskStaff();
    if (operation == QLatin1String("update") || operation == QLatin1String("both")) {
        const WriteResult r =
            store.updateCustomer(qEnvironmentVariable(kChildCustomer),
                                 {{CustomerField::City, QStringLiteral("Potsdam")},
                                  {CustomerField::Phone, QStringLiteral("0331 5554443")}});
        if (!r.ok()) {
            say(QStringLiteral("failed: ") + storetest::describe(r));
            return 2;
        }
    }
    if (operation == QLatin1String("create") || operation == QLatin1String("both")) {
        const WriteResult r = store.createCustomer(
            storetest::draft(QStringLiteral("Bernd"), QStringLiteral("Schulz"),
                             QStringLiteral("Hamburg"), QStringLiteral("bernd@example.de"),
                             QStringLiteral("040 1234567"), QStringLiteral("20095")));
        if (!r.ok()) {
            say(QStringLiteral("failed: ") + storetest::describe(r));
            return 2;
        }
        say(QStringLiteral("created ") + r.id);
    }
    say(QStringLiteral("done"));
    QThread::sleep(120); // the parent kills us long before
    return 3;
}

struct CliResult
{
    bool started = false, finished = false;
    QProcess::ExitStatus status = QProcess::NormalExit;
    int exitCode = -1;
    QString output;
};

CliResult runCliCheck(const QString &database)
{
    CliResult result;
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QString::fromUtf8(RENTDESK_CLI_PATH),
              {QStringLiteral("check"), QStringLiteral("--database"), database});
    result.started = cli.waitForStarted(10000);
    if (!result.started) {
        result.output = cli.errorString();
        return result;
    }
    result.finished = cli.waitForFinished(120000);
    result.status = cli.exitStatus();
    result.exitCode = cli.exitCode();
    result.output = QString::fromLocal8Bit(cli.readAll());
    return result;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAfterWriteKeepsIt_data();
    void killedAfterWriteKeepsIt();
    void cliCheckTellsFineFromDamaged_data();
    void cliCheckTellsFineFromDamaged();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestCrashSafety::killedAfterWriteKeepsIt_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("update") << QStringLiteral("update");
    QTest::newRow("create") << QStringLiteral("create");
    QTest::newRow("update and create") << QStringLiteral("both");
}

void TestCrashSafety::killedAfterWriteKeepsIt()
{
    QFETCH(QString, operation);
    const bool updates = operation != QLatin1String("create");
    const bool creates = operation != QLatin1String("update");
    const QString path = m_dir.filePath(QStringLiteral("crash-%1.sqlite").arg(++m_files));

    QString annaId;
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        store.ensureDeskStaff();
        QVERIFY(store.addNumberBlock(10001, 19999, QStringLiteral("server")));
        const WriteResult r = store.createCustomer(
            storetest::draft(QStringLiteral("Anna"), QStringLiteral("Müller"),
                             QStringLiteral("Berlin"), QStringLiteral("anna@example.de"),
                             QStringLiteral("+49 171 234-5678"), QStringLiteral("10115")));
        QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
        annaId = r.id;
    }

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildFile), path);
    env.insert(QString::fromLatin1(kChildOperation), operation);
    env.insert(QString::fromLatin1(kChildCustomer), annaId);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

    QString createdId, lastLine;
    bool done = false;
    const QDeadlineTimer deadline(60000);
    while (!done && !deadline.hasExpired() && child.state() == QProcess::Running) {
        if (!child.canReadLine() && !child.waitForReadyRead(500))
            continue;
        while (child.canReadLine()) {
            lastLine = QString::fromLocal8Bit(child.readLine()).trimmed();
            if (lastLine.startsWith(QLatin1String("created ")))
                createdId = lastLine.mid(8);
            else if (lastLine == QLatin1String("done"))
                done = true;
        }
    }
    if (!done) {
        const QString why =
            lastLine + QLatin1Char(' ') + QString::fromLocal8Bit(child.readAllStandardError());
        if (child.state() == QProcess::Running) {
            child.kill();
            child.waitForFinished(10000);
        }
        QFAIL(qPrintable(QStringLiteral("the child did not finish its write: ") + why));
    }
    // Still running, the store still open: now the plug is pulled.
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no chance to clean up

    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    qInfo("after the kill the write-ahead log holds %lld bytes", wal.exists() ? wal.size() : 0);

    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        RawDb raw(path);
        if (updates) {
            const Customer anna = store.customer(annaId);
            QCOMPARE(anna.city, QStringLiteral("Potsdam"));
            QCOMPARE(anna.phone, QStringLiteral("0331 5554443"));
            QStringList logged;
            for (const QSqlRecord &a :
                 raw.select(QStringLiteral(
                                "SELECT field, old_value, new_value FROM activities WHERE "
                                "customer_id = ? AND action = 'customer.changed' ORDER BY field"),
                            {annaId}))
                logged << a.value(0).toString() + QLatin1Char('|') + a.value(1).toString() +
                              QLatin1Char('|') + a.value(2).toString();
            QCOMPARE(logged, (QStringList{QStringLiteral("city|Berlin|Potsdam"),
                                          QStringLiteral("phone|+49 171 234-5678|0331 5554443")}));
            const QList<QSqlRecord> outbox =
                raw.select(QStringLiteral("SELECT payload FROM sync_outbox WHERE operation = "
                                          "'customer.update' AND instr(payload, ?) > 0"),
                           {annaId});
            QCOMPARE(outbox.size(), 1);
            const QJsonObject fields = storetest::parseJson(outbox.first().value(0))
                                           .value(QStringLiteral("changes"))
                                           .toArray()
                                           .first()[QStringLiteral("new")]
                                           .toObject();
            QCOMPARE(fields.value(QStringLiteral("city")).toString(), QStringLiteral("Potsdam"));
            QCOMPARE(store.search(QStringLiteral("potsdam")).size(), 1);
        }
        if (creates) {
            QVERIFY2(!createdId.isEmpty(), "the child did not report the new customer");
            const Customer bernd = store.customer(createdId);
            QVERIFY2(bernd.isValid(), "the created customer is gone");
            QCOMPARE(bernd.lastName, QStringLiteral("Schulz"));
            QCOMPARE(bernd.number, QStringLiteral("K-10002"));
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE customer_id "
                                               "= ? AND action = 'customer.created'"),
                                {createdId})
                         .toInt(),
                     1);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE operation = "
                                               "'customer.create' AND instr(payload, ?) > 0"),
                                {createdId})
                         .toInt(),
                     1);
            QCOMPARE(store.search(QStringLiteral("schulz")).size(), 1);
        }
        // Mutation ids stay gapless: the parent's two writes (the desk's staff member, Anna),
        // then one per child write.
        const int writes = 2 + (updates ? 1 : 0) + (creates ? 1 : 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), writes);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT max(mutation_id) FROM sync_outbox")).toInt(),
                 writes);
        const Store::CheckReport report = store.check();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    const CliResult cli = runCliCheck(path);
    QVERIFY2(cli.started, qPrintable(QStringLiteral("cannot run %1: %2")
                                         .arg(QString::fromUtf8(RENTDESK_CLI_PATH), cli.output)));
    QVERIFY2(cli.finished, "rentdesk-cli check did not finish");
    QCOMPARE(cli.status, QProcess::NormalExit);
    QVERIFY2(cli.exitCode == 0,
             qPrintable(QStringLiteral("exit code %1: %2").arg(cli.exitCode).arg(cli.output)));
}

void TestCrashSafety::cliCheckTellsFineFromDamaged_data()
{
    // Without the damaged files the test above could not tell a working check from one that
    // always says "fine".
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("expectedExitCode");
    QTest::newRow("a fresh store is fine") << QStringLiteral("none") << 0;
    QTest::newRow("customer missing from the search index") << QStringLiteral("search") << 1;
    QTest::newRow("activity of a customer that does not exist")
        << QStringLiteral("foreign-key") << 1;
    QTest::newRow("not a database at all") << QStringLiteral("garbage") << 1;
}

void TestCrashSafety::cliCheckTellsFineFromDamaged()
{
    QFETCH(QString, damage);
    QFETCH(int, expectedExitCode);
    const QString path = m_dir.filePath(QStringLiteral("check-%1.sqlite").arg(++m_files));
    if (damage == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else {
        {
            Store store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            QVERIFY(store.addNumberBlock(10001, 10100, QStringLiteral("server")));
        }
        // Damage the way a faulty write path would, on a connection of our own.
        RawDb raw(path);
        if (damage == QLatin1String("search")) {
            QVERIFY2(raw.exec(QStringLiteral(
                         "INSERT INTO customers(id, number, last_name, created_at, updated_at) "
                         "VALUES ('c-1', 'K-10001', 'Müller', '2024-01-01T00:00:00Z', "
                         "'2024-01-01T00:00:00Z')")),
                     qPrintable(raw.error()));
        } else if (damage == QLatin1String("foreign-key")) {
            QVERIFY2(raw.exec(QStringLiteral(
                         "INSERT INTO activities(id, customer_id, at, action) VALUES ('a-1', "
                         "'no-such-customer', '2024-01-01T00:00:00Z', 'customer.changed')")),
                     qPrintable(raw.error()));
        }
    }
    if (damage != QLatin1String("garbage")) {
        // The store's own check agrees about the file.
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.check().problems.isEmpty(), expectedExitCode == 0);
    }

    const CliResult cli = runCliCheck(path);
    QVERIFY2(cli.started, qPrintable(QStringLiteral("cannot run %1: %2")
                                         .arg(QString::fromUtf8(RENTDESK_CLI_PATH), cli.output)));
    QVERIFY2(cli.finished, "rentdesk-cli check did not finish");
    QCOMPARE(cli.status, QProcess::NormalExit);
    QVERIFY2(cli.exitCode == expectedExitCode,
             qPrintable(QStringLiteral("exit code %1, expected %2: %3")
                            .arg(cli.exitCode)
                            .arg(expectedExitCode)
                            .arg(cli.output)));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildFile))
        return runChild();
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
