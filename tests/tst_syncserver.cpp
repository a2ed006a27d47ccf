// Desks and a real rentdesk-server on a real PostgreSQL: enrolment, initial data, field-wise
// merge, conflicts, exactly-once pushes, identity repairs, bad input and the keychain.
#include "conflictsdialog.h"
#include "customercardwindow.h"
#include "demodata.h"
#include "headerpanel.h"
#include "schema.h"
#include "synctesthelpers.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QDockWidget>
#include <QPushButton>
#include <QTableWidget>

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rentdesk;
using namespace synctest;

class TestSyncServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstDeskUploadsLaterDesksStartFromSnapshot();
    void differentFieldsAreBothKept();
    void everyKindOfTextArrivesUnchanged();
    void sameFieldMakesAConflictEveryDeskSees();
    void ownRowsComeBackOnlyWhenTheDeskLacksSomething();
    void conflictOnTheCardIsDecidedAndSynced();
    void editOfADeletedRowIsAConflictNotAResurrection();
    void retriedPushHasNoSecondEffect();
    void poisonMutationIsRefusedAndTheQueueGoesOn();
    void badInputIsRefusedAndNothingIsWritten_data();
    void badInputIsRefusedAndNothingIsWritten();
    void onlyAPushMayBeCompressedAndItsSizeIsBounded();
    void aRowCreatedAgainIsMergedNotDoubled();
    void credentialLivesOnlyInTheKeychain();
    void copiedFileMustEnrolAgain();
    void restoredDeskFileContinuesAboveTheServer();
    void documentFilesTravelBeforeTheirRows();
    void fileUploadsResumeAndAreVerified();
    void documentWithoutItsFileIsRefused();

private:
    struct Http
    {
        int status = 0;
        QJsonObject body;
    };
    Http request(const QByteArray &verb, const QString &path, const QByteArray &body,
                 const QByteArray &authorization = {}, const QByteArray &encoding = {});
    QByteArray authorizationOf(TestDesk &desk);
    QString newCustomer(TestDesk &desk, const QString &first, const QString &last);
    void syncAll(std::initializer_list<TestDesk *> desks);
    // A document of the customer with these bytes; the file goes into the desk's file store
    // unless `withFile` is false.
    QString addDocument(TestDesk &desk, const QString &customerId, const QByteArray &bytes,
                        bool withFile = true);

    PgCluster m_pg;
    std::unique_ptr<ServerProcess> m_server;
    QString m_database;
    int m_databases = 0;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
};

void TestSyncServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
}

void TestSyncServer::init()
{
    QString error;
    m_database = m_pg.createDatabase(QStringLiteral("server%1").arg(++m_databases), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_pg, m_database, &error,
                             {QStringLiteral("RENTDESK_SERVER_MAX_BODY_MB=1")}),
             qPrintable(error));
}

void TestSyncServer::cleanup()
{
    // Idle keep-alive connections would hold the server's workers until their timeout.
    m_network.clearConnectionCache();
    m_server.reset();
}

TestSyncServer::Http TestSyncServer::request(const QByteArray &verb, const QString &path,
                                             const QByteArray &body,
                                             const QByteArray &authorization,
                                             const QByteArray &encoding)
{
    QNetworkRequest r(m_server->url().resolved(QUrl(path)));
    if (!encoding.isEmpty())
        r.setRawHeader("Content-Encoding", encoding);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("RentDesk-Schema", QByteArray::number(Schema::latestVersion()));
    if (!authorization.isEmpty())
        r.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.sendCustomRequest(r, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http h;
    h.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    h.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return h;
}

QByteArray TestSyncServer::authorizationOf(TestDesk &desk)
{
    QString error;
    const QString credential = sync::Credentials::read(desk.store->clientId(), &error);
    return "RentDesk " + desk.store->clientId().toUtf8() + ' ' + credential.toUtf8();
}

QString TestSyncServer::newCustomer(TestDesk &desk, const QString &first, const QString &last)
{
    Customer c;
    c.firstName = first;
    c.lastName = last;
    c.birthDate = QDate(1980, 1, 2);
    const WriteResult r = desk.store->createCustomer(c);
    return r.ok() ? r.id : QString();
}

QString TestSyncServer::addDocument(TestDesk &desk, const QString &customerId,
                                    const QByteArray &bytes, bool withFile)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (withFile) {
        const QString path = desk.store->filePath(sha);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
    }
    const QString id = Store::newId();
    const WriteResult r = desk.store->write([&](WriteContext &ctx) {
        return ctx.insert(QStringLiteral("document"), id,
                          {{QStringLiteral("customer_id"), customerId},
                           {QStringLiteral("file_name"), QStringLiteral("Mietvertrag.pdf")},
                           {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                           {QStringLiteral("size_bytes"), bytes.size()},
                           {QStringLiteral("sha256"), sha},
                           {QStringLiteral("created_at"), Store::nowText()}});
    });
    return r.ok() ? sha : QString();
}

void TestSyncServer::syncAll(std::initializer_list<TestDesk *> desks)
{
    for (TestDesk *d : desks) {
        const sync::RoundReport r = d->sync();
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
}

void TestSyncServer::firstDeskUploadsLaterDesksStartFromSnapshot()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("first-a.sqlite"))));
    DemoOptions demo;
    demo.customers = 25;
    QString error;
    QVERIFY2(DemoData::fill(*a.store, demo, &error), qPrintable(error));
    const Snapshot before = deskSnapshot(*a.store);
    QCOMPARE(a.enrol(*m_server), QString());
    QVERIFY(!a.store->deskCode().isEmpty());
    const sync::RoundReport first = a.sync();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.uploaded > 0);
    QVERIFY(first.filesUp > 0); // the demo documents' files, before their rows
    QCOMPARE(difference(serverSnapshot(m_pg, m_database), before), QString());

    // A later desk with demo data of its own keeps a copy of it and starts from the server's.
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("first-b.sqlite"))));
    demo.seed = 7;
    QVERIFY2(DemoData::fill(*b.store, demo, &error), qPrintable(error));
    QCOMPARE(b.enrol(*m_server), QString());
    QCOMPARE(b.store->customerCount(), 0);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("first-b-before-sync-*.sqlite")}).size() ==
            1);
    QVERIFY(b.store->deskCode() != a.store->deskCode());
    QVERIFY(QDir(b.store->fileStorePath()).removeRecursively());
    const sync::RoundReport second = b.sync();
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.uploaded, 0);
    // Every document's file came along, with the bytes its name promises.
    QVERIFY(second.filesDown > 0);
    const QStringList files = b.store->documentFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &sha : files) {
        QFile file(b.store->filePath(sha));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
                 sha);
    }
    QVERIFY(a.sync().ok()); // desk B's staff member
    QCOMPARE(difference(deskSnapshot(*b.store), deskSnapshot(*a.store)), QString());
    // The search index of the new desk is built from the pulled customers.
    QVERIFY(!b.store->search(QStringLiteral("Müller")).isEmpty());
}

void TestSyncServer::differentFieldsAreBothKept()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("fields-a.sqlite"))));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("fields-b.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QCOMPARE(b.enrol(*m_server), QString());
    const QString id = newCustomer(a, QStringLiteral("Jonas"), QStringLiteral("Weber"));
    QVERIFY(!id.isEmpty());
    syncAll({&a, &b});
    QCOMPARE(b.store->customer(id).lastName, QStringLiteral("Weber"));

    QVERIFY(a.store->updateCustomer(id, {{CustomerField::City, QStringLiteral("Potsdam")}}).ok());
    QVERIFY(
        b.store->updateCustomer(id, {{CustomerField::Phone, QStringLiteral("0331 1234")}}).ok());
    syncAll({&a, &b, &a});
    for (TestDesk *d : {&a, &b}) {
        QCOMPARE(d->store->customer(id).city, QStringLiteral("Potsdam"));
        QCOMPARE(d->store->customer(id).phone, QStringLiteral("0331 1234"));
        QCOMPARE(d->store->pendingOutboxCount(), 0);
    }
    QCOMPARE(difference(deskSnapshot(*a.store), deskSnapshot(*b.store)), QString());
    QCOMPARE(difference(deskSnapshot(*a.store), serverSnapshot(m_pg, m_database)), QString());
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT count(*) FROM rows WHERE entity = "
                                      "'conflict'"),
                       nullptr),
             QStringLiteral("0"));
}

// The server writes new rows into PostgreSQL as COPY text of their JSON: quotes, backslashes,
// line breaks, tabs, control characters, umlauts and characters beyond the BMP come through.
void TestSyncServer::everyKindOfTextArrivesUnchanged()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("text-a.sqlite"))));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("text-b.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QCOMPARE(b.enrol(*m_server), QString());
    Customer c;
    c.firstName = QStringLiteral("Zoë-Åsa");
    c.lastName = QStringLiteral("O'Brien \"Bob\" \\ Łódź");
    c.birthDate = QDate(1980, 1, 2);
    c.note = QStringLiteral("Zeile 1\nZeile 2\r\n\tTab, Backslash \\n, \\\\server\\share, "
                            "\"Zitat\", Steuerzeichen \x01\x1f, 100 € — 😀 中文 العربية");
    const WriteResult r = a.store->createCustomer(c);
    QVERIFY2(r.ok(), qPrintable(r.error));
    syncAll({&a, &b, &a});
    const Customer got = b.store->customer(r.id);
    QCOMPARE(got.firstName, c.firstName);
    QCOMPARE(got.lastName, c.lastName);
    QCOMPARE(got.note, c.note);
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT data->>'note' = %1 FROM rows WHERE entity = "
                                      "'customer' AND id = '%2'")
                           .arg(QStringLiteral("convert_from(decode('%1', 'hex'), 'UTF8')")
                                    .arg(QString::fromLatin1(c.note.toUtf8().toHex())),
                                r.id),
                       nullptr),
             QStringLiteral("t"));
    QCOMPARE(difference(deskSnapshot(*a.store), deskSnapshot(*b.store)), QString());
    QCOMPARE(difference(deskSnapshot(*a.store), serverSnapshot(m_pg, m_database)), QString());
}

void TestSyncServer::sameFieldMakesAConflictEveryDeskSees()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("conflict-a.sqlite"))));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("conflict-b.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QCOMPARE(b.enrol(*m_server), QString());
    const QString id = newCustomer(a, QStringLiteral("Mia"), QStringLiteral("Keller"));
    syncAll({&a, &b});

    QVERIFY(a.store->updateCustomer(id, {{CustomerField::City, QStringLiteral("Aachen")}}).ok());
    QVERIFY(b.store->updateCustomer(id, {{CustomerField::City, QStringLiteral("Bonn")}}).ok());
    syncAll({&a, &b, &a});
    // The later change in server order is kept, at every desk; nothing is silent.
    QCOMPARE(a.store->customer(id).city, QStringLiteral("Bonn"));
    QCOMPARE(b.store->customer(id).city, QStringLiteral("Bonn"));
    for (TestDesk *d : {&a, &b}) {
        QSqlQuery q(d->store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT field, kept_value, other_value, kept_desk, "
                                      "other_desk, customer_id FROM conflicts WHERE resolved_at "
                                      "IS NULL")));
        QVERIFY2(q.next(), "the conflict reached the desk");
        QCOMPARE(q.value(0).toString(), QStringLiteral("city"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("\"Bonn\""));
        QCOMPARE(q.value(2).toString(), QStringLiteral("\"Aachen\""));
        QCOMPARE(q.value(3).toString(), b.store->deskCode());
        QCOMPARE(q.value(4).toString(), a.store->deskCode());
        QCOMPARE(q.value(5).toString(), id);
        QVERIFY(!q.next());
    }
    QCOMPARE(difference(deskSnapshot(*a.store), deskSnapshot(*b.store)), QString());
}

void TestSyncServer::ownRowsComeBackOnlyWhenTheDeskLacksSomething()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("own-a.sqlite"))));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("own-b.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QCOMPARE(b.enrol(*m_server), QString());
    syncAll({&a, &b, &a});
    // A new customer and an edit that only this desk made: the server has them as the desk
    // does, so the pull after the push brings nothing back.
    const QString id = newCustomer(a, QStringLiteral("Ole"), QStringLiteral("Eigen"));
    sync::RoundReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.pushed, 1);
    QCOMPARE(r.pulled, 0);
    QVERIFY(a.store->updateCustomer(id, {{CustomerField::City, QStringLiteral("Kiel")}}).ok());
    r = a.sync();
    QCOMPARE(r.pushed, 1);
    QCOMPARE(r.pulled, 0);
    QVERIFY(b.sync().ok());
    QCOMPARE(b.store->customer(id).city, QStringLiteral("Kiel"));

    // Another desk changed a field in between that this desk has not pulled yet: its own edit
    // of another field comes back with the other desk's change, which a later version hides.
    QVERIFY(
        b.store->updateCustomer(id, {{CustomerField::Phone, QStringLiteral("0431 1234")}}).ok());
    QVERIFY(b.sync().ok());
    QVERIFY(a.store->updateCustomer(id, {{CustomerField::City, QStringLiteral("Lübeck")}}).ok());
    r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(a.store->customer(id).phone, QStringLiteral("0431 1234"));
    QCOMPARE(a.store->customer(id).city, QStringLiteral("Lübeck"));
    QVERIFY(b.sync().ok());
    QCOMPARE(difference(deskSnapshot(*a.store), serverSnapshot(m_pg, m_database)), QString());
    QCOMPARE(difference(deskSnapshot(*b.store), serverSnapshot(m_pg, m_database)), QString());
}

void TestSyncServer::conflictOnTheCardIsDecidedAndSynced()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("card-a.sqlite"))));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("card-b.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QCOMPARE(b.enrol(*m_server), QString());
    const QString id = newCustomer(a, QStringLiteral("Anna"), QStringLiteral("Schäfer"));
    QVERIFY(a.store->updateCustomer(id, {{CustomerField::Phone, QStringLiteral("030 111")}}).ok());
    syncAll({&a, &b});
    QVERIFY(a.store->updateCustomer(id, {{CustomerField::Phone, QStringLiteral("030 222")}}).ok());
    QVERIFY(b.store->updateCustomer(id, {{CustomerField::Phone, QStringLiteral("0170 333")}}).ok());
    syncAll({&a, &b, &a});

    // Desk A's card shows the conflict as a badge; the list has both values with who and when.
    CustomerCardWindow card(a.store.get(), id);
    card.resize(1280, 800);
    card.show();
    auto *header = card.findChild<HeaderPanel *>();
    QVERIFY(header);
    QVERIFY(header->conflictBadge()->isVisible());
    QVERIFY2(header->conflictBadge()->text().contains(QStringLiteral("1")),
             qPrintable(header->conflictBadge()->text()));
    ConflictsDialog dialog(a.store.get(), id, &card);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(dialog.table()->item(0, 1)->text().startsWith(QStringLiteral("0170 333")));
    QVERIFY(dialog.table()->item(0, 1)->text().contains(b.store->deskCode()));
    QVERIFY(dialog.table()->item(0, 2)->text().startsWith(QStringLiteral("030 222")));
    QVERIFY(dialog.table()->item(0, 2)->text().contains(a.store->deskCode()));
    const QByteArray shots = qgetenv("RENTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(
            card.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/conflict-card.png")));
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shots) +
                                   QStringLiteral("/conflict-dialog.png")));
    }
    // The person at desk A decides for A's value; the decision reaches desk B.
    QVERIFY(dialog.decide(true));
    QCOMPARE(dialog.table()->rowCount(), 0);
    QCOMPARE(a.store->customer(id).phone, QStringLiteral("030 222"));
    QTRY_VERIFY(!header->conflictBadge()->isVisible());
    syncAll({&a, &b});
    QCOMPARE(b.store->customer(id).phone, QStringLiteral("030 222"));
    QVERIFY(b.store->conflicts(id).isEmpty());
    QCOMPARE(difference(deskSnapshot(*a.store), deskSnapshot(*b.store)), QString());
}

void TestSyncServer::editOfADeletedRowIsAConflictNotAResurrection()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("deleted-a.sqlite"))));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("deleted-b.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QCOMPARE(b.enrol(*m_server), QString());
    const QString id = newCustomer(a, QStringLiteral("Lea"), QStringLiteral("Braun"));
    syncAll({&a, &b});
    QVERIFY(
        a.store
            ->write([&](WriteContext &ctx) { return ctx.remove(QStringLiteral("customer"), id); })
            .ok());
    QVERIFY(b.store->updateCustomer(id, {{CustomerField::City, QStringLiteral("Kiel")}}).ok());
    syncAll({&a, &b, &a});
    for (TestDesk *d : {&a, &b}) {
        QSqlQuery q(d->store->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT deleted_at IS NOT NULL FROM customers WHERE id = '%1'")
                       .arg(id)));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toBool(), "the customer stays deleted");
        QVERIFY(q.exec(QStringLiteral("SELECT field, other_value FROM conflicts")));
        QVERIFY2(q.next(), "the edit is kept in a conflict");
        QCOMPARE(q.value(0).toString(), QStringLiteral("deleted_at"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("Kiel")));
    }
}

void TestSyncServer::retriedPushHasNoSecondEffect()
{
    TestDesk a;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("retry-a.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    const QString customer = newCustomer(a, QStringLiteral("Paul"), QStringLiteral("Roth"));
    // A charge and its payment: one operation, one mutation.
    QVERIFY(a.store
                ->write([&](WriteContext &ctx) {
                    const QString charge = Store::newId();
                    return ctx.insert(QStringLiteral("charge"), charge,
                                      {{QStringLiteral("customer_id"), customer},
                                       {QStringLiteral("description"), QStringLiteral("Rent")},
                                       {QStringLiteral("due_on"), QStringLiteral("2026-06-15")},
                                       {QStringLiteral("amount_minor"), 2500},
                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                       {QStringLiteral("created_at"), ctx.now()}}) &&
                           ctx.insert(QStringLiteral("payment"), Store::newId(),
                                      {{QStringLiteral("customer_id"), customer},
                                       {QStringLiteral("charge_id"), charge},
                                       {QStringLiteral("amount_minor"), 2500},
                                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                                       {QStringLiteral("method"), QStringLiteral("cash")},
                                       {QStringLiteral("paid_at"), ctx.now()}});
                })
                .ok());
    QJsonArray mutations;
    for (const QByteArray &m : a.store->pendingPayloads(100))
        mutations.append(QJsonDocument::fromJson(m).object());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("mutations"), mutations}}).toJson();
    // The same request three times, as after lost answers: one effect.
    for (int i = 0; i < 3; ++i) {
        const Http h = request("POST", QStringLiteral("/v1/push"), body, authorizationOf(a));
        QCOMPARE(h.status, 200);
        const QString expected = i == 0 ? QStringLiteral("applied") : QStringLiteral("duplicate");
        for (const QJsonValue &r : h.body.value(QStringLiteral("results")).toArray())
            QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), expected);
    }
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT count(*), sum((data->>'amount_minor')::int) FROM "
                                      "rows WHERE entity = 'payment'"),
                       nullptr),
             QStringLiteral("1|2500"));
    // The desk's own round afterwards only confirms.
    const sync::RoundReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(a.store->pendingOutboxCount(), 0);
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT count(*) FROM rows WHERE entity = 'payment'"),
                       nullptr),
             QStringLiteral("1"));
}

void TestSyncServer::poisonMutationIsRefusedAndTheQueueGoesOn()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("poison-a.sqlite"))));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("poison-b.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QCOMPARE(b.enrol(*m_server), QString());
    const QString before = newCustomer(a, QStringLiteral("Ida"), QStringLiteral("Vogel"));
    // A mutation the server can never apply (a kind of change it does not know), between two
    // good ones, as a desk with a bug or a newer schema might write it.
    QVERIFY(a.store
                ->write([&](WriteContext &ctx) {
                    ctx.setOperation(QStringLiteral("customer.note"));
                    return ctx.update(QStringLiteral("customer"), before,
                                      {{QStringLiteral("note"), QStringLiteral("poison")}});
                })
                .ok());
    const qint64 poisonId = a.store->lastMutationId();
    QSqlQuery q(a.store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE sync_outbox SET payload = replace(payload, "
                                  "'\"kind\":\"update\"', '\"kind\":\"transmogrify\"') WHERE "
                                  "mutation_id = %1")
                       .arg(poisonId)));
    const QString after = newCustomer(a, QStringLiteral("Tom"), QStringLiteral("Hahn"));
    const sync::RoundReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rejected, 1);
    QCOMPARE(a.store->pendingOutboxCount(), 0);
    const QList<Store::Rejection> rejected = a.store->rejections();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().mutationId, poisonId);
    QVERIFY2(rejected.first().reason.contains(QStringLiteral("transmogrify")),
             qPrintable(rejected.first().reason));
    // The desk's note went back to the server's value; the customer after it arrived.
    QCOMPARE(a.store->customer(before).note, QString());
    QCOMPARE(b.sync().error, QString());
    QCOMPARE(b.store->customer(after).lastName, QStringLiteral("Hahn"));
    // The refused change's activity did not happen either: desk and server agree.
    QVERIFY(a.sync().ok());
    QCOMPARE(difference(deskSnapshot(*a.store), serverSnapshot(m_pg, m_database)), QString());
}

void TestSyncServer::badInputIsRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("auth"); // "desk", "none", "wrong", "revoked"
    QTest::addColumn<int>("status");

    const QByteArray good = R"({"mutations":[]})";
    QTest::newRow("malformed JSON")
        << QByteArray("POST") << "/v1/push" << QByteArray("{\"mutations\": [") << "desk" << 400;
    QTest::newRow("not an object")
        << QByteArray("POST") << "/v1/push" << QByteArray("[1,2]") << "desk" << 400;
    QTest::newRow("mutations not a list") << QByteArray("POST") << "/v1/push"
                                          << QByteArray(R"({"mutations":"all"})") << "desk" << 400;
    QTest::newRow("mutation without id")
        << QByteArray("POST") << "/v1/push" << QByteArray(R"({"mutations":[{"format":1}]})")
        << "desk" << 400;
    QTest::newRow("mutation id as text")
        << QByteArray("POST") << "/v1/push"
        << QByteArray(R"({"mutations":[{"mutation_id":"1","format":1}]})") << "desk" << 400;
    QTest::newRow("another desk's client id")
        << QByteArray("POST") << "/v1/push"
        << QByteArray(
               R"({"mutations":[{"mutation_id":1,"client_id":"someone-else","format":1,"changes":[]}]})")
        << "desk" << 403;
    QTest::newRow("huge body") << QByteArray("POST") << "/v1/push"
                               << (QByteArray(R"({"mutations":[], "x":")") +
                                   QByteArray(2 * 1024 * 1024, 'x') + QByteArray("\"}"))
                               << "desk" << 413;
    QTest::newRow("no credential") << QByteArray("POST") << "/v1/push" << good << "none" << 401;
    QTest::newRow("wrong credential") << QByteArray("POST") << "/v1/push" << good << "wrong" << 401;
    QTest::newRow("revoked credential")
        << QByteArray("POST") << "/v1/push" << good << "revoked" << 401;
    QTest::newRow("pull with text cursor")
        << QByteArray("GET") << "/v1/pull?cursor=abc" << QByteArray() << "desk" << 400;
    QTest::newRow("pull with huge limit")
        << QByteArray("GET") << "/v1/pull?limit=999999" << QByteArray() << "desk" << 400;
    QTest::newRow("upload by a later desk")
        << QByteArray("POST") << "/v1/upload" << QByteArray(R"({"rows":[]})") << "desk" << 403;
    QTest::newRow("enrol with a wrong code")
        << QByteArray("POST") << "/v1/enrol" << QByteArray(R"({"code":"AAAAA-BBBBB"})") << "none"
        << 403;
    QTest::newRow("enrol with a number as code")
        << QByteArray("POST") << "/v1/enrol" << QByteArray(R"({"code":12})") << "none" << 400;
    const QString file = QStringLiteral("/v1/files/") + QString(64, QLatin1Char('a'));
    QTest::newRow("file piece without size")
        << QByteArray("PUT") << file + QStringLiteral("?offset=0") << QByteArray("abc") << "desk"
        << 400;
    QTest::newRow("file piece longer than its file")
        << QByteArray("PUT") << file + QStringLiteral("?size=2&offset=0") << QByteArray("abc")
        << "desk" << 400;
    QTest::newRow("file piece without credential")
        << QByteArray("PUT") << file + QStringLiteral("?size=3&offset=0") << QByteArray("abc")
        << "none" << 401;
    QTest::newRow("file named by something else than a hash")
        << QByteArray("GET") << "/v1/files/..%2F..%2Fetc%2Fpasswd" << QByteArray() << "desk" << 404;
    QTest::newRow("content of a file the server lacks")
        << QByteArray("GET") << file + QStringLiteral("/content") << QByteArray() << "desk" << 404;
    QTest::newRow("unknown endpoint")
        << QByteArray("GET") << "/v1/secrets" << QByteArray() << "desk" << 404;
}

void TestSyncServer::badInputIsRefusedAndNothingIsWritten()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, auth);
    QFETCH(int, status);

    // A first desk that owns the initial upload, and a second desk whose requests these are.
    TestDesk first, a;
    QVERIFY(first.open(m_dir.filePath(QStringLiteral("bad-first-%1.sqlite").arg(m_databases))));
    QCOMPARE(first.enrol(*m_server), QString());
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("bad-a-%1.sqlite").arg(m_databases))));
    QCOMPARE(a.enrol(*m_server), QString());
    QByteArray authorization;
    if (auth == QLatin1String("desk") || auth == QLatin1String("revoked"))
        authorization = authorizationOf(a);
    else if (auth == QLatin1String("wrong"))
        authorization = "RentDesk " + a.store->clientId().toUtf8() + " not-the-credential";
    if (auth == QLatin1String("revoked")) {
        QString error;
        m_server->admin({QStringLiteral("revoke"), a.store->deskCode()}, &error);
        QCOMPARE(error, QString());
    }
    const QString countSql = QStringLiteral(
        "SELECT (SELECT count(*) FROM rows) || '/' || (SELECT value FROM counters) || '/' || "
        "(SELECT count(*) FROM desks) || '/' || (SELECT sum(last_mutation_id) FROM desks) || '/' "
        "|| (SELECT count(*) FROM files)");
    const QString before = m_pg.psql(m_database, countSql, nullptr);
    const Http h = request(verb, path, body, authorization);
    QCOMPARE(h.status, status);
    QVERIFY2(!h.body.value(QStringLiteral("reason")).toString().isEmpty(), "a reason in words");
    QCOMPARE(m_pg.psql(m_database, countSql, nullptr), before);
    // The server is still up and answers.
    QCOMPARE(request("GET", QStringLiteral("/v1/health"), {}).status, 200);
}

void TestSyncServer::onlyAPushMayBeCompressedAndItsSizeIsBounded()
{
    TestDesk first, a;
    QVERIFY(first.open(m_dir.filePath(QStringLiteral("deflate-first.sqlite"))));
    QCOMPARE(first.enrol(*m_server), QString());
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("deflate-a.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    auto deflate = [](const QByteArray &text) { return qCompress(text, 9).mid(4); };
    // A push the desk compresses is read like a plain one.
    Http h = request("POST", QStringLiteral("/v1/push"), deflate(R"({"mutations":[]})"),
                     authorizationOf(a), "deflate");
    QCOMPARE(h.status, 200);
    // A small compressed body that inflates past the limit (1 MB here) is refused: nothing runs
    // out of memory and the server answers on.
    const QByteArray bomb =
        deflate(R"({"mutations":[],"x":")" + QByteArray(64 * 1024 * 1024, ' ') + QByteArray("\"}"));
    QVERIFY(bomb.size() < 1024 * 1024);
    h = request("POST", QStringLiteral("/v1/push"), bomb, authorizationOf(a), "deflate");
    QCOMPARE(h.status, 413);
    QVERIFY(!h.body.value(QStringLiteral("reason")).toString().isEmpty());
    // Every other request is refused before its body is read, with or without a credential.
    for (const QString &path : {QStringLiteral("/v1/enrol"), QStringLiteral("/v1/upload")}) {
        h = request("POST", path, deflate(R"({"code":"AAAAA-BBBBB"})"), authorizationOf(a),
                    "deflate");
        QCOMPARE(h.status, 415);
        QVERIFY(!h.body.value(QStringLiteral("reason")).toString().isEmpty());
    }
    h = request("POST", QStringLiteral("/v1/push"), deflate(R"({"mutations":[]})"),
                authorizationOf(a), "br");
    QCOMPARE(h.status, 415);
    QCOMPARE(request("GET", QStringLiteral("/v1/health"), {}).status, 200);
}

void TestSyncServer::aRowCreatedAgainIsMergedNotDoubled()
{
    // The server takes rows a push creates to be new without looking them up; one that exists
    // (a desk sending it again, e.g. after a restore) must still merge, never fail or double.
    TestDesk a;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("again-a.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QVERIFY(a.sync().ok());
    const QString id = newCustomer(a, QStringLiteral("Ida"), QStringLiteral("Zweimal"));
    QVERIFY(a.sync().ok());
    Http h = request("POST", QStringLiteral("/v1/push"), R"({"mutations":[]})", authorizationOf(a));
    QCOMPARE(h.status, 200);
    const qint64 last = h.body.value(QStringLiteral("last_mutation_id")).toInteger();
    const QJsonObject mutation{
        {QStringLiteral("format"), 1},
        {QStringLiteral("mutation_id"), last + 1},
        {QStringLiteral("client_id"), a.store->clientId()},
        {QStringLiteral("created_at"), Store::nowText()},
        {QStringLiteral("changes"),
         QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("customer")},
                                {QStringLiteral("id"), id},
                                {QStringLiteral("kind"), QStringLiteral("insert")},
                                {QStringLiteral("base_version"), 0},
                                {QStringLiteral("new"), QJsonObject{{QStringLiteral("city"),
                                                                     QStringLiteral("Neustadt")}}}},
                    QJsonObject{{QStringLiteral("entity"), QStringLiteral("customer")},
                                {QStringLiteral("id"), Store::newId()},
                                {QStringLiteral("kind"), QStringLiteral("insert")},
                                {QStringLiteral("base_version"), 0},
                                {QStringLiteral("new"), QJsonObject{{QStringLiteral("last_name"),
                                                                     QStringLiteral("Neu")}}}}}}};
    h = request("POST", QStringLiteral("/v1/push"),
                QJsonDocument(QJsonObject{{QStringLiteral("mutations"), QJsonArray{mutation}}})
                    .toJson(QJsonDocument::Compact),
                authorizationOf(a));
    QCOMPARE(h.status, 200);
    QCOMPARE(h.body.value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT count(*) || ' ' || string_agg(data->>'city', '') || "
                                      "' ' || string_agg(data->>'last_name', '') FROM rows WHERE "
                                      "id = '%1'")
                           .arg(id),
                       nullptr),
             QStringLiteral("1 Neustadt Zweimal"));
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT count(*) FROM rows WHERE data->>'last_name' = 'Neu'"),
                       nullptr),
             QStringLiteral("1"));
}

void TestSyncServer::credentialLivesOnlyInTheKeychain()
{
    TestDesk a;
    const QString path = m_dir.filePath(QStringLiteral("keychain-a.sqlite"));
    QVERIFY(a.open(path));
    QCOMPARE(a.enrol(*m_server), QString());
    QString error;
    const QString credential = sync::Credentials::read(a.store->clientId(), &error);
    QCOMPARE(error, QString());
    QVERIFY(credential.size() >= 40);
    QVERIFY(a.sync().ok());
    a.close();
    // Not in the store file (nor its journal), not in any settings file.
    QStringList files{path, path + QStringLiteral("-wal")};
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files << QSettings().fileName();
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(credential.toUtf8()), qPrintable(f));
    }
}

void TestSyncServer::copiedFileMustEnrolAgain()
{
    TestDesk a;
    const QString path = m_dir.filePath(QStringLiteral("copied-a.sqlite"));
    QVERIFY(a.open(path));
    QCOMPARE(a.enrol(*m_server), QString());
    QVERIFY(a.sync().ok());
    const QString oldClient = a.store->clientId();
    const QString oldCode = a.store->deskCode();
    newCustomer(a, QStringLiteral("Eva"), QStringLiteral("Lang"));
    // The file on another computer: same client id, no credential in that computer's keychain.
    QString error;
    QVERIFY(sync::Credentials::remove(oldClient, &error));
    a.client = std::make_unique<sync::SyncClient>(a.store.get());
    const sync::RoundReport refused = a.sync();
    QVERIFY(!refused.ok());
    QVERIFY(refused.needsPerson);
    QVERIFY2(refused.error.contains(QStringLiteral("credential")), qPrintable(refused.error));
    QCOMPARE(a.store->pendingOutboxCount(), 1); // nothing lost
    QCOMPARE(a.enrol(*m_server), QString());
    QVERIFY(a.store->clientId() != oldClient);
    QVERIFY(a.store->deskCode() != oldCode);
    const sync::RoundReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.pushed, 1);
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT count(*) FROM rows WHERE entity = 'customer' AND "
                                      "data->>'last_name' = 'Lang'"),
                       nullptr),
             QStringLiteral("1"));
}

void TestSyncServer::restoredDeskFileContinuesAboveTheServer()
{
    TestDesk a, b;
    const QString path = m_dir.filePath(QStringLiteral("restored-a.sqlite"));
    QVERIFY(a.open(path));
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("restored-b.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QCOMPARE(b.enrol(*m_server), QString());
    QVERIFY(a.sync().ok());
    const QString backup = m_dir.filePath(QStringLiteral("restored-a.backup"));
    QSqlQuery q(a.store->database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(backup);
    QVERIFY(q.exec());
    // After the backup the desk works on and syncs; then its disk dies.
    const QString lost = newCustomer(a, QStringLiteral("Nach"), QStringLiteral("Sicherung"));
    QVERIFY(a.sync().ok());
    a.close();
    QFile::remove(path);
    QVERIFY(QFile::copy(backup, path));
    QVERIFY(a.open(path));
    // Restored, it goes on working before it reaches the server: its next mutation number was
    // already used for the lost customer.
    const QString fresh = newCustomer(a, QStringLiteral("Neu"), QStringLiteral("Danach"));
    const sync::RoundReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(a.store->pendingOutboxCount(), 0);
    QCOMPARE(a.store->customer(lost).lastName, QStringLiteral("Sicherung"));
    QVERIFY(b.sync().ok());
    QCOMPARE(b.store->customer(fresh).lastName, QStringLiteral("Danach"));
    QCOMPARE(b.store->customer(lost).lastName, QStringLiteral("Sicherung"));
    QVERIFY(a.sync().ok());
    QCOMPARE(difference(deskSnapshot(*a.store), serverSnapshot(m_pg, m_database)), QString());
    // The provisional number the restored file gave a second time went to one customer only;
    // the other got a new one, and a person is told.
    for (TestDesk *d : {&a, &b})
        QVERIFY(d->store->customer(fresh).number != d->store->customer(lost).number);
    QSqlQuery conflicts(b.store->database());
    QVERIFY(
        conflicts.exec(QStringLiteral("SELECT count(*) FROM conflicts WHERE field = 'number'")));
    QVERIFY(conflicts.next());
    QCOMPARE(conflicts.value(0).toInt(), 1);
    // Later mutations continue above the server's.
    QVERIFY(!newCustomer(a, QStringLiteral("Noch"), QStringLiteral("Einer")).isEmpty());
    QVERIFY(a.sync().ok());
    QCOMPARE(a.store->pendingOutboxCount(), 0);
}

QTEST_MAIN(TestSyncServer)
void TestSyncServer::documentFilesTravelBeforeTheirRows()
{
    TestDesk a, b;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("files-a.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("files-b.sqlite"))));
    QCOMPARE(b.enrol(*m_server), QString());
    syncAll({&a, &b});
    const QString customer = newCustomer(a, QStringLiteral("Paula"), QStringLiteral("Pedal"));
    // Larger than one piece, so it goes up and comes down in several.
    QByteArray contract(1536 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < contract.size(); ++i)
        contract[i] = char((i * 7919) % 251);
    const QString sha = addDocument(a, customer, contract);
    QVERIFY(!sha.isEmpty());
    const sync::RoundReport up = a.sync();
    QVERIFY2(up.ok(), qPrintable(up.error));
    QCOMPARE(up.filesUp, 1);
    QCOMPARE(up.rejected, 0);
    QCOMPARE(
        m_pg.psql(m_database,
                  QStringLiteral("SELECT size || '/' || complete FROM files WHERE sha256 = '%1'")
                      .arg(sha),
                  nullptr),
        QStringLiteral("%1/true").arg(contract.size()));

    // Desk B was away while half of the file came: it goes on from there.
    const QString part = b.store->filePath(sha) + QStringLiteral(".part");
    QVERIFY(QDir().mkpath(QFileInfo(part).absolutePath()));
    QFile half(part);
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write(contract.left(700 * 1024));
    half.close();
    const sync::RoundReport down = b.sync();
    QVERIFY2(down.ok(), qPrintable(down.error));
    QCOMPARE(down.filesDown, 1);
    QFile got(b.store->filePath(sha));
    QVERIFY(got.open(QIODevice::ReadOnly));
    QVERIFY(got.readAll() == contract);
    QVERIFY(!QFileInfo::exists(part));
    QCOMPARE(b.store->documents(customer, {}, 10).size(), 1);
    const QByteArray shots = qgetenv("RENTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        // How the card looks while a file is still on its way (moved away for the picture).
        QVERIFY(QFile::rename(b.store->filePath(sha), part));
        CustomerCardWindow card(b.store.get(), customer);
        card.resize(1280, 800);
        card.show();
        auto *documents = card.findChild<QDockWidget *>(QStringLiteral("documents"));
        QVERIFY(documents);
        documents->raise();
        QVERIFY(card.grab().save(QString::fromLocal8Bit(shots) +
                                 QStringLiteral("/document-arriving.png")));
        QVERIFY(QFile::rename(part, b.store->filePath(sha)));
    }
    // Nothing is fetched twice, and a desk with the same file sends nothing.
    const sync::RoundReport again = b.sync();
    QCOMPARE(again.filesDown, 0);
    addDocument(b, customer, contract);
    const sync::RoundReport same = b.sync();
    QVERIFY2(same.ok(), qPrintable(same.error));
    QCOMPARE(same.filesUp, 0);
    QCOMPARE(same.rejected, 0);
}

void TestSyncServer::fileUploadsResumeAndAreVerified()
{
    TestDesk a;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("resume-a.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    const QByteArray auth = authorizationOf(a);
    const QByteArray bytes = QByteArrayLiteral("Übergabeprotokoll Tourenrad 17, Rahmen zerkratzt");
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = QStringLiteral("/v1/files/") + sha;
    const auto put = [&](qint64 offset, const QByteArray &piece) {
        return request("PUT",
                       path + QStringLiteral("?size=%1&offset=%2").arg(bytes.size()).arg(offset),
                       piece, auth);
    };
    Http h = put(0, bytes.left(20));
    QCOMPARE(h.status, 200);
    QCOMPARE(h.body.value(QStringLiteral("received")).toInteger(), 20);
    // The same piece again (its answer was lost): no second effect.
    h = put(0, bytes.left(20));
    QCOMPARE(h.status, 200);
    QCOMPARE(h.body.value(QStringLiteral("received")).toInteger(), 20);
    // A piece that skips ahead is refused with where to go on.
    h = put(30, bytes.mid(30));
    QCOMPARE(h.status, 409);
    QCOMPARE(h.body.value(QStringLiteral("received")).toInteger(), 20);
    h = request("GET", path, {}, auth);
    QCOMPARE(h.body.value(QStringLiteral("received")).toInteger(), 20);
    QCOMPARE(h.body.value(QStringLiteral("complete")).toBool(), false);
    // The rest with one byte changed: the whole does not match its name and nothing is kept.
    QByteArray wrong = bytes.mid(20);
    wrong[3] = 'X';
    h = put(20, wrong);
    QCOMPARE(h.status, 422);
    QVERIFY(!h.body.value(QStringLiteral("reason")).toString().isEmpty());
    h = request("GET", path, {}, auth);
    QCOMPARE(h.body.value(QStringLiteral("received")).toInteger(), 0);
    // Sent again properly, it is complete and can be read back from any offset.
    QCOMPARE(put(0, bytes).status, 200);
    h = request("GET", path, {}, auth);
    QCOMPARE(h.body.value(QStringLiteral("complete")).toBool(), true);
    QNetworkRequest r(m_server->url().resolved(QUrl(path + QStringLiteral("/content?offset=5"))));
    r.setRawHeader("RentDesk-Schema", QByteArray::number(Schema::latestVersion()));
    r.setRawHeader("Authorization", auth);
    QNetworkReply *reply = m_network.get(r);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->readAll(), bytes.mid(5));
    const QJsonObject stamp = QJsonDocument::fromJson(reply->rawHeader("RentDesk-Stamp")).object();
    QVERIFY(!stamp.value(QStringLiteral("epoch")).toString().isEmpty());
    QCOMPARE(stamp.value(QStringLiteral("size")).toInteger(), bytes.size());
    reply->deleteLater();
}

void TestSyncServer::documentWithoutItsFileIsRefused()
{
    // A desk that lost a document's file before sending it: the document is refused with the
    // reason, and the changes after it go on.
    TestDesk a;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("nofile-a.sqlite"))));
    QCOMPARE(a.enrol(*m_server), QString());
    syncAll({&a});
    const QString customer = newCustomer(a, QStringLiteral("Lena"), QStringLiteral("Lose"));
    QVERIFY(!addDocument(a, customer, QByteArrayLiteral("gone"), false).isEmpty());
    const QString later = newCustomer(a, QStringLiteral("Nora"), QStringLiteral("Nachher"));
    const sync::RoundReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rejected, 1);
    const auto refused = a.store->rejections();
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().reason.contains(QLatin1String("file was lost")),
             qPrintable(refused.first().reason));
    QVERIFY(a.store->documents(customer, {}, 10).isEmpty()); // the server's state comes back
    QCOMPARE(m_pg.psql(m_database,
                       QStringLiteral("SELECT count(*) FROM rows WHERE entity = 'customer' AND "
                                      "id = '%1'")
                           .arg(later),
                       nullptr),
             QStringLiteral("1"));
}

#include "tst_syncserver.moc"
