// The customer list and the create/edit dialog, driven by keys as a person at the desk would:
// Ctrl+F, typing, Enter to open; bad input shown at the field and kept; a likely duplicate
// pointed out with a link; Esc closes a dialog without saving.

#include "aboutdialogs.h"
#include "customercardwindow.h"
#include "customerdialog.h"
#include "customersearchmodel.h"
#include "mainwindow.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace rentdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typingSearchesAndEnterOpens();
    void ctrlFFocusesSearch();
    void recentCustomersAppear();
    void dialogShowsProblemsAtFields_data();
    void dialogShowsProblemsAtFields();
    void dialogCreatesCustomer();
    void dialogPointsOutDuplicate();
    void escapeClosesWithoutSaving();
    void editDialogChangesPersonalData();
    void helpAboutShowsVersionStoreAndLicences();
    void firstStartSaysWhereTheStoreIs();

private:
    static void type(QWidget *w, const QString &text)
    {
        auto *e = qobject_cast<QLineEdit *>(w);
        QVERIFY(e);
        e->clear();
        // QTest types Latin-1 keys only; other text goes in as a paste would.
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii) {
            QTest::keyClicks(w, text);
        } else {
            e->insert(text);
            emit e->editingFinished();
        }
    }
    uitest::DemoStore m_demo;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_demo.open(80));
}

void TestMainWindow::typingSearchesAndEnterOpens()
{
    MainWindow main(m_demo.store.get());
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    QTest::keyClicks(main.searchField(), QStringLiteral("mull"));
    // Search as you type: the list follows after a short typing pause.
    QTRY_VERIFY(!main.resultModel()->showsRecent() && main.resultModel()->rowCount() > 0);
    QCOMPARE(main.resultModel()->data(main.resultModel()->index(0, 0)).toString(),
             QStringLiteral("K-10001"));
    QTest::keyClick(main.searchField(), Qt::Key_Return);
    QCOMPARE(main.openCards().size(), 1);
    QCOMPARE(main.openCards().first()->customerId(), m_demo.longHistoryId());
    main.openCards().first()->close();

    // Down moves into the list, Enter there opens the selected customer.
    main.searchField()->clear();
    QTest::keyClicks(main.searchField(), QStringLiteral("10002"));
    main.searchNow();
    QCOMPARE(main.resultModel()->data(main.resultModel()->index(0, 0)).toString(),
             QStringLiteral("K-10002"));
    QTest::keyClick(main.searchField(), Qt::Key_Down);
    QVERIFY(main.resultView()->hasFocus());
    QTest::keyClick(main.resultView(), Qt::Key_Return);
    QTRY_COMPARE(main.openCards().size(), 1);
    QCOMPARE(m_demo.store->customer(main.openCards().first()->customerId()).number,
             QStringLiteral("K-10002"));
    main.openCards().first()->close();

    main.searchField()->setText(QStringLiteral("zzzqqq"));
    main.searchNow();
    QCOMPARE(main.resultModel()->rowCount(), 0);
    QVERIFY(main.resultLabel()->text().contains(QStringLiteral("zzzqqq")));
}

void TestMainWindow::ctrlFFocusesSearch()
{
    MainWindow main(m_demo.store.get());
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    main.resultView()->setFocus();
    QVERIFY(!main.searchField()->hasFocus());
    QTest::keyClick(&main, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(main.searchField()->hasFocus());
}

void TestMainWindow::recentCustomersAppear()
{
    QSettings().remove(QStringLiteral("customers/recent"));
    MainWindow main(m_demo.store.get());
    QVERIFY(main.resultModel()->showsRecent());
    QCOMPARE(main.resultModel()->rowCount(), 0);
    const QString id = m_demo.store->customerByNumber(QStringLiteral("K-10003")).id;
    main.openCustomer(id)->close();
    QVERIFY(main.resultModel()->showsRecent());
    QCOMPARE(main.resultModel()->rowCount(), 1);
    QCOMPARE(main.resultModel()->customerIdAt(0), id);
    MainWindow later(m_demo.store.get()); // remembered across start-ups
    QCOMPARE(later.resultModel()->customerIdAt(0), id);
}

void TestMainWindow::dialogShowsProblemsAtFields_data()
{
    QTest::addColumn<CustomerField>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");
    QTest::newRow("e-mail") << CustomerField::Email << QStringLiteral("anna.example.com")
                            << QStringLiteral("This is not an e-mail address (name@example.com).");
    QTest::newRow("phone") << CustomerField::Phone << QStringLiteral("12")
                           << QStringLiteral("A phone number has 5 to 15 digits.");
    QTest::newRow("postcode") << CustomerField::Postcode << QStringLiteral("123")
                              << QStringLiteral("A postcode in this country has five digits.");
    QTest::newRow("birth date future")
        << CustomerField::BirthDate
        << rentdesk::clock::today().addDays(3).toString(QStringLiteral("dd.MM.yyyy"))
        << QStringLiteral("A birth date cannot be in the future.");
    QTest::newRow("birth date nonsense")
        << CustomerField::BirthDate << QStringLiteral("30.02.2001")
        << QStringLiteral("Enter the date as DD.MM.YYYY, for example 24.12.1990.");
}

void TestMainWindow::dialogShowsProblemsAtFields()
{
    QFETCH(CustomerField, field);
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    const qint64 before = m_demo.store->customerCount();
    CustomerDialog dialog(m_demo.store.get(), QString());
    dialog.show();
    type(dialog.editorFor(CustomerField::FirstName), QStringLiteral("Jörg"));
    type(dialog.editorFor(CustomerField::LastName), QStringLiteral("Neumann"));
    type(dialog.editorFor(field), typed);
    dialog.saveButton()->click();
    QVERIFY(dialog.isVisible()); // refused: the dialog stays open
    QCOMPARE(dialog.problemShown(field), problem);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editorFor(field))->text(), typed); // kept as typed
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editorFor(CustomerField::FirstName))->text(),
             QStringLiteral("Jörg"));
    QCOMPARE(m_demo.store->customerCount(), before);
    // Corrected, the problem goes and the customer is saved.
    type(dialog.editorFor(field), QString());
    dialog.saveButton()->click();
    QCOMPARE(dialog.problemShown(field), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_demo.store->customerCount(), before + 1);
}

void TestMainWindow::dialogCreatesCustomer()
{
    CustomerDialog dialog(m_demo.store.get(), QString());
    dialog.show();
    type(dialog.editorFor(CustomerField::FirstName), QStringLiteral("Zoë"));
    type(dialog.editorFor(CustomerField::LastName), QStringLiteral("Kowalczyk-Öztürk"));
    type(dialog.editorFor(CustomerField::Email), QStringLiteral("zoe.k@example.net"));
    type(dialog.editorFor(CustomerField::Phone), QStringLiteral("+49 151 1234 9876"));
    type(dialog.editorFor(CustomerField::Postcode), QStringLiteral("80331"));
    type(dialog.editorFor(CustomerField::City), QStringLiteral("München"));
    type(dialog.editorFor(CustomerField::BirthDate), QStringLiteral("02.03.1988"));
    dialog.saveButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Customer c = m_demo.store->customer(dialog.customerId());
    QVERIFY(c.isValid());
    QCOMPARE(c.lastName, QStringLiteral("Kowalczyk-Öztürk"));
    QCOMPARE(c.birthDate, QDate(1988, 3, 2));
    // A demo desk has no leased block: a provisional number with the desk code.
    QVERIFY2(c.number.startsWith(m_demo.store->provisionalPrefix() + QLatin1Char('-')),
             qPrintable(c.number));
    // Findable at once, accent-insensitive, and by the last digits of the phone.
    QCOMPARE(m_demo.store->search(QStringLiteral("ozturk")).value(0).id, c.id);
    QCOMPARE(m_demo.store->search(QStringLiteral("9876")).value(0).id, c.id);
}

void TestMainWindow::dialogPointsOutDuplicate()
{
    const Customer existing = m_demo.store->customer(m_demo.longHistoryId());
    QVERIFY(!existing.email.isEmpty());
    const qint64 before = m_demo.store->customerCount();
    CustomerDialog dialog(m_demo.store.get(), QString());
    QSignalSpy open(&dialog, &CustomerDialog::openCustomerRequested);
    dialog.show();
    type(dialog.editorFor(CustomerField::FirstName), QStringLiteral("Anna"));
    type(dialog.editorFor(CustomerField::LastName), QStringLiteral("Mueller"));
    type(dialog.editorFor(CustomerField::Email), existing.email.toUpper());
    dialog.saveButton()->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.duplicateNotice()->isVisible());
    QVERIFY(dialog.duplicateNotice()->text().contains(existing.number));
    QCOMPARE(m_demo.store->customerCount(), before); // not saved yet
    emit dialog.duplicateNotice()->linkActivated(existing.id);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), existing.id);
    QCOMPARE(dialog.saveButton()->text(), QStringLiteral("Save anyway"));
    dialog.saveButton()->click(); // the person decided it is somebody else
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_demo.store->customerCount(), before + 1);
}

void TestMainWindow::escapeClosesWithoutSaving()
{
    const qint64 before = m_demo.store->customerCount();
    CustomerDialog dialog(m_demo.store.get(), QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.editorFor(CustomerField::LastName), QStringLiteral("Escape"));
    QTest::keyClick(dialog.editorFor(CustomerField::LastName), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_demo.store->customerCount(), before);
}

void TestMainWindow::editDialogChangesPersonalData()
{
    const QString id = m_demo.store->customerByNumber(QStringLiteral("K-10004")).id;
    CustomerDialog dialog(m_demo.store.get(), id);
    dialog.show();
    type(dialog.editorFor(CustomerField::City), QStringLiteral("Köln"));
    type(dialog.editorFor(CustomerField::Postcode), QStringLiteral("50667"));
    type(dialog.editorFor(CustomerField::Country), QStringLiteral("de"));
    dialog.saveButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Customer c = m_demo.store->customer(id);
    QCOMPARE(c.city, QStringLiteral("Köln"));
    QCOMPARE(c.postcode, QStringLiteral("50667"));
    QCOMPARE(c.country, QStringLiteral("DE"));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::helpAboutShowsVersionStoreAndLicences()
{
    QApplication::setApplicationVersion(QStringLiteral("7.8.9"));
    MainWindow main(m_demo.store.get());
    main.show();
    QAction *about = nullptr;
    for (QAction *menu : main.menuBar()->actions())
        if (menu->text() == QLatin1String("&Help"))
            for (QAction *a : menu->menu()->actions())
                if (a->text() == QLatin1String("&About RentDesk"))
                    about = a;
    QVERIFY(about);
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->text();
        dialog->reject();
    });
    about->trigger();
    QVERIFY2(shown.contains(QStringLiteral("RentDesk 7.8.9")), qPrintable(shown));
    QVERIFY(shown.contains(QDir::toNativeSeparators(m_demo.store->path())));
    QVERIFY(shown.contains(QStringLiteral("Qt\t%1").arg(QString::fromLatin1(qVersion()))) ||
            shown.contains(QString::fromLatin1(qVersion())));
    // The SQLite that is really in use, not a version written down somewhere.
    QVERIFY(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$"))
                .match(AboutDialog::sqliteVersion())
                .hasMatch());
    QVERIFY(shown.contains(AboutDialog::sqliteVersion()));
    for (const char *licence : {"GNU LGPL version 3", "public domain", "modified BSD licence"})
        QVERIFY2(shown.contains(QLatin1String(licence)), licence);
}

void TestMainWindow::firstStartSaysWhereTheStoreIs()
{
    const QString path = QDir::tempPath() + QStringLiteral("/somewhere/rentdesk.sqlite");
    FirstStartDialog dialog(path);
    QCOMPARE(dialog.pathLabel()->text(), QDir::toNativeSeparators(path));
    QVERIFY(dialog.findChild<QPushButton *>());
    bool hasStart = false;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        hasStart = hasStart || b->text() == QLatin1String("&Start");
    QVERIFY(hasStart);
}

#include "tst_mainwindow.moc"
