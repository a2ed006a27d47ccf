// Staff at the desk: profiles with a role and a PIN kept only as an Argon2id hash, the sign-in
// with its lock after five wrong PINs, the manager role, and blocking customers. A real SQLite
// file and the real libsodium throughout.

#include "clock.h"
#include "secrethash.h"
#include "store.h"
#include "storetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rentdesk;
using storetest::RawDb;

class TestStaff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pinRules_data();
    void pinRules();
    void hashesVerifyAndDiffer();
    void firstProfileMustBeAManager();
    void onlyManagersChangeStaff();
    void lastManagerStays();
    void wrongPinsLockTheProfileForAMinute();
    void lockSurvivesARestart();
    void changesAreCreditedToWhoSignedIn();
    void aRemovedProfileIsNotReplacedBySomeoneElse();
    void noPlainPinInTheFileOrOutbox();
    void blockWithReasonAndEndDate();
    void blockRefusesBadInput();
    void deskSettingsStayLocal();

private:
    // A store with a manager (PIN 2468) and a counter profile (PIN 1357), nobody signed in.
    void makeTeam();

    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
    QString m_manager, m_counter;
};

void TestStaff::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestStaff::init()
{
    storetest::fixClock();
    m_path = m_dir.filePath(QStringLiteral("staff-%1.sqlite").arg(++m_files));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
}

void TestStaff::cleanup()
{
    m_store.reset();
    clock::setNowForTesting({});
}

void TestStaff::makeTeam()
{
    WriteResult r = m_store->addStaff(QStringLiteral("Jana Schäfer"), StaffRole::Manager,
                                      QStringLiteral("2468"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_manager = r.id;
    QVERIFY(m_store->signIn(m_manager, QStringLiteral("2468")).ok());
    r = m_store->addStaff(QStringLiteral("Mehmet Öztürk"), StaffRole::Counter,
                          QStringLiteral("1357"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_counter = r.id;
    m_store->signOut();
}

void TestStaff::pinRules_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::newRow("four digits") << QStringLiteral("4711") << true;
    QTest::newRow("twelve digits") << QStringLiteral("123456789012") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("three digits") << QStringLiteral("471") << false;
    QTest::newRow("thirteen digits") << QStringLiteral("1234567890123") << false;
    QTest::newRow("a letter") << QStringLiteral("47a1") << false;
    QTest::newRow("a space") << QStringLiteral("47 11") << false;
    QTest::newRow("one digit repeated") << QStringLiteral("0000") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("٤٧١١") << false;
}

void TestStaff::pinRules()
{
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    QCOMPARE(checkPin(pin).isEmpty(), ok);
}

void TestStaff::hashesVerifyAndDiffer()
{
    const QString a = secrets::hash(QStringLiteral("4711"));
    const QString b = secrets::hash(QStringLiteral("4711"));
    QVERIFY(a.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!a.contains(QLatin1String("4711")));
    QVERIFY(a != b); // each with its own salt
    QVERIFY(secrets::verify(a, QStringLiteral("4711")));
    QVERIFY(secrets::verify(b, QStringLiteral("4711")));
    QVERIFY(!secrets::verify(a, QStringLiteral("4712")));
    QVERIFY(!secrets::verify(QString(), QStringLiteral("4711")));
    QVERIFY(!secrets::verify(QStringLiteral("4711"), QStringLiteral("4711")));
}

void TestStaff::firstProfileMustBeAManager()
{
    QVERIFY(m_store->needsFirstManager());
    WriteResult r =
        m_store->addStaff(QStringLiteral("Lukas Weiß"), StaffRole::Counter, QStringLiteral("3456"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("manager")));
    QVERIFY(m_store->staffMembers().isEmpty());
    r = m_store->addStaff(QStringLiteral("Jana Schäfer"), StaffRole::Manager,
                          QStringLiteral("2468"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!m_store->needsFirstManager());
    const StaffMember m = m_store->staffMember(r.id);
    QCOMPARE(m.name, QStringLiteral("Jana Schäfer"));
    QCOMPARE(m.login, QStringLiteral("janaschafer-") + r.id.left(8));
    QCOMPARE(m.role, StaffRole::Manager);
    QVERIFY(m.hasPin);
    // The profile syncs like every row: one mutation in the outbox.
    QCOMPARE(m_store->pendingOutboxCount(), 1);
}

void TestStaff::onlyManagersChangeStaff()
{
    makeTeam();
    // Nobody signed in, and a manager exists: refused.
    WriteResult r =
        m_store->addStaff(QStringLiteral("Lukas Weiß"), StaffRole::Counter, QStringLiteral("3456"));
    QVERIFY(!r.ok());
    QVERIFY(m_store->signIn(m_counter, QStringLiteral("1357")).ok());
    QVERIFY(!m_store->currentStaffIsManager());
    QVERIFY(!m_store->managerNeeded().isEmpty());
    r = m_store->addStaff(QStringLiteral("Lukas Weiß"), StaffRole::Counter, QStringLiteral("3456"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, m_store->managerNeeded());
    r = m_store->changeStaff(m_counter, QStringLiteral("Mehmet Öztürk"), StaffRole::Manager);
    QVERIFY(!r.ok());
    QCOMPARE(m_store->staffMember(m_counter).role, StaffRole::Counter);

    QVERIFY(m_store->signIn(m_manager, QStringLiteral("2468")).ok());
    r = m_store->addStaff(QStringLiteral("Lukas Weiß"), StaffRole::Counter, QStringLiteral("3456"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    // A new PIN replaces the old one; an empty one keeps it.
    QVERIFY(m_store
                ->changeStaff(r.id, QStringLiteral("Lukas Weiss"), StaffRole::Counter,
                              QStringLiteral("9753"))
                .ok());
    QVERIFY(m_store->changeStaff(r.id, QStringLiteral("Lukas Weiss"), StaffRole::Counter).ok());
    QCOMPARE(m_store->staffMember(r.id).name, QStringLiteral("Lukas Weiss"));
    QCOMPARE(m_store->signIn(r.id, QStringLiteral("3456")).outcome,
             SignInResult::Outcome::WrongPin);
    QVERIFY(m_store->signIn(r.id, QStringLiteral("9753")).ok());
    // A bad name or PIN is refused with the reason, and nothing changes.
    QVERIFY(m_store->signIn(m_manager, QStringLiteral("2468")).ok());
    r = m_store->changeStaff(m_counter, QStringLiteral("  "), StaffRole::Counter);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, checkStaffName(QString()));
    r = m_store->changeStaff(m_counter, QStringLiteral("Mehmet"), StaffRole::Counter,
                             QStringLiteral("12"));
    QVERIFY(!r.ok());
    QCOMPARE(m_store->staffMember(m_counter).name, QStringLiteral("Mehmet Öztürk"));
}

void TestStaff::lastManagerStays()
{
    makeTeam();
    QVERIFY(m_store->signIn(m_manager, QStringLiteral("2468")).ok());
    WriteResult r =
        m_store->changeStaff(m_manager, QStringLiteral("Jana Schäfer"), StaffRole::Counter);
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("only manager")));
    r = m_store->removeStaff(m_manager);
    QVERIFY(!r.ok()); // and it is her own profile
    QVERIFY(
        m_store->changeStaff(m_counter, QStringLiteral("Mehmet Öztürk"), StaffRole::Manager).ok());
    QVERIFY(m_store->signIn(m_counter, QStringLiteral("1357")).ok());
    r = m_store->removeStaff(m_manager);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_store->staffMembers().size(), 1);
    QCOMPARE(m_store->signIn(m_manager, QStringLiteral("2468")).outcome,
             SignInResult::Outcome::Unknown);
}

void TestStaff::wrongPinsLockTheProfileForAMinute()
{
    makeTeam();
    QSignalSpy signedIn(m_store.get(), &Store::staffChanged);
    for (int i = 1; i < kSignInTries; ++i) {
        const SignInResult r = m_store->signIn(m_counter, QStringLiteral("9999"));
        QCOMPARE(r.outcome, SignInResult::Outcome::WrongPin);
        QCOMPARE(r.triesLeft, kSignInTries - i);
        QVERIFY(!r.message.isEmpty());
    }
    SignInResult r = m_store->signIn(m_counter, QStringLiteral("9999"));
    QCOMPARE(r.outcome, SignInResult::Outcome::Locked);
    QVERIFY(r.message.contains(QLatin1String("Mehmet")));
    // Locked: even the right PIN does not open it, and nobody is signed in.
    r = m_store->signIn(m_counter, QStringLiteral("1357"));
    QCOMPARE(r.outcome, SignInResult::Outcome::Locked);
    QVERIFY(m_store->currentStaffId().isEmpty());
    QCOMPARE(signedIn.count(), 0);
    // Other profiles are not locked.
    QVERIFY(m_store->signIn(m_manager, QStringLiteral("2468")).ok());
    m_store->signOut();
    clock::setNowForTesting(clock::nowUtc().addSecs(kSignInLockSeconds - 5));
    QCOMPARE(m_store->signIn(m_counter, QStringLiteral("1357")).outcome,
             SignInResult::Outcome::Locked);
    clock::setNowForTesting(clock::nowUtc().addSecs(10));
    QVERIFY(m_store->signIn(m_counter, QStringLiteral("1357")).ok());
    QCOMPARE(m_store->currentStaffId(), m_counter);
    // A sign-in starts the count again.
    QCOMPARE(m_store->signIn(m_counter, QStringLiteral("9999")).triesLeft, kSignInTries - 1);
}

void TestStaff::lockSurvivesARestart()
{
    makeTeam();
    for (int i = 0; i < kSignInTries; ++i)
        m_store->signIn(m_counter, QStringLiteral("9999"));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(m_path));
    QCOMPARE(m_store->signIn(m_counter, QStringLiteral("1357")).outcome,
             SignInResult::Outcome::Locked);
}

void TestStaff::changesAreCreditedToWhoSignedIn()
{
    makeTeam();
    QVERIFY(m_store->signIn(m_counter, QStringLiteral("1357")).ok());
    const WriteResult created = m_store->createCustomer(
        storetest::draft(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("Ulm")));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QVERIFY(m_store->signIn(m_manager, QStringLiteral("2468")).ok());
    QVERIFY(
        m_store->updateCustomer(created.id, {{CustomerField::City, QStringLiteral("Bonn")}}).ok());
    RawDb raw(m_path);
    const auto rows = raw.select(
        QStringLiteral("SELECT a.action, s.name FROM activities a JOIN staff s ON s.id = "
                       "a.staff_id WHERE a.customer_id = ? ORDER BY a.seq"),
        {created.id});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].value(1).toString(), QStringLiteral("Mehmet Öztürk"));
    QCOMPARE(rows[1].value(0).toString(), QStringLiteral("customer.changed"));
    QCOMPARE(rows[1].value(1).toString(), QStringLiteral("Jana Schäfer"));
    // The panel shows the name.
    const QList<ActivityRow> shown = m_store->activities(created.id, {}, 10);
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.first().staffName, QStringLiteral("Jana Schäfer"));
}

// Mehmet is signed in at this desk; a manager removes his profile at another one (here: another
// connection to the file). His next change is not credited to anyone else, and the desk is told.
void TestStaff::aRemovedProfileIsNotReplacedBySomeoneElse()
{
    makeTeam();
    QVERIFY(m_store->signIn(m_counter, QStringLiteral("1357")).ok());
    {
        Store other;
        QVERIFY(other.open(m_path));
        QVERIFY(other.signIn(m_manager, QStringLiteral("2468")).ok());
        QVERIFY(other.removeStaff(m_counter).ok());
    }
    QSignalSpy told(m_store.get(), &Store::staffChanged);
    const WriteResult created = m_store->createCustomer(
        storetest::draft(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("Ulm")));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QVERIFY(m_store->currentStaffId().isEmpty());
    QVERIFY(told.wait(1000));
    RawDb raw(m_path);
    QVERIFY(raw.scalar(QStringLiteral("SELECT staff_id FROM activities WHERE customer_id = ?"),
                       {created.id})
                .isNull());
}

void TestStaff::noPlainPinInTheFileOrOutbox()
{
    // A PIN no other value in the file could contain by chance.
    const QString pin = QStringLiteral("739154");
    WriteResult r = m_store->addStaff(QStringLiteral("Jana Schäfer"), StaffRole::Manager, pin);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(m_store->signIn(r.id, pin).ok());
    QVERIFY(m_store
                ->changeStaff(r.id, QStringLiteral("Jana"), StaffRole::Manager,
                              QStringLiteral("864209"))
                .ok());
    QVERIFY(m_store->signIn(r.id, QStringLiteral("864209")).ok());
    {
        RawDb raw(m_path);
        const QString payloads =
            raw.select(QStringLiteral("SELECT group_concat(payload, ' ') FROM sync_outbox"))
                .first()
                .value(0)
                .toString();
        QVERIFY(payloads.contains(QLatin1String("$argon2id$")));
        QVERIFY(!payloads.contains(pin));
        QVERIFY(!payloads.contains(QLatin1String("864209")));
    }
    m_store.reset(); // everything written to the file (and its journal)
    QDir dir(m_dir.path());
    const QStringList files =
        dir.entryList({QFileInfo(m_path).fileName() + QLatin1Char('*')}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QString &secret : {pin, QStringLiteral("864209")}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                                secret.size() * 2)),
                     qPrintable(name));
        }
    }
}

void TestStaff::blockWithReasonAndEndDate()
{
    makeTeam();
    QVERIFY(m_store->signIn(m_counter, QStringLiteral("1357")).ok());
    const WriteResult created = m_store->createCustomer(
        storetest::draft(QStringLiteral("Bernd"), QStringLiteral("Kaiser"), QStringLiteral("Ulm")));
    QVERIFY(created.ok());
    const QDate today = clock::today();
    const int before = m_store->pendingOutboxCount();
    WriteResult r = m_store->blockCustomer(
        created.id, QStringLiteral("Bike returned damaged twice"), today.addDays(7));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_store->pendingOutboxCount(), before + 1); // one operation, one mutation
    Customer c = m_store->customer(created.id);
    QVERIFY(c.blocked);
    QCOMPARE(c.blockedReason, QStringLiteral("Bike returned damaged twice"));
    QCOMPARE(c.blockedUntil, today.addDays(7));
    QVERIFY(c.isBlockedOn(today));
    QVERIFY(c.isBlockedOn(today.addDays(7)));
    QVERIFY(!c.isBlockedOn(today.addDays(8)));
    QVERIFY(m_store->search(QStringLiteral("Kaiser")).first().blocked);
    // After the end date the list no longer marks the customer.
    clock::setNowForTesting(clock::nowUtc().addDays(8));
    QVERIFY(!m_store->search(QStringLiteral("Kaiser")).first().blocked);
    clock::setNowForTesting(clock::nowUtc().addDays(-8));

    r = m_store->unblockCustomer(created.id);
    QVERIFY2(r.ok(), qPrintable(r.error));
    c = m_store->customer(created.id);
    QVERIFY(!c.blocked);
    QVERIFY(!c.blockedUntil.isValid());
    QVERIFY(c.blockedReason.isEmpty());
    const QList<ActivityRow> history = m_store->activities(created.id, {}, 10);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].action, QStringLiteral("customer.unblocked"));
    QCOMPARE(history[0].oldValue, QStringLiteral("Bike returned damaged twice"));
    QCOMPARE(history[0].staffName, QStringLiteral("Mehmet Öztürk"));
    QCOMPARE(history[1].action, QStringLiteral("customer.blocked"));
    QCOMPARE(history[1].newValue, QStringLiteral("Bike returned damaged twice"));
    QCOMPARE(history[1].oldValue, today.addDays(7).toString(Qt::ISODate));
    // Lifting a block that is not there changes nothing.
    const int after = m_store->pendingOutboxCount();
    QVERIFY(m_store->unblockCustomer(created.id).ok());
    QCOMPARE(m_store->pendingOutboxCount(), after);
    // Without an end date it holds until lifted.
    QVERIFY(m_store->blockCustomer(created.id, QStringLiteral("Unpaid invoice")).ok());
    QVERIFY(m_store->customer(created.id).isBlockedOn(today.addYears(5)));
}

void TestStaff::blockRefusesBadInput()
{
    makeTeam();
    QVERIFY(m_store->signIn(m_counter, QStringLiteral("1357")).ok());
    const WriteResult created = m_store->createCustomer(
        storetest::draft(QStringLiteral("Bernd"), QStringLiteral("Kaiser"), QStringLiteral("Ulm")));
    QVERIFY(created.ok());
    const int before = m_store->pendingOutboxCount();
    WriteResult r = m_store->blockCustomer(created.id, QStringLiteral("   "));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, checkBlockReason(QString()));
    r = m_store->blockCustomer(created.id, QStringLiteral("Unpaid"), clock::today().addDays(-1));
    QVERIFY(!r.ok());
    r = m_store->blockCustomer(Store::newId(), QStringLiteral("Unpaid"));
    QVERIFY(!r.ok());
    QVERIFY(!m_store->customer(created.id).blocked);
    QCOMPARE(m_store->pendingOutboxCount(), before);
}

void TestStaff::deskSettingsStayLocal()
{
    QVERIFY(
        m_store->setDeskSetting(QStringLiteral("desk.lock_after_minutes"), QStringLiteral("9")));
    QCOMPARE(m_store->deskSetting(QStringLiteral("desk.lock_after_minutes")), QStringLiteral("9"));
    QCOMPARE(m_store->deskSetting(QStringLiteral("missing"), QStringLiteral("x")),
             QStringLiteral("x"));
    QCOMPARE(m_store->pendingOutboxCount(), 0);
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(m_path));
    QCOMPARE(m_store->deskSetting(QStringLiteral("desk.lock_after_minutes")), QStringLiteral("9"));
}

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
