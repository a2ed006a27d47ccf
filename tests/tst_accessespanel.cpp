// The accesses panel of the card, driven as a person at the desk would under the offscreen
// platform: signed in, F2 on an access opens the password form (a weak password is said as it
// is typed), Save stores only the hash and credits the activity to whoever is signed in; delete
// and invite again asks first.

#include "accessesmodel.h"
#include "accessespanel.h"
#include "activitiesmodel.h"
#include "customercardwindow.h"
#include "format.h"
#include "passworddialog.h"
#include "widgettesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace rentdesk;
using uitest::screenshot;
using uitest::whenModal;

class TestAccessesPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void setPasswordByKeyAndReinvite();
};

void TestAccessesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_accessespanel"));
    QSettings().clear();
}

void TestAccessesPanel::setPasswordByKeyAndReinvite()
{
    uitest::DemoStore demo;
    QVERIFY(demo.open(40));
    Store *store = demo.store.get();
    QString mehmet;
    for (const StaffMember &m : store->staffMembers())
        if (m.login == QLatin1String("moeztuerk"))
            mehmet = m.id;
    QVERIFY(store->signIn(mehmet, QStringLiteral("2345")).ok());

    CustomerCardWindow card(store, demo.longHistoryId());
    card.resize(1366, 768);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    card.findChild<QDockWidget *>(QStringLiteral("accesses"))->raise();
    auto *panel = card.findChild<AccessesPanel *>();
    QVERIFY(panel);
    auto *model = qobject_cast<AccessesModel *>(panel->view()->model());
    QVERIFY(model);
    auto tester = uitest::testerFor(model);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(!panel->passwordAction()->isEnabled()); // nothing selected yet
    panel->view()->setFocus();
    panel->view()->selectRow(0);
    QVERIFY(panel->passwordAction()->isEnabled());
    const QString accessId = model->data(model->index(0, 0), int(ModelRole::Id)).toString();
    const QString login = model->index(0, int(AccessesModel::Column::Login)).data().toString();

    bool typed = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PasswordDialog *>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->passwordField(), QStringLiteral("sommer"));
        QVERIFY(dialog->strengthLabel()->text().contains(QLatin1String("10")));
        screenshot(dialog, "access-password-weak.png");
        dialog->passwordField()->clear();
        QTest::keyClicks(dialog->passwordField(), QStringLiteral("Zebra-Kiosk-7311"));
        QCOMPARE(dialog->strengthLabel()->text(), PasswordDialog::tr("Strong enough."));
        QTest::keyClicks(dialog->repeatField(), QStringLiteral("Zebra-Kiosk-7312"));
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // the two differ: said, nothing saved
        dialog->repeatField()->clear();
        QTest::keyClicks(dialog->repeatField(), QStringLiteral("Zebra-Kiosk-7311"));
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
        typed = true;
    });
    QTest::keyClick(panel->view(), Qt::Key_F2);
    QVERIFY(typed);
    // The panel shows it at once; the activity names Mehmet.
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, 0), int(ModelRole::Id)).toString() == accessId)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, int(AccessesModel::Column::Password)).data().toString(),
             AccessesModel::tr("set"));
    const QList<ActivityRow> history = store->activities(demo.longHistoryId(), {}, 5);
    QCOMPARE(history.first().action, QStringLiteral("access.password_set"));
    QCOMPARE(history.first().staffName, QStringLiteral("Mehmet Öztürk"));
    screenshot(&card, "card-accesses.png");

    // Delete and invite again, from the context menu's action; asked first.
    panel->view()->selectRow(row);
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    panel->reinviteAction()->trigger();
    bool found = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, int(AccessesModel::Column::Login)).data().toString() == login) {
            QCOMPARE(model->index(r, int(AccessesModel::Column::State)).data().toString(),
                     accessStateText(QStringLiteral("invited")));
            found = true;
            QCOMPARE(model->index(r, int(AccessesModel::Column::Password)).data().toString(),
                     AccessesModel::tr("not set yet"));
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestAccessesPanel)
#include "tst_accessespanel.moc"
