// Permissions in the online booking and customer groups, in a real store: the effective value of
// each permission from default × group × the customer's own setting (a table), a setting taken
// back and set again without a tombstone, one outbox entry and an activity per change, managers
// only, a group's discount in the price of a new line, an open card following a changed default,
// the panel's actions and the settings' group dialog under the offscreen platform; and documents
// added to a transaction from its window.

#include "activitiesmodel.h"
#include "customercardwindow.h"
#include "mainwindow.h"
#include "permissionsmodel.h"
#include "permissionspage.h"
#include "permissionspanel.h"
#include "store.h"
#include "syncentities.h"
#include "transactionwindow.h"
#include "widgettesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rentdesk;
using uitest::whenModal;

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void resolution_data();
    void resolution();
    void ownSettingTakenBackAndSetAgain();
    void counterStaffIsRefused();
    void groupRefusals();
    void groupDiscountPricesNewLines();
    void openCardFollowsTheDefault();
    void panelActions();
    void groupThroughTheSettings();
    void documentsOfATransaction();
    void exportNeedsAManager();

private:
    QString staff(const char *login) const;
    QString newCustomer(const QString &lastName);
    PermissionRow row(const QString &customerId, const QString &key) const;

    uitest::DemoStore m_demo;
};

void TestPermissions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_permissions"));
    QSettings().clear();
    QVERIFY(m_demo.open(20));
}

void TestPermissions::init()
{
    clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
    QVERIFY(m_demo.store->signIn(staff("jschaefer"), QStringLiteral("1234")).ok());
    QVERIFY(m_demo.store->currentStaffIsManager());
}

QString TestPermissions::staff(const char *login) const
{
    for (const StaffMember &m : m_demo.store->staffMembers())
        if (m.login == QLatin1String(login))
            return m.id;
    return {};
}

QString TestPermissions::newCustomer(const QString &lastName)
{
    Customer c;
    c.firstName = QStringLiteral("Paula");
    c.lastName = lastName;
    c.city = QStringLiteral("Jena");
    c.birthDate = QDate(1985, 3, 3);
    const WriteResult r = m_demo.store->createCustomer(c);
    return r.ok() ? r.id : QString();
}

PermissionRow TestPermissions::row(const QString &customerId, const QString &key) const
{
    for (const PermissionRow &r : m_demo.store->permissions(customerId))
        if (r.key == key)
            return r;
    return {};
}

void TestPermissions::resolution_data()
{
    QTest::addColumn<bool>("byDefault");
    QTest::addColumn<int>("group"); // -1: the group sets nothing, 0 forbids, 1 allows
    QTest::addColumn<int>("own");   // -1: as inherited, 0 forbidden, 1 allowed
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("source");
    using S = PermissionRow::Source;
    for (bool d : {false, true})
        for (int g : {-1, 0, 1})
            for (int o : {-1, 0, 1}) {
                const bool allowed = o >= 0 ? o == 1 : g >= 0 ? g == 1 : d;
                const S source = o >= 0 ? S::Customer : g >= 0 ? S::Group : S::Default;
                QTest::addRow("default %d, group %d, own %d", int(d), g, o)
                    << d << g << o << allowed << int(source);
            }
}

void TestPermissions::resolution()
{
    QFETCH(bool, byDefault);
    QFETCH(int, group);
    QFETCH(int, own);
    QFETCH(bool, allowed);
    QFETCH(int, source);
    Store *store = m_demo.store.get();
    const QString key = permissionKey(Permission::PayOnInvoice);
    QVERIFY(store->setDefaultPermission(key, byDefault).ok());
    CustomerGroupDraft g;
    g.name = QStringLiteral("Tabelle %1").arg(QString::fromLatin1(QTest::currentDataTag()));
    if (group >= 0)
        g.permissions.insert(key, group == 1);
    const WriteResult made = store->saveCustomerGroup(g);
    QVERIFY2(made.ok(), qPrintable(made.error));
    const QString customer = newCustomer(QStringLiteral("Tabelle"));
    QVERIFY(store->updateCustomer(customer, {{CustomerField::Group, made.id}}).ok());
    if (own >= 0)
        QVERIFY(store->setCustomerPermission(customer, key, own == 1).ok());
    const PermissionRow r = row(customer, key);
    QCOMPARE(r.allowed, allowed);
    QCOMPARE(int(r.source), source);
}

void TestPermissions::ownSettingTakenBackAndSetAgain()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Zurück"));
    const QString key = permissionKey(Permission::BookWithoutDeposit);
    QVERIFY(store->setDefaultPermission(key, false).ok());
    const QString id = naturalId(QStringLiteral("customer_permission"), {customer, key});
    auto outbox = [store] { return store->pendingOutboxCount(); };

    int before = outbox();
    QVERIFY(store->setCustomerPermission(customer, key, true).ok());
    QCOMPARE(outbox(), before + 1);
    QVERIFY(row(customer, key).allowed);
    QCOMPARE(row(customer, key).source, PermissionRow::Source::Customer);

    before = outbox();
    QVERIFY(store->setCustomerPermission(customer, key, std::nullopt).ok());
    QCOMPARE(outbox(), before + 1);
    QVERIFY(!row(customer, key).allowed);
    QCOMPARE(row(customer, key).source, PermissionRow::Source::Default);
    // Taken back without a tombstone: the same row can carry a setting again.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT allowed IS NULL, deleted_at IS NULL FROM "
                                  "customer_permissions WHERE id = '%1'")
                       .arg(id)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(q.value(1).toBool());

    before = outbox();
    QVERIFY(store->setCustomerPermission(customer, key, false).ok());
    QCOMPARE(outbox(), before + 1);
    QCOMPARE(row(customer, key).source, PermissionRow::Source::Customer);
    QVERIFY(!row(customer, key).allowed);
    // The same setting again is no change: no outbox entry, no activity.
    before = outbox();
    QVERIFY(store->setCustomerPermission(customer, key, false).ok());
    QCOMPARE(outbox(), before);

    // Each change is in the activities in words, credited to the signed-in manager.
    const QList<ActivityRow> history = store->activities(customer, {}, 10);
    QStringList seen;
    for (const ActivityRow &a : history)
        if (a.action == QLatin1String("customer.permission")) {
            seen << a.oldValue + QStringLiteral("→") + a.newValue;
            QCOMPARE(a.staffName, QStringLiteral("Jana Schäfer"));
        }
    QCOMPARE(seen, (QStringList{QStringLiteral("inherited→forbidden"),
                                QStringLiteral("allowed→inherited"),
                                QStringLiteral("inherited→allowed")}));
    ActivitiesModel activities(store);
    activities.setCustomer(customer);
    QTRY_VERIFY(activities.rowCount() > 0);
    QCOMPARE(activities.index(0, int(ActivitiesModel::Column::What)).data().toString(),
             ActivitiesModel::tr("%1: %2 → %3")
                 .arg(permissionLabel(Permission::BookWithoutDeposit),
                      ActivitiesModel::tr("as inherited"), ActivitiesModel::tr("forbidden")));
}

void TestPermissions::counterStaffIsRefused()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Theke"));
    QVERIFY(store->signIn(staff("moeztuerk"), QStringLiteral("2345")).ok());
    const int before = store->pendingOutboxCount();
    const QString key = permissionKey(Permission::Book);
    for (const WriteResult &r :
         {store->setCustomerPermission(customer, key, false),
          store->setDefaultPermission(key, false),
          store->saveCustomerGroup({{}, QStringLiteral("Schwarzfahrer"), 50, {}})}) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("manager")), qPrintable(r.error));
    }
    QCOMPARE(store->pendingOutboxCount(), before);
    QCOMPARE(row(customer, key).source, PermissionRow::Source::Default);
}

void TestPermissions::groupRefusals()
{
    Store *store = m_demo.store.get();
    QVERIFY(store->saveCustomerGroup({{}, QStringLiteral("Schulen"), 10, {}}).ok());
    const int before = store->pendingOutboxCount();
    struct Case
    {
        CustomerGroupDraft draft;
        Store::GroupField field;
        const char *says;
    };
    const QList<Case> cases = {
        {{{}, QStringLiteral("  "), 5, {}}, Store::GroupField::Name, "name"},
        {{{}, QStringLiteral("SCHULEN"), 5, {}}, Store::GroupField::Name, "already"},
        {{{}, QStringLiteral("Kitas"), 101, {}}, Store::GroupField::Discount, "100"},
        {{{}, QStringLiteral("Kitas"), 5, {{QStringLiteral("fly"), true}}},
         Store::GroupField::None,
         "fly"},
    };
    for (const Case &c : cases) {
        Store::GroupField field = Store::GroupField::None;
        const WriteResult r = store->saveCustomerGroup(c.draft, &field);
        QVERIFY(!r.ok());
        QCOMPARE(field, c.field);
        QVERIFY2(r.error.contains(QLatin1String(c.says)), qPrintable(r.error));
    }
    QCOMPARE(store->pendingOutboxCount(), before);
}

void TestPermissions::groupDiscountPricesNewLines()
{
    Store *store = m_demo.store.get();
    const QString plain = newCustomer(QStringLiteral("Ohne"));
    const QString member = newCustomer(QStringLiteral("Mitglied"));
    const WriteResult g = store->saveCustomerGroup({{}, QStringLiteral("Sportverein"), 20, {}});
    QVERIFY2(g.ok(), qPrintable(g.error));
    QVERIFY(store->updateCustomer(member, {{CustomerField::Group, g.id}}).ok());
    const QDateTime from = clock::nowUtc().addDays(30), to = from.addDays(2);
    QString objectId;
    for (const RentalObjectChoice &c : store->rentalObjectChoices({}, from, to, 50))
        if (c.hold.isFree())
            objectId = c.object.id;
    QVERIFY(!objectId.isEmpty());
    LineDraft full, discounted;
    QString problem;
    QVERIFY2(store->priceLine(plain, objectId, from, to, 1, &full, &problem), qPrintable(problem));
    QVERIFY2(store->priceLine(member, objectId, from, to, 1, &discounted, &problem),
             qPrintable(problem));
    QVERIFY(full.priceMinor > 0);
    QCOMPARE(discounted.priceMinor, (full.priceMinor * 80 + 50) / 100);

    // The discount changed in the settings: the next line takes the new one.
    CustomerGroupDraft changed;
    for (const CustomerGroupDraft &d : store->customerGroupDetails())
        if (d.id == g.id)
            changed = d;
    QCOMPARE(changed.discountPercent, 20);
    changed.discountPercent = 50;
    QVERIFY(store->saveCustomerGroup(changed).ok());
    QVERIFY(store->priceLine(member, objectId, from, to, 1, &discounted, &problem));
    QCOMPARE(discounted.priceMinor, (full.priceMinor + 1) / 2);
}

void TestPermissions::openCardFollowsTheDefault()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Offen"));
    const QString key = permissionKey(Permission::SeeGroupPrices);
    QVERIFY(store->setDefaultPermission(key, true).ok());
    PermissionsModel model(store);
    auto tester = uitest::testerFor(&model);
    model.setCustomer(customer);
    QCOMPARE(model.rowCount(), int(allPermissions().size()));
    int at = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(int(ModelRole::Id)).toString() == key)
            at = r;
    QVERIFY(at >= 0);
    const QModelIndex allowed = model.index(at, int(PermissionsModel::Column::Allowed));
    QCOMPARE(allowed.data().toString(), PermissionsModel::tr("yes"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(store->setDefaultPermission(key, false).ok());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(allowed.data().toString(), PermissionsModel::tr("no"));
    QCOMPARE(model.index(at, int(PermissionsModel::Column::Source)).data().toString(),
             PermissionsModel::tr("default"));
    // A customer with their own setting does not follow.
    QVERIFY(store->setCustomerPermission(customer, key, false).ok());
    QVERIFY(store->setDefaultPermission(key, true).ok());
    QCOMPARE(allowed.data().toString(), PermissionsModel::tr("no"));
    QCOMPARE(model.index(at, int(PermissionsModel::Column::Source)).data().toString(),
             PermissionsModel::tr("individual"));
}

void TestPermissions::panelActions()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Tafel"));
    const QString key = permissionKey(Permission::PayOnInvoice);
    QVERIFY(store->setDefaultPermission(key, false).ok());
    CustomerCardWindow card(store, customer);
    card.resize(1366, 768);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    auto *panel = card.findChild<PermissionsPanel *>();
    QVERIFY(panel);
    auto *model = qobject_cast<PermissionsModel *>(panel->view()->model());
    QVERIFY(model);
    int at = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(int(ModelRole::Id)).toString() == key)
            at = r;
    QVERIFY(at >= 0);
    QVERIFY(!panel->allowAction()->isEnabled()); // nothing selected yet
    panel->view()->setFocus();
    panel->view()->selectRow(at);
    QVERIFY(panel->allowAction()->isEnabled());
    QVERIFY(!panel->inheritAction()->isEnabled()); // nothing of the customer's own to take back

    // "+" allows it for this customer.
    QTest::keyClick(panel->view(), Qt::Key_Plus);
    QCOMPARE(model->index(at, int(PermissionsModel::Column::Allowed)).data().toString(),
             PermissionsModel::tr("yes"));
    QCOMPARE(model->index(at, int(PermissionsModel::Column::Source)).data().toString(),
             PermissionsModel::tr("individual"));
    QVERIFY(!panel->allowAction()->isEnabled());
    QVERIFY(panel->inheritAction()->isEnabled());
    uitest::screenshot(&card, "card-permissions.png");
    // Back to the default by the button.
    panel->inheritAction()->trigger();
    QCOMPARE(model->index(at, int(PermissionsModel::Column::Allowed)).data().toString(),
             PermissionsModel::tr("no"));
    QCOMPARE(model->index(at, int(PermissionsModel::Column::Source)).data().toString(),
             PermissionsModel::tr("default"));

    // Counter staff are told why, and nothing changes.
    QVERIFY(store->signIn(staff("moeztuerk"), QStringLiteral("2345")).ok());
    QString said;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        said = box->text();
        box->accept();
    });
    panel->view()->selectRow(at);
    panel->forbidAction()->trigger();
    QVERIFY2(said.contains(QLatin1String("manager")), qPrintable(said));
    QCOMPARE(model->index(at, int(PermissionsModel::Column::Source)).data().toString(),
             PermissionsModel::tr("default"));
}

void TestPermissions::groupThroughTheSettings()
{
    Store *store = m_demo.store.get();
    CustomerGroupsPage page(store);
    page.resize(700, 400);
    page.show();
    const int before = page.table()->rowCount();
    bool driven = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<CustomerGroupDialog *>(modal);
        QVERIFY(dialog);
        dialog->discountField()->setValue(12);
        auto *invoice = dialog->permissionField(permissionKey(Permission::PayOnInvoice));
        QVERIFY(invoice);
        invoice->setCurrentIndex(invoice->findData(true));
        // No name: said under the name; the dialog stays with what was chosen.
        dialog->save();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->nameProblem()->isVisible());
        QVERIFY(dialog->nameProblem()->text().contains(QLatin1String("name")));
        QCOMPARE(dialog->discountField()->value(), 12);
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Hotelgaeste"));
        uitest::screenshot(dialog, "settings-customer-group.png");
        dialog->save();
        QVERIFY(!dialog->isVisible());
        driven = true;
    });
    page.addGroup();
    QVERIFY(driven);
    QCOMPARE(page.table()->rowCount(), before + 1);
    bool listed = false;
    for (int r = 0; r < page.table()->rowCount(); ++r)
        if (page.table()->item(r, 0)->text() == QLatin1String("Hotelgaeste")) {
            listed = true;
            QCOMPARE(page.table()->item(r, 1)->text(), CustomerGroupsPage::tr("%1 %").arg(12));
            QVERIFY(page.table()->item(r, 2)->text().contains(
                permissionLabel(Permission::PayOnInvoice)));
        }
    QVERIFY(listed);
    uitest::screenshot(&page, "settings-customer-groups.png");

    DefaultPermissionsPage defaults(store);
    QCheckBox *book = defaults.box(permissionKey(Permission::Book));
    QVERIFY(book);
    const bool was = book->isChecked();
    book->click();
    QCOMPARE(store->defaultPermissions().value(permissionKey(Permission::Book)), !was);
    // Counter staff: refused, said, and the tick shows what the store still says.
    QVERIFY(store->signIn(staff("moeztuerk"), QStringLiteral("2345")).ok());
    book->click();
    QCOMPARE(book->isChecked(), !was);
    QVERIFY(defaults.problem()->isVisibleTo(&defaults));
    QVERIFY(defaults.problem()->text().contains(QLatin1String("manager")));
    QCOMPARE(store->defaultPermissions().value(permissionKey(Permission::Book)), !was);
}

void TestPermissions::documentsOfATransaction()
{
    Store *store = m_demo.store.get();
    const QString customer = newCustomer(QStringLiteral("Beleg"));
    TransactionDraft d;
    d.customerId = customer;
    d.kind = TransactionKind::Booking;
    d.from = clock::nowUtc().addDays(3);
    d.to = d.from.addDays(2);
    for (const RentalObjectChoice &c : store->rentalObjectChoices({}, d.from, d.to, 100)) {
        LineDraft line;
        QString problem;
        if (c.hold.isFree() &&
            store->priceLine(customer, c.object.id, d.from, d.to, 1, &line, &problem)) {
            d.lines << line;
            break;
        }
    }
    QVERIFY(!d.lines.isEmpty());
    const WriteResult made = store->createTransaction(d);
    QVERIFY2(made.ok(), qPrintable(made.error));

    QTemporaryDir files;
    const QString signedContract = files.filePath(QStringLiteral("Vertrag unterschrieben.pdf"));
    {
        QFile f(signedContract);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 signed contract\n%%EOF\n");
    }
    TransactionWindow window(store, made.id);
    window.show();
    QCOMPARE(window.addDocuments({signedContract, files.filePath(QStringLiteral("gone.pdf"))}), 1);
    // The one that is not there is said with its name; the other is listed.
    QVERIFY(!window.documentProblem()->isHidden());
    QVERIFY(window.documentProblem()->text().contains(QLatin1String("gone.pdf")));
    QCOMPARE(window.documentsTable()->rowCount(), 1);
    QCOMPARE(window.documentsTable()->item(0, 0)->text(),
             QStringLiteral("Vertrag unterschrieben.pdf"));
    QCOMPARE(window.documentsTable()->item(0, 4)->text(), QStringLiteral("Jana Schäfer"));
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(window.documentsTable()->parentWidget());
    QCOMPARE(tabs->tabText(tabs->currentIndex()), TransactionWindow::tr("Documents (%1)").arg(1));
    uitest::screenshot(&window, "transaction-documents.png");
    // The card's documents panel shows it too; another transaction does not.
    const QList<DocumentRow> onCard = store->documents(customer, {}, 10);
    QCOMPARE(onCard.size(), 1);
    QCOMPARE(onCard.first().fileName, QStringLiteral("Vertrag unterschrieben.pdf"));
    QCOMPARE(store->transactionDetail(made.id).documents.size(), 1);
    // Not to another customer's transaction.
    const WriteResult wrong =
        store->addDocument(newCustomer(QStringLiteral("Fremd")), signedContract, {}, made.id);
    QVERIFY(!wrong.ok());
    QCOMPARE(store->transactionDetail(made.id).documents.size(), 1);
}

void TestPermissions::exportNeedsAManager()
{
    Store *store = m_demo.store.get();
    QVERIFY(store->signIn(staff("moeztuerk"), QStringLiteral("2345")).ok());
    MainWindow window(store);
    QString said;
    bool fileDialog = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            said = box->text();
        else
            fileDialog = true; // no file is asked for: closed so the test goes on
        dialog->reject();
    });
    window.exportCustomers();
    QVERIFY(!fileDialog);
    QVERIFY2(said.contains(QLatin1String("manager")), qPrintable(said));
}

QTEST_MAIN(TestPermissions)
#include "tst_permissions.moc"
