// The desk program's sync pieces against a real server: the set-up dialog (a refused code keeps
// the form filled and says why; a good one enrols and syncs) and the status bar (online, offline
// with the reason). A test program of its own: QtKeychain's job executor belongs to the first
// thread that uses it, here the sync thread as in the desk program.
#include "backgroundsync.h"
#include "desksetupdialog.h"
#include "mainwindow.h"
#include "rejectionsdialog.h"
#include "syncharness.h"
#include "syncstatuswidget.h"

#include "store.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace rentdesk;
using namespace synctest;

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setUpDialogAndStatusBar();

private:
    PgCluster m_pg;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
};

void TestSyncUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    const QString database = m_pg.createDatabase(QStringLiteral("ui"), &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_pg, database, &error), qPrintable(error));
}

void TestSyncUi::setUpDialogAndStatusBar()
{
    const QString path = m_dir.filePath(QStringLiteral("dialog.sqlite"));
    Store store;
    QVERIFY(store.open(path));
    store.ensureDeskStaff();
    store.watchOtherWriters(100);
    sync::BackgroundSync background(path);
    MainWindow window(&store);
    window.resize(1100, 500);
    window.show();
    auto *status = window.findChild<SyncStatusWidget *>();
    QVERIFY(status && status->isVisible());
    QTRY_VERIFY(status->text().contains(QStringLiteral("not set up")));

    // A wrong code: the reason is shown and the form keeps what was typed.
    DeskSetupDialog dialog(&store, &window);
    dialog.show();
    dialog.serverField()->setText(m_server->url().toString());
    dialog.codeField()->setText(QStringLiteral("WRONG-CODE1"));
    dialog.submit();
    QTRY_VERIFY(dialog.errorLabel()->text().contains(QStringLiteral("not valid")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.codeField()->text(), QStringLiteral("WRONG-CODE1"));
    QCOMPARE(dialog.serverField()->text(), m_server->url().toString());
    const QByteArray shots = qgetenv("RENTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/setup.png")));

    // The right code: the desk is enrolled, syncs at once, and the status bar says so.
    QString error;
    dialog.codeField()->setText(m_server->enrolmentCode(&error));
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Online")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingOutboxCount(), 0, 10000);
    auto *desk = window.findChild<QLabel *>(QStringLiteral("deskStatus"));
    QTRY_VERIFY2(desk->text().contains(QStringLiteral("0 change(s) waiting")),
                 qPrintable(desk->text()));
    QVERIFY(!store.syncValue(QStringLiteral("desk_code")).isEmpty());
    if (!shots.isEmpty())
        QVERIFY(window.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/online.png")));

    // A change the server refuses (a document whose file this desk lost): the status bar offers
    // the list, which says why; marked as seen, the status bar stops counting it.
    const WriteResult customer = store.createCustomer([] {
        Customer c;
        c.firstName = QStringLiteral("Rita");
        c.lastName = QStringLiteral("Roller");
        c.birthDate = QDate(1990, 5, 6);
        return c;
    }());
    QVERIFY(customer.ok());
    QVERIFY(store
                .write([&](WriteContext &ctx) {
                    return ctx.insert(
                        QStringLiteral("document"), Store::newId(),
                        {{QStringLiteral("customer_id"), customer.id},
                         {QStringLiteral("file_name"), QStringLiteral("Ausweis.pdf")},
                         {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                         {QStringLiteral("size_bytes"), 4},
                         {QStringLiteral("sha256"), QString(64, QLatin1Char('b'))},
                         {QStringLiteral("created_at"), Store::nowText()}});
                })
                .ok());
    background.syncNow();
    auto *refused = window.findChild<QToolButton *>(QStringLiteral("syncRefused"));
    QVERIFY(refused);
    QTRY_VERIFY_WITH_TIMEOUT(refused->isVisible(), 10000);
    QVERIFY2(refused->text().contains(QStringLiteral("1 change")), qPrintable(refused->text()));
    RejectionsDialog list(&store, &window);
    list.show();
    QCOMPARE(list.table()->rowCount(), 1);
    QCOMPARE(list.table()->item(0, 1)->text(), QStringLiteral("Document added"));
    QVERIFY2(list.table()->item(0, 2)->text().contains(QStringLiteral("file was lost")),
             qPrintable(list.table()->item(0, 2)->text()));
    if (!shots.isEmpty())
        QVERIFY(list.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/refused.png")));
    list.markSeen();
    QTRY_VERIFY_WITH_TIMEOUT(!refused->isVisible(), 10000);
    QCOMPARE(store.rejections().size(), 1); // still listed, no longer counted

    // The server goes away: the status bar says offline, with the reason in words.
    m_server->stop();
    background.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Offline")), 10000);
    QVERIFY2(status->text().contains(QStringLiteral("cannot be reached")),
             qPrintable(status->text()));
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
