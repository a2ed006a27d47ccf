// Damages at the card, in a real store: a damage reported through the real dialog (a missing
// description said, the transaction's object picked, the object in repair), charged once as an
// open payment, the object repaired and available again, written off only by a manager with a
// reason and only before it is charged, closed only when nothing is in repair; a damage with a
// cost at a return is charged at once. Each step one outbox entry with its activity.

#include "activitiesmodel.h"
#include "customercardwindow.h"
#include "damagesmodel.h"
#include "damagespanel.h"
#include "format.h"
#include "store.h"
#include "widgettesthelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rentdesk;
using uitest::whenModal;

class TestDamages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void reportThroughTheDialog();
    void chargedOnceAsAnOpenPayment();
    void repairedMakesTheObjectAvailable();
    void writeOffNeedsAManagerAndAReason();
    void closedOnlyWhenNothingIsInRepair();
    void damageWithCostAtAReturnIsCharged();

private:
    QString staff(const char *login) const;
    QString newCustomer(const QString &lastName);
    // A hand-out of one free object to the customer, returned in good order unless `keepOut`.
    QString rentAndReturn(const QString &customerId, QString *objectId, bool keepOut = false);
    QString report(const QString &customerId, qint64 cost, QString *objectId = nullptr);
    QString objectState(const QString &objectId) const;

    uitest::DemoStore m_demo;
};

void TestDamages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_damages"));
    QSettings().clear();
    QVERIFY(m_demo.open(20));
}

void TestDamages::init()
{
    clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
    QVERIFY(m_demo.store->signIn(staff("moeztuerk"), QStringLiteral("2345")).ok());
}

QString TestDamages::staff(const char *login) const
{
    for (const StaffMember &m : m_demo.store->staffMembers())
        if (m.login == QLatin1String(login))
            return m.id;
    return {};
}

QString TestDamages::newCustomer(const QString &lastName)
{
    Customer c;
    c.firstName = QStringLiteral("Doris");
    c.lastName = lastName;
    c.city = QStringLiteral("Gera");
    c.birthDate = QDate(1990, 2, 2);
    const WriteResult r = m_demo.store->createCustomer(c);
    return r.ok() ? r.id : QString();
}

QString TestDamages::rentAndReturn(const QString &customerId, QString *objectId, bool keepOut)
{
    Store *store = m_demo.store.get();
    TransactionDraft d;
    d.customerId = customerId;
    d.from = clock::nowUtc().addSecs(-3600);
    d.to = clock::nowUtc().addDays(1);
    for (const RentalObjectChoice &c : store->rentalObjectChoices({}, d.from, d.to, 200)) {
        LineDraft line;
        QString problem;
        if (c.hold.isFree() && c.object.state == QLatin1String("available") &&
            store->priceLine(customerId, c.object.id, d.from, d.to, 1, &line, &problem)) {
            d.lines << line;
            *objectId = c.object.id;
            break;
        }
    }
    const WriteResult made = store->createTransaction(d);
    if (!made.ok() || keepOut)
        return made.id;
    ReturnDraft back;
    back.at = clock::nowUtc();
    for (const OpenRentalLine &l : store->openRentalLines(customerId))
        back.lines << ReturnLine{l.lineId, false, {}, 0, 0};
    return store->returnObjects(back).ok() ? made.id : QString();
}

QString TestDamages::report(const QString &customerId, qint64 cost, QString *objectId)
{
    QString object;
    const QString transaction = rentAndReturn(customerId, &object);
    if (objectId)
        *objectId = object;
    const WriteResult r = m_demo.store->reportDamage(
        {customerId, transaction, object, clock::today(), QStringLiteral("Lenker verbogen"), cost});
    return r.ok() ? r.id : QString();
}

QString TestDamages::objectState(const QString &objectId) const
{
    return m_demo.store->rentalObject(objectId).state;
}

void TestDamages::reportThroughTheDialog()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Dialog"));
    QString object;
    const QString transaction = rentAndReturn(customer, &object);
    QVERIFY(!transaction.isEmpty());
    QCOMPARE(objectState(object), QStringLiteral("available"));

    CustomerCardWindow card(store, customer);
    card.resize(1366, 768);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    card.findChild<QDockWidget *>(QStringLiteral("damages"))->raise();
    auto *panel = card.findChild<DamagesPanel *>();
    QVERIFY(panel);
    auto *model = qobject_cast<DamagesModel *>(panel->view()->model());
    QVERIFY(model);
    auto tester = uitest::testerFor(model);
    QCOMPARE(model->rowCount(), 0);
    const int outbox = store->pendingOutboxCount();

    bool driven = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DamageDialog *>(modal);
        QVERIFY(dialog);
        const int at = dialog->transactionBox()->findData(transaction);
        QVERIFY(at > 0);
        dialog->transactionBox()->setCurrentIndex(at);
        // The transaction's one object is picked.
        QCOMPARE(dialog->objectBox()->currentData().toString(), object);
        dialog->costField()->setText(QStringLiteral("45,50"));
        dialog->accept(); // nothing said about what is damaged
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problem()->isVisibleTo(dialog));
        QCOMPARE(dialog->costField()->text(), QStringLiteral("45,50"));
        dialog->costField()->setText(QStringLiteral("viel"));
        QTest::keyClicks(dialog->descriptionField(), QStringLiteral("Kette gerissen"));
        dialog->accept(); // not an amount
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problem()->text().contains(moneyInput(4550)));
        dialog->costField()->setText(QStringLiteral("45,50"));
        uitest::screenshot(dialog, "damage-dialog.png");
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        driven = true;
    });
    panel->reportAction()->trigger();
    QVERIFY(driven);
    QCOMPARE(store->pendingOutboxCount(), outbox + 1);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, int(DamagesModel::Column::Description)).data().toString(),
             QStringLiteral("Kette gerissen"));
    QCOMPARE(model->index(0, int(DamagesModel::Column::Status)).data().toString(),
             damageStatusText(QStringLiteral("open")));
    QCOMPARE(objectState(object), QStringLiteral("maintenance"));
    // The activity in words, credited to Mehmet.
    const ActivityRow latest = store->activities(customer, {}, 1).first();
    QCOMPARE(latest.action, QStringLiteral("damage.reported"));
    QCOMPARE(latest.staffName, QStringLiteral("Mehmet Öztürk"));

    // The row's actions follow the case: charge and repaired now, close not while in repair.
    panel->view()->setFocus();
    panel->view()->selectRow(0);
    QVERIFY(panel->chargeAction()->isEnabled());
    QVERIFY(panel->repairedAction()->isEnabled());
    QVERIFY(!panel->closeAction()->isEnabled());
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    panel->chargeAction()->trigger();
    QTRY_COMPARE(model->index(0, int(DamagesModel::Column::Status)).data().toString(),
                 damageStatusText(QStringLiteral("charged")));
    QVERIFY(!panel->chargeAction()->isEnabled());
    uitest::screenshot(&card, "card-damages.png");
    // A photo of the damage: with the case (its Files column) and in the card's documents.
    QTemporaryDir files;
    const QString photo = files.filePath(QStringLiteral("Kette.png"));
    {
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG\r\n\x1a\n photo of a chain");
    }
    QVERIFY(panel->attachAction()->isEnabled());
    QCOMPARE(panel->attachFiles({photo}), 1);
    QTRY_COMPARE(model->index(0, int(DamagesModel::Column::Files)).data().toInt(), 1);
    const QList<DocumentRow> documents = store->documents(customer, {}, 10);
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().fileName, QStringLiteral("Kette.png"));
    QCOMPARE(store->transactionDetail(transaction).documents.size(), 1);
    panel->repairedAction()->trigger();
    QCOMPARE(objectState(object), QStringLiteral("available"));
    QVERIFY(!panel->repairedAction()->isEnabled());
    QVERIFY(panel->closeAction()->isEnabled());
}

void TestDamages::chargedOnceAsAnOpenPayment()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Kosten"));
    const QString caseId = report(customer, 8900);
    QVERIFY(!caseId.isEmpty());
    const qint64 openBefore = store->openAmount(customer, {});
    const int outbox = store->pendingOutboxCount();
    QVERIFY(store->chargeDamage(caseId).ok());
    QCOMPARE(store->pendingOutboxCount(), outbox + 1);
    QCOMPARE(store->openAmount(customer, {}), openBefore + 8900);
    bool listed = false;
    for (const OpenPaymentRow &p : store->openPayments(customer, {}, 20))
        listed =
            listed || (p.amount.minor == 8900 && p.description.contains(QLatin1String("Lenker")));
    QVERIFY(listed);
    const WriteResult again = store->chargeDamage(caseId);
    QVERIFY(!again.ok());
    QVERIFY2(again.error.contains(QLatin1String("charged already")), qPrintable(again.error));
    QCOMPARE(store->openAmount(customer, {}), openBefore + 8900);
    // Nothing to charge without a cost.
    const QString free = report(customer, 0);
    QVERIFY(!store->chargeDamage(free).ok());
}

void TestDamages::repairedMakesTheObjectAvailable()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Werkstatt"));
    QString object;
    const QString caseId = report(customer, 1000, &object);
    QCOMPARE(objectState(object), QStringLiteral("maintenance"));
    // A second open case of the same object keeps it in repair after the first is repaired.
    const WriteResult second = store->reportDamage(
        {customer, {}, object, clock::today(), QStringLiteral("Sattel gerissen"), 500});
    QVERIFY(second.ok());
    QVERIFY(store->damageRepaired(caseId).ok());
    QCOMPARE(store->damageCase(caseId).status, QStringLiteral("repaired"));
    QCOMPARE(objectState(object), QStringLiteral("maintenance"));
    QVERIFY(store->damageRepaired(second.id).ok());
    QCOMPARE(objectState(object), QStringLiteral("available"));
    const WriteResult twice = store->damageRepaired(second.id);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error.contains(QLatin1String("not in repair")), qPrintable(twice.error));
    // Now it can be rented again.
    QVERIFY(store->objectHold(object, clock::nowUtc(), clock::nowUtc().addDays(1)).isFree());
}

void TestDamages::writeOffNeedsAManagerAndAReason()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Kulanz"));
    const QString caseId = report(customer, 2500);
    const int outbox = store->pendingOutboxCount();
    const WriteResult counter = store->writeOffDamage(caseId, QStringLiteral("Stammkundin"));
    QVERIFY(!counter.ok());
    QVERIFY2(counter.error.contains(QLatin1String("manager")), qPrintable(counter.error));
    QVERIFY(store->signIn(staff("jschaefer"), QStringLiteral("1234")).ok());
    QVERIFY(!store->writeOffDamage(caseId, QStringLiteral("  ")).ok());
    QCOMPARE(store->pendingOutboxCount(), outbox);
    QVERIFY(store->writeOffDamage(caseId, QStringLiteral("Stammkundin")).ok());
    QCOMPARE(store->damageCase(caseId).status, QStringLiteral("written_off"));
    const ActivityRow latest = store->activities(customer, {}, 1).first();
    QCOMPARE(latest.action, QStringLiteral("damage.written_off"));
    QCOMPARE(latest.newValue, QStringLiteral("Stammkundin"));
    ActivitiesModel activities(store);
    activities.setCustomer(customer);
    QTRY_VERIFY(activities.rowCount() > 0);
    QCOMPARE(activities.index(0, int(ActivitiesModel::Column::What)).data().toString(),
             ActivitiesModel::tr("Damage written off (%1): %2")
                 .arg(Money{2500}.toString(), QStringLiteral("Stammkundin")));
    // A charged one is not written off: it is settled with the money.
    const QString charged = report(customer, 1200);
    QVERIFY(store->chargeDamage(charged).ok());
    QVERIFY(!store->writeOffDamage(charged, QStringLiteral("doch nicht")).ok());
}

void TestDamages::closedOnlyWhenNothingIsInRepair()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Abschluss"));
    QString object;
    const QString caseId = report(customer, 700, &object);
    const WriteResult early = store->closeDamage(caseId);
    QVERIFY(!early.ok());
    QVERIFY2(early.error.contains(QLatin1String("repair")), qPrintable(early.error));
    QVERIFY(store->chargeDamage(caseId).ok());
    QVERIFY(store->damageRepaired(caseId).ok());
    QCOMPARE(store->damageCase(caseId).status, QStringLiteral("charged")); // the money is open
    QVERIFY(store->closeDamage(caseId).ok());
    QCOMPARE(store->damageCase(caseId).status, QStringLiteral("closed"));
    QVERIFY(!store->closeDamage(caseId).ok());
}

void TestDamages::damageWithCostAtAReturnIsCharged()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Rückgabe"));
    QString object;
    QVERIFY(!rentAndReturn(customer, &object, true).isEmpty());
    ReturnDraft back;
    back.at = clock::nowUtc();
    for (const OpenRentalLine &l : store->openRentalLines(customer))
        back.lines << ReturnLine{l.lineId, true, QStringLiteral("Rahmen gerissen"), 15000, 0};
    QVERIFY(store->returnObjects(back).ok());
    const QList<DamageCaseRow> cases = store->damageCases(customer, {}, 10);
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().status, QStringLiteral("charged"));
    QCOMPARE(objectState(object), QStringLiteral("maintenance"));
    QVERIFY(!store->chargeDamage(cases.first().id).ok()); // not twice
}

QTEST_MAIN(TestDamages)
#include "tst_damages.moc"
