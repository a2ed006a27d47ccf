// Every panel model over the real store filled with demo data, checked by
// QAbstractItemModelTester, plus the behaviour a person sees: rows appear, pages load lazily,
// an edit updates one row instead of resetting the panel.

#include "accessesmodel.h"
#include "activitiesmodel.h"
#include "clock.h"
#include "customersearchmodel.h"
#include "damagesmodel.h"
#include "documentsmodel.h"
#include "masterdatamodel.h"
#include "openbalancesmodel.h"
#include "openpaymentsmodel.h"
#include "permissionsmodel.h"
#include "rentedobjectsmodel.h"
#include "storetesthelpers.h"
#include "transactionsmodel.h"
#include "uitesthelpers.h"
#include "vouchersmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>

#include <tuple>

using namespace rentdesk;

namespace {

// Where the transactions panel puts a row: running and open ones first (newest first), then
// the future (soonest first), then the past (newest first); the id breaks ties.
std::tuple<int, qint64, QString> panelOrder(const TransactionRow &t)
{
    const bool settled = t.status == QLatin1String("cancelled") ||
                         t.status == QLatin1String("closed") ||
                         t.status == QLatin1String("returned");
    const int group = (t.status == QLatin1String("handed_out") || t.open.minor > 0) ? 0
                      : (t.startAt > clock::nowUtc() && !settled)                   ? 1
                                                                                    : 2;
    const qint64 secs = t.startAt.toSecsSinceEpoch();
    return {group, group == 1 ? secs : -secs, t.id};
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void panelModel_data();
    void panelModel();
    void transactionsLoadLazily();
    void editUpdatesOneRowWithoutReset();
    void newActivityAppearsAtTop();
    void activitiesReadLikeText();
    void rentedObjectsShowOnlyWhatIsOut();
    void openBalancesSumPerTransaction();
    void searchModel();
    void remoteChangeUpdatesPanelsWithoutReset();
    void rowsArrivingBetweenPagesAreNeitherSkippedNorRepeated();
    void failedReadShowsAsErrorNotAsEmptyList();
    void documentWhoseFileIsOnItsWaySaysSo();
    void smallPagesGiveTheSameRowsAsOneRead();
    void openAmountsAgreeWithTheView();

private:
    qint64 countFor(const char *sql) const;
    uitest::DemoStore m_demo;
    QString m_customer;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_demo.open());
    m_customer = m_demo.longHistoryId();
    QVERIFY(!m_customer.isEmpty());
}

qint64 TestModels::countFor(const char *sql) const
{
    QSqlQuery q(m_demo.store->database());
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(m_customer);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

using Factory = std::function<QAbstractItemModel *(Store *)>;
Q_DECLARE_METATYPE(Factory)

void TestModels::panelModel_data()
{
    QTest::addColumn<Factory>("make");
    QTest::addColumn<QByteArray>("countSql"); // rows the model must show (first page at most)
    auto add = [](const char *name, Factory f, const char *sql) {
        QTest::newRow(name) << f << QByteArray(sql);
    };
    add(
        "rented objects", [](Store *s) { return new RentedObjectsModel(s); },
        "SELECT count(*) FROM transaction_lines l JOIN transactions t ON t.id = l.transaction_id "
        "WHERE t.customer_id = ? AND t.status = 'handed_out' AND l.returned_at IS NULL");
    add(
        "transactions", [](Store *s) { return new TransactionsModel(s); },
        "SELECT count(*) FROM transactions WHERE customer_id = ?");
    add(
        "damages", [](Store *s) { return new DamagesModel(s); },
        "SELECT count(*) FROM damage_cases WHERE customer_id = ?");
    add(
        "accesses", [](Store *s) { return new AccessesModel(s); },
        "SELECT count(*) FROM accesses WHERE customer_id = ?");
    add(
        "vouchers", [](Store *s) { return new VouchersModel(s); },
        "SELECT count(*) FROM vouchers WHERE customer_id = ?");
    add(
        "open payments", [](Store *s) { return new OpenPaymentsModel(s); },
        "SELECT count(*) FROM charge_balances WHERE customer_id = ? AND open_minor > 0");
    add(
        "open balances", [](Store *s) { return new OpenBalancesModel(s); },
        "SELECT count(DISTINCT coalesce(transaction_id, '')) FROM charge_balances WHERE "
        "customer_id = ? AND open_minor > 0");
    add(
        "documents", [](Store *s) { return new DocumentsModel(s); },
        "SELECT count(*) FROM documents WHERE customer_id = ?");
    add(
        "permissions", [](Store *s) { return new PermissionsModel(s); },
        "SELECT count(*) FROM default_permissions WHERE deleted_at IS NULL AND length(?) > 0");
    add(
        "master data", [](Store *s) { return new MasterDataModel(s); },
        "SELECT count(*) FROM pragma_table_info('customers') WHERE name IN ('first_name', "
        "'last_name', 'company', 'email', 'phone', 'street', 'postcode', 'city', 'country', "
        "'birth_date', 'language', 'group_id', 'blocked', 'blocked_reason', 'note') AND length(?) "
        "> 0");
    add(
        "activities", [](Store *s) { return new ActivitiesModel(s); },
        "SELECT count(*) FROM activities WHERE customer_id = ?");
}

void TestModels::panelModel()
{
    QFETCH(Factory, make);
    QFETCH(QByteArray, countSql);
    std::unique_ptr<QAbstractItemModel> model(make(m_demo.store.get()));
    const auto tester = uitest::testerFor(model.get());
    QCOMPARE(model->rowCount(), 0); // no customer yet
    static_cast<CustomerPanelModel *>(model.get())->setCustomer(m_customer);
    const qint64 expected = countFor(countSql.constData());
    QVERIFY2(expected > 0, "the demo customer has rows for every panel");
    QCOMPARE(model->rowCount(), int(qMin<qint64>(expected, CustomerPanelModel::PageSize)));
    // Every cell a person sees has text; headers name the columns.
    for (int c = 0; c < model->columnCount(); ++c)
        QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
    for (int c = 0; c < model->columnCount(); ++c)
        QVERIFY(model->data(model->index(0, c)).isValid() ||
                model->data(model->index(0, c), Qt::CheckStateRole).isValid() ||
                c == model->columnCount() - 1); // last column may be empty (e.g. Problem)
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), int(expected));
    static_cast<CustomerPanelModel *>(model.get())->setCustomer(QString());
    QCOMPARE(model->rowCount(), 0);
}

void TestModels::transactionsLoadLazily()
{
    TransactionsModel model(m_demo.store.get());
    const auto tester = uitest::testerFor(&model);
    model.setCustomer(m_customer);
    const qint64 all = countFor("SELECT count(*) FROM transactions WHERE customer_id = ?");
    QVERIFY(all >= 300);
    QCOMPARE(model.rowCount(), CustomerPanelModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2 * CustomerPanelModel::PageSize);
    // Running and open ones first, then the future, then the past.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(panelOrder(model.rowAt(row - 1)) < panelOrder(model.rowAt(row)));
}

void TestModels::editUpdatesOneRowWithoutReset()
{
    MasterDataModel model(m_demo.store.get());
    const auto tester = uitest::testerFor(&model);
    model.setCustomer(m_customer);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex city = model.index(MasterDataModel::rowOf(CustomerField::City),
                                         int(MasterDataModel::Column::Value));
    QVERIFY(model.setData(city, QStringLiteral("Potsdam")));
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    for (const auto &args : changed) {
        QCOMPARE(args.at(0).toModelIndex().row(), city.row());
        QCOMPARE(args.at(1).toModelIndex().row(), city.row());
    }
    QCOMPARE(city.data().toString(), QStringLiteral("Potsdam"));
    QCOMPARE(m_demo.store->customer(m_customer).city, QStringLiteral("Potsdam"));
}

void TestModels::newActivityAppearsAtTop()
{
    ActivitiesModel model(m_demo.store.get());
    const auto tester = uitest::testerFor(&model);
    model.setCustomer(m_customer);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(
        m_demo.store
            ->updateCustomer(m_customer, {{CustomerField::Street, QStringLiteral("Neue Straße 5")}})
            .ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    const QString what = model.data(model.index(0, int(ActivitiesModel::Column::What))).toString();
    QVERIFY2(what.contains(QStringLiteral("Neue Straße 5")), qPrintable(what));
}

// Stored values are shown as a person reads them: the group's name, yes/no, a local date.
void TestModels::activitiesReadLikeText()
{
    ActivitiesModel model(m_demo.store.get());
    model.setCustomer(m_customer);
    const auto groups = m_demo.store->customerGroups();
    QVERIFY(groups.size() >= 2);
    const Customer before = m_demo.store->customer(m_customer);
    const auto other = before.groupId == groups.at(0).first ? groups.at(1) : groups.at(0);
    QVERIFY(m_demo.store
                ->updateCustomer(m_customer, {{CustomerField::Group, other.first},
                                              {CustomerField::Blocked, !before.blocked}})
                .ok());
    QStringList texts;
    for (int r = 0; r < 2; ++r)
        texts << model.data(model.index(r, int(ActivitiesModel::Column::What))).toString();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(other.second), qPrintable(all));
    QVERIFY2(!all.contains(other.first), qPrintable(all)); // no raw id
    QVERIFY2(all.contains(before.blocked ? QStringLiteral("from yes to no")
                                         : QStringLiteral("from no to yes")),
             qPrintable(all));
    QVERIFY(
        m_demo.store->updateCustomer(m_customer, {{CustomerField::Blocked, before.blocked}}).ok());
}

void TestModels::rentedObjectsShowOnlyWhatIsOut()
{
    RentedObjectsModel model(m_demo.store.get());
    model.setCustomer(m_customer);
    QVERIFY(model.rowCount() >= 2);
    // Sorted by due date; a row due today is there for the demo customer.
    bool dueToday = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        dueToday |= model.rowAt(r).dueAt.toLocalTime().date() == rentdesk::clock::today();
        QVERIFY(!model.data(model.index(r, int(RentedObjectsModel::Column::Barcode)))
                     .toString()
                     .isEmpty());
        if (r > 0)
            QVERIFY(model.rowAt(r - 1).dueAt <= model.rowAt(r).dueAt);
    }
    QVERIFY(dueToday);
}

void TestModels::openBalancesSumPerTransaction()
{
    OpenBalancesModel balances(m_demo.store.get());
    OpenPaymentsModel payments(m_demo.store.get());
    balances.setCustomer(m_customer);
    payments.setCustomer(m_customer);
    while (payments.canFetchMore({}))
        payments.fetchMore({});
    while (balances.canFetchMore({}))
        balances.fetchMore({});
    qint64 sumPayments = 0, sumBalances = 0;
    for (int r = 0; r < payments.rowCount(); ++r)
        sumPayments += payments.rowAt(r).amount.minor;
    for (int r = 0; r < balances.rowCount(); ++r)
        sumBalances += balances.rowAt(r).open.minor;
    QVERIFY(sumPayments > 0);
    QCOMPARE(sumBalances, sumPayments);
    QVERIFY(balances.rowCount() <= payments.rowCount());
}

void TestModels::searchModel()
{
    CustomerSearchModel model(m_demo.store.get());
    const auto tester = uitest::testerFor(&model);
    model.setSearchText(QStringLiteral("muller"));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.data(model.index(0, int(CustomerSearchModel::Column::Number))).toString(),
             QStringLiteral("K-10001"));
    model.setSearchText(QStringLiteral("no such customer xyzzy"));
    QCOMPARE(model.rowCount(), 0);
    model.showRecent({m_customer});
    QVERIFY(model.showsRecent());
    QCOMPARE(model.rowCount(), 1);
    // A change of a listed customer updates its row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_demo.store
                ->updateCustomer(m_customer,
                                 {{CustomerField::Email, QStringLiteral("anna.neu@example.de")}})
                .ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, int(CustomerSearchModel::Column::Email))).toString(),
             QStringLiteral("anna.neu@example.de"));
}

// A change that arrives from the server (the apply path) reaches the open card like a local one:
// single rows change or appear, nothing is reset, and no outbox entry is written.
void TestModels::remoteChangeUpdatesPanelsWithoutReset()
{
    Store *store = m_demo.store.get();
    MasterDataModel master(store);
    TransactionsModel transactions(store);
    ActivitiesModel activities(store);
    const auto t1 = uitest::testerFor(&master);
    const auto t2 = uitest::testerFor(&transactions);
    const auto t3 = uitest::testerFor(&activities);
    master.setCustomer(m_customer);
    transactions.setCustomer(m_customer);
    activities.setCustomer(m_customer);
    QSignalSpy resets1(&master, &QAbstractItemModel::modelReset);
    QSignalSpy resets2(&transactions, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&master, &QAbstractItemModel::dataChanged);
    QSignalSpy newTransactions(&transactions, &QAbstractItemModel::rowsInserted);
    QSignalSpy newActivities(&activities, &QAbstractItemModel::rowsInserted);
    const int outbox = store->pendingOutboxCount();
    const int transactionRows = transactions.rowCount();
    // A booking from tomorrow: the soonest of the future ones.
    const QDateTime tomorrow = clock::nowUtc().addDays(1);

    const QString tx = Store::newId();
    const QString now = Store::nowText();
    const QList<RemoteRow> rows = {
        RemoteRow{QStringLiteral("customer"), m_customer, 41, false,
                  QJsonObject{{QStringLiteral("note"), QStringLiteral("Zahlt immer bar")}}},
        RemoteRow{QStringLiteral("transaction"), tx, 42, false,
                  QJsonObject{{QStringLiteral("number"), QStringLiteral("W-0001")},
                              {QStringLiteral("customer_id"), m_customer},
                              {QStringLiteral("kind"), QStringLiteral("booking")},
                              {QStringLiteral("status"), QStringLiteral("booking")},
                              {QStringLiteral("start_at"), tomorrow.toString(Qt::ISODate)},
                              {QStringLiteral("end_at"), tomorrow.addDays(1).toString(Qt::ISODate)},
                              {QStringLiteral("created_at"), now}}}};
    const QJsonArray remoteActivities{
        QJsonObject{{QStringLiteral("id"), Store::newId()},
                    {QStringLiteral("customer_id"), m_customer},
                    {QStringLiteral("at"), now},
                    {QStringLiteral("staff_id"), QJsonValue::Null},
                    {QStringLiteral("action"), QStringLiteral("customer.changed")},
                    {QStringLiteral("field"), QStringLiteral("note")},
                    {QStringLiteral("old_value"), QString()},
                    {QStringLiteral("new_value"), QStringLiteral("Zahlt immer bar")}}};
    const WriteResult r = store->applyRemote(rows, remoteActivities);
    QVERIFY2(r.ok(), qPrintable(r.error));

    QCOMPARE(resets1.count(), 0);
    QCOMPARE(resets2.count(), 0);
    const int noteRow = MasterDataModel::rowOf(CustomerField::Note);
    QVERIFY(std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().row() == noteRow;
    }));
    QCOMPARE(master.index(noteRow, int(MasterDataModel::Column::Value)).data().toString(),
             QStringLiteral("Zahlt immer bar"));
    // The new booking appears as one inserted row, first among the future ones.
    QCOMPARE(newTransactions.count(), 1);
    const int at = newTransactions.first().at(1).toInt();
    QCOMPARE(transactions.rowAt(at).number, QStringLiteral("W-0001"));
    QVERIFY(at == 0 || std::get<0>(panelOrder(transactions.rowAt(at - 1))) == 0);
    QCOMPARE(transactions.rowCount(), transactionRows + 1);
    QCOMPARE(newActivities.count(), 1);
    QCOMPARE(store->pendingOutboxCount(), outbox);
}

void TestModels::rowsArrivingBetweenPagesAreNeitherSkippedNorRepeated()
{
    Store *store = m_demo.store.get();
    TransactionsModel model(store);
    const auto tester = uitest::testerFor(&model);
    model.setCustomer(m_customer);
    QCOMPARE(model.rowCount(), CustomerPanelModel::PageSize);
    // Three transactions arrive while the first page is shown: one newer than everything, one
    // among the rows shown, one among the rows not loaded yet.
    const QString among = model.rowAt(50).startAt.toString(Qt::ISODate);
    const QString later = model.rowAt(99).startAt.addDays(-30).toString(Qt::ISODate);
    int n = 0;
    for (const QString &start : {QStringLiteral("2098-05-05T10:00:00Z"), among, later}) {
        const WriteResult r = store->write([&](WriteContext &ctx) {
            return ctx.insert(QStringLiteral("transaction"), Store::newId(),
                              {{QStringLiteral("number"), QStringLiteral("P-%1").arg(++n)},
                               {QStringLiteral("customer_id"), m_customer},
                               {QStringLiteral("kind"), QStringLiteral("request")},
                               {QStringLiteral("status"), QStringLiteral("request")},
                               {QStringLiteral("start_at"), start},
                               {QStringLiteral("end_at"), start},
                               {QStringLiteral("created_at"), ctx.now()}});
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY2(!ids.contains(model.rowAt(row).id), "a transaction is listed twice");
        ids.insert(model.rowAt(row).id);
        if (row > 0)
            QVERIFY(panelOrder(model.rowAt(row - 1)) < panelOrder(model.rowAt(row)));
    }
    QCOMPARE(qint64(ids.size()),
             countFor("SELECT count(*) FROM transactions WHERE customer_id = ? AND deleted_at IS "
                      "NULL"));
}

void TestModels::failedReadShowsAsErrorNotAsEmptyList()
{
    // A second copy of the demo store whose documents table cannot be read any more.
    uitest::DemoStore broken;
    QVERIFY(broken.open(20));
    const QString customer = broken.longHistoryId();
    DocumentsModel model(broken.store.get());
    QSignalSpy errors(&model, &CustomerPanelModel::readErrorChanged);
    model.setCustomer(customer);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.readError().isEmpty());
    {
        storetest::RawDb raw(broken.store->path());
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE documents RENAME TO documents_gone")));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rentdesk store: .*")));
    model.setCustomer(customer);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(!model.readError().isEmpty(), "an unreadable list must not look like an empty one");
    QVERIFY(!model.readError().contains(QStringLiteral("documents_gone")));
    QCOMPARE(errors.count(), 1);
}

void TestModels::documentWhoseFileIsOnItsWaySaysSo()
{
    // A second copy of the demo store; one document's file is not here yet (sync fetches it).
    uitest::DemoStore copy;
    QVERIFY(copy.open(20));
    const QString customer = copy.longHistoryId();
    DocumentsModel model(copy.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(customer);
    QVERIFY(model.rowCount() > 0);
    const QModelIndex name = model.index(0, 0);
    const QString fileName = name.data().toString();
    QVERIFY(!fileName.contains(QLatin1String("arriving")));
    bool ok = false;
    const QString sha = copy.store->documents(customer, {}, 1, &ok).first().sha256;
    const QString path = copy.store->filePath(sha);
    QVERIFY(QFile::rename(path, path + QStringLiteral(".away")));
    model.setCustomer(customer);
    QCOMPARE(model.index(0, 0).data().toString(),
             DocumentsModel::tr("%1 (arriving)").arg(fileName));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(sha));
    // The file arrives: the list says so without being opened again.
    QVERIFY(QFile::rename(path + QStringLiteral(".away"), path));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    copy.store->noteFileArrived(sha);
    QTRY_VERIFY(changed.count() + reset.count() > 0);
    QCOMPARE(model.index(0, 0).data().toString(), fileName);
}

namespace {
// Reads every row in pages of two, each after the last row's key, and in one read.
template <class Row>
void comparePaging(Store *store, const QString &customer,
                   QList<Row> (Store::*read)(const QString &, const QVariantList &, int, bool *)
                       const)
{
    bool ok = false;
    const QList<Row> all = (store->*read)(customer, {}, 100000, &ok);
    QVERIFY(ok);
    QVERIFY2(all.size() > 2, "the demo customer has more rows than one small page");
    QList<Row> paged;
    QVariantList after;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<Row> page = (store->*read)(customer, after, 2, &ok);
        QVERIFY(ok);
        paged += page;
        if (page.size() < 2)
            break;
        after = page.last().pageKey;
    }
    QCOMPARE(paged.size(), all.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(rowKey(paged.at(i)), rowKey(all.at(i)));
}
} // namespace

// Every panel's page key continues exactly where the page before ended, in the panel's order
// (descending dates, vouchers with credit first, balances by due date, and so on).
void TestModels::smallPagesGiveTheSameRowsAsOneRead()
{
    Store *s = m_demo.store.get();
    comparePaging(s, m_customer, &Store::rentedObjects);
    comparePaging(s, m_customer, &Store::transactions);
    comparePaging(s, m_customer, &Store::damageCases);
    comparePaging(s, m_customer, &Store::vouchers);
    comparePaging(s, m_customer, &Store::openPayments);
    comparePaging(s, m_customer, &Store::openBalances);
    comparePaging(s, m_customer, &Store::documents);
    comparePaging(s, m_customer, &Store::activities);
    // The long-history customer has two accesses; a customer with more is made here.
    for (int i = 0; i < 5; ++i)
        QVERIFY(s->write([&](WriteContext &ctx) {
                     return ctx.insert(
                         QStringLiteral("access"), Store::newId(),
                         {{QStringLiteral("customer_id"), m_customer},
                          {QStringLiteral("login"), QStringLiteral("extra%1@example.de").arg(i)},
                          {QStringLiteral("state"), QStringLiteral("invited")},
                          {QStringLiteral("created_via"), QStringLiteral("invitation")},
                          {QStringLiteral("created_at"), QStringLiteral("2020-01-01T10:00:00Z")}});
                 }).ok());
    comparePaging(s, m_customer, &Store::accesses);
}

// The card computes what is open per customer for speed; it must say what the view
// charge_balances (the one definition in the schema) says.
void TestModels::openAmountsAgreeWithTheView()
{
    Store *s = m_demo.store.get();
    const QList<OpenPaymentRow> open = s->openPayments(m_customer, {}, 100000);
    qint64 sum = 0;
    for (const OpenPaymentRow &r : open)
        sum += r.amount.minor;
    QCOMPARE(qint64(open.size()),
             countFor("SELECT count(*) FROM charge_balances WHERE customer_id = ? AND open_minor "
                      "> 0"));
    QCOMPARE(sum, countFor("SELECT sum(open_minor) FROM charge_balances WHERE customer_id = ? AND "
                           "open_minor > 0"));
    QCOMPARE(s->overview(m_customer).openAmount.minor, sum);
    qint64 perTransaction = 0;
    for (const TransactionRow &t : s->transactions(m_customer, {}, 100000))
        perTransaction += t.open.minor;
    qint64 perBalance = 0;
    for (const OpenBalanceRow &b : s->openBalances(m_customer, {}, 100000))
        perBalance += b.open.minor;
    QCOMPARE(perBalance, sum);
    QCOMPARE(perTransaction + countFor("SELECT coalesce(sum(open_minor), 0) FROM charge_balances "
                                       "WHERE customer_id = ? AND open_minor > 0 AND "
                                       "transaction_id IS NULL"),
             sum);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
