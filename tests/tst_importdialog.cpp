// The customer import wizard as a person at the desk uses it: a file from an old program opened,
// a column the wizard did not recognise mapped by hand, the dry run read (refused rows, a likely
// duplicate with a choice), the import run or cancelled, and a file that is not a customer list
// turned away with a reason.

#include "customerimport.h"
#include "importdialog.h"
#include "store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace rentdesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

template <typename T> T *part(const ImportDialog &dialog, const char *name)
{
    return dialog.findChild<T *>(QString::fromLatin1(name));
}

QString labelText(const ImportDialog &dialog, const char *name)
{
    const QLabel *label = part<QLabel>(dialog, name);
    return label && label->isVisible() ? label->text() : QString();
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table ? table->item(row, column) : nullptr;
    return item ? item->text() : QString();
}

// For people to look at: the page as it is now, when RENTDESK_SCREENSHOT_DIR names a folder.
void screenshot(ImportDialog &dialog, const char *fileName)
{
    const QString dir = qEnvironmentVariable("RENTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QCoreApplication::processEvents(); // layouts and row heights settle first
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QString::fromLatin1(fileName))));
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mapsAColumnByHand();
    void refusedRowsAreListedAndSaved();
    void duplicatesOfferAChoice();
    void cancelLeavesNothing();
    void theSameFileAgainIsDecidedForAll();
    void rejectsABinaryFile();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    static void showDialog(ImportDialog &dialog);
    // Next, Import and Finish as a person presses them: nothing happens while one is disabled.
    static void press(ImportDialog &dialog, QWizard::WizardButton which);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("desk.sqlite"))),
             qPrintable(m_store->lastError()));
    m_store->ensureDeskStaff();
    QVERIFY(m_store->addNumberBlock(10001, 19999, QStringLiteral("server")));
}

void TestImportDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestImportDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestImportDialog::showDialog(ImportDialog &dialog)
{
    dialog.show();
    dialog.resize(1000, 650);
}

void TestImportDialog::press(ImportDialog &dialog, QWizard::WizardButton which)
{
    QAbstractButton *button = dialog.button(which);
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
    button->click();
}

void TestImportDialog::mapsAColumnByHand()
{
    // Windows-1252 with semicolons, as Excel on German Windows writes; "Familie" is no header
    // the wizard knows.
    const QString path =
        writeFile(QStringLiteral("kunden.csv"), "Vorname;Familie;Ort;Telefon\r\n"
                                                "J\xFCrgen;M\xFCller;K\xF6ln;0221 123456\r\n"
                                                "Anna;Schmidt;Bonn;0228 654321\r\n"
                                                "Zo\xEB;Wei\xDF;D\xFCsseldorf;0211 987654\r\n");
    QVERIFY(!path.isEmpty());
    ImportDialog dialog(m_store.get());
    showDialog(dialog);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Import customers"));
    QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled()); // no file yet
    dialog.openFile(path);

    QCOMPARE(labelText(dialog, "fileName"), QStringLiteral("kunden.csv"));
    QCOMPARE(labelText(dialog, "fileError"), QString());
    auto *encoding = part<QComboBox>(dialog, "encoding");
    auto *delimiter = part<QComboBox>(dialog, "delimiter");
    QVERIFY(encoding && encoding->isVisible() && delimiter && delimiter->isVisible());
    QCOMPARE(encoding->currentText(), csv::encodingName(csv::Encoding::Windows1252));
    QCOMPARE(delimiter->currentText(), QStringLiteral("Semicolon"));
    auto *preview = part<QTableWidget>(dialog, "preview");
    QVERIFY(preview);
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("Familie"));
    QCOMPARE(cellText(preview, 1, 0), s("Jürgen")); // row 0 holds the field choosers
    QCOMPARE(cellText(preview, 1, 2), s("Köln"));
    QCOMPARE(cellText(preview, 3, 1), s("Weiß"));
    QVERIFY2(labelText(dialog, "rowCount").contains(QLatin1Char('3')),
             qPrintable(labelText(dialog, "rowCount")));

    // The recognised columns are preset; the unknown one is not imported, so there is no name.
    QVERIFY(dialog.mappingCombo(0) && dialog.mappingCombo(1));
    QCOMPARE(dialog.mappingCombo(0)->currentText(), importFieldLabel(ImportField::FirstName));
    QCOMPARE(dialog.mappingCombo(2)->currentText(), importFieldLabel(ImportField::City));
    QCOMPARE(dialog.mappingCombo(1)->currentText(), importFieldLabel(ImportField::Ignore));
    QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(labelText(dialog, "mappingHint"),
             QStringLiteral("Choose the column with the last name or the company."));

    // Another delimiter reads the file again: one column, and back.
    delimiter->setCurrentIndex(delimiter->findText(QStringLiteral("Comma")));
    QCOMPARE(preview->columnCount(), 1);
    delimiter->setCurrentIndex(delimiter->findText(QStringLiteral("Semicolon")));
    QCOMPARE(preview->columnCount(), 4);

    QComboBox *familie = dialog.mappingCombo(1);
    familie->setCurrentIndex(familie->findText(importFieldLabel(ImportField::LastName)));
    QVERIFY(dialog.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(labelText(dialog, "mappingHint"), QString());

    // Another encoding reads the bytes again; the columns, and the hand-made choice, stay.
    encoding->setCurrentIndex(encoding->findData(int(csv::Encoding::Utf8)));
    QVERIFY(cellText(preview, 1, 0) != s("Jürgen"));
    encoding->setCurrentIndex(encoding->findData(int(csv::Encoding::Windows1252)));
    QCOMPARE(cellText(preview, 1, 0), s("Jürgen"));
    QCOMPARE(dialog.mappingCombo(1)->currentText(), importFieldLabel(ImportField::LastName));
    screenshot(dialog, "importdialog-mapping.png");

    press(dialog, QWizard::NextButton);
    QCOMPARE(dialog.currentId(), int(ImportDialog::CheckPage));
    QVERIFY2(labelText(dialog, "summary").startsWith(QStringLiteral("3 new customer")),
             qPrintable(labelText(dialog, "summary")));
    QCOMPARE(part<QTableWidget>(dialog, "refused")->rowCount(), 0);
    QCOMPARE(part<QTableWidget>(dialog, "duplicates")->rowCount(), 0);
    QCOMPARE(m_store->customerCount(), 0); // a dry run writes nothing
    QCOMPARE(dialog.button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));

    press(dialog, QWizard::CommitButton);
    QCOMPARE(dialog.currentId(), int(ImportDialog::ImportPage));
    QTRY_VERIFY(dialog.importFinished());
    QCOMPARE(dialog.lastReport().created, 3);
    QCOMPARE(m_store->customerCount(), 3);
    const QList<CustomerSummary> found = m_store->search(s("müller"));
    QCOMPARE(found.size(), 1);
    const Customer juergen = m_store->customer(found.first().id);
    QCOMPARE(juergen.firstName, s("Jürgen"));
    QCOMPARE(juergen.lastName, s("Müller"));
    QCOMPARE(juergen.city, s("Köln"));
    QVERIFY2(labelText(dialog, "outcome").startsWith(QStringLiteral("Imported: 3 new customer")),
             qPrintable(labelText(dialog, "outcome")));
    QVERIFY(!dialog.button(QWizard::BackButton)->isEnabled()); // imported: no way back
    screenshot(dialog, "importdialog-done.png");
    press(dialog, QWizard::FinishButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestImportDialog::refusedRowsAreListedAndSaved()
{
    const QString path =
        writeFile(QStringLiteral("export.csv"), "First name,Last name,E-mail,Postcode,Country\n"
                                                "Anna,Alt,anna@example.de,99084,DE\n"
                                                "Bernd,Bauer,bernd(at)example,10115,DE\n"
                                                "Clara,Cramer,clara@example.de,12,DE\n");
    ImportDialog dialog(m_store.get());
    showDialog(dialog);
    dialog.openFile(path);
    QCOMPARE(part<QComboBox>(dialog, "delimiter")->currentText(), QStringLiteral("Comma"));
    press(dialog, QWizard::NextButton);

    auto *refused = part<QTableWidget>(dialog, "refused");
    QCOMPARE(refused->rowCount(), 2);
    QCOMPARE(cellText(refused, 0, 0), QStringLiteral("2")); // data rows, from 1
    QCOMPARE(cellText(refused, 0, 1), QStringLiteral("3")); // lines of the file
    QVERIFY2(cellText(refused, 0, 2).contains(importFieldLabel(ImportField::Email)),
             qPrintable(cellText(refused, 0, 2)));
    QCOMPARE(cellText(refused, 1, 0), QStringLiteral("3"));
    QVERIFY2(cellText(refused, 1, 2).contains(importFieldLabel(ImportField::Postcode)),
             qPrintable(cellText(refused, 1, 2)));
    const QString summary = labelText(dialog, "summary");
    QVERIFY2(summary.startsWith(QStringLiteral("1 new customer")) &&
                 summary.contains(QStringLiteral("2 refused")),
             qPrintable(summary));

    // The refused rows go to a file to be fixed: the file's own fields and the reason.
    QVERIFY(part<QPushButton>(dialog, "saveRefused")->isEnabled());
    const QString refusedPath = m_dir->filePath(QStringLiteral("refused.csv"));
    QCOMPARE(dialog.saveRefusedRows(refusedPath), QString());
    QFile saved(refusedPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 that spreadsheets recognise
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("First name,Last name,")), qPrintable(text));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Bernd,Bauer,bernd(at)example,10115,DE,")),
             qPrintable(text));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Clara,Cramer,clara@example.de,12,DE,")),
             qPrintable(text));
    // A folder that does not exist: the reason comes back to be shown.
    QVERIFY(
        !dialog.saveRefusedRows(m_dir->filePath(QStringLiteral("no/such/folder/r.csv"))).isEmpty());

    press(dialog, QWizard::CommitButton);
    QTRY_VERIFY(dialog.importFinished());
    QCOMPARE(dialog.lastReport().created, 1);
    QCOMPARE(dialog.lastReport().refused, 2);
    QCOMPARE(m_store->customerCount(), 1);
    QCOMPARE(m_store->search(QStringLiteral("Alt")).value(0).email,
             QStringLiteral("anna@example.de"));
    QVERIFY2(labelText(dialog, "outcome").contains(QStringLiteral("2 refused")),
             qPrintable(labelText(dialog, "outcome")));
}

void TestImportDialog::duplicatesOfferAChoice()
{
    Customer draft;
    draft.firstName = QStringLiteral("Anna");
    draft.lastName = QStringLiteral("Berger");
    draft.email = QStringLiteral("anna@example.com");
    draft.city = QStringLiteral("Berlin");
    const WriteResult existing = m_store->createCustomer(draft);
    QVERIFY2(existing.ok(), qPrintable(existing.error));
    const QString number = m_store->customer(existing.id).number;

    const QString path =
        writeFile(QStringLiteral("kunden.csv"), "Vorname;Nachname;E-Mail;Ort\n"
                                                "Anna;Berger;Anna@Example.com;Potsdam\n");
    ImportDialog dialog(m_store.get());
    showDialog(dialog);
    dialog.openFile(path);
    press(dialog, QWizard::NextButton);

    auto *duplicates = part<QTableWidget>(dialog, "duplicates");
    QCOMPARE(duplicates->rowCount(), 1);
    QCOMPARE(cellText(duplicates, 0, 0), QStringLiteral("1"));
    QVERIFY2(cellText(duplicates, 0, 1).contains(number), qPrintable(cellText(duplicates, 0, 1)));
    QVERIFY2(cellText(duplicates, 0, 2).contains(QStringLiteral("e-mail")),
             qPrintable(cellText(duplicates, 0, 2)));
    auto *choice = qobject_cast<QComboBox *>(duplicates->cellWidget(0, 3));
    QVERIFY(choice);
    QCOMPARE(choice->count(), 3);
    QCOMPARE(choice->currentText(), QStringLiteral("Skip")); // nothing happens unless chosen
    QVERIFY2(labelText(dialog, "summary").contains(QStringLiteral("1 skipped")),
             qPrintable(labelText(dialog, "summary")));

    choice->setCurrentIndex(choice->findText(QStringLiteral("Update the existing customer")));
    QCOMPARE(dialog.plan().duplicates.first().choice, DuplicateChoice::Update);
    const QString summary = labelText(dialog, "summary");
    QVERIFY2(summary.startsWith(QStringLiteral("0 new customer")) &&
                 summary.contains(QStringLiteral("1 update")) &&
                 summary.contains(QStringLiteral("0 skipped")),
             qPrintable(summary));
    screenshot(dialog, "importdialog-dryrun.png");

    press(dialog, QWizard::CommitButton);
    QTRY_VERIFY(dialog.importFinished());
    QCOMPARE(dialog.lastReport().updated, 1);
    QCOMPARE(m_store->customerCount(), 1);
    const Customer anna = m_store->customer(existing.id);
    QCOMPARE(anna.city, QStringLiteral("Potsdam"));
    QCOMPARE(anna.number, number);
    QVERIFY2(labelText(dialog, "outcome").contains(QStringLiteral("1 updated")),
             qPrintable(labelText(dialog, "outcome")));
}

void TestImportDialog::cancelLeavesNothing()
{
    QByteArray bytes = "Vorname;Nachname;E-Mail\n";
    for (int i = 1; i <= 3000; ++i)
        bytes += QByteArray("Vor") + QByteArray::number(i) + ";Nach" + QByteArray::number(i) +
                 ";kunde" + QByteArray::number(i) + "@example.com\n";
    const QString path = writeFile(QStringLiteral("viele.csv"), bytes);
    ImportDialog dialog(m_store.get());
    showDialog(dialog);
    dialog.openFile(path);
    press(dialog, QWizard::NextButton);
    QVERIFY2(labelText(dialog, "summary").startsWith(QStringLiteral("3000 new customer")),
             qPrintable(labelText(dialog, "summary")));

    // Cancel is pressed while the import runs (the import gives the events their turn).
    auto *progress = part<QProgressBar>(dialog, "progress");
    auto *cancel = part<QPushButton>(dialog, "cancelImport");
    int doneWhenCancelled = -1;
    press(dialog, QWizard::CommitButton);
    // Pressed once a third of the rows is written (the bar is seen moving first).
    std::function<void()> pressCancelLater = [&] {
        if (dialog.importFinished())
            return; // too late: the check after the import says so
        if (progress->value() < 1000) {
            QTimer::singleShot(0, &dialog, pressCancelLater);
            return;
        }
        doneWhenCancelled = progress->value();
        screenshot(dialog, "importdialog-progress.png");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        cancel->click();
    };
    QTimer::singleShot(0, &dialog, pressCancelLater);
    QTRY_VERIFY(dialog.importFinished());
    QVERIFY2(doneWhenCancelled > 0 && doneWhenCancelled < 3000,
             qPrintable(QString::number(doneWhenCancelled)));
    QVERIFY(dialog.lastReport().cancelled);
    QCOMPARE(m_store->customerCount(), 0);
    QCOMPARE(m_store->search(QStringLiteral("Nach1")).size(), 0);
    QCOMPARE(labelText(dialog, "outcome"),
             QStringLiteral("Cancelled: nothing was imported. The store is as before."));

    // Nothing was written, so Back leads to another attempt, which is not cancelled.
    press(dialog, QWizard::BackButton);
    QCOMPARE(dialog.currentId(), int(ImportDialog::CheckPage));
    press(dialog, QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importFinished(), 60000);
    QVERIFY(dialog.lastReport().ok());
    QCOMPARE(m_store->customerCount(), 3000);
}

void TestImportDialog::theSameFileAgainIsDecidedForAll()
{
    // 700 customers imported once; the same file again: every row is a likely duplicate.
    QByteArray bytes = "Vorname;Nachname;E-Mail;Ort\n";
    for (int i = 1; i <= 700; ++i)
        bytes += "Vor" + QByteArray::number(i) + ";Nach" + QByteArray::number(i) + ";kunde" +
                 QByteArray::number(i) + "@example.com;Erfurt\n";
    const QString path = writeFile(QStringLiteral("wieder.csv"), bytes);
    const ImportSource source = readImportFile(path);
    QVERIFY(CustomerImport::run(*m_store,
                                CustomerImport::plan(*m_store, source, guessMapping(source.header)))
                .ok());
    bytes.replace("Erfurt", "Gotha");
    QVERIFY(!writeFile(QStringLiteral("wieder.csv"), bytes).isEmpty());

    ImportDialog dialog(m_store.get());
    showDialog(dialog);
    dialog.openFile(path);
    press(dialog, QWizard::NextButton);
    auto *duplicates = part<QTableWidget>(dialog, "duplicates");
    QCOMPARE(dialog.plan().duplicates.size(), 700);
    QCOMPARE(duplicates->rowCount(), 500); // listed one by one: the first 500
    QVERIFY2(labelText(dialog, "summary").contains(QStringLiteral("700 skipped")),
             qPrintable(labelText(dialog, "summary")));

    auto *all = part<QComboBox>(dialog, "allChoices");
    QVERIFY(all && all->isVisible());
    all->setCurrentIndex(all->findData(int(DuplicateChoice::Update)));
    for (const DuplicateGroup &g : dialog.plan().duplicates)
        QCOMPARE(g.choice, DuplicateChoice::Update);
    auto *first = qobject_cast<QComboBox *>(duplicates->cellWidget(0, 3));
    QVERIFY(first);
    QCOMPARE(first->currentData().toInt(), int(DuplicateChoice::Update));
    QVERIFY2(labelText(dialog, "summary").contains(QStringLiteral("700 update")),
             qPrintable(labelText(dialog, "summary")));
    screenshot(dialog, "importdialog-sameagain.png");

    press(dialog, QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importFinished(), 60000);
    QVERIFY(dialog.lastReport().ok());
    QCOMPARE(m_store->customerCount(), 700);
    QCOMPARE(m_store->search(QStringLiteral("kunde700@example.com")).value(0).city,
             QStringLiteral("Gotha"));
}

void TestImportDialog::rejectsABinaryFile()
{
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06";
    QByteArray bytes(png, sizeof png - 1);
    bytes += QByteArray(200, '\0');
    const QString path = writeFile(QStringLiteral("kunden.csv"), bytes);
    ImportDialog dialog(m_store.get());
    showDialog(dialog);
    dialog.openFile(path);
    QVERIFY(!labelText(dialog, "fileError").isEmpty());
    QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!part<QComboBox>(dialog, "encoding")->isVisible()); // no encoding makes it text
    QCOMPARE(part<QTableWidget>(dialog, "preview")->columnCount(), 0);

    // The right file afterwards: the error goes, Next can be pressed.
    dialog.openFile(writeFile(QStringLiteral("richtig.csv"), "Name;Ort\nAlt;Erfurt\n"));
    QCOMPARE(labelText(dialog, "fileError"), QString());
    QVERIFY(dialog.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
