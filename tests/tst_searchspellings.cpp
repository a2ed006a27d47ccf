// Counter staff type what they hear: every spelling of a name finds the same customers, in both
// directions (ä = ae = a, ß = ss, accents of every Latin script, Turkish dotted and dotless i,
// case), a phone or customer number with whatever punctuation, the name in either order, and
// names in non-Latin scripts by what was typed, also by two of their letters. Matches inside the
// text are ranked by when the customer was last active.

#include "clock.h"
#include "store.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
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

QStringList numbersOf(const QList<CustomerSummary> &results)
{
    QStringList numbers;
    for (const CustomerSummary &r : results)
        numbers << r.number;
    return numbers;
}

} // namespace

class TestSearchSpellings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everySpellingFindsTheSame_data();
    void everySpellingFindsTheSame();
    void personFirst_data();
    void personFirst();
    void substringMatchesAreRankedByRecentActivity();
    void importedNumberIsFoundAsTyped();

private:
    QString create(Customer draft);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QHash<QString, QString> m_numberOf; // "First Last" → number
    int m_minute = 0;
};

QString TestSearchSpellings::create(Customer draft)
{
    // Each write a minute later than the one before, so "last active" has an order.
    clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(8, 0)).addSecs(60 * ++m_minute));
    const WriteResult r = m_store->createCustomer(draft);
    if (!r.ok()) {
        qWarning() << storetest::describe(r);
        return {};
    }
    const QString number = m_store->customer(r.id).number;
    m_numberOf.insert(draft.firstName + QLatin1Char(' ') + draft.lastName, number);
    return number;
}

void TestSearchSpellings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("spellings.sqlite"))),
             qPrintable(m_store->lastError()));
    m_store->ensureDeskStaff();
    QVERIFY(m_store->addNumberBlock(10001, 19999, QStringLiteral("server")));
    using storetest::draft;
    const QList<Customer> people{
        draft(s("Anna"), s("Schäfer"), s("Berlin")),
        draft(s("Bernd"), s("Schaefer"), s("Bonn")),
        draft(s("Carl"), s("Schafer"), s("Celle")),
        draft(s("Jörg"), s("Köhler"), s("Jena")),
        draft(s("Jens"), s("Koehler"), s("Jever")),
        draft(s("Jan"), s("Kohler"), s("Jülich")),
        draft(s("Uwe"), s("Müller"), s("Ulm")),
        draft(s("Udo"), s("Mueller"), s("Unna")),
        draft(s("Ute"), s("Muller"), s("Usedom")),
        draft(s("Sepp"), s("Strauß"), s("Passau")),
        draft(s("Sina"), s("Strauss"), s("Speyer")),
        draft(s("René"), s("Lefèvre"), s("Lyon")),
        draft(s("Tomáš"), s("Dvořák"), s("Brno")),
        draft(s("Łukasz"), s("Włodarczyk"), s("Łódź")),
        draft(s("Søren"), s("Østergaard"), s("Ærøskøbing")),
        draft(s("Åsa"), s("Ångström"), s("Göteborg")),
        draft(s("Iñigo"), s("Muñoz"), s("Logroño")),
        draft(s("Işıl"), s("Yıldız"), s("İzmir")),
        draft(s("İpek"), s("Çelik"), s("Iğdır")),
        draft(s("Γιώργος"), s("Παπαδόπουλος"), s("Αθήνα")),
        draft(s("Дмитрий"), s("Иванов"), s("Москва")),
        draft(s("محمد"), s("العلي"), s("Dubai")),
        draft(s("芳"), s("王"), s("Beijing")),
        draft(s("小龙"), s("李"), s("Hongkong")),
        draft(s("Paula"), s("Phone"), s("Potsdam"), QString(), s("+49 (0)171 234 5678")),
        draft(s("Pia"), s("Mobil"), s("Pirna"), QString(), s("+49 151 9876543")),
        draft(s("Luc"), s("Lux"), s("Luxembourg"), QString(), s("+352 621 555 1234")),
        draft(s("Nora"), s("York"), s("New York"), QString(), s("001 212 555 0100")),
    };
    for (const Customer &c : people)
        QVERIFY2(!create(c).isEmpty(), qPrintable(c.displayName()));
}

void TestSearchSpellings::cleanupTestCase()
{
    clock::setNowForTesting({});
    m_store.reset();
}

void TestSearchSpellings::everySpellingFindsTheSame_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("people"); // "First Last" of every customer expected, exactly
    const QStringList schaefer{s("Anna Schäfer"), s("Bernd Schaefer"), s("Carl Schafer")};
    const QStringList koehler{s("Jörg Köhler"), s("Jens Koehler"), s("Jan Kohler")};
    const QStringList mueller{s("Uwe Müller"), s("Udo Mueller"), s("Ute Muller")};
    const QStringList strauss{s("Sepp Strauß"), s("Sina Strauss")};
    for (const char *typed : {"schäfer", "schaefer", "schafer", "SCHÄFER", "Schaefer", "SCHAFER"})
        QTest::addRow("%s", typed) << s(typed) << schaefer;
    for (const char *typed : {"köhler", "koehler", "kohler", "KÖHLER"})
        QTest::addRow("%s", typed) << s(typed) << koehler;
    for (const char *typed : {"müller", "mueller", "muller", "MUELLER", "ller"})
        QTest::addRow("%s", typed) << s(typed) << mueller;
    for (const char *typed : {"strauß", "strauss", "STRAUSS", "STRAUẞ"})
        QTest::addRow("%s", typed) << s(typed) << strauss;
    const struct
    {
        const char *typed, *person;
    } accents[] = {
        {"rene lefevre", "René Lefèvre"},
        {"LEFÈVRE", "René Lefèvre"},
        {"tomas dvorak", "Tomáš Dvořák"},
        {"dvořák", "Tomáš Dvořák"},
        {"lukasz", "Łukasz Włodarczyk"},
        {"wlodarczyk", "Łukasz Włodarczyk"},
        {"lodz", "Łukasz Włodarczyk"},
        {"soren ostergaard", "Søren Østergaard"},
        {"aeroskobing", "Søren Østergaard"},
        {"asa angstrom", "Åsa Ångström"},
        {"ångström", "Åsa Ångström"},
        {"inigo munoz", "Iñigo Muñoz"},
        {"logrono", "Iñigo Muñoz"},
        {"isil yildiz", "Işıl Yıldız"},
        {"IŞIL YILDIZ", "Işıl Yıldız"},
        {"yıldız", "Işıl Yıldız"},
        {"izmir", "Işıl Yıldız"},
        {"İZMİR", "Işıl Yıldız"},
        {"ipek celik", "İpek Çelik"},
        {"İPEK", "İpek Çelik"},
        {"igdir", "İpek Çelik"},
        // Non-Latin scripts: as written, without accents, in capitals, and two letters inside.
        {"Παπαδόπουλος", "Γιώργος Παπαδόπουλος"},
        {"παπαδοπουλος", "Γιώργος Παπαδόπουλος"},
        {"ΠΑΠΑΔΟΠΟΥΛΟΣ", "Γιώργος Παπαδόπουλος"},
        {"δό", "Γιώργος Παπαδόπουλος"},
        {"γιωργος", "Γιώργος Παπαδόπουλος"},
        {"Иванов", "Дмитрий Иванов"},
        {"ИВАНОВ", "Дмитрий Иванов"},
        {"ва", "Дмитрий Иванов"},
        {"дмитрий иванов", "Дмитрий Иванов"},
        {"العلي", "محمد العلي"},
        {"عل", "محمد العلي"},
        {"محمد", "محمد العلي"},
        {"王芳", "芳 王"},
        {"芳王", "芳 王"},
        {"李小龙", "小龙 李"},
        {"小龙", "小龙 李"},
        {"龙", ""}, // one letter is too little to look for inside names
    };
    for (const auto &a : accents)
        QTest::addRow("%s", a.typed)
            << s(a.typed) << (*a.person ? QStringList{s(a.person)} : QStringList{});
    // A phone number with whatever punctuation people type.
    for (const char *typed : {"0171 2345678", "0171/234 56-78", "171-234-5678", "(0)171 2345678",
                              "+49 171 2345678", "2345678", "0049 171 2345678"})
        QTest::addRow("phone %s", typed) << s(typed) << QStringList{s("Paula Phone")};
    // Written internationally, typed as at home (and the other way round); a one- and a
    // three-digit country code.
    for (const char *typed : {"0151 9876543", "+49 151 9876543", "01519876543"})
        QTest::addRow("phone %s", typed) << s(typed) << QStringList{s("Pia Mobil")};
    for (const char *typed : {"0621 555 1234", "+352 621 555 1234"})
        QTest::addRow("phone %s", typed) << s(typed) << QStringList{s("Luc Lux")};
    for (const char *typed : {"0212 555 0100", "+1 212 555 0100"})
        QTest::addRow("phone %s", typed) << s(typed) << QStringList{s("Nora York")};
}

void TestSearchSpellings::everySpellingFindsTheSame()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, people);
    QStringList expected;
    for (const QString &p : std::as_const(people)) {
        QVERIFY2(m_numberOf.contains(p), qPrintable(p));
        expected << m_numberOf.value(p);
    }
    QStringList found = numbersOf(m_store->search(typed));
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestSearchSpellings::personFirst_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("person");
    // The name in either order, with or without umlauts.
    QTest::newRow("schäfer anna") << s("schäfer anna") << s("Anna Schäfer");
    QTest::newRow("anna schäfer") << s("anna schäfer") << s("Anna Schäfer");
    QTest::newRow("Anna Schaefer") << s("Anna Schaefer") << s("Anna Schäfer");
    QTest::newRow("schafer anna") << s("schafer anna") << s("Anna Schäfer");
    QTest::newRow("bernd schäfer") << s("bernd schäfer") << s("Bernd Schaefer");
    QTest::newRow("muñoz iñigo") << s("munoz inigo") << s("Iñigo Muñoz");
    // Customer numbers with spaces, dots or no dash.
    QTest::newRow("number as printed") << s("K-10001") << s("Anna Schäfer");
    QTest::newRow("number lower case, no dash") << s("k10002") << s("Bernd Schaefer");
    QTest::newRow("number with a space") << s("K 10003") << s("Carl Schafer");
    QTest::newRow("number with a dot") << s("k.10004") << s("Jörg Köhler");
    QTest::newRow("number in groups") << s("10 005") << s("Jens Koehler");
}

void TestSearchSpellings::personFirst()
{
    QFETCH(QString, typed);
    QFETCH(QString, person);
    const QStringList found = numbersOf(m_store->search(typed));
    QVERIFY2(!found.isEmpty(), qPrintable(typed));
    QCOMPARE(found.first(), m_numberOf.value(person));
}

void TestSearchSpellings::substringMatchesAreRankedByRecentActivity()
{
    using storetest::draft;
    // Three customers in "Rostock", made one after the other: the newest is the most recent.
    const QString first = create(draft(s("Rita"), s("Erste"), s("Rostock")));
    const QString second = create(draft(s("Rolf"), s("Zweite"), s("Rostock")));
    const QString third = create(draft(s("Rosa"), s("Dritte"), s("Rostock")));
    QCOMPARE(numbersOf(m_store->search(s("ostoc"))), (QStringList{third, second, first}));

    // The first one comes to the desk again (a change, so an activity): now first in the list.
    clock::setNowForTesting(QDateTime(QDate(2026, 6, 16), QTime(9, 0)));
    const Customer rita = m_store->customerByNumber(first);
    const WriteResult r =
        m_store->updateCustomer(rita.id, {{CustomerField::Phone, s("0381 123456")}});
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
    QCOMPARE(numbersOf(m_store->search(s("ostoc"))), (QStringList{first, third, second}));
    QCOMPARE(numbersOf(m_store->search(s("rostock"))), (QStringList{first, third, second}));

    // The second one came to another desk later still: its activity arrives through sync.
    const QJsonArray activities{
        QJsonObject{{QStringLiteral("id"), Store::newId()},
                    {QStringLiteral("customer_id"), m_store->customerByNumber(second).id},
                    {QStringLiteral("at"), QStringLiteral("2026-06-17T10:00:00Z")},
                    {QStringLiteral("staff_id"), QJsonValue::Null},
                    {QStringLiteral("action"), QStringLiteral("customer.changed")},
                    {QStringLiteral("field"), QStringLiteral("city")},
                    {QStringLiteral("old_value"), QStringLiteral("Rostock")},
                    {QStringLiteral("new_value"), QStringLiteral("Rostock")}}};
    QVERIFY(m_store->applyRemote({}, activities).ok());
    QCOMPARE(numbersOf(m_store->search(s("ostoc"))), (QStringList{second, first, third}));
    // An older activity arriving late does not move anyone down.
    const QJsonArray older{
        QJsonObject{{QStringLiteral("id"), Store::newId()},
                    {QStringLiteral("customer_id"), m_store->customerByNumber(second).id},
                    {QStringLiteral("at"), QStringLiteral("2026-01-01T10:00:00Z")},
                    {QStringLiteral("staff_id"), QJsonValue::Null},
                    {QStringLiteral("action"), QStringLiteral("customer.changed")},
                    {QStringLiteral("field"), QStringLiteral("city")},
                    {QStringLiteral("old_value"), QStringLiteral("Rostock")},
                    {QStringLiteral("new_value"), QStringLiteral("Rostock")}}};
    QVERIFY(m_store->applyRemote({}, older).ok());
    QCOMPARE(numbersOf(m_store->search(s("ostoc"))), (QStringList{second, first, third}));

    // An activity of a customer this desk does not have (yet) ranks nobody.
    storetest::RawDb raw(m_store->path());
    const qint64 ranked =
        raw.scalar(QStringLiteral("SELECT count(*) FROM customer_recency")).toLongLong();
    const QJsonArray stranger{
        QJsonObject{{QStringLiteral("id"), Store::newId()},
                    {QStringLiteral("customer_id"), Store::newId()},
                    {QStringLiteral("at"), QStringLiteral("2026-06-18T10:00:00Z")},
                    {QStringLiteral("staff_id"), QJsonValue::Null},
                    {QStringLiteral("action"), QStringLiteral("customer.created")},
                    {QStringLiteral("field"), QString()},
                    {QStringLiteral("old_value"), QString()},
                    {QStringLiteral("new_value"), QStringLiteral("K-99999")}}};
    m_store->applyRemote({}, stranger); // refused or kept; either way no ranking row
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customer_recency")).toLongLong(),
             ranked);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customer_recency r LEFT JOIN "
                                       "customers c ON c.seq = r.customer_seq WHERE c.seq IS "
                                       "NULL"))
                 .toLongLong(),
             0);
}

void TestSearchSpellings::importedNumberIsFoundAsTyped()
{
    // A number from an old system is kept as it was and found as typed.
    WriteResult r = m_store->write([&](WriteContext &ctx) {
        Customer c = storetest::draft(s("Olga"), s("Altkundin"), s("Ohrdruf"));
        c.number = s("A-552");
        return m_store->insertCustomer(ctx, c);
    });
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
    QCOMPARE(m_store->customer(r.id).number, s("A-552"));
    QCOMPARE(numbersOf(m_store->search(s("a-552"))), QStringList{s("A-552")});
    QCOMPARE(m_store->customerByNumber(s("a-552")).id, r.id);
    // The same number again is taken: the next customer gets one of the desk's own.
    r = m_store->write([&](WriteContext &ctx) {
        Customer c = storetest::draft(s("Otto"), s("Altkunde"), s("Ohrdruf"));
        c.number = s("A-552");
        return m_store->insertCustomer(ctx, c);
    });
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
    QVERIFY(m_store->customer(r.id).number.startsWith(s("K-")));
}

QTEST_GUILESS_MAIN(TestSearchSpellings)
#include "tst_searchspellings.moc"
