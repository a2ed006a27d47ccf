// The catalogue in the settings, in a real store: a manager adds an article with day tiers and a
// week price and its objects; new lines are priced by it, lines already made keep their price;
// barcodes are unique; an object in repair or retired cannot be rented, one that is out keeps
// "rented"; someone at the counter is refused. Through the real dialogs under offscreen too.

#include "articledialog.h"
#include "cataloguepage.h"
#include "clock.h"
#include "settingsdialog.h"
#include "store.h"
#include "widgettesthelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace rentdesk;

class TestCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void counterStaffIsRefused();
    void articleWithTiersPricesNewLines();
    void barcodesAreUniqueAndStatesHold();
    void throughTheSettingsDialog();
    void seasonPriceListFromADay();
    void newPriceListThroughTheCatalogue();

private:
    QString customer();
    QString manager() const;

    uitest::DemoStore m_demo;
};

void TestCatalogue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_catalogue"));
    QSettings().clear();
    QVERIFY(m_demo.open(20));
}

void TestCatalogue::init()
{
    clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
    m_demo.store->setCurrentStaff(manager(), true);
    QVERIFY(m_demo.store->currentStaffIsManager());
}

QString TestCatalogue::manager() const
{
    for (const StaffMember &m : m_demo.store->staffMembers())
        if (m.role == StaffRole::Manager)
            return m.id;
    return {};
}

QString TestCatalogue::customer()
{
    Customer c;
    c.firstName = QStringLiteral("Karl");
    c.lastName = QStringLiteral("Katalog");
    c.city = QStringLiteral("Weimar");
    c.birthDate = QDate(1970, 7, 7);
    return m_demo.store->createCustomer(c).id;
}

void TestCatalogue::counterStaffIsRefused()
{
    Store *store = m_demo.store.get();
    QString counter;
    for (const StaffMember &m : store->staffMembers())
        if (m.role == StaffRole::Counter)
            counter = m.id;
    QVERIFY(!counter.isEmpty());
    store->setCurrentStaff(counter, true);
    ArticleDraft a;
    a.name = QStringLiteral("Tandem");
    a.category = QStringLiteral("Fahrrad");
    a.perDayMinor = 3000;
    const int before = store->pendingOutboxCount();
    const WriteResult r = store->saveArticle(a);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("manager")), qPrintable(r.error));
    QCOMPARE(store->pendingOutboxCount(), before);
}

void TestCatalogue::articleWithTiersPricesNewLines()
{
    Store *store = m_demo.store.get();
    ArticleDraft a;
    a.name = QStringLiteral("Lastenrad Test");
    a.category = QStringLiteral("E-Bike");
    a.vatRateBp = 700;
    a.depositMinor = 10000;
    a.perHourMinor = 800;
    a.perDayMinor = 4000;
    a.dayTiers = {7000, 9000};
    a.extraDayMinor = 2000;
    a.perWeekMinor = 15000;
    a.lateFeePerHourMinor = 700;
    a.lateFeePerDayMinor = 4000;
    a.lateGraceMinutes = 15;
    // Tiers must not get cheaper in all.
    ArticleDraft bad = a;
    bad.dayTiers = {7000, 6000};
    Store::ArticleField field = Store::ArticleField::None;
    QVERIFY(!store->saveArticle(bad, &field).ok());
    QCOMPARE(field, Store::ArticleField::Tiers);
    bad = a;
    bad.perDayMinor = 0;
    QVERIFY(!store->saveArticle(bad, &field).ok());
    QCOMPARE(field, Store::ArticleField::PerDay);

    const int before = store->pendingOutboxCount();
    const WriteResult saved = store->saveArticle(a);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(store->pendingOutboxCount(), before + 1); // one operation
    ArticleDraft read;
    for (const ArticleDraft &x : store->catalogueArticles())
        if (x.id == saved.id)
            read = x;
    QCOMPARE(read.name, a.name);
    QCOMPARE(read.dayTiers, a.dayTiers);
    QCOMPARE(read.extraDayMinor, a.extraDayMinor);
    QCOMPARE(read.perWeekMinor, qint64(15000));
    QCOMPARE(read.vatRateBp, 700);

    RentalObjectDraft o;
    o.articleId = saved.id;
    o.name = QStringLiteral("Lastenrad Test #1");
    o.barcode = QStringLiteral("LT-0001");
    const WriteResult object = store->saveRentalObject(o);
    QVERIFY2(object.ok(), qPrintable(object.error));

    // Three days: the tier for three days; four days: the tiers and one further day.
    const QString c = customer();
    const QDateTime from = clock::nowUtc();
    LineDraft line;
    QString problem;
    QVERIFY2(store->priceLine(c, object.id, from, from.addDays(3), 1, &line, &problem),
             qPrintable(problem));
    QCOMPARE(line.priceMinor, qint64(9000));
    QCOMPARE(line.depositMinor, qint64(10000));
    QVERIFY(store->priceLine(c, object.id, from, from.addDays(4), 1, &line, &problem));
    QCOMPARE(line.priceMinor, qint64(11000));
    QVERIFY(store->priceLine(c, object.id, from, from.addDays(7), 1, &line, &problem));
    QCOMPARE(line.priceMinor, qint64(15000)); // the week is cheaper than 17000

    // A line made now keeps its price when the article's prices change.
    QVERIFY(store->priceLine(c, object.id, from, from.addDays(1), 1, &line, &problem));
    TransactionDraft t;
    t.customerId = c;
    t.from = from;
    t.to = from.addDays(1);
    t.lines << line;
    const WriteResult handedOut = store->createTransaction(t);
    QVERIFY2(handedOut.ok(), qPrintable(handedOut.error));
    read.perDayMinor = 5000;
    QVERIFY(store->saveArticle(read).ok());
    QCOMPARE(store->transactionDetail(handedOut.id).lines.first().priceMinor, qint64(4000));
    QVERIFY(store->priceLine(c, object.id, from.addDays(2), from.addDays(3), 1, &line, &problem));
    QCOMPARE(line.priceMinor, qint64(5000));
}

void TestCatalogue::barcodesAreUniqueAndStatesHold()
{
    Store *store = m_demo.store.get();
    const ArticleDraft article = store->catalogueArticles().first();
    const RentalObjectDraft existing = store->catalogueObjects(article.id).first();
    RentalObjectDraft o;
    o.articleId = article.id;
    o.name = QStringLiteral("Zweites");
    o.barcode = existing.barcode.toLower(); // a scanner's case does not matter
    Store::ArticleField field = Store::ArticleField::None;
    const WriteResult dup = store->saveRentalObject(o, &field);
    QVERIFY(!dup.ok());
    QCOMPARE(field, Store::ArticleField::Barcode);
    QVERIFY2(dup.error.contains(existing.name), qPrintable(dup.error));
    o.barcode = QStringLiteral("with space");
    QVERIFY(!store->saveRentalObject(o, &field).ok());
    QCOMPARE(field, Store::ArticleField::Barcode);

    // In repair: it cannot be rented, and the choice says why.
    o.barcode = QStringLiteral("REPAIR-1");
    const WriteResult made = store->saveRentalObject(o);
    QVERIFY2(made.ok(), qPrintable(made.error));
    o.id = made.id;
    o.state = QStringLiteral("maintenance");
    QVERIFY(store->saveRentalObject(o).ok());
    const ObjectHold hold = store->objectHold(made.id, clock::nowUtc(), clock::nowUtc().addDays(1));
    QVERIFY(!hold.isFree());
    QVERIFY2(hold.problem.contains(QStringLiteral("repair")), qPrintable(hold.problem));
    // Out with a customer: "rented" stays until the return.
    o.state = QStringLiteral("available");
    QVERIFY(store->saveRentalObject(o).ok());
    const QString c = customer();
    LineDraft line;
    QString problem;
    QVERIFY(store->priceLine(c, made.id, clock::nowUtc(), clock::nowUtc().addDays(1), 1, &line,
                             &problem));
    TransactionDraft t;
    t.customerId = c;
    t.from = clock::nowUtc();
    t.to = t.from.addDays(1);
    t.lines << line;
    QVERIFY(store->createTransaction(t).ok());
    o.state = QStringLiteral("retired");
    o.name = QStringLiteral("Zweites (neu lackiert)");
    QVERIFY(store->saveRentalObject(o).ok());
    for (const RentalObjectDraft &x : store->catalogueObjects(article.id))
        if (x.id == made.id) {
            QCOMPARE(x.state, QStringLiteral("rented"));
            QCOMPARE(x.name, QStringLiteral("Zweites (neu lackiert)"));
        }
}

void TestCatalogue::throughTheSettingsDialog()
{
    Store *store = m_demo.store.get();
    SettingsDialog settings(store, nullptr);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    auto *tabs = settings.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(settings.cataloguePage());
    CataloguePage *page = settings.cataloguePage();
    const int articles = page->articlesTable()->rowCount();
    QVERIFY(articles > 5);
    uitest::screenshot(&settings, "settings-catalogue.png");

    bool driven = false;
    uitest::whenModal([&](QWidget *w) {
        auto *d = qobject_cast<ArticleDialog *>(w);
        QVERIFY(d);
        d->field("name")->setText(QStringLiteral("Schlitten"));
        d->field("category")->setText(QStringLiteral("Winter"));
        d->field("vat")->setText(QStringLiteral("neunzehn"));
        d->field("perDay")->setText(QStringLiteral("12"));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(d->isVisible());
        QVERIFY(d->problem()->isVisible());
        QCOMPARE(d->focusWidget(), d->field("vat")); // said at the field, nothing lost
        QCOMPARE(d->field("name")->text(), QStringLiteral("Schlitten"));
        d->field("vat")->setText(QStringLiteral("19"));
        d->field("tiers")->setText(QStringLiteral("20; 27"));
        uitest::screenshot(d, "article-dialog.png");
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        driven = true;
    });
    page->addArticle();
    QVERIFY(driven);
    QCOMPARE(page->articlesTable()->rowCount(), articles + 1);
    const int row = page->articlesTable()->currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(page->articlesTable()->item(row, 0)->text(), QStringLiteral("Schlitten"));

    driven = false;
    uitest::whenModal([&](QWidget *w) {
        auto *d = qobject_cast<RentalObjectDialog *>(w);
        QVERIFY(d);
        QCOMPARE(d->nameField()->text(), QStringLiteral("Schlitten #1"));
        // The scanner types the code and presses Enter: the form is not saved yet.
        QTest::keyClicks(d->barcodeField(), QStringLiteral("SL-0001"));
        QTest::keyClick(d->barcodeField(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        driven = true;
    });
    page->addObject();
    QVERIFY(driven);
    QCOMPARE(page->objectsTable()->rowCount(), 1);
    QCOMPARE(page->objectsTable()->item(0, 1)->text(), QStringLiteral("SL-0001"));
    QCOMPARE(store->rentalObjectByBarcode(QStringLiteral("SL-0001")).articleName,
             QStringLiteral("Schlitten"));
}

void TestCatalogue::seasonPriceListFromADay()
{
    Store *store = m_demo.store.get();
    const QString today = store->currentPriceListId();
    QVERIFY(!today.isEmpty());
    const ArticleDraft article = store->catalogueArticles().first();
    QVERIFY(article.perDayMinor > 0);
    const QString object = store->catalogueObjects(article.id).first().id;
    const QDate winter = clock::today().addDays(20);

    // Refused with the field: no name, a day in the past, a day another list starts.
    Store::ArticleField field = Store::ArticleField::None;
    QVERIFY(!store->addPriceList(QStringLiteral(" "), winter, today, &field).ok());
    QCOMPARE(field, Store::ArticleField::Name);
    QVERIFY(
        !store->addPriceList(QStringLiteral("Gestern"), clock::today().addDays(-1), today, &field)
             .ok());
    QCOMPARE(field, Store::ArticleField::ValidFrom);
    PriceListInfo todays;
    for (const PriceListInfo &l : store->priceLists())
        if (l.id == today)
            todays = l;
    if (todays.validFrom >= clock::today()) {
        const WriteResult same =
            store->addPriceList(QStringLiteral("Doppelt"), todays.validFrom, today, &field);
        QVERIFY(!same.ok());
        QCOMPARE(field, Store::ArticleField::ValidFrom);
        QVERIFY2(same.error.contains(todays.name), qPrintable(same.error));
    }

    // A copy of today's prices from a day on: one operation.
    const int before = store->pendingOutboxCount();
    const WriteResult made = store->addPriceList(QStringLiteral("Winter"), winter, today);
    QVERIFY2(made.ok(), qPrintable(made.error));
    QCOMPARE(store->pendingOutboxCount(), before + 1);
    QCOMPARE(store->currentPriceListId(), today); // it has not begun
    ArticleDraft inWinter;
    for (const ArticleDraft &a : store->catalogueArticles(made.id))
        if (a.id == article.id)
            inWinter = a;
    QCOMPARE(inWinter.perDayMinor, article.perDayMinor);
    QCOMPARE(inWinter.priceListId, made.id);
    QCOMPARE(store->priceLists().last().entries, todays.entries);

    // Winter's day price raised: lines in winter take it, lines now keep today's.
    inWinter.perDayMinor = article.perDayMinor + 1000;
    inWinter.dayTiers.clear();
    inWinter.extraDayMinor.reset();
    inWinter.perWeekMinor = 0;
    const WriteResult raised = store->saveArticle(inWinter);
    QVERIFY2(raised.ok(), qPrintable(raised.error));
    for (const ArticleDraft &a : store->catalogueArticles())
        if (a.id == article.id)
            QCOMPARE(a.perDayMinor, article.perDayMinor);
    const QString c = customer();
    const QDateTime winterDay = QDateTime(winter, QTime(10, 0)).toUTC();
    LineDraft line;
    QString problem;
    QVERIFY2(store->priceLine(c, object, winterDay, winterDay.addDays(1), 1, &line, &problem),
             qPrintable(problem));
    QCOMPARE(line.priceMinor, article.perDayMinor + 1000);
    QCOMPARE(line.priceListId, made.id);
    const QDateTime soon = clock::nowUtc().addDays(1);
    QVERIFY(store->priceLine(c, object, soon, soon.addDays(1), 1, &line, &problem));
    QCOMPARE(line.priceListId, today);
    // Once winter has begun it is today's list.
    clock::setNowForTesting(winterDay);
    QCOMPARE(store->currentPriceListId(), made.id);
}

void TestCatalogue::newPriceListThroughTheCatalogue()
{
    Store *store = m_demo.store.get();
    CataloguePage page(store);
    page.resize(800, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int lists = page.priceListBox()->count();
    QCOMPARE(page.selectedPriceList(), store->currentPriceListId());
    QVERIFY(page.priceListBox()->currentText().contains(
        CataloguePage::tr("valid today").section(QLatin1Char(' '), -1)));
    bool driven = false;
    uitest::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PriceListDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->copyFromBox()->currentData().toString(), store->currentPriceListId());
        dialog->fromField()->setDate(clock::today().addDays(100));
        dialog->accept(); // no name: said at the name, nothing lost
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->nameProblem()->isVisibleTo(dialog));
        QCOMPARE(dialog->fromField()->date(), clock::today().addDays(100));
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Sommer"));
        uitest::screenshot(dialog, "catalogue-new-price-list.png");
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        driven = true;
    });
    page.addPriceList();
    QVERIFY(driven);
    QCOMPARE(page.priceListBox()->count(), lists + 1);
    // The new list is chosen; its articles carry the copied prices and open in it.
    QVERIFY(page.priceListBox()->currentText().startsWith(QLatin1String("Sommer")));
    QVERIFY(page.selectedPriceList() != store->currentPriceListId());
    QVERIFY(page.articlesTable()->rowCount() > 0);
    QVERIFY(!page.articlesTable()->item(0, 2)->text().isEmpty());
    uitest::screenshot(&page, "catalogue-price-lists.png");
}

QTEST_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
