// The customer card window under the offscreen platform: every panel of the spec is a dock in
// the default arrangement, the View menu toggles each, the layout is remembered per user and
// can be reset, two cards can be open at once.

#include "activitiesmodel.h"
#include "customercardwindow.h"
#include "desktopapp.h"
#include "headerpanel.h"
#include "mainwindow.h"
#include "masterdatamodel.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>

using namespace rentdesk;

namespace {
const QStringList kPanels = {
    QStringLiteral("header"),      QStringLiteral("rentedObjects"), QStringLiteral("transactions"),
    QStringLiteral("damages"),     QStringLiteral("accesses"),      QStringLiteral("vouchers"),
    QStringLiteral("permissions"), QStringLiteral("actions"),       QStringLiteral("masterData"),
    QStringLiteral("documents"),   QStringLiteral("openPayments"),  QStringLiteral("openBalances"),
    QStringLiteral("activities")};
} // namespace

class TestCardWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void everyPanelIsADock();
    void defaultArrangement();
    void defaultLayoutFitsACounterScreen_data();
    void defaultLayoutFitsACounterScreen();
    void expandShowsTheWholeHistoryWithAFilter();
    void viewMenuTogglesEveryPanel();
    void layoutIsRememberedAndReset();
    void twoCardsAtOnce();
    void headerShowsTheCustomer();
    void panelsShowDemoRows();
    void masterDataProblemIsShownUnderTheTable();
    void grabShowsTheCustomersData();

private:
    uitest::DemoStore m_demo;
    QString m_customer;
};

void TestCardWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_cardwindow"));
    QVERIFY(m_demo.open(50));
    m_customer = m_demo.longHistoryId();
}

void TestCardWindow::everyPanelIsADock()
{
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QStringList names;
    for (QDockWidget *d : card.panels()) {
        names << d->objectName();
        QVERIFY2(d->isVisible() || !card.tabifiedDockWidgets(d).isEmpty(),
                 qPrintable(d->objectName()));
        QVERIFY(!d->isFloating());
        QCOMPARE(card.dockWidgetArea(d) == Qt::NoDockWidgetArea, false);
    }
    QCOMPARE(names, kPanels);
}

void TestCardWindow::defaultArrangement()
{
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    auto p = [&](const char *n) { return card.panel(QString::fromLatin1(n)); };
    for (const char *left :
         {"header", "actions", "rentedObjects", "transactions", "damages", "openPayments"})
        QCOMPARE(card.dockWidgetArea(p(left)), Qt::LeftDockWidgetArea);
    for (const char *right : {"permissions", "masterData", "openBalances", "activities"})
        QCOMPARE(card.dockWidgetArea(p(right)), Qt::RightDockWidgetArea);
    // The less-used panels are tabbed together rather than squeezed.
    for (const char *tab : {"accesses", "vouchers", "openPayments"})
        QVERIFY2(card.tabifiedDockWidgets(p("damages")).contains(p(tab)), tab);
    for (const char *tab : {"documents", "openBalances"})
        QVERIFY2(card.tabifiedDockWidgets(p("masterData")).contains(p(tab)), tab);
    // Only those: the other panels stand on their own.
    QCOMPARE(card.tabifiedDockWidgets(p("masterData")).size(), 2);
    QCOMPARE(card.tabifiedDockWidgets(p("damages")).size(), 3);
    for (const char *alone :
         {"header", "rentedObjects", "transactions", "permissions", "actions", "activities"})
        QVERIFY2(card.tabifiedDockWidgets(p(alone)).isEmpty(), alone);
    // Header above rented objects above transactions; in the middle, top to bottom; the
    // activities in a column of their own on the right.
    QVERIFY(p("header")->geometry().bottom() < p("actions")->geometry().top());
    QVERIFY(p("actions")->geometry().bottom() < p("rentedObjects")->geometry().top());
    QVERIFY(p("rentedObjects")->geometry().bottom() < p("transactions")->geometry().top());
    QVERIFY(p("transactions")->geometry().bottom() < p("openPayments")->geometry().top());
    QVERIFY(p("permissions")->geometry().bottom() < p("masterData")->geometry().top());
    QVERIFY(p("masterData")->geometry().right() < p("activities")->geometry().left());
    // Left column wider than the others, as in the sketch.
    QVERIFY(p("transactions")->width() > p("activities")->width());
    QVERIFY(p("transactions")->width() > p("masterData")->width());
}

// At 1366x768, a counter's usual screen, the default layout gives each panel what it needs:
// every permission, all 15 master data fields and at least ten activities are in sight.
void TestCardWindow::defaultLayoutFitsACounterScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    // German labels are longer (the action buttons most): the columns still fit.
    QTest::newRow("German") << QStringLiteral("de");
}

void TestCardWindow::defaultLayoutFitsACounterScreen()
{
    QFETCH(QString, language);
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(installTranslations(*app, language));
    const auto backToEnglish =
        qScopeGuard([app] { installTranslations(*app, QStringLiteral("en")); });
    QSettings().remove(QStringLiteral("card"));
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    card.resize(1366, 768);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    card.resetLayout();
    QTest::qWait(50);
    auto rowsInSight = [&](const char *panelName) {
        QTableView *view = card.panel(QString::fromLatin1(panelName))->findChild<QTableView *>();
        int whole = 0;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QRect rect = view->visualRect(view->model()->index(r, 0));
            whole += view->viewport()->rect().contains(rect) ? 1 : 0;
        }
        return whole;
    };
    const int permissions =
        card.panel(QStringLiteral("permissions"))->findChild<QTableView *>()->model()->rowCount();
    if (qEnvironmentVariableIsSet("RENTDESK_SCREENSHOT_DIR"))
        card.grab().save(qEnvironmentVariable("RENTDESK_SCREENSHOT_DIR") +
                         QStringLiteral("/card-1366x768-%1.png").arg(language));
    QCOMPARE(rowsInSight("permissions"), permissions);
    QCOMPARE(rowsInSight("masterData"), 15);
    QVERIFY2(rowsInSight("activities") >= 10,
             qPrintable(QString::number(rowsInSight("activities"))));
    // The description column of the activities has room to be read.
    QTableView *activities = card.panel(QStringLiteral("activities"))->findChild<QTableView *>();
    const int what = int(ActivitiesModel::Column::What);
    QVERIFY2(activities->viewport()->width() - activities->columnViewportPosition(what) >= 150,
             qPrintable(QString::number(activities->viewport()->width() -
                                        activities->columnViewportPosition(what))));
    // The name and number cannot be closed away.
    QVERIFY(!(card.panel(QStringLiteral("header"))->features() & QDockWidget::DockWidgetClosable));
}

// Expand opens the whole history, a page at a time; the filter finds older entries too.
void TestCardWindow::expandShowsTheWholeHistoryWithAFilter()
{
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    auto *expand = card.findChild<QPushButton *>(QStringLiteral("expandActivities"));
    QVERIFY(expand);
    expand->click();
    auto *dialog = card.findChild<QDialog *>(QStringLiteral("allActivities"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("activityFilter"));
    QTableView *view = dialog->findChild<QTableView *>();
    QVERIFY(filter && view);
    const int all = view->model()->rowCount();
    QVERIFY(all > 0);
    QTest::keyClicks(filter, QStringLiteral("postcode"));
    const int matches = view->model()->rowCount();
    QVERIFY(matches > 0);
    QVERIFY(matches < all || view->model()->canFetchMore({}));
    for (int r = 0; r < matches; ++r) {
        QString row;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            row += view->model()->index(r, c).data().toString();
        QVERIFY2(row.contains(QLatin1String("Postcode"), Qt::CaseInsensitive), qPrintable(row));
    }
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("activityFilterCount"))->text().isEmpty());
    filter->clear();
    QVERIFY(view->model()->rowCount() >= all);
    dialog->close();
}

void TestCardWindow::viewMenuTogglesEveryPanel()
{
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    card.show();
    QMenu *view = nullptr;
    for (QAction *a : card.menuBar()->actions())
        if (a->menu() && a->menu()->title().remove(QLatin1Char('&')) == QLatin1String("View"))
            view = a->menu();
    QVERIFY(view);
    for (QDockWidget *d : card.panels()) {
        // The header stays: which customer this is must always be in sight.
        if (d->objectName() == QLatin1String("header")) {
            QVERIFY(!view->actions().contains(d->toggleViewAction()));
            continue;
        }
        QVERIFY2(view->actions().contains(d->toggleViewAction()), qPrintable(d->objectName()));
        d->toggleViewAction()->trigger();
        QVERIFY(d->isHidden());
        d->toggleViewAction()->trigger();
        QVERIFY(!d->isHidden());
    }
    bool hasReset = false;
    for (QAction *a : view->actions())
        hasReset |= a->objectName() == QLatin1String("resetLayout");
    QVERIFY(hasReset);
}

void TestCardWindow::layoutIsRememberedAndReset()
{
    {
        auto *card = new CustomerCardWindow(m_demo.store.get(), m_customer);
        card->show();
        QVERIFY(QTest::qWaitForWindowExposed(card));
        card->panel(QStringLiteral("activities"))->close();
        card->panel(QStringLiteral("documents"))->setFloating(true);
        QVERIFY(card->close()); // deletes itself and saves the layout
    }
    CustomerCardWindow again(m_demo.store.get(), m_customer);
    again.setAttribute(Qt::WA_DeleteOnClose, false);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.panel(QStringLiteral("activities"))->isHidden());
    QVERIFY(again.panel(QStringLiteral("documents"))->isFloating());
    again.resetLayout();
    QVERIFY(!again.panel(QStringLiteral("activities"))->isHidden());
    QVERIFY(!again.panel(QStringLiteral("documents"))->isFloating());
    QVERIFY(again.tabifiedDockWidgets(again.panel(QStringLiteral("masterData")))
                .contains(again.panel(QStringLiteral("documents"))));
    QVERIFY(!QSettings().contains(QStringLiteral("card/dockState")));
}

void TestCardWindow::twoCardsAtOnce()
{
    MainWindow main(m_demo.store.get());
    const QString other = m_demo.store->customerByNumber(QStringLiteral("K-10002")).id;
    QVERIFY(!other.isEmpty());
    CustomerCardWindow *a = main.openCustomer(m_customer);
    CustomerCardWindow *b = main.openCustomer(other);
    QVERIFY(a && b && a != b);
    QCOMPARE(main.openCards().size(), 2);
    QVERIFY(a->isVisible() && b->isVisible());
    QCOMPARE(a->customerId(), m_customer);
    QCOMPARE(b->customerId(), other);
    QCOMPARE(main.openCustomer(m_customer), a); // opening again raises the open card
    QCOMPARE(main.openCards().size(), 2);
    // An edit in one card shows in the customer list and not in the other card.
    QVERIFY(
        m_demo.store->updateCustomer(other, {{CustomerField::LastName, QStringLiteral("Zweite")}})
            .ok());
    QVERIFY(b->header()->nameText().contains(QStringLiteral("Zweite")));
    QVERIFY(!a->header()->nameText().contains(QStringLiteral("Zweite")));
    a->close();
    b->close();
    QTRY_COMPARE(main.openCards().size(), 0);
}

void TestCardWindow::headerShowsTheCustomer()
{
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    const Customer c = m_demo.store->customer(m_customer);
    QCOMPARE(card.header()->nameText(), c.displayName());
    QVERIFY(card.windowTitle().contains(c.number));
    QVERIFY(card.header()->infoText().contains(c.email));
    QVERIFY(card.header()->editButton()->isEnabled());
    QVERIFY(
        m_demo.store
            ->updateCustomer(m_customer, {{CustomerField::Phone, QStringLiteral("+49 30 9876543")}})
            .ok());
    QVERIFY(card.header()->infoText().contains(QStringLiteral("+49 30 9876543")));
}

void TestCardWindow::panelsShowDemoRows()
{
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    for (const QString &name : {QStringLiteral("rentedObjects"), QStringLiteral("transactions"),
                                QStringLiteral("masterData"), QStringLiteral("activities"),
                                QStringLiteral("permissions")}) {
        auto *view = card.panel(name)->findChild<QTableView *>();
        QVERIFY(view);
        QVERIFY2(view->model()->rowCount() > 0, qPrintable(name));
    }
    // The transactions title counts rows and says more are waiting.
    QVERIFY2(
        card.panel(QStringLiteral("transactions"))->windowTitle().contains(QStringLiteral("100+")),
        qPrintable(card.panel(QStringLiteral("transactions"))->windowTitle()));
}

void TestCardWindow::masterDataProblemIsShownUnderTheTable()
{
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    card.panel(QStringLiteral("masterData"))->raise();
    auto *problems = card.panel(QStringLiteral("masterData"))
                         ->findChild<QLabel *>(QStringLiteral("masterDataProblems"));
    QVERIFY(problems);
    QVERIFY(problems->isHidden());
    MasterDataModel *model = card.masterDataModel();
    const QModelIndex email = model->index(MasterDataModel::rowOf(CustomerField::Email),
                                           int(MasterDataModel::Column::Value));
    QVERIFY(!model->setData(email, QStringLiteral("anna(at)example.de")));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text(),
             QStringLiteral("E-mail: This is not an e-mail address (name@example.com)."));
    // RENTDESK_SHOT_DIR=folder keeps a picture of this state, to look at.
    if (qEnvironmentVariableIsSet("RENTDESK_SHOT_DIR"))
        card.grab().save(qEnvironmentVariable("RENTDESK_SHOT_DIR") +
                         QStringLiteral("/card-masterdata-problem.png"));
    QVERIFY(model->setData(email, QStringLiteral("anna@example.de")));
    QVERIFY(problems->isHidden());
}

// The picture a person sees: the master data table shows the customer's values as text (dark
// pixels on the light table), the status bar names the desk and the changes waiting.
void TestCardWindow::grabShowsTheCustomersData()
{
    CustomerCardWindow card(m_demo.store.get(), m_customer);
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    card.resize(1366, 768);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QCOMPARE(card.grab().size(), card.size() * card.devicePixelRatio());

    QTableView *master = nullptr;
    for (QTableView *v : card.findChildren<QTableView *>())
        if (v->model() == card.masterDataModel())
            master = v;
    QVERIFY(master);
    // Raise the master data tab, so it is the one drawn.
    for (QDockWidget *dock : card.panels())
        if (dock->isAncestorOf(master))
            dock->raise();
    QTest::qWait(50);
    const QRect r(master->viewport()->mapTo(&card, QPoint(0, 0)), master->viewport()->size());
    auto darkPixels = [&] {
        const QImage shot = card.grab().toImage();
        int dark = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                dark += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
        return dark;
    };
    const int dark = darkPixels();
    QVERIFY2(dark > 500,
             qPrintable(QStringLiteral("only %1 dark pixels: no text drawn").arg(dark)));
    // An empty customer card would show an empty table: far fewer dark pixels.
    card.masterDataModel()->setCustomer(QString());
    QTest::qWait(50);
    const int emptyDark = darkPixels();
    QVERIFY2(emptyDark * 10 < dark,
             qPrintable(QStringLiteral("%1 vs %2").arg(emptyDark).arg(dark)));

    auto *status = card.findChild<QLabel *>(QStringLiteral("deskStatus"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(m_demo.store->deskName()), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("waiting")), qPrintable(status->text()));
}

QTEST_MAIN(TestCardWindow)
#include "tst_cardwindow.moc"
