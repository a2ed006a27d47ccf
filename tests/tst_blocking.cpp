// Blocked customers at the desk, through the real windows under the offscreen platform: the
// block dialog (a missing reason said at the field, the form kept), the red banner with reason
// and end date, lifting the block (logged with the reason it had), the filter of the customer
// list, and the header that cannot be closed.

#include "activitiesmodel.h"
#include "blockdialog.h"
#include "customercardwindow.h"
#include "customersearchmodel.h"
#include "headerpanel.h"
#include "mainwindow.h"
#include "widgettesthelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <functional>

using namespace rentdesk;
using uitest::screenshot;
using uitest::whenModal;

class TestBlocking : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void blockFromTheCardAndLiftIt();
    void customerListFiltersBlocked();
    void headerCannotBeClosed();

private:
    uitest::DemoStore m_demo;
    QString m_customer;
};

void TestBlocking::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_blocking"));
    QSettings().clear();
    QVERIFY(m_demo.open(60));
    m_customer = m_demo.longHistoryId();
    // Anna's history is long; start her unblocked.
    if (m_demo.store->customer(m_customer).blocked)
        QVERIFY(m_demo.store->unblockCustomer(m_customer).ok());
}

void TestBlocking::blockFromTheCardAndLiftIt()
{
    Store *store = m_demo.store.get();
    CustomerCardWindow card(store, m_customer);
    card.resize(1366, 768);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    auto *banner = card.header()->findChild<QLabel *>(QStringLiteral("blockedBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    auto *button = card.findChild<QPushButton *>(QStringLiteral("blockAction"));
    QVERIFY(button);
    QCOMPARE(button->text(), CustomerCardWindow::tr("Block customer…"));

    const QDate end = clock::today().addDays(14);
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<BlockDialog *>(modal);
        QVERIFY(dialog);
        // No reason: said at the field; nothing saved, the end date kept.
        dialog->untilBox()->setChecked(true);
        dialog->untilField()->setDate(end);
        dialog->findChild<QPushButton *>(QStringLiteral("blockButton"))->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->reasonError()->isVisible());
        QVERIFY(!store->customer(m_customer).blocked);
        QTest::keyClicks(dialog->reasonField(),
                         QStringLiteral("Invoice unpaid after two reminders"));
        screenshot(dialog, "block-dialog.png");
        dialog->findChild<QPushButton *>(QStringLiteral("blockButton"))->click();
    });
    button->click();
    const Customer blocked = store->customer(m_customer);
    QVERIFY(blocked.blocked);
    QCOMPARE(blocked.blockedUntil, end);
    // The banner says why and until when, without a tooltip.
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("Invoice unpaid after two reminders")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(end.toString(QStringLiteral("dd.MM.yyyy"))) ||
                 banner->text().contains(QLocale().toString(end, QLocale::ShortFormat)),
             qPrintable(banner->text()));
    QCOMPARE(button->text(), CustomerCardWindow::tr("Lift block"));
    screenshot(&card, "card-blocked.png");

    // The activities panel reads it in words.
    ActivitiesModel activities(store);
    activities.setCustomer(m_customer);
    QVERIFY(activities.rowCount() > 0);
    const QString what =
        activities.data(activities.index(0, int(ActivitiesModel::Column::What))).toString();
    QVERIFY2(what.contains(QLatin1String("Invoice unpaid")), qPrintable(what));

    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Invoice unpaid")));
        box->button(QMessageBox::Yes)->click();
    });
    button->click();
    QVERIFY(!store->customer(m_customer).blocked);
    QTRY_VERIFY(!banner->isVisible());
    activities.setCustomer(m_customer);
    const QString lifted =
        activities.data(activities.index(0, int(ActivitiesModel::Column::What))).toString();
    QVERIFY2(lifted.contains(QLatin1String("Invoice unpaid")), qPrintable(lifted));
}

void TestBlocking::customerListFiltersBlocked()
{
    Store *store = m_demo.store.get();
    // Two blocked customers, one of them with a block that ended yesterday.
    QList<CustomerSummary> some;
    QVERIFY(store->forEachCustomer([&](const Customer &c) {
        if (some.size() < 3 && c.id != m_customer)
            some << store->summaries({c.id});
    }));
    QCOMPARE(some.size(), 3);
    for (const CustomerSummary &s : store->blockedCustomers({}, 500))
        QVERIFY(store->unblockCustomer(s.id).ok());
    QVERIFY(store->blockCustomer(some[1].id, QStringLiteral("Lost the keys")).ok());
    QVERIFY(store->blockCustomer(some[2].id, QStringLiteral("Short block"), clock::today()).ok());
    clock::setNowForTesting(clock::nowUtc().addDays(1));

    MainWindow main(store);
    auto tester = uitest::testerFor(main.resultModel());
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    main.blockedOnlyFilter()->setChecked(true);
    // With an empty search: every customer blocked today.
    QCOMPARE(main.resultModel()->rowCount(), 1);
    QCOMPARE(main.resultModel()->customerIdAt(0), some[1].id);
    QVERIFY(main.resultLabel()->text().contains(QLatin1String("1 blocked customer")));
    // The list marks them.
    QVERIFY(main.resultModel()
                ->data(main.resultModel()->index(0, 0), Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("blocked")));
    // A lifted block takes the customer out of the filtered list at once.
    QVERIFY(store->blockCustomer(some[0].id, QStringLiteral("Lost a helmet")).ok());
    main.searchNow();
    QCOMPARE(main.resultModel()->rowCount(), 2);
    QVERIFY(store->unblockCustomer(some[0].id).ok());
    QCOMPARE(main.resultModel()->rowCount(), 1);
    QCOMPARE(main.resultModel()->customerIdAt(0), some[1].id);
    // A search that finds no blocked customer says so.
    QTest::keyClicks(main.searchField(), QStringLiteral("zzzzqq"));
    main.searchNow();
    QCOMPARE(main.resultModel()->rowCount(), 0);
    QVERIFY(main.resultLabel()->text().contains(QLatin1String("No blocked customer")));
    main.blockedOnlyFilter()->setChecked(false);
    main.searchField()->clear();
    main.searchNow();
    QVERIFY(main.resultModel()->showsRecent());
    clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
}

void TestBlocking::headerCannotBeClosed()
{
    // Cards delete themselves when closed, as in the program.
    auto *card = new CustomerCardWindow(m_demo.store.get(), m_customer);
    card->show();
    QVERIFY(QTest::qWaitForWindowExposed(card));
    QDockWidget *header = card->findChild<QDockWidget *>(QStringLiteral("header"));
    QVERIFY(header);
    QVERIFY(!(header->features() & QDockWidget::DockWidgetClosable));
    QVERIFY(header->isVisible());
    // The view menu offers to hide every panel but this one.
    for (QAction *a : card->menuBar()->actions())
        if (a->menu())
            for (QAction *item : a->menu()->actions())
                QVERIFY(item != header->toggleViewAction());
    // A layout saved with the header hidden (older versions) brings it back.
    header->hide();
    card->close();
    auto *again = new CustomerCardWindow(m_demo.store.get(), m_customer);
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again));
    QVERIFY(again->findChild<QDockWidget *>(QStringLiteral("header"))->isVisible());
    again->close();
}

QTEST_MAIN(TestBlocking)
#include "tst_blocking.moc"
