// The one write path of the store: a change of a customer commits the row, one activity entry
// per changed field and one sync outbox entry together, or nothing at all.

#include "store.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rentdesk;
using storetest::RawDb;

using Changes = QHash<CustomerField, QVariant>;

namespace {

// "column|old|new" for one changed field, as the activity log and the outbox must show it.
QString fieldChange(const QString &column, const QString &oldText, const QString &newText)
{
    return column + QLatin1Char('|') + oldText + QLatin1Char('|') + newText;
}

} // namespace

class TestWritePath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void updateWritesRowActivityAndOutbox_data();
    void updateWritesRowActivityAndOutbox();
    void mutationIdIncreasesByOnePerWrite();
    void noOpUpdateWritesNothing_data();
    void noOpUpdateWritesNothing();
    void rejectedUpdateWritesNothing();
    void interruptedWriteLeavesNothing_data();
    void interruptedWriteLeavesNothing();
    void createCustomerAppendsActivityAndOutbox();
    void outboxCarriesTheActivities();
    void duplicatesIgnoreCaseAndAccents();
    void numberAsTypedAtTheCounter();

private:
    qint64 maxMutationId() const;
    int activityCount(const QString &customerId) const;

    QTemporaryDir m_dir;
    int m_fileNumber = 0;
    QString m_path;
    std::unique_ptr<Store> m_store;
    QString m_id;      // Anna Müller, made in init()
    QString m_staffId; // the desk's staff member
};

void TestWritePath::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestWritePath::init()
{
    m_path = m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_fileNumber));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
    m_staffId = m_store->ensureDeskStaff();
    QVERIFY(!m_staffId.isEmpty());
    QVERIFY(m_store->addNumberBlock(10001, 19999, QStringLiteral("server")));
    const WriteResult r = m_store->createCustomer(storetest::draft(
        QStringLiteral("Anna"), QStringLiteral("Müller"), QStringLiteral("Berlin"),
        QStringLiteral("anna.mueller@example.de"), QStringLiteral("+49 171 234-5678"),
        QStringLiteral("10115"), QStringLiteral("Hauptstraße 5")));
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
    m_id = r.id;
    QVERIFY(!m_id.isEmpty());
}

void TestWritePath::cleanup()
{
    m_store.reset();
}

qint64 TestWritePath::maxMutationId() const
{
    RawDb raw(m_path);
    return raw.scalar(QStringLiteral("SELECT coalesce(max(mutation_id), 0) FROM sync_outbox"))
        .toLongLong();
}

int TestWritePath::activityCount(const QString &customerId) const
{
    RawDb raw(m_path);
    return raw
        .scalar(QStringLiteral("SELECT count(*) FROM activities WHERE customer_id = ?"),
                {customerId})
        .toInt();
}

void TestWritePath::updateWritesRowActivityAndOutbox_data()
{
    QTest::addColumn<Changes>("changes");
    QTest::addColumn<QStringList>("expected"); // column|old|new per field that really changes

    QTest::newRow("city") << Changes{{CustomerField::City, QStringLiteral("Potsdam")}}
                          << QStringList{fieldChange(QStringLiteral("city"),
                                                     QStringLiteral("Berlin"),
                                                     QStringLiteral("Potsdam"))};
    QTest::newRow("e-mail, stored trimmed")
        << Changes{{CustomerField::Email, QStringLiteral("  anna@example.org ")}}
        << QStringList{fieldChange(QStringLiteral("email"),
                                   QStringLiteral("anna.mueller@example.de"),
                                   QStringLiteral("anna@example.org"))};
    QTest::newRow("birth date") << Changes{{CustomerField::BirthDate, QDate(1990, 12, 24)}}
                                << QStringList{fieldChange(QStringLiteral("birth_date"),
                                                           QStringLiteral("1985-05-17"),
                                                           QStringLiteral("1990-12-24"))};
    // As typed into the master data panel; the validator accepts and normalizes this form.
    QTest::newRow("birth date typed as DD.MM.YYYY")
        << Changes{{CustomerField::BirthDate, QStringLiteral("24.12.1990")}}
        << QStringList{fieldChange(QStringLiteral("birth_date"), QStringLiteral("1985-05-17"),
                                   QStringLiteral("1990-12-24"))};
    QTest::newRow("blocked") << Changes{{CustomerField::Blocked, true}}
                             << QStringList{fieldChange(QStringLiteral("blocked"),
                                                        QStringLiteral("0"), QStringLiteral("1"))};
    QTest::newRow("company added to a private customer")
        << Changes{{CustomerField::Company, QStringLiteral("Müller Verleih GmbH")}}
        << QStringList{fieldChange(QStringLiteral("company"), QString(),
                                   QStringLiteral("Müller Verleih GmbH"))};
    QTest::newRow("phone number removed")
        << Changes{{CustomerField::Phone, QStringLiteral("")}}
        << QStringList{
               fieldChange(QStringLiteral("phone"), QStringLiteral("+49 171 234-5678"), QString())};
    QTest::newRow("moved to Vienna: two fields, country normalized")
        << Changes{{CustomerField::Country, QStringLiteral("at")},
                   {CustomerField::Postcode, QStringLiteral("1010")}}
        << QStringList{
               fieldChange(QStringLiteral("country"), QStringLiteral("DE"), QStringLiteral("AT")),
               fieldChange(QStringLiteral("postcode"), QStringLiteral("10115"),
                           QStringLiteral("1010"))};
    QTest::newRow("one field the same, one changed")
        << Changes{{CustomerField::City, QStringLiteral("Berlin")},
                   {CustomerField::Street, QStringLiteral("Lindenweg 3")}}
        << QStringList{fieldChange(QStringLiteral("street"), QStringLiteral("Hauptstraße 5"),
                                   QStringLiteral("Lindenweg 3"))};
}

void TestWritePath::updateWritesRowActivityAndOutbox()
{
    QFETCH(Changes, changes);
    QFETCH(QStringList, expected);
    expected.sort();
    const qint64 mutationBefore = maxMutationId();
    const qint64 activitySeqBefore =
        RawDb(m_path).scalar(QStringLiteral("SELECT max(seq) FROM activities")).toLongLong();
    QSignalSpy spy(m_store.get(), &Store::changed);

    const WriteResult r = m_store->updateCustomer(m_id, changes);
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));

    RawDb raw(m_path);
    // The row holds the new values.
    QStringList columns;
    for (const QString &e : std::as_const(expected)) {
        const QStringList parts = e.split(QLatin1Char('|'));
        columns << parts.at(0);
        // The column names come from this test's own table, not from outside.
        const QVariant stored = raw.scalar(
            QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(parts.at(0)), {m_id});
        QCOMPARE(stored.toString(), parts.at(2));
    }

    // One activity per changed field, old → new.
    QStringList logged;
    for (const QSqlRecord &a : raw.select(
             QStringLiteral("SELECT field, old_value, new_value, action, staff_id, customer_id "
                            "FROM activities WHERE seq > ? ORDER BY seq"),
             {activitySeqBefore})) {
        QCOMPARE(a.value(QStringLiteral("action")).toString(), QStringLiteral("customer.changed"));
        QCOMPARE(a.value(QStringLiteral("customer_id")).toString(), m_id);
        QCOMPARE(a.value(QStringLiteral("staff_id")).toString(), m_staffId);
        logged << fieldChange(a.value(0).toString(), a.value(1).toString(), a.value(2).toString());
    }
    logged.sort();
    QCOMPARE(logged, expected);
    // …and the card's activity panel shows them.
    const QList<ActivityRow> shown = m_store->activities(m_id, {}, 100);
    QCOMPARE(std::count_if(shown.begin(), shown.end(),
                           [&](const ActivityRow &a) { return a.seq > activitySeqBefore; }),
             expected.size());

    // One outbox entry with the next mutation id, naming new and old values and this desk.
    const QList<QSqlRecord> outbox = raw.select(
        QStringLiteral("SELECT mutation_id, operation, payload, state FROM sync_outbox WHERE "
                       "mutation_id > ? ORDER BY mutation_id"),
        {mutationBefore});
    QCOMPARE(outbox.size(), 1);
    const QSqlRecord &o = outbox.first();
    QCOMPARE(o.value(QStringLiteral("mutation_id")).toLongLong(), mutationBefore + 1);
    QCOMPARE(o.value(QStringLiteral("operation")).toString(), QStringLiteral("customer.update"));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    const QJsonObject payload = storetest::parseJson(o.value(QStringLiteral("payload")));
    QCOMPARE(payload.value(QStringLiteral("client_id")).toString(), m_store->clientId());
    QCOMPARE(payload.value(QStringLiteral("mutation_id")).toInteger(), mutationBefore + 1);
    // One row change: this customer, at the version the desk had, with old and new values.
    const QJsonArray rowChanges = payload.value(QStringLiteral("changes")).toArray();
    QCOMPARE(rowChanges.size(), 1);
    const QJsonObject rowChange = rowChanges.first().toObject();
    QCOMPARE(rowChange.value(QStringLiteral("entity")).toString(), QStringLiteral("customer"));
    QCOMPARE(rowChange.value(QStringLiteral("id")).toString(), m_id);
    QCOMPARE(rowChange.value(QStringLiteral("kind")).toString(), QStringLiteral("update"));
    QCOMPARE(rowChange.value(QStringLiteral("base_version")).toInteger(), 0);
    QJsonObject fields = rowChange.value(QStringLiteral("new")).toObject();
    QJsonObject old = rowChange.value(QStringLiteral("old")).toObject();
    // updated_at moves along (unless the clock has not moved on); the rest are exactly the
    // fields the person changed.
    fields.remove(QStringLiteral("updated_at"));
    old.remove(QStringLiteral("updated_at"));
    QStringList sentColumns = fields.keys();
    sentColumns.sort();
    QCOMPARE(sentColumns, columns);
    for (const QString &e : std::as_const(expected)) {
        const QStringList parts = e.split(QLatin1Char('|'));
        // Values travel as SQLite holds them: text as strings, flags as numbers, empty dates null.
        auto asText = [](const QJsonValue &v) {
            return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        };
        QCOMPARE(asText(fields.value(parts.at(0))), parts.at(2));
        QCOMPARE(asText(old.value(parts.at(0))), parts.at(1));
    }

    // The open card hears about it, with the fields that changed.
    QVERIFY(spy.count() >= 1);
    const auto change = spy.first().first().value<StoreChange>();
    QCOMPARE(change.entity, QStringLiteral("customer"));
    QCOMPARE(change.kind, StoreChange::Kind::Updated);
    QCOMPARE(change.customerId, m_id);
    QCOMPARE(change.id, m_id);
    QStringList signalled = change.fields;
    signalled.removeOne(QStringLiteral("updated_at"));
    signalled.sort();
    QCOMPARE(signalled, columns);
}

void TestWritePath::mutationIdIncreasesByOnePerWrite()
{
    // init() made the first two writes (the desk's staff member, the customer); every further
    // write takes the next number, also after the desk program restarted.
    QVERIFY2(m_store->updateCustomer(m_id, {{CustomerField::City, QStringLiteral("Potsdam")}}).ok(),
             "update 1");
    QVERIFY2(m_store->updateCustomer(m_id, {{CustomerField::City, QStringLiteral("Leipzig")}}).ok(),
             "update 2");
    const WriteResult created = m_store->createCustomer(storetest::draft(
        QStringLiteral("Bernd"), QStringLiteral("Schulz"), QStringLiteral("Hamburg")));
    QVERIFY2(created.ok(), qPrintable(storetest::describe(created)));
    m_store->close();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
    const WriteResult afterRestart =
        m_store->updateCustomer(created.id, {{CustomerField::City, QStringLiteral("Bremen")}});
    QVERIFY2(afterRestart.ok(), qPrintable(storetest::describe(afterRestart)));

    RawDb raw(m_path);
    QList<qint64> ids;
    for (const QSqlRecord &r :
         raw.select(QStringLiteral("SELECT mutation_id FROM sync_outbox ORDER BY mutation_id")))
        ids << r.value(0).toLongLong();
    QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                       "'last_mutation_id'"))
                 .toLongLong(),
             qint64(6));
    QCOMPARE(m_store->pendingOutboxCount(), 6);
}

void TestWritePath::noOpUpdateWritesNothing_data()
{
    QTest::addColumn<Changes>("changes");
    QTest::newRow("nothing asked") << Changes{};
    QTest::newRow("same city") << Changes{{CustomerField::City, QStringLiteral("Berlin")}};
    QTest::newRow("same city with spaces")
        << Changes{{CustomerField::City, QStringLiteral(" Berlin ")}};
    QTest::newRow("same birth date") << Changes{{CustomerField::BirthDate, QDate(1985, 5, 17)}};
    QTest::newRow("same blocked flag") << Changes{{CustomerField::Blocked, false}};
    QTest::newRow("same country in lower case")
        << Changes{{CustomerField::Country, QStringLiteral("de")}};
}

void TestWritePath::noOpUpdateWritesNothing()
{
    QFETCH(Changes, changes);
    const qint64 mutationBefore = maxMutationId();
    const int activitiesBefore = activityCount(m_id);
    const QString updatedBefore =
        RawDb(m_path)
            .scalar(QStringLiteral("SELECT updated_at FROM customers WHERE id = ?"), {m_id})
            .toString();
    QSignalSpy spy(m_store.get(), &Store::changed);

    const WriteResult r = m_store->updateCustomer(m_id, changes);
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));

    QCOMPARE(maxMutationId(), mutationBefore);
    QCOMPARE(activityCount(m_id), activitiesBefore);
    QCOMPARE(RawDb(m_path)
                 .scalar(QStringLiteral("SELECT updated_at FROM customers WHERE id = ?"), {m_id})
                 .toString(),
             updatedBefore);
    QCOMPARE(spy.count(), 0);
}

void TestWritePath::rejectedUpdateWritesNothing()
{
    const qint64 mutationBefore = maxMutationId();
    const int activitiesBefore = activityCount(m_id);
    QSignalSpy spy(m_store.get(), &Store::changed);

    const WriteResult r =
        m_store->updateCustomer(m_id, {{CustomerField::Email, QStringLiteral("anna@")}});
    QVERIFY(!r.ok());
    QVERIFY(r.fieldErrors.contains(CustomerField::Email));

    QCOMPARE(RawDb(m_path)
                 .scalar(QStringLiteral("SELECT email FROM customers WHERE id = ?"), {m_id})
                 .toString(),
             QStringLiteral("anna.mueller@example.de"));
    QCOMPARE(maxMutationId(), mutationBefore);
    QCOMPARE(activityCount(m_id), activitiesBefore);
    QCOMPARE(spy.count(), 0);
}

void TestWritePath::interruptedWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("point");
    for (const QString &op : {QStringLiteral("update"), QStringLiteral("create")})
        for (const QString &point : {QStringLiteral("after-rows"), QStringLiteral("before-outbox")})
            QTest::addRow("%s, fails %s", qPrintable(op), qPrintable(point)) << op << point;
}

void TestWritePath::interruptedWriteLeavesNothing()
{
    QFETCH(QString, operation);
    QFETCH(QString, point);
    const bool update = operation == QLatin1String("update");

    const qint64 mutationBefore = maxMutationId();
    const int activitiesBefore =
        RawDb(m_path).scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt();
    const qint64 customersBefore = m_store->customerCount();
    const qint64 numbersLeftBefore = m_store->numbersLeftInBlocks();
    const int outboxBefore = m_store->pendingOutboxCount();

    QStringList pointsSeen;
    m_store->setFaultHook([&](const char *p) {
        pointsSeen << QString::fromLatin1(p);
        return point != QLatin1String(p);
    });
    QSignalSpy spy(m_store.get(), &Store::changed);

    auto doWrite = [&] {
        return update ? m_store->updateCustomer(m_id,
                                                {{CustomerField::City, QStringLiteral("Potsdam")}})
                      : m_store->createCustomer(storetest::draft(QStringLiteral("Bernd"),
                                                                 QStringLiteral("Schulz"),
                                                                 QStringLiteral("Hamburg")));
    };
    const WriteResult failed = doWrite();
    QVERIFY2(pointsSeen.contains(point), qPrintable(pointsSeen.join(QLatin1Char(','))));
    QVERIFY2(!failed.ok(), "the interrupted write reported success");
    QVERIFY(!failed.error.isEmpty());
    QCOMPARE(spy.count(), 0);

    // Neither the row change, nor the activity, nor the outbox entry, nor a used-up number.
    auto verifyNothingWritten = [&](const char *when) {
        RawDb raw(m_path);
        QVERIFY2(raw.isOpen(), when);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {m_id})
                     .toString(),
                 QStringLiteral("Berlin"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong(),
                 customersBefore);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE last_name = 'Schulz'"))
                .toInt(),
            0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(),
                 activitiesBefore);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT coalesce(max(mutation_id), 0) FROM sync_outbox"))
                     .toLongLong(),
                 mutationBefore);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(),
                 outboxBefore);
        QCOMPARE(raw.scalar(QStringLiteral(
                                "SELECT value FROM sync_state WHERE key = 'last_mutation_id'"))
                     .toLongLong(),
                 mutationBefore);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customer_search")).toLongLong(),
                 customersBefore);
        QCOMPARE(raw.scalar(QStringLiteral(
                                "SELECT sum(last_number - next_number + 1) FROM number_blocks"))
                     .toLongLong(),
                 numbersLeftBefore);
        // What the desk itself shows.
        QCOMPARE(m_store->customer(m_id).city, QStringLiteral("Berlin"));
        QVERIFY(m_store->search(QStringLiteral("potsdam")).isEmpty());
        QVERIFY(m_store->search(QStringLiteral("schulz")).isEmpty());
        QCOMPARE(m_store->pendingOutboxCount(), outboxBefore);
        QCOMPARE(m_store->numbersLeftInBlocks(), numbersLeftBefore);
    };
    verifyNothingWritten("right after the failed write");
    if (QTest::currentTestFailed())
        return;

    m_store->setFaultHook({});
    m_store->close();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
    verifyNothingWritten("after closing and reopening the file");
    if (QTest::currentTestFailed())
        return;
    const Store::CheckReport report = m_store->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    // The store is not stuck: the same write now succeeds and takes the next mutation id.
    const WriteResult retried = doWrite();
    QVERIFY2(retried.ok(), qPrintable(storetest::describe(retried)));
    QCOMPARE(maxMutationId(), mutationBefore + 1);
    QVERIFY(spy.count() >= 1);
}

void TestWritePath::createCustomerAppendsActivityAndOutbox()
{
    const qint64 mutationBefore = maxMutationId();
    QSignalSpy spy(m_store.get(), &Store::changed);

    const WriteResult r = m_store->createCustomer(
        storetest::draft(QStringLiteral("Bernd"), QStringLiteral("Schulz"),
                         QStringLiteral("Hamburg"), QStringLiteral("bernd@example.de"),
                         QStringLiteral("040 1234567"), QStringLiteral("20095")));
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
    QVERIFY(!r.id.isEmpty());
    QVERIFY(r.id != m_id);

    RawDb raw(m_path);
    const QList<QSqlRecord> rows = raw.select(
        QStringLiteral("SELECT number, first_name, last_name, city, country, birth_date FROM "
                       "customers WHERE id = ?"),
        {r.id});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(QStringLiteral("number")).toString(), QStringLiteral("K-10002"));
    QCOMPARE(rows.first().value(QStringLiteral("last_name")).toString(), QStringLiteral("Schulz"));
    QCOMPARE(rows.first().value(QStringLiteral("city")).toString(), QStringLiteral("Hamburg"));
    QCOMPARE(rows.first().value(QStringLiteral("country")).toString(), QStringLiteral("DE"));
    QCOMPARE(rows.first().value(QStringLiteral("birth_date")).toString(),
             QStringLiteral("1985-05-17"));

    const QList<QSqlRecord> activities = raw.select(
        QStringLiteral("SELECT action, new_value, staff_id FROM activities WHERE customer_id = ?"),
        {r.id});
    QCOMPARE(activities.size(), 1);
    QCOMPARE(activities.first().value(0).toString(), QStringLiteral("customer.created"));
    QCOMPARE(activities.first().value(1).toString(), QStringLiteral("K-10002"));
    QCOMPARE(activities.first().value(2).toString(), m_staffId);

    const QList<QSqlRecord> outbox =
        raw.select(QStringLiteral("SELECT mutation_id, operation, payload FROM sync_outbox WHERE "
                                  "mutation_id > ?"),
                   {mutationBefore});
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().value(0).toLongLong(), mutationBefore + 1);
    QCOMPARE(outbox.first().value(1).toString(), QStringLiteral("customer.create"));
    const QJsonObject payload = storetest::parseJson(outbox.first().value(2));
    QCOMPARE(payload.value(QStringLiteral("client_id")).toString(), m_store->clientId());
    const QJsonArray rowChanges = payload.value(QStringLiteral("changes")).toArray();
    QCOMPARE(rowChanges.size(), 1);
    QCOMPARE(rowChanges.first()[QStringLiteral("entity")].toString(), QStringLiteral("customer"));
    QCOMPARE(rowChanges.first()[QStringLiteral("id")].toString(), r.id);
    QCOMPARE(rowChanges.first()[QStringLiteral("kind")].toString(), QStringLiteral("insert"));
    const QJsonObject fields = rowChanges.first()[QStringLiteral("new")].toObject();
    QCOMPARE(fields.value(QStringLiteral("number")).toString(), QStringLiteral("K-10002"));
    QCOMPARE(fields.value(QStringLiteral("last_name")).toString(), QStringLiteral("Schulz"));
    QCOMPARE(fields.value(QStringLiteral("email")).toString(), QStringLiteral("bernd@example.de"));
    QCOMPARE(fields.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1985-05-17"));

    // The customer row and its activity, each announced once.
    QCOMPARE(spy.count(), 2);
    const auto change = spy.first().first().value<StoreChange>();
    QCOMPARE(change.entity, QStringLiteral("customer"));
    QCOMPARE(change.kind, StoreChange::Kind::Inserted);
    QCOMPARE(change.customerId, r.id);
    QCOMPARE(spy.at(1).first().value<StoreChange>().entity, QStringLiteral("activity"));

    // The desk finds the new customer straight away.
    QCOMPARE(m_store->customer(r.id).number, QStringLiteral("K-10002"));
    const QList<CustomerSummary> found = m_store->search(QStringLiteral("schulz"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, r.id);
    const Store::CheckReport report = m_store->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"

// Other desks must see who changed what: the outbox entry carries the activity entries of its
// write, with the same ids as the rows in the activities table.
void TestWritePath::outboxCarriesTheActivities()
{
    QVERIFY(m_store
                ->updateCustomer(m_id, {{CustomerField::City, QStringLiteral("Görlitz")},
                                        {CustomerField::Phone, QStringLiteral("0351 123456")}})
                .ok());
    storetest::RawDb raw(m_path);
    const QList<QSqlRecord> outbox = raw.select(
        QStringLiteral("SELECT payload FROM sync_outbox ORDER BY mutation_id DESC LIMIT 1"));
    QCOMPARE(outbox.size(), 1);
    const QJsonArray sent =
        storetest::parseJson(outbox.first().value(0)).value(QStringLiteral("activities")).toArray();
    QCOMPARE(sent.size(), 2);
    for (const QJsonValue &a : sent) {
        const QJsonObject activity = a.toObject();
        const QList<QSqlRecord> row = raw.select(
            QStringLiteral("SELECT customer_id, staff_id, field, new_value FROM activities WHERE "
                           "id = ?"),
            {activity.value(QStringLiteral("id")).toString()});
        QCOMPARE(row.size(), 1);
        QCOMPARE(row.first().value(0).toString(), m_id);
        QCOMPARE(row.first().value(1).toString(), m_staffId);
        QCOMPARE(activity.value(QStringLiteral("staff_id")).toString(), m_staffId);
        QCOMPARE(activity.value(QStringLiteral("field")).toString(),
                 row.first().value(2).toString());
        QCOMPARE(activity.value(QStringLiteral("new_value")).toString(),
                 row.first().value(3).toString());
    }
}

// "anna müller" born on the same day is the same person as "Anna Müller" or "ANNA MULLER".
void TestWritePath::duplicatesIgnoreCaseAndAccents()
{
    const Customer anna = m_store->customer(m_id);
    Customer typed;
    typed.firstName = QStringLiteral("anna");
    typed.lastName = QStringLiteral("MULLER");
    typed.birthDate = anna.birthDate;
    QVERIFY(anna.birthDate.isValid());
    const QList<CustomerSummary> found = m_store->likelyDuplicates(typed);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, m_id);
    typed.birthDate = anna.birthDate.addDays(1); // another person of the same name
    QVERIFY(m_store->likelyDuplicates(typed).isEmpty());
}

void TestWritePath::numberAsTypedAtTheCounter()
{
    const QString number = m_store->customer(m_id).number;
    QVERIFY(number.startsWith(QStringLiteral("K-")));
    const QString digits = number.mid(2);
    for (const QString &typed : {number, number.toLower(), digits, QStringLiteral("K") + digits,
                                 QStringLiteral(" ") + digits + QStringLiteral(" ")})
        QCOMPARE(m_store->customerByNumber(typed).id, m_id);
    QVERIFY(!m_store->customerByNumber(QStringLiteral("99999999")).isValid());
}
