// rentdesk-cli import and export-customers, run as the real program: the exit codes scripts rely
// on (0 all imported, 1 a row refused or the file unusable, 2 a wrong command line), a dry run
// that writes nothing, a report file, a mapping file, and a round trip that changes nothing.

#include "clitesthelpers.h"
#include "store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using clitest::Result;
using clitest::run;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportImportExportGivesTheSameFile();
    void dryRunWritesNothing();
    void refusedRowExitsOneAndImportsTheRest();
    void mappingFileNamesOtherColumns();
    void duplicatesFollowTheOption();
    void unusableFilesSayWhy_data();
    void unusableFilesSayWhy();
    void wrongCommandLineExitsTwo_data();
    void wrongCommandLineExitsTwo();

private:
    // A new, empty store file (as the desk makes it on its first start).
    QString emptyStore();
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    int m_stores = 0;
    QString m_demo;
};

QString TestCliImport::emptyStore()
{
    const QString file = path(QStringLiteral("empty-%1.sqlite").arg(++m_stores));
    rentdesk::Store store;
    if (!store.open(file))
        return {};
    store.ensureDeskStaff();
    store.addNumberBlock(50001, 59999, QStringLiteral("server"));
    return file;
}

void TestCliImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.sqlite"));
    const Result r = run({QStringLiteral("demo"), QStringLiteral("--database"), m_demo,
                          QStringLiteral("--customers"), QStringLiteral("300"),
                          QStringLiteral("--date"), QStringLiteral("2026-11-30")});
    VERIFY_CODE(r, 0);
}

void TestCliImport::exportImportExportGivesTheSameFile()
{
    const QString first = path(QStringLiteral("first.csv"));
    Result r =
        run({QStringLiteral("export-customers"), QStringLiteral("--database"), m_demo, first});
    VERIFY_CODE(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("300")), qPrintable(r.out));
    QVERIFY(fileBytes(first).startsWith("\xEF\xBB\xBF"));

    const QString target = emptyStore();
    QVERIFY(!target.isEmpty());
    // The demo data has the same person twice now and then: keep both, as the old system did.
    r = run({QStringLiteral("import"), QStringLiteral("--database"), target, first,
             QStringLiteral("--on-duplicate"), QStringLiteral("create")});
    VERIFY_CODE(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("300 new")), qPrintable(r.out));

    const QString second = path(QStringLiteral("second.csv"));
    r = run({QStringLiteral("export-customers"), QStringLiteral("--database"), target, second});
    VERIFY_CODE(r, 0);
    QCOMPARE(QString::fromUtf8(fileBytes(second)), QString::fromUtf8(fileBytes(first)));
    QCOMPARE(fileBytes(second), fileBytes(first));
}

void TestCliImport::dryRunWritesNothing()
{
    const QString store = emptyStore();
    const QString csv = path(QStringLiteral("dry.csv"));
    QVERIFY(writeFile(csv, "Vorname;Nachname;PLZ\r\nAnna;Alt;99084\r\nBen;Bauer;12\r\n"));
    const QByteArray before = fileBytes(store);
    const QString report = path(QStringLiteral("dry-report.txt"));
    const Result r = run({QStringLiteral("import"), QStringLiteral("--database"), store, csv,
                          QStringLiteral("--dry-run"), QStringLiteral("--report"), report});
    VERIFY_CODE(r, 1); // a row is refused
    QCOMPARE(fileBytes(store), before);
    const QString text = QString::fromUtf8(fileBytes(report));
    QVERIFY2(text.contains(QStringLiteral("to import as new customers: 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("row 2 (line 3) refused: Postcode")), qPrintable(text));
    QVERIFY(r.out.contains(QStringLiteral("Dry run")));
}

void TestCliImport::refusedRowExitsOneAndImportsTheRest()
{
    const QString store = emptyStore();
    const QString csv = path(QStringLiteral("refused.csv"));
    QVERIFY(writeFile(csv, "first name,last name,e-mail\nAnna,Alt,anna@example.com\n"
                           "Ben,Bauer,ben(at)example.com\nCem,Celik,\n"));
    const Result r = run({QStringLiteral("import"), QStringLiteral("--database"), store, csv});
    VERIFY_CODE(r, 1);
    QVERIFY2(r.out.contains(QStringLiteral("row 2 (line 3) refused: E-mail")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Imported: 2 new, 0 updated, 0 skipped, 1 refused.")),
             qPrintable(r.out));
    rentdesk::Store check;
    QVERIFY(check.open(store, rentdesk::Store::OpenMode::ReadOnly));
    QCOMPARE(check.customerCount(), 2);
    QCOMPARE(check.search(QStringLiteral("celik")).size(), 1);
}

void TestCliImport::mappingFileNamesOtherColumns()
{
    const QString store = emptyStore();
    const QString csv = path(QStringLiteral("mapped.csv"));
    QVERIFY(writeFile(csv, s("Rufname\tFamilie\tWohnhaft in\tIntern\r\n"
                             "Jürgen\tMüller\tKöln\tx\r\n")
                               .toUtf8()));
    const QString mapping = path(QStringLiteral("mapping.txt"));
    QVERIFY(writeFile(mapping, s("# old system's export\nRufname = first_name\n"
                                 "Familie = last_name\nWohnhaft in = city\n")
                                   .toUtf8()));
    const Result r = run({QStringLiteral("import"), QStringLiteral("--database"), store, csv,
                          QStringLiteral("--mapping"), mapping});
    VERIFY_CODE(r, 0);
    rentdesk::Store check;
    QVERIFY(check.open(store, rentdesk::Store::OpenMode::ReadOnly));
    const QList<rentdesk::CustomerSummary> found = check.search(QStringLiteral("mueller"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, s("Jürgen Müller"));
    QCOMPARE(found.first().city, s("Köln"));
}

void TestCliImport::duplicatesFollowTheOption()
{
    const QString csv = path(QStringLiteral("dupes.csv"));
    QVERIFY(writeFile(csv, "Vorname,Nachname,E-Mail,Ort\nAnna,Alt,anna@example.com,Erfurt\n"
                           "Anna,Alt,anna@example.com,Gotha\n"));
    const struct
    {
        const char *option;
        int customers;
        const char *city;
    } cases[] = {{"skip", 1, "Erfurt"}, {"create", 2, nullptr}, {"update", 1, "Gotha"}};
    for (const auto &c : cases) {
        const QString store = emptyStore();
        const Result r = run({QStringLiteral("import"), QStringLiteral("--database"), store, csv,
                              QStringLiteral("--on-duplicate"), QLatin1String(c.option)});
        VERIFY_CODE(r, 0);
        QVERIFY2(r.out.contains(QStringLiteral("likely duplicates")), qPrintable(r.out));
        rentdesk::Store check;
        QVERIFY(check.open(store, rentdesk::Store::OpenMode::ReadOnly));
        QCOMPARE(check.customerCount(), c.customers);
        if (c.city)
            QCOMPARE(check.search(QStringLiteral("anna@example.com")).first().city,
                     QLatin1String(c.city));
    }
}

void TestCliImport::unusableFilesSayWhy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messageHas");
    QTest::newRow("empty") << QByteArray() << s("empty");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\0\0", 8) << s("binary");
    QTest::newRow("header only") << QByteArray("Vorname;Nachname\n") << s("no customers");
    QTest::newRow("no name column") << QByteArray("Ort;PLZ\nErfurt;99084\n") << s("last name");
}

void TestCliImport::unusableFilesSayWhy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messageHas);
    const QString store = emptyStore();
    const QString csv = path(QStringLiteral("unusable.csv"));
    QVERIFY(writeFile(csv, bytes));
    const QByteArray before = fileBytes(store);
    const Result r = run({QStringLiteral("import"), QStringLiteral("--database"), store, csv});
    VERIFY_CODE(r, 1);
    QVERIFY2(r.err.contains(messageHas, Qt::CaseInsensitive), qPrintable(r.err));
    QCOMPARE(fileBytes(store), before);
}

void TestCliImport::wrongCommandLineExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messageHas");
    const QString db = QStringLiteral("--database");
    QTest::newRow("no file") << QStringList{QStringLiteral("import"), db, QStringLiteral("x")}
                             << s("Name the CSV file");
    QTest::newRow("two files") << QStringList{QStringLiteral("import"), db, QStringLiteral("x"),
                                              QStringLiteral("a.csv"), QStringLiteral("b.csv")}
                               << s("one file at a time");
    QTest::newRow("bad duplicate option") << QStringList{QStringLiteral("import"),
                                                         db,
                                                         QStringLiteral("x"),
                                                         QStringLiteral("a.csv"),
                                                         QStringLiteral("--on-duplicate"),
                                                         QStringLiteral("merge")}
                                          << s("skip, create or update");
    QTest::newRow("no database") << QStringList{QStringLiteral("import"), QStringLiteral("a.csv")}
                                 << s("--database");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("import"), db, QStringLiteral("x"), QStringLiteral("a.csv"),
                       QStringLiteral("--force")}
        << s("Unknown option --force");
    QTest::newRow("export without file")
        << QStringList{QStringLiteral("export-customers"), db, QStringLiteral("x")}
        << s("Name the CSV file");
}

void TestCliImport::wrongCommandLineExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messageHas);
    const Result r = run(arguments);
    VERIFY_CODE(r, 2);
    QVERIFY2(r.err.contains(messageHas), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Usage: rentdesk-cli")));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
