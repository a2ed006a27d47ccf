// Many desks, one server, and everything that goes wrong between them: random operations of every
// kind at three desks with random sync rounds and server outages, a proxy that drops, delays,
// duplicates and cuts requests and answers, a desk killed in the middle of a push, concurrent
// writers through two server processes while a desk pulls pages of 7, a server restored from a
// backup, and long server errors. At the end every desk equals the server and nothing a desk made
// is missing or counted twice.
#include "clock.h"
#include "customerimport.h"
#include "faultproxy.h"
#include "synctesthelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rentdesk;
using namespace synctest;

namespace {

// What the test made at the desks, to find on the server afterwards.
struct Made
{
    QSet<QString> customers, deleted, payments;
    qint64 paid = 0;
    QSet<QString> vouchers; // sold at some desk
    qint64 voucherValue = 0;
    int ownPermissions = 0; // customers' own permission settings made or taken back
};

const QStringList kCities = {QStringLiteral("Berlin"), QStringLiteral("Köln"),
                             QStringLiteral("Jena"), QStringLiteral("Ulm"), QStringLiteral("Kiel")};

QString customerAt(Store &store, QRandomGenerator &random)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids.isEmpty() ? QString() : ids.at(int(random.bounded(int(ids.size()))));
}

// One random operation of the kinds the store has today, through the write path.
// The payments a desk holds, by id, with their amounts.
QHash<QString, qint64> localPayments(Store &store)
{
    QHash<QString, qint64> out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id, amount_minor FROM payments WHERE deleted_at IS NULL"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

// The counter's work (issue "rentals and money"): a catalogue made at any desk, hand-outs of
// free objects, returns with late fees and kept deposits, partial payments. The payments these
// write are counted as made.
void rentalOperation(Store &store, QRandomGenerator &random, const QString &customer, int kind,
                     Made *made)
{
    const QHash<QString, qint64> before = localPayments(store);
    const QDateTime now = rentdesk::clock::nowUtc();
    if (kind < 80) {
        const QString article = Store::newId(), list = Store::newId();
        // Unique at every desk without a draw (the random sequence's course depends on the
        // clock through what is free, so a drawn tag can repeat).
        const QString tag = Store::newId().left(8).toUpper();
        const WriteResult r = store.write([&](WriteContext &ctx) {
            ctx.setOperation(QStringLiteral("catalogue.add"));
            bool ok = ctx.insert(QStringLiteral("article"), article,
                                 {{QStringLiteral("name"), QStringLiteral("Sim bike %1").arg(tag)},
                                  {QStringLiteral("category"), QStringLiteral("Bikes")},
                                  {QStringLiteral("deposit_minor"), 2000}}) &&
                      ctx.insert(QStringLiteral("price_list"), list,
                                 {{QStringLiteral("name"), QStringLiteral("Sim %1").arg(tag)},
                                  {QStringLiteral("valid_from"), QStringLiteral("2020-01-01")}}) &&
                      ctx.insert(QStringLiteral("price_list_entry"), Store::newId(),
                                 {{QStringLiteral("price_list_id"), list},
                                  {QStringLiteral("article_id"), article},
                                  {QStringLiteral("per_day_minor"), 1500},
                                  {QStringLiteral("per_hour_minor"), 300},
                                  {QStringLiteral("late_fee_per_day_minor"), 1000},
                                  {QStringLiteral("late_fee_per_hour_minor"), 200}});
            for (int i = 0; ok && i < 2; ++i)
                ok = ctx.insert(
                    QStringLiteral("rental_object"), Store::newId(),
                    {{QStringLiteral("article_id"), article},
                     {QStringLiteral("name"), QStringLiteral("Sim bike %1/%2").arg(tag).arg(i)},
                     {QStringLiteral("barcode"), QStringLiteral("SIM-%1-%2").arg(tag).arg(i)},
                     {QStringLiteral("state"), QStringLiteral("available")}});
            return ok;
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
    } else if (kind < 90) {
        TransactionDraft d;
        d.customerId = customer;
        d.from = now;
        d.to = now.addSecs(3600 * (1 + random.bounded(48)));
        for (const RentalObjectChoice &c :
             store.rentalObjectChoices(QStringLiteral("Sim"), d.from, d.to, 10)) {
            LineDraft line;
            QString problem;
            if (c.hold.isFree() && d.lines.size() < 2 &&
                store.priceLine(customer, c.object.id, d.from, d.to, 1, &line, &problem))
                d.lines << line;
        }
        if (!d.lines.isEmpty())
            QVERIFY2(store.createTransaction(d).ok(), "a hand-out of free objects");
    } else if (kind < 96) {
        // Someone who has something out.
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT DISTINCT t.customer_id FROM transactions t JOIN "
                              "transaction_lines l ON l.transaction_id = t.id WHERE t.status = "
                              "'handed_out' AND l.returned_at IS NULL AND l.deleted_at IS NULL "
                              "ORDER BY 1"));
        QStringList holders;
        while (q.next())
            holders << q.value(0).toString();
        if (holders.isEmpty())
            return;
        const QList<OpenRentalLine> out =
            store.openRentalLines(holders.at(int(random.bounded(int(holders.size())))));
        if (out.isEmpty())
            return;
        ReturnDraft d;
        d.at = now;
        for (const OpenRentalLine &l : out)
            if (d.lines.isEmpty() || random.bounded(2)) {
                ReturnLine r;
                r.lineId = l.lineId;
                r.lateFeeMinor = qint64(random.bounded(3)) * 200;
                d.lines << r;
            }
        if (random.bounded(3) == 0) {
            d.depositKeptMinor = 500;
            d.depositReason = QStringLiteral("Sim cleaning");
        }
        const WriteResult r = store.returnObjects(d);
        // A line synced back from a return at another desk meanwhile is refused with a reason.
        QVERIFY2(r.ok() || r.error.contains(QStringLiteral("already")), qPrintable(r.error));
    } else if (kind < 98) {
        const qint64 open = store.openAmount(customer, {});
        if (open > 0)
            store.takePayment(
                {customer, {}, 1 + qint64(random.bounded(quint32(open))), PaymentMethod::Cash, {}});
    } else if (random.bounded(2) == 0) {
        // A voucher sold at this desk, with a code no other desk draws.
        const qint64 value = 1000 + qint64(random.bounded(4)) * 1000;
        const WriteResult r = store.issueVoucher(
            {customer, store.newVoucherCode(), {}, value, value, {}, PaymentMethod::Card});
        QVERIFY2(r.ok(), qPrintable(r.error));
        made->vouchers.insert(r.id);
        made->voucherValue += value;
    } else {
        // Part of what is open paid with a voucher of the customer's that has credit left.
        const qint64 open = store.openAmount(customer, {});
        for (const VoucherRow &v : store.vouchers(customer, {}, 10))
            if (open > 0 && v.remaining.minor > 0) {
                store.takePayment({customer,
                                   {},
                                   std::min(open, v.remaining.minor),
                                   PaymentMethod::Voucher,
                                   v.code});
                break;
            }
    }
    const QHash<QString, qint64> after = localPayments(store);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key())) {
            made->payments.insert(it.key());
            made->paid += it.value();
        }
}

void randomOperation(TestDesk &desk, QRandomGenerator &random, Made *made)
{
    Store &store = *desk.store;
    const int kind = int(random.bounded(100));
    const QString customer = customerAt(store, random);
    if (kind < 3) {
        // An import: a new group (the same at every desk) and customers, one mutation each.
        const QByteArray file = QStringLiteral("Nachname;Ort;Kundengruppe\nImport %1;Erfurt;"
                                               "Importiert\nImport %2;Gotha;Importiert\n")
                                    .arg(random.bounded(100000))
                                    .arg(random.bounded(100000))
                                    .toUtf8();
        const ImportSource source = readImportBytes(file, QStringLiteral("alt.csv"));
        const ImportPlan plan = CustomerImport::plan(store, source, guessMapping(source.header));
        const CustomerImport::Report r = CustomerImport::run(store, plan);
        QVERIFY2(r.ok(), qPrintable(r.error));
        for (const QString &id : r.createdIds)
            made->customers.insert(id);
    } else if (kind < 25 || customer.isEmpty()) {
        Customer c;
        c.firstName = QStringLiteral("Sim");
        c.lastName = QStringLiteral("Kunde %1").arg(random.bounded(100000));
        c.city = kCities.at(int(random.bounded(int(kCities.size()))));
        c.birthDate = QDate(1970 + int(random.bounded(40)), 3, 4);
        const WriteResult r = store.createCustomer(c);
        if (r.ok())
            made->customers.insert(r.id);
    } else if (kind < 54) {
        // A customer's own permission allowed, forbidden or taken back, a default changed, a
        // group's discount and permissions changed: often the same at several desks.
        const QList<Permission> all = allPermissions();
        const QString key = permissionKey(all.at(int(random.bounded(int(all.size())))));
        const int choice = int(random.bounded(5));
        if (choice < 3) {
            const WriteResult r = store.setCustomerPermission(
                customer, key, choice == 2 ? PermissionSetting() : PermissionSetting(choice == 1));
            QVERIFY2(r.ok() || r.error.contains(QLatin1String("no longer exists")),
                     qPrintable(r.error));
            if (r.ok())
                ++made->ownPermissions;
        } else if (choice == 3) {
            QVERIFY(store.setDefaultPermission(key, random.bounded(2) == 1).ok());
        } else {
            const QList<CustomerGroupDraft> groups = store.customerGroupDetails();
            if (!groups.isEmpty()) {
                CustomerGroupDraft g = groups.at(int(random.bounded(int(groups.size()))));
                g.discountPercent = int(random.bounded(30));
                if (random.bounded(2))
                    g.permissions.insert(key, random.bounded(2) == 1);
                else
                    g.permissions.remove(key);
                const WriteResult r = store.saveCustomerGroup(g);
                QVERIFY2(r.ok(), qPrintable(r.error));
            }
        }
    } else if (kind < 58) {
        // Damages reported, charged, repaired, written off and closed; the same case at two
        // desks at times (one of them is refused with a reason, or both agree).
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT id FROM damage_cases WHERE deleted_at IS NULL AND status "
                              "<> 'closed' ORDER BY id"));
        QStringList cases;
        while (q.next())
            cases << q.value(0).toString();
        const int step = int(random.bounded(5));
        if (cases.isEmpty() || step == 0) {
            const WriteResult r = store.reportDamage({customer,
                                                      {},
                                                      {},
                                                      rentdesk::clock::today(),
                                                      QStringLiteral("Sim Schaden"),
                                                      qint64(random.bounded(5)) * 1000});
            QVERIFY2(r.ok() || r.error.contains(QLatin1String("no longer exists")),
                     qPrintable(r.error));
        } else {
            const QString id = cases.at(int(random.bounded(int(cases.size()))));
            if (step == 1)
                store.chargeDamage(id);
            else if (step == 2)
                store.writeOffDamage(id, QStringLiteral("Sim Kulanz"));
            else
                store.closeDamage(id);
        }
    } else if (kind < 62) {
        // Blocks with an end date and lifted blocks; the same customer at two desks at times.
        if (random.bounded(2))
            store.blockCustomer(
                customer, QStringLiteral("Sim block %1").arg(random.bounded(100)),
                random.bounded(2) ? rentdesk::clock::today().addDays(random.bounded(30)) : QDate());
        else
            store.unblockCustomer(customer);
    } else if (kind < 65) {
        // Often the same fields at several desks: conflicts on purpose.
        const QList<CustomerField> fields = {CustomerField::City, CustomerField::Phone,
                                             CustomerField::Note};
        const CustomerField f = fields.at(int(random.bounded(int(fields.size()))));
        store.updateCustomer(customer, {{f, QStringLiteral("v%1").arg(random.bounded(1000))}});
    } else if (kind < 68) {
        // A document and its file, added as at the card; some files are the same at several
        // desks (sent once). Now and then one is renamed or removed again.
        QByteArray bytes = QByteArrayLiteral("Scan ") + QByteArray::number(random.bounded(8));
        bytes += QByteArray(int(random.bounded(2)) * 700 * 1024, 'p');
        const QString source = QFileInfo(store.path()).absolutePath() +
                               QStringLiteral("/scan-%1.pdf").arg(random.bounded(1000000));
        QFile file(source);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()) {
            file.close();
            const WriteResult added = store.addDocument(customer, source);
            QFile::remove(source);
            if (added.ok() && random.bounded(4) == 0)
                store.renameDocument(added.id,
                                     QStringLiteral("Scan %1.pdf").arg(random.bounded(9)));
            else if (added.ok() && random.bounded(4) == 0)
                store.removeDocument(added.id);
        }
    } else if (kind < 72) {
        if (store
                .write([&](WriteContext &ctx) {
                    ctx.setOperation(QStringLiteral("customer.delete"));
                    return ctx.remove(QStringLiteral("customer"), customer);
                })
                .ok())
            made->deleted.insert(customer);
    } else if (kind >= 76) {
        rentalOperation(store, random, customer, kind, made);
    } else {
        // Money: a charge and its payment in one operation; two desks' payments add up.
        const qint64 amount = 100 + qint64(random.bounded(5000));
        QString payment;
        if (store
                .write([&](WriteContext &ctx) {
                    const QString charge = Store::newId();
                    payment = Store::newId();
                    ctx.setOperation(QStringLiteral("payment.take"));
                    return ctx.insert(QStringLiteral("charge"), charge,
                                      {{QStringLiteral("customer_id"), customer},
                                       {QStringLiteral("description"), QStringLiteral("Rent")},
                                       {QStringLiteral("amount_minor"), amount},
                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                       {QStringLiteral("due_on"), QStringLiteral("2026-06-15")},
                                       {QStringLiteral("created_at"), ctx.now()}}) &&
                           ctx.insert(QStringLiteral("payment"), payment,
                                      {{QStringLiteral("customer_id"), customer},
                                       {QStringLiteral("charge_id"), charge},
                                       {QStringLiteral("amount_minor"), amount},
                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                       {QStringLiteral("method"), QStringLiteral("cash")},
                                       {QStringLiteral("paid_at"), ctx.now()}});
                })
                .ok()) {
            made->payments.insert(payment);
            made->paid += amount;
        }
    }
}

QString newCustomerIn(TestDesk &desk)
{
    Customer c;
    c.firstName = QStringLiteral("Nora");
    c.lastName = QStringLiteral("Wartend");
    c.birthDate = QDate(1990, 1, 1);
    return desk.store->createCustomer(c).id;
}

} // namespace

class TestSyncSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void threeDesksConvergeUnderRandomOperations_data();
    void threeDesksConvergeUnderRandomOperations();
    void faultyNetworkNeitherLosesNorDoubles();
    void deskKilledInTheMiddleOfAPush();
    void concurrentWritersOnTwoServersAndPagesOfSeven();
    void serverRestoredFromABackup();
    void longServerErrorsEndInAResumedSync();

private:
    bool newServer(ServerProcess *server, int port = 0);
    // Syncs every desk until a whole pass pushes and pulls nothing.
    void quiesce(const QList<TestDesk *> &desks);
    void checkConverged(const QList<TestDesk *> &desks, const Made &made);

    PgCluster m_pg;
    QString m_database;
    int m_databases = 0;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
};

void TestSyncSim::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
}

void TestSyncSim::cleanup()
{
    m_servers.clear();
}

bool TestSyncSim::newServer(ServerProcess *server, int port)
{
    QString error;
    const bool ok =
        server->start(m_pg, m_database, &error,
                      {QStringLiteral("RENTDESK_SERVER_LISTEN=127.0.0.1:%1").arg(port)});
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestSyncSim::quiesce(const QList<TestDesk *> &desks)
{
    for (int pass = 0; pass < 6; ++pass) {
        bool quiet = true;
        for (TestDesk *d : desks) {
            const sync::RoundReport r = d->sync();
            QVERIFY2(r.ok(), qPrintable(r.error));
            if (r.pushed > 0 || r.pulled > 0 || r.uploaded > 0 || r.filesUp > 0 || r.filesDown > 0)
                quiet = false;
        }
        if (quiet)
            return;
    }
    QFAIL("the desks did not become quiet");
}

void TestSyncSim::checkConverged(const QList<TestDesk *> &desks, const Made &made)
{
    const Snapshot server = serverSnapshot(m_pg, m_database);
    for (TestDesk *d : desks) {
        QCOMPARE(d->store->pendingOutboxCount(), 0);
        QCOMPARE(d->store->rejections().size(), 0);
        QCOMPARE(difference(deskSnapshot(*d->store), server), QString());
        // Every document's file is at every desk, with the bytes its name promises.
        for (const QString &sha : d->store->documentFiles()) {
            QFile file(d->store->filePath(sha));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(
                QString::fromLatin1(
                    QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
                sha);
        }
    }
    // No acknowledged change is lost: every customer made is on the server (alive unless it was
    // deleted), every payment exactly once, and the money adds up.
    for (const QString &id : made.customers)
        QVERIFY2(server.contains(QStringLiteral("customer/") + id) || made.deleted.contains(id),
                 qPrintable(id));
    QString error;
    const QString money = m_pg.psql(
        m_database,
        QStringLiteral("SELECT count(*) || '|' || coalesce(sum((data->>'amount_minor')::bigint), "
                       "0) FROM rows WHERE entity = 'payment'"),
        &error);
    QCOMPARE(money, QStringLiteral("%1|%2").arg(made.payments.size()).arg(made.paid));
    // Every voucher sold is there once with its value; what is left of it is its value less its
    // redemptions at every desk alike (the snapshots above compare the rows).
    const QString vouchers = m_pg.psql(
        m_database,
        QStringLiteral("SELECT count(*) || '|' || coalesce(sum((data->>'value_minor')::bigint), "
                       "0) FROM rows WHERE entity = 'voucher' AND (data->>'sold_minor')::bigint "
                       "> 0"),
        &error);
    QCOMPARE(vouchers, QStringLiteral("%1|%2").arg(made.vouchers.size()).arg(made.voucherValue));
    // Customers' own permissions reached the server, some taken back (allowed empty) and none
    // as a tombstone; the snapshots above compare their values.
    if (made.ownPermissions > 0) {
        const QString settings = m_pg.psql(
            m_database,
            QStringLiteral("SELECT count(*) > 0, count(*) FILTER (WHERE deleted_at IS NOT NULL AND "
                           "data->>'customer_id' NOT IN (SELECT id FROM rows WHERE entity = "
                           "'customer' AND deleted_at IS NOT NULL)) FROM rows WHERE entity = "
                           "'customer_permission'"),
            &error);
        QCOMPARE(settings, QStringLiteral("t|0"));
    }
}

void TestSyncSim::threeDesksConvergeUnderRandomOperations_data()
{
    QTest::addColumn<quint64>("seed");
    const int seeds = qEnvironmentVariableIsSet("RENTDESK_SIM_SEEDS")
                          ? qEnvironmentVariableIntValue("RENTDESK_SIM_SEEDS")
                          : 6;
    for (int s = 1; s <= seeds; ++s)
        QTest::addRow("seed %d", s) << quint64(s);
}

void TestSyncSim::threeDesksConvergeUnderRandomOperations()
{
    QFETCH(quint64, seed);
    QString error;
    m_database = m_pg.createDatabase(QStringLiteral("sim%1").arg(++m_databases), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    const int port = freePort();
    m_servers.push_back(std::make_unique<ServerProcess>());
    ServerProcess &server = *m_servers.back();
    QVERIFY(newServer(&server, port));
    QRandomGenerator random{quint32(seed)};
    TestDesk desks[3];
    QList<TestDesk *> all;
    Made made;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(desks[i].open(m_dir.filePath(QStringLiteral("sim%1-%2.sqlite").arg(seed).arg(i))));
        QCOMPARE(desks[i].enrol(server), QString());
        desks[i].client->setPageSizes(1 + int(random.bounded(5)), 7, 50);
        all << &desks[i];
    }
    // A catalogue to rent from, made at one desk; more comes as the desks go on.
    for (int i = 0; i < 2; ++i)
        rentalOperation(*desks[i].store, random, {}, 76, &made);
    bool serverUp = true;
    for (int step = 0; step < 120; ++step) {
        TestDesk &desk = desks[random.bounded(3)];
        const int what = int(random.bounded(100));
        if (what < 60) {
            randomOperation(desk, random, &made);
        } else if (what < 92) {
            // A round; while the server is away it fails and loses nothing.
            const sync::RoundReport r = desk.sync();
            QVERIFY2(r.ok() || !serverUp, qPrintable(r.error));
        } else if (serverUp) {
            server.kill(); // the server goes away in the middle of whatever it was doing
            serverUp = false;
        } else {
            QVERIFY(newServer(&server, port));
            serverUp = true;
        }
    }
    if (!serverUp)
        QVERIFY(newServer(&server, port));
    quiesce(all);
    checkConverged(all, made);
    // The counter's work took part: transactions, returns and their money reached every desk.
    const Snapshot rows = serverSnapshot(m_pg, m_database);
    auto count = [&](const QString &entity) {
        return std::count_if(rows.keyBegin(), rows.keyEnd(), [&](const QString &key) {
            return key.startsWith(entity + QLatin1Char('/'));
        });
    };
    qInfo("seed %llu: %lld transactions, %lld lines, %lld returns, %lld charges, %lld payments",
          seed, qint64(count(QStringLiteral("transaction"))),
          qint64(count(QStringLiteral("transaction_line"))),
          qint64(count(QStringLiteral("return"))), qint64(count(QStringLiteral("charge"))),
          qint64(count(QStringLiteral("payment"))));
    QVERIFY(count(QStringLiteral("transaction")) > 0);
}

void TestSyncSim::faultyNetworkNeitherLosesNorDoubles()
{
    QString error;
    m_database = m_pg.createDatabase(QStringLiteral("faulty%1").arg(++m_databases), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    m_servers.push_back(std::make_unique<ServerProcess>());
    ServerProcess &server = *m_servers.back();
    QVERIFY(newServer(&server));
    FaultProxy proxy(server.url(), 42);
    QVERIFY(proxy.listen());
    proxy.setOdds({15, 15, 15, 20, 150});
    QRandomGenerator random(42);
    TestDesk desks[2];
    Made made;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(desks[i].open(m_dir.filePath(QStringLiteral("faulty-%1.sqlite").arg(i))));
        QCOMPARE(desks[i].enrol(server), QString());
        // From now on every request goes through the proxy.
        QVERIFY(desks[i].store->setSyncValues(
            {{QStringLiteral("server_url"), proxy.url().toString()}}));
        desks[i].client->setPageSizes(3, 7, 50);
    }
    int failed = 0;
    for (int step = 0; step < 150; ++step) {
        TestDesk &desk = desks[random.bounded(2)];
        if (random.bounded(100) < 55)
            randomOperation(desk, random, &made);
        else if (!desk.sync().ok())
            ++failed;
    }
    QVERIFY2(proxy.faults() > 10, "the proxy did get in the way");
    QVERIFY(failed > 0);
    proxy.setOdds({});
    quiesce({&desks[0], &desks[1]});
    checkConverged({&desks[0], &desks[1]}, made);
}

void TestSyncSim::deskKilledInTheMiddleOfAPush()
{
    QString error;
    m_database = m_pg.createDatabase(QStringLiteral("killed%1").arg(++m_databases), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    m_servers.push_back(std::make_unique<ServerProcess>());
    ServerProcess &server = *m_servers.back();
    QVERIFY(newServer(&server));
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    TestDesk desk;
    QVERIFY(desk.open(path));
    QCOMPARE(desk.enrol(server), QString());
    QRandomGenerator random(7);
    Made made;
    for (int i = 0; i < 1500; ++i)
        randomOperation(desk, random, &made);
    const qint64 mutations = desk.store->lastMutationId();
    desk.close();
    // rentdesk-cli sync pushes them in pages; it is killed at random moments, many times.
    int kills = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        QProcess cli;
        cli.start(QStringLiteral(RENTDESK_CLI_PATH),
                  {QStringLiteral("sync"), QStringLiteral("--database"), path});
        QVERIFY(cli.waitForStarted());
        if (!cli.waitForFinished(40 + int(random.bounded(400)))) {
            cli.kill(); // SIGKILL: no chance to finish the push
            cli.waitForFinished();
            ++kills;
        }
    }
    QVERIFY2(kills >= 3, "the pushes were interrupted");
    QVERIFY(desk.open(path));
    quiesce({&desk});
    // Every mutation took effect exactly once.
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT last_mutation_id FROM desks WHERE client_id = '%1'")
                           .arg(desk.store->clientId()),
                       &error),
             QString::number(mutations));
    checkConverged({&desk}, made);
}

void TestSyncSim::concurrentWritersOnTwoServersAndPagesOfSeven()
{
    QString error;
    m_database = m_pg.createDatabase(QStringLiteral("concurrent%1").arg(++m_databases), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    m_servers.push_back(std::make_unique<ServerProcess>());
    m_servers.push_back(std::make_unique<ServerProcess>());
    QVERIFY(newServer(m_servers[0].get()));
    QVERIFY(newServer(m_servers[1].get()));
    TestDesk reader;
    QVERIFY(reader.open(m_dir.filePath(QStringLiteral("reader.sqlite"))));
    QCOMPARE(reader.enrol(*m_servers[0]), QString());
    reader.client->setPageSizes(7, 7, 50);
    TestDesk writers[4];
    Made made;
    QRandomGenerator random(11);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(writers[i].open(m_dir.filePath(QStringLiteral("writer-%1.sqlite").arg(i))));
        QCOMPARE(writers[i].enrol(*m_servers[i % 2]), QString());
        writers[i].client->setPageSizes(2, 7, 50); // many small transactions
        for (int n = 0; n < 60; ++n)
            randomOperation(writers[i], random, &made);
    }
    // All writers push at once through both servers while the reader pulls pages of 7 again and
    // again. The reader never syncs while nothing is left to read: it must not have skipped.
    int running = 4;
    for (TestDesk &w : writers) {
        connect(w.client.get(), &sync::SyncClient::roundFinished, this,
                [&running](const sync::RoundReport &r) {
                    QVERIFY2(r.ok(), qPrintable(r.error));
                    --running;
                });
        w.client->syncNow();
    }
    int reads = 0;
    while (running > 0) {
        const sync::RoundReport r = reader.sync();
        QVERIFY2(r.ok(), qPrintable(r.error));
        ++reads;
    }
    QVERIFY(reads > 1);
    const sync::RoundReport last = reader.sync();
    QVERIFY2(last.ok(), qPrintable(last.error));
    // Only what the writers pushed: the reader reads no row twice into a different result, and
    // it has every row the server has (a skipped row would be missing for good).
    QCOMPARE(difference(deskSnapshot(*reader.store), serverSnapshot(m_pg, m_database)), QString());
    QList<TestDesk *> all{&reader};
    for (TestDesk &w : writers)
        all << &w;
    quiesce(all);
    checkConverged(all, made);
}

void TestSyncSim::serverRestoredFromABackup()
{
    QString error;
    m_database = m_pg.createDatabase(QStringLiteral("restored%1").arg(++m_databases), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    const int port = freePort();
    m_servers.push_back(std::make_unique<ServerProcess>());
    ServerProcess &server = *m_servers.back();
    QVERIFY(newServer(&server, port));
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("srv-a.sqlite"))));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("srv-b.sqlite"))));
    QCOMPARE(a.enrol(server), QString());
    QCOMPARE(b.enrol(server), QString());
    QRandomGenerator random(5);
    Made made;
    for (int i = 0; i < 20; ++i)
        randomOperation(i % 2 ? a : b, random, &made);
    quiesce({&a, &b});
    const QString dump = m_dir.filePath(QStringLiteral("server.dump"));
    QVERIFY2(m_pg.dump(m_database, dump, &error), qPrintable(error));
    // After the backup both desks work and sync; then the server's disk dies.
    for (int i = 0; i < 30; ++i)
        randomOperation(i % 2 ? a : b, random, &made);
    quiesce({&a, &b});
    server.stop();
    QVERIFY2(m_pg.restore(dump, m_database, &error), qPrintable(error));
    server.admin({QStringLiteral("new-epoch")}, &error);
    QCOMPARE(error, QString());
    QVERIFY(newServer(&server, port));
    // The desks notice the new epoch, send again what the server lacks, and converge.
    const sync::RoundReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(!r.repaired.isEmpty(), "the desk noticed the restored server");
    quiesce({&a, &b});
    checkConverged({&a, &b}, made);
}

void TestSyncSim::longServerErrorsEndInAResumedSync()
{
    QString error;
    m_database = m_pg.createDatabase(QStringLiteral("errors%1").arg(++m_databases), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    m_servers.push_back(std::make_unique<ServerProcess>());
    ServerProcess &server = *m_servers.back();
    QVERIFY(newServer(&server));
    FaultProxy proxy(server.url(), 1);
    QVERIFY(proxy.listen());
    TestDesk desk;
    QVERIFY(desk.open(m_dir.filePath(QStringLiteral("errors.sqlite"))));
    QCOMPARE(desk.enrol(server), QString());
    QVERIFY(desk.store->setSyncValues({{QStringLiteral("server_url"), proxy.url().toString()}}));
    // Ten minutes of backoff (2 s doubling up to 5 min) in shortened time: 1/500.
    desk.client->setBackoff(4, 600);
    desk.client->startBackground(60000);
    proxy.setAnswer503(true);
    QVERIFY(!newCustomerIn(desk).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(proxy.refused503() >= 6, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(desk.client->status().state, sync::SyncStatus::State::Offline, 5000);
    QVERIFY(desk.client->status().lastError.contains(QStringLiteral("server")));
    QCOMPARE(desk.store->pendingOutboxCount(), 2); // the staff member and the customer
    // The server recovers; the next retry by timer delivers, without a new edit.
    proxy.setAnswer503(false);
    QTRY_COMPARE_WITH_TIMEOUT(desk.store->pendingOutboxCount(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(desk.client->status().state, sync::SyncStatus::State::Idle, 5000);
}

QTEST_MAIN(TestSyncSim)
#include "tst_syncsim.moc"
