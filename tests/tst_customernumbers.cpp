// Customer numbers: leased blocks first (K-10001, K-10002, …), then provisional numbers with the
// desk's own code; numbers never repeat, on one desk or across desks.

#include "store.h"
#include "storetesthelpers.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rentdesk;
using storetest::RawDb;

class TestCustomerNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void numbersComeFromBlockInOrder();
    void exhaustedBlockFallsBackToProvisional();
    void newBlockIsUsedAgainAfterProvisional();
    void deskCodeAndNumbersSurviveReopen();
    void twoDesksWithDisjointBlocks();
    void twoDesksWithoutBlocksHaveDifferentPrefixes();
    void overlappingBlocksAreRefused_data();
    void overlappingBlocksAreRefused();
    void everyNumberIsUnique();

private:
    QString newPath() { return m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_files)); }
    // Creates a customer and returns its number ("" on failure, with the test failed).
    QString createNumbered(Store &store, const QString &lastName);

    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {
// Before enrolment: "P-" and six characters without I, L, O and U.
const QRegularExpression kProvisionalPrefix(QStringLiteral("^P-[0-9A-HJKMNP-TV-Z]{6}$"));
} // namespace

// Creates a customer named `lastName` on `store` and compares its number; stops the test when
// the customer could not be created at all.
#define COMPARE_NEXT_NUMBER(store, lastName, expected)                                             \
    do {                                                                                           \
        const QString number_ = createNumbered(store, lastName);                                   \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
        QCOMPARE(number_, expected);                                                               \
    } while (false)

QString TestCustomerNumbers::createNumbered(Store &store, const QString &lastName)
{
    const WriteResult r = store.createCustomer(storetest::draft(QStringLiteral("Test"), lastName));
    if (!r.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("createCustomer(%1) failed: %2")
                                    .arg(lastName, storetest::describe(r))),
                     __FILE__, __LINE__);
        return {};
    }
    return store.customer(r.id).number;
}

void TestCustomerNumbers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestCustomerNumbers::numbersComeFromBlockInOrder()
{
    Store store;
    QVERIFY2(store.open(newPath()), qPrintable(store.lastError()));
    QCOMPARE(store.numbersLeftInBlocks(), qint64(0));
    QVERIFY(store.addNumberBlock(10001, 10005, QStringLiteral("server")));
    QCOMPARE(store.numbersLeftInBlocks(), qint64(5));

    for (int i = 1; i <= 3; ++i) {
        const QString number = createNumbered(store, QStringLiteral("Kunde%1").arg(i));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(number, QStringLiteral("K-1000%1").arg(i));
        QCOMPARE(store.numbersLeftInBlocks(), qint64(5 - i));
        QCOMPARE(store.customerByNumber(number).lastName, QStringLiteral("Kunde%1").arg(i));
    }
}

void TestCustomerNumbers::exhaustedBlockFallsBackToProvisional()
{
    Store store;
    QVERIFY2(store.open(newPath()), qPrintable(store.lastError()));
    QVERIFY2(store.deskCode().isEmpty(), "desk codes come from the server at enrolment");
    const QString desk = store.provisionalPrefix();
    QVERIFY2(kProvisionalPrefix.match(desk).hasMatch(), qPrintable(desk));
    QVERIFY(store.addNumberBlock(10001, 10002, QStringLiteral("server")));

    QStringList numbers;
    for (int i = 1; i <= 4; ++i) {
        numbers << createNumbered(store, QStringLiteral("Kunde%1").arg(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(numbers,
             (QStringList{QStringLiteral("K-10001"), QStringLiteral("K-10002"),
                          desk + QStringLiteral("-0001"), desk + QStringLiteral("-0002")}));
    QCOMPARE(store.numbersLeftInBlocks(), qint64(0));
    QCOMPARE(store.customerByNumber(desk + QStringLiteral("-0002")).lastName,
             QStringLiteral("Kunde4"));
}

void TestCustomerNumbers::newBlockIsUsedAgainAfterProvisional()
{
    Store store;
    QVERIFY2(store.open(newPath()), qPrintable(store.lastError()));
    COMPARE_NEXT_NUMBER(store, QStringLiteral("Ohne"),
                        store.provisionalPrefix() + QStringLiteral("-0001"));
    QVERIFY(store.addNumberBlock(20001, 20100, QStringLiteral("server")));
    COMPARE_NEXT_NUMBER(store, QStringLiteral("Mit"), QStringLiteral("K-20001"));
    QCOMPARE(store.numbersLeftInBlocks(), qint64(99));
}

void TestCustomerNumbers::deskCodeAndNumbersSurviveReopen()
{
    const QString path = newPath();
    QString desk, client;
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        desk = store.provisionalPrefix();
        client = store.clientId();
        COMPARE_NEXT_NUMBER(store, QStringLiteral("Erster"), desk + QStringLiteral("-0001"));
        QVERIFY(store.addNumberBlock(10001, 10003, QStringLiteral("server")));
        COMPARE_NEXT_NUMBER(store, QStringLiteral("Zweiter"), QStringLiteral("K-10001"));
    }
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QCOMPARE(store.provisionalPrefix(), desk);
    QCOMPARE(store.clientId(), client);
    QCOMPARE(store.numbersLeftInBlocks(), qint64(2));
    // Numbering goes on where it stopped; it does not start again at 0001 or 10001.
    COMPARE_NEXT_NUMBER(store, QStringLiteral("Dritter"), QStringLiteral("K-10002"));
    COMPARE_NEXT_NUMBER(store, QStringLiteral("Vierter"), QStringLiteral("K-10003"));
    COMPARE_NEXT_NUMBER(store, QStringLiteral("Fünfter"), desk + QStringLiteral("-0002"));
}

void TestCustomerNumbers::twoDesksWithDisjointBlocks()
{
    Store a, b;
    QVERIFY2(a.open(newPath()), qPrintable(a.lastError()));
    QVERIFY2(b.open(newPath()), qPrintable(b.lastError()));
    QVERIFY(a.addNumberBlock(10001, 10100, QStringLiteral("server")));
    QVERIFY(b.addNumberBlock(10101, 10200, QStringLiteral("server")));
    QSet<QString> numbersA, numbersB;
    for (int i = 0; i < 10; ++i) {
        numbersA << createNumbered(a, QStringLiteral("A%1").arg(i));
        if (QTest::currentTestFailed())
            return;
        numbersB << createNumbered(b, QStringLiteral("B%1").arg(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(numbersA.size(), 10);
    QCOMPARE(numbersB.size(), 10);
    QVERIFY(!numbersA.intersects(numbersB));
    for (const QString &n : std::as_const(numbersA))
        QVERIFY2(n >= QStringLiteral("K-10001") && n <= QStringLiteral("K-10100"), qPrintable(n));
    for (const QString &n : std::as_const(numbersB))
        QVERIFY2(n >= QStringLiteral("K-10101") && n <= QStringLiteral("K-10200"), qPrintable(n));
}

void TestCustomerNumbers::twoDesksWithoutBlocksHaveDifferentPrefixes()
{
    auto a = std::make_unique<Store>();
    QVERIFY2(a->open(newPath()), qPrintable(a->lastError()));
    auto b = std::make_unique<Store>();
    QVERIFY2(b->open(newPath()), qPrintable(b->lastError()));
    QVERIFY(a->clientId() != b->clientId());
    // The prefixes come from the random client ids (30 bits): equal ones for two desks would
    // happen about once in a billion runs.
    QVERIFY2(a->provisionalPrefix() != b->provisionalPrefix(), qPrintable(a->provisionalPrefix()));

    const QString numberA = createNumbered(*a, QStringLiteral("Alpha"));
    if (QTest::currentTestFailed())
        return;
    const QString numberB = createNumbered(*b, QStringLiteral("Beta"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(numberA, a->provisionalPrefix() + QStringLiteral("-0001"));
    QCOMPARE(numberB, b->provisionalPrefix() + QStringLiteral("-0001"));
    QVERIFY(numberA != numberB);
}

void TestCustomerNumbers::overlappingBlocksAreRefused_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("accepted");
    // The desk already has 10001–10100.
    const QString server = QStringLiteral("server");
    QTest::newRow("the same block") << qint64(10001) << qint64(10100) << server << false;
    QTest::newRow("inside") << qint64(10050) << qint64(10060) << server << false;
    QTest::newRow("one number inside") << qint64(10050) << qint64(10050) << server << false;
    QTest::newRow("overlaps the start") << qint64(9901) << qint64(10001) << server << false;
    QTest::newRow("overlaps the end") << qint64(10100) << qint64(10200) << server << false;
    QTest::newRow("encloses it") << qint64(9001) << qint64(11000) << server << false;
    QTest::newRow("first after last") << qint64(20100) << qint64(20001) << server << false;
    QTest::newRow("zero") << qint64(0) << qint64(100) << server << false;
    QTest::newRow("negative") << qint64(-100) << qint64(-1) << server << false;
    QTest::newRow("unknown source")
        << qint64(30001) << qint64(30100) << QStringLiteral("guess") << false;
    QTest::newRow("right after it") << qint64(10101) << qint64(10200) << server << true;
    QTest::newRow("right before it") << qint64(9901) << qint64(10000) << server << true;
    QTest::newRow("far away") << qint64(50001) << qint64(50100) << server << true;
    QTest::newRow("demo block") << qint64(90001) << qint64(90010) << QStringLiteral("demo") << true;
}

void TestCustomerNumbers::overlappingBlocksAreRefused()
{
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(QString, source);
    QFETCH(bool, accepted);

    Store store;
    QVERIFY2(store.open(newPath()), qPrintable(store.lastError()));
    QVERIFY(store.addNumberBlock(10001, 10100, QStringLiteral("server")));
    QCOMPARE(store.addNumberBlock(first, last, source), accepted);
    const qint64 size = last - first + 1;
    QCOMPARE(store.numbersLeftInBlocks(), qint64(100) + (accepted ? size : 0));
    RawDb raw(store.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM number_blocks")).toInt(),
             accepted ? 2 : 1);
}

void TestCustomerNumbers::everyNumberIsUnique()
{
    // 200 customers across two blocks and on into provisional numbers:
    // K-10001…K-10100, K-20001…K-20080, then <desk>-0001…<desk>-0020.
    Store store;
    QVERIFY2(store.open(newPath()), qPrintable(store.lastError()));
    QVERIFY(store.addNumberBlock(10001, 10100, QStringLiteral("server")));
    QVERIFY(store.addNumberBlock(20001, 20080, QStringLiteral("server")));
    QStringList numbers;
    for (int i = 0; i < 200; ++i) {
        numbers << createNumbered(store, QStringLiteral("Kunde%1").arg(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), 200);
    QCOMPARE(numbers.at(99), QStringLiteral("K-10100"));
    QCOMPARE(numbers.at(100), QStringLiteral("K-20001"));
    QCOMPARE(numbers.at(179), QStringLiteral("K-20080"));
    QCOMPARE(numbers.at(180), store.provisionalPrefix() + QStringLiteral("-0001"));
    QCOMPARE(numbers.at(199), store.provisionalPrefix() + QStringLiteral("-0020"));
    QCOMPARE(store.numbersLeftInBlocks(), qint64(0));

    RawDb raw(store.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 200);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(DISTINCT number) FROM customers")).toInt(),
             200);

    // The file itself refuses a second customer with a number already given.
    QVERIFY2(!raw.exec(QStringLiteral("UPDATE customers SET number = 'K-10001' WHERE number = "
                                      "'K-10002'")),
             "the customers table does not enforce unique numbers");
}

QTEST_GUILESS_MAIN(TestCustomerNumbers)
#include "tst_customernumbers.moc"
