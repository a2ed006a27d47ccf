// Staff at the desk, driven through the real dialogs under the offscreen platform: the sign-in
// by keys (first letter of the name, PIN, Enter), a wrong PIN shown at the field, the first
// manager's profile on a new store, the lock that covers every window and opens for a colleague,
// and the settings that only a manager opens. The demo staff sign in with the README's PINs.

#include "customercardwindow.h"
#include "desksession.h"
#include "deskstatus.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "staffdialog.h"
#include "widgettesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

#include <functional>

using namespace rentdesk;
using uitest::screenshot;
using uitest::whenModal;

namespace {

QString staffId(rentdesk::Store *store, const QString &name)
{
    for (const StaffMember &m : store->staffMembers())
        if (m.name == name)
            return m.id;
    return {};
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void demoStaffSignInByKeys();
    void firstManagerOnANewStore();
    void lockCoversEveryWindowAndOpensForAColleague();
    void idleDeskLocksItself();
    void settingsAreAManagersOnly();
    void managerAddsAColleagueInTheSettings();

private:
    uitest::DemoStore m_demo;
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_signin"));
    QSettings().clear();
    QVERIFY(m_demo.open(40));
}

void TestSignIn::init()
{
    m_demo.store->signOut();
}

void TestSignIn::demoStaffSignInByKeys()
{
    Store *store = m_demo.store.get();
    DeskStatus status(store);
    SignInDialog dialog(store, SignInDialog::Mode::Start);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.staffList());
    // "M" picks Mehmet; the digits go to the PIN field.
    QTest::keyClicks(dialog.staffList(), QStringLiteral("M"));
    QCOMPARE(dialog.selectedStaffId(), staffId(store, QStringLiteral("Mehmet Öztürk")));
    QTest::keyClicks(dialog.staffList(), QStringLiteral("9999"));
    QCOMPARE(dialog.pinField()->text(), QStringLiteral("9999"));
    QTest::keyClick(dialog.pinField(), Qt::Key_Return);
    // Wrong: said at the field, the PIN is cleared for the next try, nobody is signed in.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("Wrong PIN")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.pinField()->text().isEmpty());
    QVERIFY(store->currentStaffId().isEmpty());
    screenshot(&dialog, "signin-wrong-pin.png");
    QVERIFY(status.text().contains(QLatin1String("nobody")));

    QTest::keyClicks(dialog.pinField(), QStringLiteral("2345"));
    QTest::keyClick(dialog.pinField(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store->currentStaffName(), QStringLiteral("Mehmet Öztürk"));
    QVERIFY2(status.text().contains(QStringLiteral("Mehmet Öztürk")), qPrintable(status.text()));
    // Escape does not get past the sign-in.
    SignInDialog again(store, SignInDialog::Mode::Start);
    again.show();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    QTest::keyClick(&again, Qt::Key_Escape);
    QVERIFY(again.isVisible());
}

void TestSignIn::firstManagerOnANewStore()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("new.sqlite"))));
    QVERIFY(store.needsFirstManager());
    StaffDialog dialog(&store, StaffDialog::Mode::FirstManager);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!dialog.roleField()->isEnabled());
    QTest::keyClicks(dialog.nameField(), QStringLiteral("Jana Schaefer"));
    QTest::keyClicks(dialog.pinField(), QStringLiteral("2468"));
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("2469"));
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    // The PINs differ: said next to the field, the form stays filled, nothing is saved.
    QVERIFY(dialog.isVisible());
    auto *repeatError =
        dialog.repeatField()->parentWidget()->findChildren<QLabel *>().value(0, nullptr);
    QVERIFY(repeatError && repeatError->isVisible());
    QVERIFY(repeatError->text().contains(QLatin1String("differ")));
    QCOMPARE(dialog.nameField()->text(), QStringLiteral("Jana Schaefer"));
    QVERIFY(store.staffMembers().isEmpty());
    screenshot(&dialog, "first-manager.png");

    dialog.repeatField()->clear();
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("2468"));
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!store.needsFirstManager());
    const StaffMember m = store.staffMember(dialog.staffId());
    QCOMPARE(m.role, StaffRole::Manager);
    QVERIFY(store.signIn(m.id, QStringLiteral("2468")).ok());
}

void TestSignIn::lockCoversEveryWindowAndOpensForAColleague()
{
    Store *store = m_demo.store.get();
    QVERIFY(
        store->signIn(staffId(store, QStringLiteral("Jana Schäfer")), QStringLiteral("1234")).ok());
    DeskSession session(store);
    MainWindow main(store);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    CustomerCardWindow *card = main.openCustomer(m_demo.longHistoryId());
    QVERIFY(card);
    QVERIFY(QTest::qWaitForWindowExposed(card));

    bool checked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<SignInDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(session.isLocked());
        // Both windows are covered while the desk is locked.
        for (QWidget *w : {static_cast<QWidget *>(&main), static_cast<QWidget *>(card)}) {
            auto *cover = w->findChild<QWidget *>(QStringLiteral("lockCover"));
            QVERIFY(cover && cover->isVisible());
            QCOMPARE(cover->geometry(), w->rect());
        }
        // The one who was signed in is preselected.
        QCOMPARE(dialog->selectedStaffId(), store->currentStaffId());
        screenshot(&main, "locked-desk.png");
        // Escape does not open it; a colleague picks their name and types their PIN.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        dialog->staffList()->setFocus();
        QTest::keyClicks(dialog->staffList(), QStringLiteral("L3456"));
        QTest::keyClick(dialog->pinField(), Qt::Key_Return);
        checked = true;
    });
    // The menu's shortcut from the card, as a person would press it.
    card->activateWindow();
    QAction *lock = main.findChild<QAction *>(QStringLiteral("lockAction"));
    QVERIFY(lock && lock->isEnabled());
    QCOMPARE(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(lock->shortcutContext(), Qt::ApplicationShortcut);
    lock->trigger();
    QVERIFY(checked);
    QVERIFY(!session.isLocked());
    QCOMPARE(store->currentStaffName(), QStringLiteral("Lukas Weiß"));
    QVERIFY(!main.findChild<QWidget *>(QStringLiteral("lockCover")));
    QVERIFY(!card->findChild<QWidget *>(QStringLiteral("lockCover")));
    card->close();
}

// Idle for the set time: the desk locks itself; a key press before that keeps it open.
void TestSignIn::idleDeskLocksItself()
{
    Store *store = m_demo.store.get();
    QVERIFY(store->signIn(staffId(store, QStringLiteral("Mehmet Öztürk")), QStringLiteral("2345"))
                .ok());
    DeskSession session(store);
    MainWindow main(store);
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    session.setIdleMsForTesting(400);
    QVERIFY(session.idleTimerRunning());
    // Typing keeps it open.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(200);
        QTest::keyClick(main.searchField(), Qt::Key_A);
    }
    QVERIFY(!session.isLocked());
    // The lock comes from the timer, not from the test: answer the sign-in once it is up.
    bool locked = false;
    connect(&session, &DeskSession::lockedChanged, this, [&](bool on) {
        if (!on)
            return;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            locked = session.isLocked();
            QTest::keyClicks(dialog->pinField(), QStringLiteral("2345"));
            QTest::keyClick(dialog->pinField(), Qt::Key_Return);
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(locked, 3000);
    QTRY_VERIFY(!session.isLocked());
    QCOMPARE(store->currentStaffName(), QStringLiteral("Mehmet Öztürk"));
    QVERIFY(session.idleTimerRunning()); // counting again
    // "never": no timer.
    session.setIdleMsForTesting(0);
    QVERIFY(session.setLockAfterMinutes(0));
    QVERIFY(!session.idleTimerRunning());
    QVERIFY(session.setLockAfterMinutes(DeskSession::kDefaultLockMinutes));
}

void TestSignIn::settingsAreAManagersOnly()
{
    Store *store = m_demo.store.get();
    QVERIFY(
        store->signIn(staffId(store, QStringLiteral("Lukas Weiß")), QStringLiteral("3456")).ok());
    MainWindow main(store);
    main.show();
    QString said;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        said = box->text();
        box->accept();
    });
    main.openSettings();
    QVERIFY2(said.contains(QLatin1String("Only a manager")), qPrintable(said));
}

void TestSignIn::managerAddsAColleagueInTheSettings()
{
    Store *store = m_demo.store.get();
    QVERIFY(
        store->signIn(staffId(store, QStringLiteral("Jana Schäfer")), QStringLiteral("1234")).ok());
    DeskSession session(store);
    SettingsDialog settings(store, &session);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    const int before = settings.staffTable()->rowCount();
    QCOMPARE(before, store->staffMembers().size());
    screenshot(&settings, "settings-staff.png");

    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<StaffDialog *>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Sofia Rossi"));
        QTest::keyClicks(dialog->pinField(), QStringLiteral("8642"));
        QTest::keyClicks(dialog->repeatField(), QStringLiteral("8642"));
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
    });
    settings.addStaff();
    QCOMPARE(settings.staffTable()->rowCount(), before + 1);
    const QString sofia = staffId(store, QStringLiteral("Sofia Rossi"));
    QVERIFY(!sofia.isEmpty());
    QCOMPARE(store->staffMember(sofia).role, StaffRole::Counter);
    // Jana cannot remove herself: the reason is shown in the dialog.
    for (int row = 0; row < settings.staffTable()->rowCount(); ++row)
        if (settings.staffTable()->item(row, 0)->text() == QStringLiteral("Jana Schäfer"))
            settings.staffTable()->selectRow(row);
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    settings.removeStaff();
    QVERIFY(settings.staffError()->isVisible());
    QVERIFY(!settings.staffError()->text().isEmpty());
    QVERIFY(store->staffMember(store->currentStaffId()).isValid());

    // The idle lock is this desk's setting, kept in its file.
    settings.lockMinutesField()->setValue(12);
    QCOMPARE(session.lockAfterMinutes(), 12);
    settings.lockMinutesField()->setValue(0);
    QCOMPARE(session.lockAfterMinutes(), 0);
    QCOMPARE(settings.lockMinutesField()->text(), SettingsDialog::tr("never"));
    QVERIFY(store->signIn(sofia, QStringLiteral("8642")).ok());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
