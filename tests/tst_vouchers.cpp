// Vouchers sold or given at the counter, in a real store: unique codes, the refusals with their
// reasons, the sale recorded on the voucher with its activity and one outbox entry, the value
// redeemed partly as a payment with the remainder shown, and the sale through the real dialog
// from the card under the offscreen platform (a wrong value said at its field).

#include "activitiesmodel.h"
#include "clock.h"
#include "customercardwindow.h"
#include "store.h"
#include "voucherdialog.h"
#include "vouchersmodel.h"
#include "widgettesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

using namespace rentdesk;

class TestVouchers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void codesAreNewAndReadable();
    void refusals_data();
    void refusals();
    void soldVoucherIsOneOperationWithItsActivity();
    void givenFreeNeedsAReason();
    void redeemedPartlyThenUsedUp();
    void sellThroughTheDialog();

private:
    VoucherRow voucher(const QString &code) const;
    QString handOut();

    uitest::DemoStore m_demo;
    QString m_customer;
};

void TestVouchers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_vouchers"));
    QSettings().clear();
    QVERIFY(m_demo.open(30));
}

void TestVouchers::init()
{
    clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
    Customer c;
    c.firstName = QStringLiteral("Greta");
    c.lastName = QStringLiteral("Gutschein");
    c.city = QStringLiteral("Erfurt");
    c.birthDate = QDate(1979, 5, 5);
    const WriteResult r = m_demo.store->createCustomer(c);
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_customer = r.id;
}

VoucherRow TestVouchers::voucher(const QString &code) const
{
    for (const VoucherRow &v : m_demo.store->vouchers(m_customer, {}, 50))
        if (v.code == code)
            return v;
    return {};
}

QString TestVouchers::handOut()
{
    Store *store = m_demo.store.get();
    TransactionDraft d;
    d.customerId = m_customer;
    d.from = clock::nowUtc();
    d.to = d.from.addDays(3);
    for (const RentalObjectChoice &c : store->rentalObjectChoices({}, d.from, d.to, 300)) {
        LineDraft line;
        QString problem;
        if (c.hold.isFree() &&
            store->priceLine(m_customer, c.object.id, d.from, d.to, 1, &line, &problem)) {
            d.lines << line;
            break;
        }
    }
    return d.lines.isEmpty() ? QString() : store->createTransaction(d).id;
}

void TestVouchers::codesAreNewAndReadable()
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString code = m_demo.store->newVoucherCode();
        QVERIFY2(QRegularExpression(QStringLiteral("^G-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"))
                     .match(code)
                     .hasMatch(),
                 qPrintable(code));
        seen.insert(code);
    }
    QVERIFY(seen.size() >= 49);
}

void TestVouchers::refusals_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("sold");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("why");
    const QDate later(2029, 12, 31);
    QTest::newRow("no value") << qint64(0) << qint64(0) << later << "G-AAAA-0001"
                              << "value";
    QTest::newRow("price above the value") << qint64(5000) << qint64(6000) << later << "G-AAAA-0002"
                                           << "price";
    QTest::newRow("expiry passed")
        << qint64(5000) << qint64(5000) << QDate(2026, 6, 14) << "G-AAAA-0003"
        << "expiry";
    QTest::newRow("code too short") << qint64(5000) << qint64(5000) << later << "G1"
                                    << "code";
    QTest::newRow("code taken (any case)") << qint64(5000) << qint64(5000) << later << "g-taken-1"
                                           << "already";
}

void TestVouchers::refusals()
{
    QFETCH(qint64, value);
    QFETCH(qint64, sold);
    QFETCH(QDate, expires);
    QFETCH(QString, code);
    QFETCH(QString, why);
    Store *store = m_demo.store.get();
    // A voucher whose code the last row types in lower case (made by the first row; later rows
    // are refused it, which the last row checks).
    store->issueVoucher({m_customer, QStringLiteral("G-TAKEN-1"), {}, 1000, 1000, {}});
    const qint64 before = store->pendingOutboxCount();
    const WriteResult r = store->issueVoucher({m_customer, code, {}, value, sold, expires});
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(why), qPrintable(r.error));
    QCOMPARE(store->pendingOutboxCount(), before); // nothing written
}

void TestVouchers::soldVoucherIsOneOperationWithItsActivity()
{
    Store *store = m_demo.store.get();
    VouchersModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(m_customer);
    const qint64 before = store->pendingOutboxCount();
    VoucherDraft d{
        m_customer,         QStringLiteral(" g-sale-0001 "), {}, 5000, 4500, QDate(2029, 12, 31),
        PaymentMethod::Card};
    const WriteResult r = store->issueVoucher(d);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(store->pendingOutboxCount(), before + 1);
    const VoucherRow v = voucher(QStringLiteral("G-SALE-0001"));
    QCOMPARE(v.id, r.id);
    QCOMPARE(v.value.minor, qint64(5000));
    QCOMPARE(v.remaining.minor, qint64(5000));
    QCOMPARE(v.expiresOn, QDate(2029, 12, 31));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, int(VouchersModel::Column::Code)).data().toString(),
             QStringLiteral("G-SALE-0001"));

    // The sale is on the voucher row and in its outbox entry.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT sold_minor, payment_method FROM vouchers WHERE id = '") +
                   r.id + QLatin1Char('\'')));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(4500));
    QCOMPARE(q.value(1).toString(), QStringLiteral("card"));
    QVERIFY(q.exec(QStringLiteral("SELECT operation, payload FROM sync_outbox ORDER BY "
                                  "mutation_id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("voucher.issue"));
    QVERIFY(q.value(1).toString().contains(QStringLiteral("\"sold_minor\"")));

    // Read in the activities: who sold what for how much.
    ActivitiesModel activities(store);
    activities.setCustomer(m_customer);
    QTRY_VERIFY(activities.rowCount() > 0);
    bool found = false;
    for (int row = 0; row < activities.rowCount(); ++row) {
        const QString what =
            activities.index(row, int(ActivitiesModel::Column::What)).data().toString();
        found = found ||
                (what.contains(QStringLiteral("G-SALE-0001")) &&
                 what.contains(Money{5000}.toString()) && what.contains(Money{4500}.toString()) &&
                 what.contains(paymentMethodLabel(QStringLiteral("card"))));
    }
    QVERIFY2(found, "the sale is in the activities");
}

void TestVouchers::givenFreeNeedsAReason()
{
    Store *store = m_demo.store.get();
    VoucherDraft d{m_customer, QStringLiteral("G-FREE-0001"), {}, 2000, 0, {}};
    WriteResult r = store->issueVoucher(d);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("reason")), qPrintable(r.error));
    d.note = QStringLiteral("Flat tyre on the tour");
    r = store->issueVoucher(d);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(voucher(QStringLiteral("G-FREE-0001")).remaining.minor, qint64(2000));
    QVERIFY(!voucher(QStringLiteral("G-FREE-0001")).expiresOn.isValid()); // never expires
}

void TestVouchers::redeemedPartlyThenUsedUp()
{
    Store *store = m_demo.store.get();
    const QString tx = handOut();
    QVERIFY(!tx.isEmpty());
    const qint64 open = store->openAmount(m_customer, {});
    QVERIFY(open > 1000);
    QVERIFY(
        store->issueVoucher({m_customer, QStringLiteral("G-PART-0001"), {}, 1000, 1000, {}}).ok());
    PaymentDraft pay{m_customer, {tx}, 600, PaymentMethod::Voucher, QStringLiteral("G-PART-0001")};
    QVERIFY(store->takePayment(pay).ok());
    QCOMPARE(voucher(QStringLiteral("G-PART-0001")).remaining.minor, qint64(400));
    QCOMPARE(store->openAmount(m_customer, {}), open - 600);
    pay.amountMinor = 500;
    const WriteResult tooMuch = store->takePayment(pay);
    QVERIFY(!tooMuch.ok());
    QVERIFY2(tooMuch.error.contains(Money{400}.toString()), qPrintable(tooMuch.error));
    pay.amountMinor = 400;
    QVERIFY(store->takePayment(pay).ok());
    QCOMPARE(voucher(QStringLiteral("G-PART-0001")).remaining.minor, qint64(0));
    QCOMPARE(store->openAmount(m_customer, {}), open - 1000);
}

void TestVouchers::sellThroughTheDialog()
{
    Store *store = m_demo.store.get();
    auto *card = new CustomerCardWindow(store, m_customer);
    card->show();
    QVERIFY(QTest::qWaitForWindowExposed(card));
    bool driven = false;
    QString code;
    uitest::whenModal([&](QWidget *w) {
        auto *d = qobject_cast<VoucherDialog *>(w);
        QVERIFY(d);
        code = d->codeField()->text();
        QVERIFY(code.startsWith(QStringLiteral("G-")));
        // A wrong value is said at its field, and the dialog stays with what was typed.
        QTest::keyClicks(d->valueField(), QStringLiteral("fifty"));
        d->findChild<QPushButton *>(QStringLiteral("confirmVoucher"))->click();
        QVERIFY(d->isVisible());
        QVERIFY(d->valueError()->isVisible());
        QCOMPARE(d->valueField()->text(), QStringLiteral("fifty"));
        d->valueField()->clear();
        QTest::keyClicks(d->valueField(), QStringLiteral("50"));
        QCOMPARE(d->priceField()->text(), QStringLiteral("50")); // the price follows the value
        d->methodBox()->setCurrentIndex(d->methodBox()->findData(int(PaymentMethod::Card)));
        uitest::screenshot(d, "voucher-dialog.png");
        d->findChild<QPushButton *>(QStringLiteral("confirmVoucher"))->click();
        driven = true;
    });
    card->sellVoucher();
    QVERIFY(driven);
    const VoucherRow v = voucher(code);
    QCOMPARE(v.value.minor, qint64(5000));
    QCOMPARE(v.expiresOn, QDate(2029, 12, 31));
    uitest::screenshot(card, "card-vouchers.png");
    card->close();
}

QTEST_MAIN(TestVouchers)
#include "tst_vouchers.moc"
