// Bringing customers in from an old system's CSV export: every encoding and delimiter a
// spreadsheet writes, every row checked like the customer form, duplicates found, the import
// through the one write path (an activity and an outbox entry per customer), all or nothing, and
// the export that reads back unchanged.

#include "activitiesmodel.h"
#include "customerimport.h"
#include "store.h"
#include "storetesthelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rentdesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A fresh store in its own folder.
struct TestStore
{
    QTemporaryDir dir;
    Store store;
    QString path;
    bool open()
    {
        path = dir.filePath(QStringLiteral("desk.sqlite"));
        if (!store.open(path))
            return false;
        store.ensureDeskStaff();
        return store.addNumberBlock(10001, 19999, QStringLiteral("server"));
    }
};

// Everything a person could see of the store: every row of every table, in key order.
QByteArray contentHash(const QString &path)
{
    storetest::RawDb raw(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(raw.db());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'customer_search%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &t : std::as_const(names)) {
        QSqlQuery q(raw.db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(t));
        hash.addData(t.toUtf8());
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    }
    return hash.result().toHex();
}

ImportPlan planOf(Store &store, const QByteArray &bytes, ImportSource *sourceOut = nullptr)
{
    const ImportSource source = readImportBytes(bytes, QStringLiteral("kunden.csv"));
    if (sourceOut)
        *sourceOut = source;
    if (!source.ok()) {
        ImportPlan failed;
        failed.error = source.error;
        return failed;
    }
    return CustomerImport::plan(store, source, guessMapping(source.header));
}

QByteArray windows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x100)
            out += char(c.unicode());
        else if (c == QChar(0x20AC))
            out += '\x80';
        else
            out += '?';
    }
    return out;
}

} // namespace

class TestCustomerImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyEncodingAndDelimiter_data();
    void everyEncodingAndDelimiter();
    void exportImportExportIsIdentical();
    void importIsOneOperationPerCustomer();
    void rowsAreCheckedLikeTheForm_data();
    void rowsAreCheckedLikeTheForm();
    void unreadableFileNamesSayWhy();
    void exportSeparatesAsTheRegionsSpreadsheets();
    void badFilesSayWhy_data();
    void badFilesSayWhy();
    void formulasNeverReachASpreadsheet();
    void duplicatesWithinTheFile_data();
    void duplicatesWithinTheFile();
    void duplicatesAgainstTheStore_data();
    void duplicatesAgainstTheStore();
    void oldNumbersAreKeptWhereFree();
    void updateNeverMergesTwoCustomers();
    void groupsOnlyForImportedRows();
    void cancelledImportLeavesTheStoreAsBefore();
    void failedImportLeavesTheStoreAsBefore();
    void refusedRowsCanBeFixedAndImportedAgain();
};

void TestCustomerImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    storetest::fixClock();
}

void TestCustomerImport::cleanup()
{
    storetest::fixClock();
}

void TestCustomerImport::everyEncodingAndDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString header = s("Kundennummer;Vorname;Nachname;Straße;PLZ;Ort;Geburtsdatum;Notiz");
    const QStringList rows{
        s("4711;Jürgen;Müller;Königstraße 5;70173;Stuttgart;31.12.1980;Zahlt bar, gern"),
        s("4712;Zoë;Ærø-Weiß;Hauptstr. 1;80331;München;1975-06-01;\"Sagt \"\"Grüß Gott\"\"\"")};
    for (const char *delimiterName : {"semicolon", "comma", "tab"}) {
        const QString d = delimiterName == QByteArrayView("semicolon") ? s(";")
                          : delimiterName == QByteArrayView("comma")   ? s(",")
                                                                       : s("\t");
        // The note with a comma needs quotes when the comma separates.
        QStringList lines{QString(header).replace(QLatin1Char(';'), d)};
        for (QString row : rows) {
            if (d == QLatin1String(","))
                row.replace(s("Zahlt bar, gern"), s("\"Zahlt bar, gern\""));
            lines << row.replace(QLatin1Char(';'), d);
        }
        const QString text = lines.join(s("\r\n")) + s("\r\n");
        QTest::addRow("UTF-8, %s", delimiterName) << text.toUtf8();
        QTest::addRow("UTF-8 with BOM, %s", delimiterName)
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QByteArray le("\xFF\xFE"), be("\xFE\xFF");
        for (const QChar c : text) {
            le += char(c.unicode() & 0xFF);
            le += char(c.unicode() >> 8);
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xFF);
        }
        QTest::addRow("UTF-16 LE, %s", delimiterName) << le;
        QTest::addRow("UTF-16 BE, %s", delimiterName) << be;
        QTest::addRow("Windows-1252, %s", delimiterName) << windows1252(text);
    }
}

void TestCustomerImport::everyEncodingAndDelimiter()
{
    QFETCH(QByteArray, bytes);
    TestStore t;
    QVERIFY(t.open());
    const ImportPlan plan = planOf(t.store, bytes);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.refusedCount(), 0);
    const CustomerImport::Report report = CustomerImport::run(t.store, plan);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.created, 2);
    const Customer juergen = t.store.customerByNumber(s("4711"));
    QCOMPARE(juergen.firstName, s("Jürgen"));
    QCOMPARE(juergen.lastName, s("Müller"));
    QCOMPARE(juergen.street, s("Königstraße 5"));
    QCOMPARE(juergen.birthDate, QDate(1980, 12, 31));
    QCOMPARE(juergen.note, s("Zahlt bar, gern"));
    const Customer zoe = t.store.customerByNumber(s("4712"));
    QCOMPARE(zoe.lastName, s("Ærø-Weiß"));
    QCOMPARE(zoe.birthDate, QDate(1975, 6, 1));
    QCOMPARE(zoe.note, s("Sagt \"Grüß Gott\""));
}

void TestCustomerImport::exportImportExportIsIdentical()
{
    TestStore source;
    QVERIFY(source.open());
    QString groupId;
    QVERIFY(source.store
                .write([&](WriteContext &ctx) {
                    return source.store.insertCustomerGroup(ctx, s("Stammkunden"), &groupId);
                })
                .ok());
    QList<Customer> people;
    Customer anna = storetest::draft(s("Anna"), s("Müller"), s("Berlin"), s("anna@example.de"),
                                     s("+49 171 234-5678"), s("10115"), s("Hauptstraße 5"));
    anna.groupId = groupId;
    anna.note = s("=HYPERLINK(\"http://evil.example\";\"klick\")\nzweite Zeile; mit \"Zitat\"");
    Customer firm = storetest::draft(QString(), QString(), s("Wien"));
    firm.company = s("Bergsport GmbH, Wien");
    firm.country = s("AT");
    firm.postcode = s("1010");
    firm.birthDate = QDate();
    firm.blocked = true;
    firm.blockedReason = s("Offene Rechnung");
    firm.language = s("en");
    Customer greek = storetest::draft(s("Γιώργος"), s("Παπαδόπουλος"), s("Αθήνα"));
    greek.country = s("GR");
    greek.note = s("  spaces at both ends  ");
    people << anna << firm << greek;
    for (const Customer &c : std::as_const(people))
        QVERIFY(source.store.createCustomer(c).ok());
    QString error;
    int count = 0;
    const QByteArray first = CustomerExport::toCsv(source.store, &error, &count);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(count, 3);
    QVERIFY(first.startsWith("\xEF\xBB\xBF"));

    TestStore target;
    QVERIFY(target.open());
    const ImportPlan plan = planOf(target.store, first);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.refusedCount(), 0);
    QCOMPARE(plan.newGroups, QStringList{s("Stammkunden")});
    const CustomerImport::Report report = CustomerImport::run(target.store, plan);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.created, 3);
    QCOMPARE(report.groupsCreated, 1);
    const QByteArray second = CustomerExport::toCsv(target.store, &error);
    QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));
    QCOMPARE(second, first);
}

void TestCustomerImport::importIsOneOperationPerCustomer()
{
    TestStore t;
    QVERIFY(t.open());
    const qint64 outboxBefore = storetest::RawDb(t.path)
                                    .scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"))
                                    .toLongLong();
    const ImportPlan plan =
        planOf(t.store, "Vorname,Nachname,Ort\nAnna,Alt,Erfurt\nBen,Bauer,Gera\nCem,Celik,Jena\n");
    QVERIFY(CustomerImport::run(t.store, plan).ok());
    storetest::RawDb raw(t.path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toLongLong(),
             outboxBefore + 3);
    // Each customer's own activity says where it came from, credited to the desk's staff member.
    const QList<CustomerSummary> found = t.store.search(s("bauer"));
    QCOMPARE(found.size(), 1);
    const Customer ben = t.store.customer(found.first().id);
    QCOMPARE(ben.city, s("Gera"));
    const QList<ActivityRow> activities = t.store.activities(ben.id, {}, 10);
    QCOMPARE(activities.size(), 1);
    QCOMPARE(activities.first().action, s("customer.imported"));
    QCOMPARE(activities.first().oldValue, s("kunden.csv:2"));
    QCOMPARE(activities.first().staffName, t.store.currentStaffName());
    // The activities panel says it in words.
    ActivitiesModel panel(&t.store);
    QCOMPARE(panel.describe(activities.first()),
             s("Imported from kunden.csv, row 2, with number %1").arg(ben.number));
    // The desk numbers its mutations on after the import (the batch counted them in memory).
    const qint64 lastImported =
        raw.scalar(QStringLiteral("SELECT max(mutation_id) FROM sync_outbox")).toLongLong();
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(DISTINCT mutation_id) FROM sync_outbox"))
                 .toLongLong(),
             outboxBefore + 3);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                       "'last_mutation_id'"))
                 .toLongLong(),
             lastImported);
    QVERIFY(t.store.createCustomer(storetest::draft(s("Dora"), s("Danach"))).ok());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT max(mutation_id) FROM sync_outbox")).toLongLong(),
             lastImported + 1);
    // One mutation per customer, each with the customer's row and its activity.
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM sync_outbox WHERE operation = "
                                  "'customer.import'")));
    int imported = 0;
    while (q.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QCOMPARE(payload.value(QStringLiteral("operation")).toString(), s("customer.import"));
        QCOMPARE(payload.value(QStringLiteral("changes")).toArray().size(), 1);
        QCOMPARE(payload.value(QStringLiteral("activities")).toArray().size(), 1);
        ++imported;
    }
    QCOMPARE(imported, 3);
}

void TestCustomerImport::rowsAreCheckedLikeTheForm_data()
{
    QTest::addColumn<QString>("row");       // Vorname;Nachname;E-Mail;PLZ;Geburtsdatum
    QTest::addColumn<QString>("reasonHas"); // empty: the row is imported
    QTest::newRow("fine") << s("Anna;Alt;anna@example.de;99084;31.12.1980") << QString();
    QTest::newRow("no name") << s("Anna;;anna@example.de;99084;") << s("Last name");
    QTest::newRow("bad e-mail") << s("Anna;Alt;anna(at)example;99084;") << s("E-mail");
    QTest::newRow("bad postcode") << s("Anna;Alt;;12;") << s("Postcode");
    QTest::newRow("31 February") << s("Anna;Alt;;99084;31.02.1980") << s("Birth date");
    QTest::newRow("birth in the future") << s("Anna;Alt;;99084;2030-01-01") << s("Birth date");
    QTest::newRow("zero-width space in a name")
        << s("An\u200Bna;Alt;;99084;") << s("zero-width space");
    QTest::newRow("control character in a name")
        << s("An\u0007na;Alt;;99084;") << s("control characters");
    QTest::newRow("100,000-character name")
        << QString(s("Anna;")) + QString(100000, QLatin1Char('x')) + s(";;99084;")
        << s("At most 100 characters");
    QTest::newRow("too few fields") << s("Anna;Alt;;99084") << s("the header has 5");
    QTest::newRow("too many fields") << s("Anna;Alt;;99084;;surplus") << s("the header has 5");
    QTest::newRow("empty extra field is fine") << s("Anna;Alt;;99084;;") << QString();
}

void TestCustomerImport::rowsAreCheckedLikeTheForm()
{
    QFETCH(QString, row);
    QFETCH(QString, reasonHas);
    TestStore t;
    QVERIFY(t.open());
    const QString text = s("Vorname;Nachname;E-Mail;PLZ;Geburtsdatum\r\n") + row + s("\r\n");
    const ImportPlan plan = planOf(t.store, text.toUtf8());
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.rows.size(), 1);
    if (reasonHas.isEmpty()) {
        QCOMPARE(plan.rows.first().refusal, QString());
    } else {
        QVERIFY2(plan.rows.first().refusal.contains(reasonHas),
                 qPrintable(plan.rows.first().refusal));
        QCOMPARE(plan.rows.first().row, 1);
        QCOMPARE(plan.rows.first().line, 2);
    }
    const CustomerImport::Report report = CustomerImport::run(t.store, plan);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(t.store.customerCount(), reasonHas.isEmpty() ? 1 : 0);
    QCOMPARE(report.refused, reasonHas.isEmpty() ? 0 : 1);
}

void TestCustomerImport::badFilesSayWhy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messageHas");
    QTest::newRow("empty") << QByteArray() << s("empty");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << s("empty");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << s("binary");
    QTest::newRow("header only") << QByteArray("Vorname;Nachname\r\n") << s("no customers");
    QTest::newRow("quote never closed")
        << QByteArray("Vorname;Nachname\r\nAnna;\"Alt\r\nBen;Bauer\r\n") << s("line 2");
}

void TestCustomerImport::unreadableFileNamesSayWhy()
{
    QTemporaryDir dir;
    // Not there at all; a name whose bytes were not in this system's encoding (the file dialog
    // hands such a name over with replacement characters); a folder.
    ImportSource s1 = readImportFile(dir.filePath(QStringLiteral("fehlt.csv")));
    QVERIFY2(s1.error.contains(QStringLiteral("does not exist")), qPrintable(s1.error));
    ImportSource s2 = readImportFile(dir.filePath(s("kunden-\uFFFD\uFFFD.csv")));
    QVERIFY2(s2.error.contains(QStringLiteral("Rename the file")), qPrintable(s2.error));
    ImportSource s3 = readImportFile(dir.path());
    QVERIFY2(s3.error.contains(QStringLiteral("folder")), qPrintable(s3.error));
}

void TestCustomerImport::exportSeparatesAsTheRegionsSpreadsheets()
{
    TestStore t;
    QVERIFY(t.open());
    QVERIFY(t.store.createCustomer(storetest::draft(s("Anna"), s("Alt"), s("Erfurt"))).ok());
    const QString path = t.dir.filePath(QStringLiteral("kunden.csv"));
    QString error;
    for (const auto &[locale, delimiter] :
         {std::pair{QLocale::German, ';'}, std::pair{QLocale::English, ','}}) {
        QLocale::setDefault(QLocale(locale));
        QVERIFY2(CustomerExport::write(t.store, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportSource source = readImportBytes(file.readAll(), QStringLiteral("kunden.csv"));
        QCOMPARE(source.delimiter, QLatin1Char(delimiter));
        QCOMPARE(source.rows.size(), 1);
    }
    QLocale::setDefault(QLocale::c());
}

void TestCustomerImport::badFilesSayWhy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messageHas);
    const ImportSource source = readImportBytes(bytes, QStringLiteral("kunden.csv"));
    QVERIFY(!source.ok());
    QVERIFY2(source.error.contains(messageHas, Qt::CaseInsensitive), qPrintable(source.error));
}

void TestCustomerImport::formulasNeverReachASpreadsheet()
{
    TestStore t;
    QVERIFY(t.open());
    Customer c = storetest::draft(s("=1+2"), s("@SUM(A1)"), s("-Stadt"));
    c.note = s("=HYPERLINK(\"http://evil.example\")");
    QVERIFY(t.store.createCustomer(c).ok());
    QString error;
    const QString csvText = QString::fromUtf8(CustomerExport::toCsv(t.store, &error));
    // No field of the file starts with a formula character, quoted or not.
    const csv::Table table = csv::parse(csvText.mid(1), QLatin1Char(','));
    QCOMPARE(table.records.size(), 2);
    for (const QString &field : table.records.at(1).fields)
        QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@").contains(field.front()),
                 qPrintable(field));
    // And they read back as they were.
    TestStore other;
    QVERIFY(other.open());
    const ImportPlan plan = planOf(other.store, csv::utf8WithBom(csvText));
    QCOMPARE(plan.refusedCount(), 0);
    QCOMPARE(plan.rows.first().customer.note, c.note);
    QCOMPARE(plan.rows.first().customer.firstName, s("=1+2"));
}

void TestCustomerImport::duplicatesWithinTheFile_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("customers");
    QTest::addColumn<QString>("city"); // of the customer with the shared e-mail afterwards
    QTest::newRow("skip keeps the first") << int(DuplicateChoice::Skip) << 2 << s("Erfurt");
    QTest::newRow("create imports both") << int(DuplicateChoice::Create) << 3 << s("Erfurt");
    QTest::newRow("update merges into the first")
        << int(DuplicateChoice::Update) << 2 << s("Gotha");
}

void TestCustomerImport::duplicatesWithinTheFile()
{
    QFETCH(int, choice);
    QFETCH(int, customers);
    QFETCH(QString, city);
    TestStore t;
    QVERIFY(t.open());
    ImportPlan plan = planOf(t.store, "Vorname,Nachname,E-Mail,Ort\n"
                                      "Anna,Alt,anna@example.de,Erfurt\n"
                                      "Ben,Bauer,ben@example.de,Jena\n"
                                      "Anna,Alt,ANNA@example.de,Gotha\n");
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.first().rows, (QList<int>{0, 2}));
    QVERIFY(plan.duplicates.first().existing.isEmpty());
    QVERIFY2(plan.duplicates.first().reason.contains(s("anna@example.de")),
             qPrintable(plan.duplicates.first().reason));
    plan.duplicates.first().choice = DuplicateChoice(choice);
    QVERIFY(CustomerImport::run(t.store, plan).ok());
    QCOMPARE(t.store.customerCount(), customers);
    const QList<CustomerSummary> annas = t.store.search(s("anna@example.de"));
    QStringList cities;
    for (const CustomerSummary &a : annas)
        cities << t.store.customer(a.id).city;
    cities.sort();
    QCOMPARE(cities, choice == int(DuplicateChoice::Create) ? (QStringList{s("Erfurt"), s("Gotha")})
                                                            : QStringList{city});
}

void TestCustomerImport::duplicatesAgainstTheStore_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("customers");
    QTest::addColumn<QString>("city");
    QTest::newRow("skip") << int(DuplicateChoice::Skip) << 1 << s("Berlin");
    QTest::newRow("create") << int(DuplicateChoice::Create) << 2 << s("Berlin");
    QTest::newRow("update") << int(DuplicateChoice::Update) << 1 << s("Potsdam");
}

void TestCustomerImport::duplicatesAgainstTheStore()
{
    QFETCH(int, choice);
    QFETCH(int, customers);
    QFETCH(QString, city);
    TestStore t;
    QVERIFY(t.open());
    const WriteResult existing = t.store.createCustomer(
        storetest::draft(s("Anna"), s("Müller"), s("Berlin"), s("anna@example.de")));
    QVERIFY(existing.ok());
    // Same name and birth date, written differently, and a new city.
    ImportPlan plan =
        planOf(t.store, "Vorname;Nachname;Geburtsdatum;Ort\nANNA;Mueller;17.05.1985;Potsdam\n");
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.first().existing.size(), 1);
    QCOMPARE(plan.duplicates.first().existing.first().id, existing.id);
    QVERIFY2(plan.duplicates.first().reason.contains(s("birth date")),
             qPrintable(plan.duplicates.first().reason));
    plan.duplicates.first().choice = DuplicateChoice(choice);
    const ImportPlan::Counts counts = plan.counts();
    QCOMPARE(counts.create + counts.update + counts.skip, 1);
    QVERIFY(CustomerImport::run(t.store, plan).ok());
    QCOMPARE(t.store.customerCount(), customers);
    const Customer anna = t.store.customer(existing.id);
    QCOMPARE(anna.city, city);
    if (choice == int(DuplicateChoice::Update)) {
        // The change is in the activities like one made at the desk, with where it came from.
        const QList<ActivityRow> activities = t.store.activities(existing.id, {}, 10);
        QStringList actions;
        for (const ActivityRow &a : activities)
            actions << a.action;
        QVERIFY(actions.contains(s("customer.import_updated")));
        QVERIFY(actions.contains(s("customer.changed")));
        QCOMPARE(anna.firstName, s("ANNA")); // the file's spelling wins where it gives one
    }
}

void TestCustomerImport::oldNumbersAreKeptWhereFree()
{
    TestStore t;
    QVERIFY(t.open());
    QVERIFY(t.store.createCustomer(storetest::draft(s("Erst"), s("Kunde"))).ok()); // K-10001
    const ImportPlan plan = planOf(t.store, "Kundennummer,Nachname\n"
                                            "A-552,Alt\n"
                                            "K-10001,Belegt\n"
                                            "a-552,Doppelt\n"
                                            "10002,Frei\n");
    QCOMPARE(plan.refusedCount(), 0);
    QCOMPARE(plan.rows.at(1).notes.size(), 1);
    QVERIFY(plan.rows.at(1).notes.first().contains(s("K-10001")));
    QCOMPARE(plan.rows.at(2).notes.size(), 1);
    QVERIFY(CustomerImport::run(t.store, plan).ok());
    QCOMPARE(t.store.customerByNumber(s("A-552")).lastName, s("Alt"));
    QCOMPARE(t.store.customerByNumber(s("K-10001")).lastName, s("Kunde"));
    QCOMPARE(t.store.customerByNumber(s("10002")).lastName, s("Frei"));
    // The renumbered ones got the desk's next numbers: K-10002 for the first, K-10003 next
    // (K-10002 and the kept "10002" are different numbers).
    QCOMPARE(t.store.search(s("belegt")).size(), 1);
    QCOMPARE(t.store.search(s("belegt")).first().number, s("K-10002"));
    QCOMPARE(t.store.search(s("doppelt")).size(), 1);
    QCOMPARE(t.store.search(s("doppelt")).first().number, s("K-10003"));
    QCOMPARE(t.store.search(s("a-552")).value(0).number, s("A-552"));
    // The desk's own allocation steps over a number an import brought along.
    const ImportPlan taken = planOf(t.store, "Kundennummer,Nachname\nK-10004,Vorweg\n");
    QVERIFY(CustomerImport::run(t.store, taken).ok());
    const WriteResult next = t.store.createCustomer(storetest::draft(s("Nach"), s("Her")));
    QVERIFY(next.ok());
    QCOMPARE(t.store.customer(next.id).number, s("K-10005"));
}

void TestCustomerImport::updateNeverMergesTwoCustomers()
{
    // A family shares an e-mail address: Anna and Ben are both in the store.
    TestStore t;
    QVERIFY(t.open());
    const WriteResult anna = t.store.createCustomer(
        storetest::draft(s("Anna"), s("Alt"), s("Erfurt"), s("familie@example.de")));
    const WriteResult ben = t.store.createCustomer(
        storetest::draft(s("Ben"), s("Alt"), s("Erfurt"), s("familie@example.de")));
    QVERIFY(anna.ok() && ben.ok());
    ImportPlan plan = planOf(t.store, "Vorname,Nachname,E-Mail,Ort\n"
                                      "Ben,Alt,familie@example.de,Gotha\n");
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.first().existing.size(), 2);
    plan.duplicates.first().choice = DuplicateChoice::Update;
    // The row is one of two customers: it is skipped rather than written over either of them.
    QCOMPARE(plan.counts().update, 0);
    QCOMPARE(plan.counts().skip, 1);
    const CustomerImport::Report report = CustomerImport::run(t.store, plan);
    QVERIFY(report.ok());
    QCOMPARE(report.updated, 0);
    QCOMPARE(t.store.customer(anna.id).firstName, s("Anna"));
    QCOMPARE(t.store.customer(anna.id).city, s("Erfurt"));
    QCOMPARE(t.store.customer(ben.id).city, s("Erfurt"));
}

void TestCustomerImport::groupsOnlyForImportedRows()
{
    TestStore t;
    QVERIFY(t.open());
    // A deleted group's name is refused; a group named only by a refused row is not made.
    QString oldGroup;
    QVERIFY(t.store
                .write([&](WriteContext &ctx) {
                    return t.store.insertCustomerGroup(ctx, s("Alte Gruppe"), &oldGroup);
                })
                .ok());
    QVERIFY(t.store
                .write([&](WriteContext &ctx) {
                    return ctx.remove(QStringLiteral("customer_group"), oldGroup);
                })
                .ok());
    const ImportPlan plan = planOf(t.store, "Nachname;PLZ;Kundengruppe\n"
                                            "Alt;99084;alte gruppe\n"
                                            "Bauer;12;Nur Abgelehnte\n"
                                            "Celik;99085;Neue\n");
    QVERIFY2(plan.rows.at(0).refusal.contains(s("was deleted")),
             qPrintable(plan.rows.at(0).refusal));
    QVERIFY(!plan.rows.at(1).refusal.isEmpty());
    QCOMPARE(plan.newGroups, QStringList{s("Neue")});
    QVERIFY(CustomerImport::run(t.store, plan).ok());
    QStringList names;
    for (const auto &g : t.store.customerGroups())
        names << g.second;
    QCOMPARE(names, QStringList{s("Neue")});
}

void TestCustomerImport::cancelledImportLeavesTheStoreAsBefore()
{
    TestStore t;
    QVERIFY(t.open());
    QVERIFY(t.store.createCustomer(storetest::draft(s("Erst"), s("Kunde"))).ok());
    QByteArray file = "Vorname;Nachname;Ort;Kundengruppe\r\n";
    for (int i = 0; i < 2000; ++i)
        file += QStringLiteral("Kunde %1;Nummer%1;Erfurt;Neue Gruppe\r\n").arg(i).toUtf8();
    const ImportPlan plan = planOf(t.store, file);
    QCOMPARE(plan.rows.size(), 2000);
    t.store.close();
    const QByteArray before = contentHash(t.path);
    QVERIFY(t.store.open(t.path));
    int calls = 0;
    const CustomerImport::Report report = CustomerImport::run(t.store, plan, [&](int done, int) {
        ++calls;
        return done < 1500; // the person presses Cancel at 1,500
    });
    QVERIFY(report.cancelled);
    QCOMPARE(calls, 1500);
    QCOMPARE(t.store.customerCount(), 1);
    t.store.close();
    QCOMPARE(contentHash(t.path), before);
}

void TestCustomerImport::failedImportLeavesTheStoreAsBefore()
{
    TestStore t;
    QVERIFY(t.open());
    const ImportPlan plan = planOf(t.store, "Nachname\nEins\nZwei\nDrei\nVier\n");
    t.store.close();
    const QByteArray before = contentHash(t.path);
    QVERIFY(t.store.open(t.path));
    // The disk fills up while the third customer is written.
    int writes = 0;
    t.store.setFaultHook([&](const char *point) {
        return QByteArrayView(point) != "before-outbox" || ++writes < 3;
    });
    const CustomerImport::Report report = CustomerImport::run(t.store, plan);
    t.store.setFaultHook({});
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(s("Row 3")), qPrintable(report.error));
    QVERIFY2(report.error.contains(s("nothing was imported")), qPrintable(report.error));
    QCOMPARE(t.store.customerCount(), 0);
    t.store.close();
    QCOMPARE(contentHash(t.path), before);
}

void TestCustomerImport::refusedRowsCanBeFixedAndImportedAgain()
{
    TestStore t;
    QVERIFY(t.open());
    ImportSource source;
    const ImportPlan plan = planOf(t.store,
                                   "Vorname;Nachname;PLZ\r\nAnna;Alt;99084\r\nBen;Bauer;12\r\n"
                                   "Cem;Celik;=1+1\r\n",
                                   &source);
    QCOMPARE(plan.refusedCount(), 2);
    QVERIFY(CustomerImport::run(t.store, plan).ok());
    QCOMPARE(t.store.customerCount(), 1);
    const QByteArray refused = CustomerImport::refusedRowsCsv(source, plan);
    QVERIFY(refused.startsWith("\xEF\xBB\xBF"));
    const ImportSource again = readImportBytes(refused, QStringLiteral("abgelehnt.csv"));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.header.size(), 4);
    QCOMPARE(again.rows.size(), 2);
    QCOMPARE(again.rows.at(0).fields.mid(0, 3), (QStringList{s("Ben"), s("Bauer"), s("12")}));
    QVERIFY(again.rows.at(0).fields.at(3).contains(s("Postcode")));
    QCOMPARE(csv::unprotect(again.rows.at(1).fields.at(2)), s("=1+1"));
    // Fixed in a spreadsheet: the postcodes corrected, the reason column left in (not mapped).
    QString fixed = QString::fromUtf8(refused);
    fixed.replace(s(";12;"), s(";99085;")).replace(s("'=1+1"), s("99086"));
    const ImportPlan second = planOf(t.store, fixed.toUtf8());
    QCOMPARE(second.refusedCount(), 0);
    QVERIFY(CustomerImport::run(t.store, second).ok());
    QCOMPARE(t.store.customerCount(), 3);
}

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
