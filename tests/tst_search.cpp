// Customer search at the desk: what staff type (a name without its accents, the end of a phone
// number, a customer number, a bit of an e-mail address) finds the customer, and nothing typed
// into the search field can break the store.

#include "store.h"
#include "storetesthelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rentdesk;
using storetest::RawDb;

namespace {

QStringList numbersOf(const QList<CustomerSummary> &results)
{
    QStringList numbers;
    for (const CustomerSummary &s : results)
        numbers << s.number;
    return numbers;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void findsCustomer_data();
    void findsCustomer();
    void exactNumberComesFirst_data();
    void exactNumberComesFirst();
    void hostileTextIsHarmless_data();
    void hostileTextIsHarmless();
    void emptyTextFindsNothing_data();
    void emptyTextFindsNothing();
    void resultsAreLimited_data();
    void resultsAreLimited();
    void searchFollowsChanges();

private:
    void create(const Customer &draft, const QString &expectedNumber);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    qint64 m_customerCount = 0;
};

void TestSearch::create(const Customer &draft, const QString &expectedNumber)
{
    const WriteResult r = m_store->createCustomer(draft);
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
    QCOMPARE(m_store->customer(r.id).number, expectedNumber);
    ++m_customerCount;
}

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_path = m_dir.filePath(QStringLiteral("search.sqlite"));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
    m_store->ensureDeskStaff();
    QVERIFY(m_store->addNumberBlock(10001, 19999, QStringLiteral("server")));

    using storetest::draft;
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    Customer francois = draft(s("François"), s("Dupont"), s("Paris"), s("f.dupont@example.fr"),
                              s("+33 1 44 55 66 77"), s("75001"), s("Rue de Rivoli 12"));
    francois.country = s("FR");
    francois.language = s("fr");
    // K-10001 … K-10012, in this order. No other customer has "5678", "strasse", "near",
    // "drop" or "table" anywhere, so the expected result sets below are exact.
    QList<Customer> customers{
        draft(s("Anna"), s("Müller"), s("Berlin"), s("anna.mueller@example.de"),
              s("+49 171 234-5678"), s("10115"), s("Hauptstraße 5")),
        francois,
        draft(s("Łukasz"), s("Nowak"), s("Hamburg"), s("lukasz.nowak@example.pl"), s("040 3344556"),
              s("20095"), s("Spitalerweg 8")),
        draft(s("Peter"), s("Muller"), s("Berlin"), s("peter@muller-bau.de"), s("030 9988776"),
              s("10117"), s("Lindenweg 3")),
        draft(s("Anna"), s("Schmidt"), s("Hamburg"), s("schmidt@example.com"), s("040 1112223"),
              s("20097"), s("Elbchaussee 1")),
        // K-10006 and K-10007 have "10012" inside their phone numbers.
        draft(s("Jürgen"), s("Weber"), s("Köln"), s("weber@example.com"), s("0221 100124"),
              s("50667"), s("Domplatz 2")),
        draft(s("Clara"), s("Fischer"), s("Bonn"), s("clara@fischer.example"), s("0228 310012"),
              s("53111"), s("Rheinufer 4")),
        draft(s("Otto"), s("Becker"), s("Dresden"), s("otto@becker.example"), s("0351 777888"),
              s("01067"), s("Elbufer 9")),
        draft(s("Greta"), s("Wolf"), s("München"), s("greta@wolf.example"), s("089 4433221"),
              s("80331"), s("Marienplatz 1")),
        draft(s("Hans"), s("Zimmermann"), s("Stuttgart"), s("hans@zimmermann.example"),
              s("0711 6655443"), s("70173"), s("Königstraße 2")),
        draft(s("Ida"), s("Koch"), s("Leipzig"), s("ida@koch.example"), s("0341 2233445"),
              s("04109"), s("Markt 1")),
        draft(s("Zoe"), s("Exakt"), s("Erfurt"), s("zoe@exakt.example"), s("0361 909090"),
              s("99084"), s("Anger 5")),
    };
    // K-10013 … K-10042: thirty customers of the same name, for the limit.
    for (int i = 0; i < 30; ++i)
        customers << draft(s("Kunde %1").arg(i + 1), s("Meier"), s("Gotha"), QString(),
                           s("03621 5%1").arg(10000 + i), s("99867"));
    for (int i = 0; i < customers.size(); ++i) {
        create(customers.at(i), s("K-%1").arg(10001 + i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(m_store->customerCount(), m_customerCount);
}

void TestSearch::cleanupTestCase()
{
    m_store.reset();
}

void TestSearch::findsCustomer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // exactly these customer numbers, any order

    const QStringList mueller{QStringLiteral("K-10001"), QStringLiteral("K-10004")};
    // Umlauts and accents both ways: typed without them, typed with them, any case.
    QTest::newRow("muller") << QStringLiteral("muller") << mueller;
    QTest::newRow("MÜLLER") << QStringLiteral("MÜLLER") << mueller;
    QTest::newRow("Muller") << QStringLiteral("Muller") << mueller;
    QTest::newRow("müller finds Muller too") << QStringLiteral("müller") << mueller;
    QTest::newRow("name prefix mull") << QStringLiteral("mull") << mueller;
    QTest::newRow("francois") << QStringLiteral("francois")
                              << QStringList{QStringLiteral("K-10002")};
    QTest::newRow("FRANÇOIS") << QStringLiteral("FRANÇOIS")
                              << QStringList{QStringLiteral("K-10002")};
    QTest::newRow("lukasz") << QStringLiteral("lukasz") << QStringList{QStringLiteral("K-10003")};
    QTest::newRow("strasse finds every …straße")
        << QStringLiteral("strasse")
        << QStringList{QStringLiteral("K-10001"), QStringLiteral("K-10010")};
    QTest::newRow("hauptstrasse") << QStringLiteral("hauptstrasse")
                                  << QStringList{QStringLiteral("K-10001")};
    QTest::newRow("Hauptstraße as written")
        << QStringLiteral("Hauptstraße") << QStringList{QStringLiteral("K-10001")};
    QTest::newRow("koln finds Köln")
        << QStringLiteral("koln") << QStringList{QStringLiteral("K-10006")};
    // Digits inside phone numbers, across spaces and dashes.
    QTest::newRow("last four phone digits")
        << QStringLiteral("5678") << QStringList{QStringLiteral("K-10001")};
    QTest::newRow("phone with dash")
        << QStringLiteral("234-5678") << QStringList{QStringLiteral("K-10001")};
    QTest::newRow("phone as written")
        << QStringLiteral("+49 171 234-5678") << QStringList{QStringLiteral("K-10001")};
    QTest::newRow("phone digits across a space")
        << QStringLiteral("1712345678") << QStringList{QStringLiteral("K-10001")};
    // E-mail, postcode, city.
    QTest::newRow("e-mail local part")
        << QStringLiteral("anna.mueller") << QStringList{QStringLiteral("K-10001")};
    QTest::newRow("e-mail domain")
        << QStringLiteral("example.fr") << QStringList{QStringLiteral("K-10002")};
    QTest::newRow("whole e-mail") << QStringLiteral("f.dupont@example.fr")
                                  << QStringList{QStringLiteral("K-10002")};
    QTest::newRow("postcode") << QStringLiteral("20095") << QStringList{QStringLiteral("K-10003")};
    QTest::newRow("city") << QStringLiteral("hamburg")
                          << QStringList{QStringLiteral("K-10003"), QStringLiteral("K-10005")};
    QTest::newRow("city with umlaut")
        << QStringLiteral("München") << QStringList{QStringLiteral("K-10009")};
    // Several words: each must match, in any field.
    QTest::newRow("anna berlin") << QStringLiteral("anna berlin")
                                 << QStringList{QStringLiteral("K-10001")};
    QTest::newRow("berlin anna") << QStringLiteral("berlin anna")
                                 << QStringList{QStringLiteral("K-10001")};
    QTest::newRow("anna hamburg") << QStringLiteral("Anna Hamburg")
                                  << QStringList{QStringLiteral("K-10005")};
    QTest::newRow("muller berlin") << QStringLiteral("muller berlin") << mueller;
    QTest::newRow("no such customer") << QStringLiteral("zyxwvu") << QStringList{};
    QTest::newRow("anna plus unknown word") << QStringLiteral("anna zyxwvu") << QStringList{};
}

void TestSearch::findsCustomer()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QStringList found = numbersOf(m_store->search(text));
    QCOMPARE(sorted(found), sorted(expected));
}

void TestSearch::exactNumberComesFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("alsoFound"); // genuine matches that must not push it down

    const QStringList phones{QStringLiteral("K-10006"), QStringLiteral("K-10007")};
    QTest::newRow("K-10012") << QStringLiteral("K-10012") << QStringLiteral("K-10012")
                             << QStringList{};
    QTest::newRow("k-10012 lower case")
        << QStringLiteral("k-10012") << QStringLiteral("K-10012") << QStringList{};
    QTest::newRow("10012 without K")
        << QStringLiteral("10012") << QStringLiteral("K-10012") << phones;
    QTest::newRow("10012 with spaces")
        << QStringLiteral("  10012 ") << QStringLiteral("K-10012") << phones;
    QTest::newRow("K-10001") << QStringLiteral("K-10001") << QStringLiteral("K-10001")
                             << QStringList{};
}

void TestSearch::exactNumberComesFirst()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QStringList, alsoFound);
    const QStringList found = numbersOf(m_store->search(text));
    QVERIFY2(!found.isEmpty(), "nothing found");
    QCOMPARE(found.first(), first);
    QCOMPARE(found.count(first), 1);
    for (const QString &n : alsoFound)
        QVERIFY2(found.contains(n),
                 qPrintable(n + QStringLiteral(" missing from ") + found.join(QLatin1Char(','))));
}

void TestSearch::hostileTextIsHarmless_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("allowed"); // the only customers that may be found

    const QStringList none;
    QTest::newRow("sql comment injection") << QStringLiteral("'; DROP TABLE customers; --") << none;
    QTest::newRow("quote or 1=1") << QStringLiteral("\" OR 1=1") << none;
    QTest::newRow("single quote or 1=1") << QStringLiteral("' OR '1'='1") << none;
    QTest::newRow("percent") << QStringLiteral("%") << none;
    QTest::newRow("underscore") << QStringLiteral("_") << none;
    QTest::newRow("star") << QStringLiteral("*") << none;
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << none;
    QTest::newRow("unbalanced quote") << QStringLiteral("\"unbalanced") << none;
    QTest::newRow("lone quote") << QStringLiteral("\"") << none;
    QTest::newRow("fts column filter") << QStringLiteral("doc:zzz") << none;
    QTest::newRow("fts caret") << QStringLiteral("^zzz") << none;
    QTest::newRow("backslash") << QStringLiteral("\\") << none;
    QTest::newRow("NUL character") << QString(QChar(0)) << none;
    QTest::newRow("very long text") << QString(5000, QLatin1Char('x')) << none;
    QTest::newRow("fts OR") << QStringLiteral("zzz OR anna") << none;
    QTest::newRow("fts NOT") << QStringLiteral("anna NOT muller") << none;
    const QStringList annas{QStringLiteral("K-10001"), QStringLiteral("K-10005")};
    QTest::newRow("prefix star") << QStringLiteral("anna*") << annas;
    QTest::newRow("quoted name") << QStringLiteral("\"anna\"") << annas;
    QTest::newRow("percent around name") << QStringLiteral("%anna%") << annas;
}

void TestSearch::hostileTextIsHarmless()
{
    QFETCH(QString, text);
    QFETCH(QStringList, allowed);

    const QStringList found = numbersOf(m_store->search(text));
    for (const QString &n : found)
        QVERIFY2(allowed.contains(n), qPrintable(n + QStringLiteral(" is not a genuine match")));

    // The customers are all still there, the index too, and search still works.
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong(),
             m_customerCount);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customer_search")).toLongLong(),
             m_customerCount);
    QCOMPARE(m_store->customerCount(), m_customerCount);
    QCOMPARE(sorted(numbersOf(m_store->search(QStringLiteral("muller")))),
             (QStringList{QStringLiteral("K-10001"), QStringLiteral("K-10004")}));
}

void TestSearch::emptyTextFindsNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("empty, not null") << QStringLiteral("");
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
    QTest::newRow("no-break space") << QString(QChar(0x00A0));
}

void TestSearch::emptyTextFindsNothing()
{
    QFETCH(QString, text);
    QCOMPARE(m_store->search(text).size(), 0);
}

void TestSearch::resultsAreLimited_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("meier, 5 of 30") << QStringLiteral("meier") << 5 << 5;
    QTest::newRow("meier, 1 of 30") << QStringLiteral("meier") << 1 << 1;
    QTest::newRow("meier, all 30") << QStringLiteral("meier") << 50 << 30;
    QTest::newRow("meier, 30 of 30") << QStringLiteral("meier") << 30 << 30;
    QTest::newRow("gotha (index tier), 7 of 30") << QStringLiteral("gotha") << 7 << 7;
    QTest::newRow("phone digits, 3 of 30") << QStringLiteral("03621") << 3 << 3;
    QTest::newRow("number plus phones, 1") << QStringLiteral("10012") << 1 << 1;
    QTest::newRow("limit 0") << QStringLiteral("meier") << 0 << 0;
}

void TestSearch::resultsAreLimited()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(int, expectedCount);
    const QList<CustomerSummary> found = m_store->search(text, limit);
    QCOMPARE(found.size(), expectedCount);
    QStringList ids;
    for (const CustomerSummary &s : found)
        ids << s.id;
    ids.removeDuplicates();
    QCOMPARE(ids.size(), found.size());
}

void TestSearch::searchFollowsChanges()
{
    // A separate desk, so the shared customers above stay as they are.
    const QString path = m_dir.filePath(QStringLiteral("changes.sqlite"));
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QVERIFY(store.addNumberBlock(10001, 19999, QStringLiteral("server")));
    const WriteResult created = store.createCustomer(
        storetest::draft(QStringLiteral("Jörg"), QStringLiteral("Schäfer"), QStringLiteral("Köln"),
                         QStringLiteral("joerg@example.de"), QStringLiteral("0221 4455667"),
                         QStringLiteral("50667")));
    QVERIFY2(created.ok(), qPrintable(storetest::describe(created)));
    QCOMPARE(store.search(QStringLiteral("schafer")).size(), 1);

    const WriteResult changed =
        store.updateCustomer(created.id, {{CustomerField::LastName, QStringLiteral("Bäcker")},
                                          {CustomerField::City, QStringLiteral("Bonn")},
                                          {CustomerField::Postcode, QStringLiteral("53111")}});
    QVERIFY2(changed.ok(), qPrintable(storetest::describe(changed)));
    QCOMPARE(store.search(QStringLiteral("schafer")).size(), 0);
    QCOMPARE(store.search(QStringLiteral("koln")).size(), 0);
    QCOMPARE(store.search(QStringLiteral("backer")).size(), 1);
    QCOMPARE(store.search(QStringLiteral("joerg bonn")).size(), 1);
    QCOMPARE(store.search(QStringLiteral("K-10001")).size(), 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
