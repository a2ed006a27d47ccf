// Prices and late fees as pure functions (store/pricing.h), table by table: hours, days, weeks,
// tier edges, the cheapest combination, group discounts, VAT, rounding to the cent, periods
// across a daylight-saving change; late fees on time, inside grace, hours and days late.

#include "pricing.h"

#include <QTest>

#include <ctime>

using namespace rentdesk;

Q_DECLARE_METATYPE(rentdesk::PriceRule)
Q_DECLARE_METATYPE(rentdesk::LateFeeRule)

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void price_data();
    void price();
    void daylightSavingDaysAreDays_data();
    void daylightSavingDaysAreDays();
    void discountAndVat_data();
    void discountAndVat();
    void lateFee_data();
    void lateFee();

private:
    static QDateTime at(int month, int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute));
    }
};

void TestPricing::initTestCase()
{
    // The desk's local time decides what a day is; a zone with daylight saving shows it.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCOMPARE(QDateTime(QDate(2026, 3, 29), QTime(1, 0))
                 .secsTo(QDateTime(QDate(2026, 3, 29), QTime(4, 0))),
             qint64(2 * 3600));
}

// The example: 1 day 20.00, 2 days 35.00, each further day 10.00, 4.00 an hour, a week
// 60.00.
static PriceRule exampleRule(qint64 perWeek = 6000, qint64 perHour = 400)
{
    PriceRule r;
    r.perHour = perHour;
    r.dayTiers = {2000, 3500};
    r.perExtraDay = 1000;
    r.perWeek = perWeek;
    return r;
}

void TestPricing::price_data()
{
    QTest::addColumn<PriceRule>("rule");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("ruleCode");

    const QDateTime mon9 = at(6, 1, 9);
    QTest::newRow("two hours") << exampleRule() << mon9 << mon9.addSecs(2 * 3600) << qint64(800)
                               << QStringLiteral("2h");
    QTest::newRow("an hour begun is an hour")
        << exampleRule() << mon9 << mon9.addSecs(61 * 60) << qint64(800) << QStringLiteral("2h");
    QTest::newRow("hours dearer than a day take the day")
        << exampleRule() << mon9 << mon9.addSecs(6 * 3600) << qint64(2000) << QStringLiteral("1d");
    QTest::newRow("exactly one day")
        << exampleRule() << mon9 << mon9.addDays(1) << qint64(2000) << QStringLiteral("1d");
    QTest::newRow("second tier") << exampleRule() << mon9 << mon9.addDays(2) << qint64(3500)
                                 << QStringLiteral("2d");
    QTest::newRow("first day past the tiers")
        << exampleRule() << mon9 << mon9.addDays(3) << qint64(4500) << QStringLiteral("3d");
    QTest::newRow("one day and two hours")
        << exampleRule() << mon9 << mon9.addDays(1).addSecs(2 * 3600) << qint64(2800)
        << QStringLiteral("1d 2h");
    QTest::newRow("one day and five hours: the second day is cheaper")
        << exampleRule() << mon9 << mon9.addDays(1).addSecs(5 * 3600) << qint64(3500)
        << QStringLiteral("2d");
    QTest::newRow("four days cost less than a week")
        << exampleRule() << mon9 << mon9.addDays(4) << qint64(5500) << QStringLiteral("4d");
    QTest::newRow("five days: the week is cheaper")
        << exampleRule() << mon9 << mon9.addDays(5) << qint64(6000) << QStringLiteral("1w");
    QTest::newRow("week and a day")
        << exampleRule() << mon9 << mon9.addDays(8) << qint64(8000) << QStringLiteral("1w 1d");
    QTest::newRow("two weeks") << exampleRule() << mon9 << mon9.addDays(14) << qint64(12000)
                               << QStringLiteral("2w");
    QTest::newRow("no week price")
        << exampleRule(0) << mon9 << mon9.addDays(8) << qint64(9500) << QStringLiteral("8d");
    QTest::newRow("no hour price: a day begun")
        << exampleRule(6000, 0) << mon9 << mon9.addSecs(3600) << qint64(2000)
        << QStringLiteral("1d");
    QTest::newRow("no hour price: a day and an hour")
        << exampleRule(6000, 0) << mon9 << mon9.addDays(1).addSecs(3600) << qint64(3500)
        << QStringLiteral("2d");
    QTest::newRow("ends before it starts")
        << exampleRule() << mon9 << mon9.addSecs(-60) << qint64(0) << QString();
}

void TestPricing::price()
{
    QFETCH(PriceRule, rule);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, expected);
    QFETCH(QString, ruleCode);
    const PriceQuote q = quotePrice(rule, from, to);
    QCOMPARE(q.valid, !ruleCode.isEmpty());
    if (q.valid) {
        QCOMPARE(q.minor, expected);
        QCOMPARE(q.ruleCode(), ruleCode);
    }
}

void TestPricing::daylightSavingDaysAreDays_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<qint64>("hours");
    // 29 March 2026 has 23 hours in Berlin, 25 October 25 hours.
    QTest::newRow("spring: 9 to 9 is one day")
        << at(3, 28, 9) << at(3, 29, 9) << qint64(1) << qint64(0);
    QTest::newRow("autumn: 9 to 9 is one day")
        << at(10, 24, 9) << at(10, 25, 9) << qint64(1) << qint64(0);
    QTest::newRow("autumn: 9 to 10 is a day and an hour")
        << at(10, 24, 9) << at(10, 25, 10) << qint64(1) << qint64(1);
    QTest::newRow("spring: a week is seven days")
        << at(3, 25, 9) << at(4, 1, 9) << qint64(7) << qint64(0);
    QTest::newRow("spring night: 1 to 4 is two hours")
        << at(3, 29, 1) << at(3, 29, 4) << qint64(0) << qint64(2);
}

void TestPricing::daylightSavingDaysAreDays()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, days);
    QFETCH(qint64, hours);
    const RentalSpan span = rentalSpan(from.toUTC(), to.toUTC());
    QVERIFY(span.valid);
    QCOMPARE(span.days, days);
    QCOMPARE(span.hours, hours);
    // And the price is that of the days: a day across the change costs one day.
    if (hours == 0)
        QCOMPARE(quotePrice(exampleRule(0), from, to).minor, exampleRule(0).daysPrice(days));
}

void TestPricing::discountAndVat_data()
{
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<int>("discount");
    QTest::addColumn<qint64>("discounted");
    QTest::addColumn<int>("vatBp");
    QTest::addColumn<qint64>("vat");
    QTest::newRow("no discount, 19 %")
        << qint64(11900) << 0 << qint64(11900) << 1900 << qint64(1900);
    QTest::newRow("10 %, 19 %") << qint64(3500) << 10 << qint64(3150) << 1900 << qint64(503);
    QTest::newRow("15 % rounds half up")
        << qint64(1999) << 15 << qint64(1699) << 700 << qint64(111);
    QTest::newRow("5 % of 0.10") << qint64(10) << 5 << qint64(10) << 1900 << qint64(2);
    QTest::newRow("100 %") << qint64(5000) << 100 << qint64(0) << 1900 << qint64(0);
    QTest::newRow("no VAT") << qint64(5000) << 0 << qint64(5000) << 0 << qint64(0);
}

void TestPricing::discountAndVat()
{
    QFETCH(qint64, gross);
    QFETCH(int, discount);
    QFETCH(qint64, discounted);
    QFETCH(int, vatBp);
    QFETCH(qint64, vat);
    QCOMPARE(applyDiscount(gross, discount), discounted);
    QCOMPARE(vatIncluded(discounted, vatBp), vat);
}

void TestPricing::lateFee_data()
{
    QTest::addColumn<LateFeeRule>("rule");
    QTest::addColumn<int>("minutesLate");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("fee");
    const LateFeeRule hourly{30, 300, 1500}; // 3.00 an hour, at most 15.00 a day
    const LateFeeRule daily{60, 0, 2000};    // 20.00 a day begun
    QTest::newRow("on time") << hourly << 0 << 1 << qint64(0);
    QTest::newRow("early") << hourly << -120 << 1 << qint64(0);
    QTest::newRow("inside grace") << hourly << 30 << 1 << qint64(0);
    QTest::newRow("just past grace") << hourly << 31 << 1 << qint64(300);
    QTest::newRow("three hours") << hourly << 180 << 1 << qint64(900);
    QTest::newRow("hours capped at the day rate") << hourly << 10 * 60 << 1 << qint64(1500);
    QTest::newRow("a day and two hours") << hourly << 26 * 60 << 1 << qint64(2100);
    QTest::newRow("two days") << hourly << 48 * 60 << 1 << qint64(3000);
    QTest::newRow("three pieces") << hourly << 180 << 3 << qint64(2700);
    QTest::newRow("daily, inside grace") << daily << 60 << 1 << qint64(0);
    QTest::newRow("daily, a day begun") << daily << 61 << 1 << qint64(2000);
    QTest::newRow("daily, 25 hours") << daily << 25 * 60 << 1 << qint64(4000);
}

void TestPricing::lateFee()
{
    QFETCH(LateFeeRule, rule);
    QFETCH(int, minutesLate);
    QFETCH(int, quantity);
    QFETCH(qint64, fee);
    const QDateTime due = at(7, 10, 18);
    QCOMPARE(rentdesk::lateFee(rule, due, due.addSecs(minutesLate * 60), quantity), fee);
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
