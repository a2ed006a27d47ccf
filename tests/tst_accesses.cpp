// The customer's online accesses in the store: invitations, new passwords (Argon2id hashes, never
// the plain text, in the file or the outbox), deleting and inviting again, and the password
// rules. A real SQLite file and the real libsodium.

#include "passwordrules.h"
#include "secrethash.h"
#include "store.h"
#include "storetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rentdesk;
using storetest::RawDb;

class TestAccesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void passwordRules_data();
    void passwordRules();
    void newCustomerWithInvitationIsOneMutation();
    void invitationNeedsAFreeValidAddress();
    void newPasswordIsOnlyAHash();
    void weakPasswordIsRefused();
    void deleteAndInviteAgain();
    void sameAddressInvitedAtTwoDesks();

private:
    QString customerWithEmail(const QString &email);
    QList<AccessRow> accessesOf(const QString &customerId)
    {
        return m_store->accesses(customerId, {}, 50);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
};

void TestAccesses::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestAccesses::init()
{
    storetest::fixClock();
    m_path = m_dir.filePath(QStringLiteral("accesses-%1.sqlite").arg(++m_files));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
    m_store->ensureDeskStaff();
}

void TestAccesses::cleanup()
{
    m_store.reset();
    clock::setNowForTesting({});
}

QString TestAccesses::customerWithEmail(const QString &email)
{
    const WriteResult r = m_store->createCustomer(storetest::draft(
        QStringLiteral("Eva"), QStringLiteral("Lang"), QStringLiteral("Jena"), email));
    return r.ok() ? r.id : QString();
}

void TestAccesses::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("three kinds, 10 long") << QStringLiteral("Fahrrad-42x") << true;
    QTest::newRow("long pass phrase") << QStringLiteral("blaue berge im herbst") << true;
    QTest::newRow("too short") << QStringLiteral("Ab3$xyz") << false;
    QTest::newRow("two kinds only") << QStringLiteral("fahrradweg12") << false;
    QTest::newRow("common word") << QStringLiteral("MyPassword#2026") << false;
    QTest::newRow("keyboard row") << QStringLiteral("Qwertz!9876") << false;
    QTest::newRow("contains the login") << QStringLiteral("Eva.Lang-2026") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("one character repeated") << QString(20, QLatin1Char('a')) << false;
    QTest::newRow("control character") << QStringLiteral("Fahrrad\t42x!") << false;
}

void TestAccesses::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QCOMPARE(checkPassword(password, QStringLiteral("eva.lang@example.com")).isEmpty(), ok);
}

void TestAccesses::newCustomerWithInvitationIsOneMutation()
{
    const int before = m_store->pendingOutboxCount();
    const WriteResult r = m_store->createCustomer(
        storetest::draft(QStringLiteral("Eva"), QStringLiteral("Lang"), QStringLiteral("Jena"),
                         QStringLiteral("Eva.Lang@Example.com")),
        true);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_store->pendingOutboxCount(), before + 1);
    const QList<AccessRow> rows = accessesOf(r.id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().state, QStringLiteral("invited"));
    QCOMPARE(rows.first().createdVia, QStringLiteral("invitation"));
    QVERIFY(!rows.first().hasPassword);
    RawDb raw(m_path);
    const QString payload =
        raw.scalar(QStringLiteral("SELECT payload FROM sync_outbox ORDER BY mutation_id DESC"))
            .toString();
    QVERIFY(payload.contains(QLatin1String("\"access\"")));
    QVERIFY(payload.contains(QLatin1String("\"customer\"")));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT operation FROM sync_outbox ORDER BY mutation_id "
                                       "DESC"))
                 .toString(),
             QStringLiteral("customer.create"));
}

void TestAccesses::invitationNeedsAFreeValidAddress()
{
    const QString eva = customerWithEmail(QStringLiteral("eva@example.com"));
    QVERIFY(!eva.isEmpty());
    QVERIFY(m_store->inviteCustomer(eva, QStringLiteral("eva@example.com")).ok());
    // The same login again (any case) is refused with the reason, and nothing is written.
    const int before = m_store->pendingOutboxCount();
    WriteResult r = m_store->inviteCustomer(eva, QStringLiteral("EVA@example.com"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("already")));
    r = m_store->inviteCustomer(eva, QStringLiteral("not an address"));
    QVERIFY(!r.ok());
    QCOMPARE(m_store->pendingOutboxCount(), before);
    // A new customer whose invitation cannot be made is not created either: said at the e-mail.
    r = m_store->createCustomer(storetest::draft(QStringLiteral("Eva"), QStringLiteral("Lang"),
                                                 QStringLiteral("Gera"),
                                                 QStringLiteral("eva@example.com")),
                                true);
    QVERIFY(!r.ok());
    QVERIFY(r.fieldErrors.contains(CustomerField::Email));
    QCOMPARE(m_store->pendingOutboxCount(), before);
}

void TestAccesses::newPasswordIsOnlyAHash()
{
    const QString eva = customerWithEmail(QStringLiteral("eva@example.com"));
    QVERIFY(m_store->inviteCustomer(eva, QStringLiteral("eva@example.com")).ok());
    const QString access = accessesOf(eva).first().id;
    const QString password = QStringLiteral("Zebra-Kiosk-7311");
    const WriteResult r = m_store->setAccessPassword(access, password);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const AccessRow row = accessesOf(eva).first();
    QVERIFY(row.hasPassword);
    QCOMPARE(row.state, QStringLiteral("active"));
    {
        RawDb raw(m_path);
        const QString hash =
            raw.scalar(QStringLiteral("SELECT password_hash FROM accesses WHERE id = ?"), {access})
                .toString();
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(secrets::verify(hash, password));
        QVERIFY(!secrets::verify(hash, QStringLiteral("Zebra-Kiosk-7312")));
        const QString payloads =
            raw.scalar(QStringLiteral("SELECT group_concat(payload, ' ') FROM sync_outbox"))
                .toString();
        QVERIFY(payloads.contains(hash));
        QVERIFY(!payloads.contains(password));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM activities WHERE action = "
                                           "'access.password_set' AND customer_id = ?"),
                            {eva})
                     .toInt(),
                 1);
    }
    // Every byte of the file and its journal: the password is nowhere.
    m_store.reset();
    const QDir dir(m_dir.path());
    for (const QString &name :
         dir.entryList({QFileInfo(m_path).fileName() + QLatin1Char('*')}, QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(password.utf16()),
                                            password.size() * 2)),
                 qPrintable(name));
    }
}

void TestAccesses::weakPasswordIsRefused()
{
    const QString eva = customerWithEmail(QStringLiteral("eva@example.com"));
    QVERIFY(m_store->inviteCustomer(eva, QStringLiteral("eva@example.com")).ok());
    const QString access = accessesOf(eva).first().id;
    const int before = m_store->pendingOutboxCount();
    const WriteResult r = m_store->setAccessPassword(access, QStringLiteral("eva12345678"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
             checkPassword(QStringLiteral("eva12345678"), QStringLiteral("eva@example.com")));
    QCOMPARE(m_store->pendingOutboxCount(), before);
    QVERIFY(!accessesOf(eva).first().hasPassword);
}

void TestAccesses::deleteAndInviteAgain()
{
    const QString eva = customerWithEmail(QStringLiteral("eva@example.com"));
    QVERIFY(m_store->inviteCustomer(eva, QStringLiteral("eva@example.com")).ok());
    const QString first = accessesOf(eva).first().id;
    QVERIFY(m_store->setAccessPassword(first, QStringLiteral("Zebra-Kiosk-7311")).ok());
    const int before = m_store->pendingOutboxCount();
    WriteResult r = m_store->deleteAccess(first, true);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_store->pendingOutboxCount(), before + 1); // one operation, one mutation
    QList<AccessRow> rows = accessesOf(eva);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, first); // started over: one row keeps its login
    QCOMPARE(rows.first().login, QStringLiteral("eva@example.com"));
    QVERIFY(!rows.first().lastLoginAt.isValid());
    QCOMPARE(rows.first().state, QStringLiteral("invited"));
    QVERIFY(!rows.first().hasPassword);
    // Deleted for good: the address is free for another invitation later.
    r = m_store->deleteAccess(rows.first().id);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(accessesOf(eva).isEmpty());
    QVERIFY(m_store->inviteCustomer(eva, QStringLiteral("eva@example.com")).ok());
    QCOMPARE(accessesOf(eva).size(), 1);
    // A deleted access cannot be changed any more.
    r = m_store->setAccessPassword(first, QStringLiteral("Zebra-Kiosk-7311"));
    QVERIFY(!r.ok());
    {
        RawDb raw(m_path);
        QVERIFY(
            raw.scalar(QStringLiteral("SELECT password_hash FROM accesses WHERE id = ?"), {first})
                .isNull());
    }
    const QList<ActivityRow> history = m_store->activities(eva, {}, 20);
    QStringList actions;
    for (const ActivityRow &a : history)
        actions << a.action;
    QCOMPARE(actions.count(QStringLiteral("access.deleted")), 2);
    QCOMPARE(actions.count(QStringLiteral("access.invited")), 3);
}

// The same address invited at two desks: the server has two accesses with one login. Applying
// the other desk's row does not fail on the unique login (which would stop every later pull):
// the local one steps aside, as a customer number given twice does.
void TestAccesses::sameAddressInvitedAtTwoDesks()
{
    const QString eva = customerWithEmail(QStringLiteral("eva@example.com"));
    QVERIFY(m_store->inviteCustomer(eva, QStringLiteral("eva@example.com")).ok());
    const QString mine = accessesOf(eva).first().id;
    RemoteRow theirs;
    theirs.entity = QStringLiteral("access");
    theirs.id = Store::newId();
    theirs.serverVersion = 7;
    theirs.values = {{QStringLiteral("customer_id"), eva},
                     {QStringLiteral("login"), QStringLiteral("eva@example.com")},
                     {QStringLiteral("password_hash"), QJsonValue::Null},
                     {QStringLiteral("state"), QStringLiteral("invited")},
                     {QStringLiteral("created_via"), QStringLiteral("invitation")},
                     {QStringLiteral("created_at"), QStringLiteral("2026-06-15T12:00:00Z")},
                     {QStringLiteral("last_login_at"), QJsonValue::Null}};
    const WriteResult r = m_store->applyRemote({theirs});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QStringList logins;
    for (const AccessRow &a : accessesOf(eva))
        logins << (a.id == mine ? QStringLiteral("mine:") : QStringLiteral("theirs:")) + a.login;
    logins.sort();
    QCOMPARE(logins, QStringList({QStringLiteral("mine:eva@example.com~") + mine.left(8),
                                  QStringLiteral("theirs:eva@example.com")}));
}

QTEST_GUILESS_MAIN(TestAccesses)
#include "tst_accesses.moc"
