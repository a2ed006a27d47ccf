// A person at the desk, end to end under the offscreen platform: signs in through the sign-in
// dialog, adds a document to the card through the real file dialog, drops another on the
// panel, is told why a too large file was not added, and sets an access's password; every
// change is credited to them.

#include "accessespanel.h"
#include "customercardwindow.h"
#include "documentsmodel.h"
#include "documentspanel.h"
#include "passworddialog.h"
#include "signindialog.h"
#include "widgettesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace rentdesk;
using uitest::screenshot;
using uitest::whenModal;

class TestDocumentsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signInAddDocumentsAndSetAPassword();
};

void TestDocumentsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_documentspanel"));
    QSettings().clear();
}

void TestDocumentsPanel::signInAddDocumentsAndSetAPassword()
{
    uitest::DemoStore demo;
    QVERIFY(demo.open(30));
    Store *store = demo.store.get();
    store->signOut();

    // Sign in as Lukas, by keys.
    SignInDialog signIn(store, SignInDialog::Mode::Start);
    signIn.show();
    QVERIFY(QTest::qWaitForWindowActive(&signIn));
    QTest::keyClicks(signIn.staffList(), QStringLiteral("L3456"));
    QTest::keyClick(signIn.pinField(), Qt::Key_Return);
    QCOMPARE(signIn.result(), int(QDialog::Accepted));
    QCOMPARE(store->currentStaffName(), QStringLiteral("Lukas Weiß"));

    QTemporaryDir files;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(files.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(bytes);
        return f.fileName();
    };
    const QString contract = write(QStringLiteral("Mietvertrag Müller.pdf"),
                                   QByteArrayLiteral("%PDF-1.4 contract ") + QByteArray(2000, 'c'));
    const QString photo = write(QStringLiteral("Kratzer.jpg"), QByteArray(3000, 'j'));

    auto *card = new CustomerCardWindow(store, demo.longHistoryId());
    card->resize(1366, 768);
    card->show();
    QVERIFY(QTest::qWaitForWindowExposed(card));
    card->panel(QStringLiteral("documents"))->raise();
    auto *panel = card->findChild<DocumentsPanel *>();
    QVERIFY(panel);
    auto *model = qobject_cast<DocumentsModel *>(panel->view()->model());
    auto tester = uitest::testerFor(model);
    const int before = model->rowCount();

    // Through the file dialog, as the Add button opens it.
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        dialog->setDirectory(files.path());
        dialog->selectFile(contract);
        // As the person presses Open.
        QMetaObject::invokeMethod(dialog, "accept");
    });
    panel->addAction()->trigger();
    QTRY_COMPARE(model->rowCount(), before + 1);
    QCOMPARE(model->rowAt(0).fileName, QStringLiteral("Mietvertrag Müller.pdf")); // newest first
    QCOMPARE(model->index(0, int(DocumentsModel::Column::AddedBy)).data().toString(),
             QStringLiteral("Lukas Weiß"));
    QVERIFY(!model->index(0, int(DocumentsModel::Column::Type)).data().toString().isEmpty());

    // Dropped on the panel.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(photo)});
    QWidget *viewport = panel->view()->viewport();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QTRY_COMPARE(model->rowCount(), before + 2);

    // Too large: said in the panel, nothing added.
    QVERIFY(store->setDocumentSizeLimitMb(1));
    const QString big = write(QStringLiteral("Video.mp4"), QByteArray(1024 * 1024 + 10, 'v'));
    QCOMPARE(panel->addFiles({big}), 0);
    QVERIFY(panel->messageLabel()->isVisible());
    QVERIFY2(panel->messageLabel()->text().contains(QLatin1String("Video.mp4")),
             qPrintable(panel->messageLabel()->text()));
    QCOMPARE(model->rowCount(), before + 2);
    screenshot(card, "card-documents.png");

    // Opening copies it under its own name into a folder of its own, for the viewer.
    QString error;
    QString contractId;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->rowAt(r).fileName == QStringLiteral("Mietvertrag Müller.pdf"))
            contractId = model->rowAt(r).id;
    const QString copy = panel->copyForViewing(contractId, &error);
    QVERIFY2(!copy.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("Mietvertrag Müller.pdf"));
    QVERIFY(copy.startsWith(QStandardPaths::writableLocation(QStandardPaths::TempLocation)));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QVERIFY(copied.readAll().startsWith("%PDF-1.4 contract"));
    // Only this user can read the copies.
    QCOMPARE(QFileInfo(QFileInfo(copy).absolutePath()).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFileDevice::Permissions());
    QDir(QFileInfo(copy).absolutePath()).removeRecursively();
    // Renamed to look like a script: the card does not start it.
    QVERIFY(store->renameDocument(contractId, QStringLiteral("run.sh")).ok());
    QVERIFY(panel->copyForViewing(contractId, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("run.sh")), qPrintable(error));
    DocumentsPanel::removeViewingCopies();
    QVERIFY(!QFileInfo::exists(DocumentsPanel::viewingFolder()));

    // And a new password for one of the customer's accesses.
    card->panel(QStringLiteral("accesses"))->raise();
    auto *accesses = card->findChild<AccessesPanel *>();
    accesses->view()->selectRow(0);
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<PasswordDialog *>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->passwordField(), QStringLiteral("Radweg-Ahorn-2026"));
        QTest::keyClicks(dialog->repeatField(), QStringLiteral("Radweg-Ahorn-2026"));
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
    });
    accesses->passwordAction()->trigger();
    const QList<ActivityRow> history = store->activities(demo.longHistoryId(), {}, 4);
    QCOMPARE(history[0].action, QStringLiteral("access.password_set"));
    QCOMPARE(history[1].action, QStringLiteral("document.renamed"));
    QCOMPARE(history[2].action, QStringLiteral("document.added"));
    QCOMPARE(history[3].action, QStringLiteral("document.added"));
    for (const ActivityRow &a : history)
        QCOMPARE(a.staffName, QStringLiteral("Lukas Weiß"));
    card->close();
}

QTEST_MAIN(TestDocumentsPanel)
#include "tst_documentspanel.moc"
