// The counter's work through the real windows under the offscreen platform: a new transaction
// with a scanned barcode (and refused codes said next to the field), an object picked from the
// list and a price agreed by hand; a partial return with its late fee; a partial payment; the
// rented objects panel's row actions; and a barcode scanned into the customer list opening the
// return at the card of whoever has the object.

#include "clock.h"
#include "customercardwindow.h"
#include "customerpanelmodel.h"
#include "format.h"
#include "linedialog.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "rentedobjectspanel.h"
#include "returndialog.h"
#include "store.h"
#include "transactiondialog.h"
#include "transactionwindow.h"
#include "widgettesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace rentdesk;
using uitest::screenshot;
using uitest::whenModal;

class TestRentalDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void rentReturnAndPayThroughTheDialogs();
    void rowActionsOfTheRentedObjectsPanel();
    void scanInTheCustomerListOpensTheReturn();
    void transactionWindowMovesTheStatusOn();

private:
    // Free objects with a price for the next day, by barcode.
    QStringList freeBarcodes(int count);
    QString handOutDirectly(const QStringList &barcodes);

    uitest::DemoStore m_demo;
    QString m_customer;
    QTemporaryDir m_paperDir;
};

void TestRentalDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RentDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_rentaldialogs"));
    QSettings().clear();
    QVERIFY(m_demo.open(60));
}

void TestRentalDialogs::init()
{
    clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
    Customer c;
    c.firstName = QStringLiteral("Tom");
    c.lastName = QStringLiteral("Theke");
    c.city = QStringLiteral("Jena");
    c.birthDate = QDate(1990, 1, 1);
    const WriteResult r = m_demo.store->createCustomer(c);
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_customer = r.id;
}

QStringList TestRentalDialogs::freeBarcodes(int count)
{
    QStringList out;
    const QDateTime from = clock::nowUtc(), to = from.addDays(1);
    for (const RentalObjectChoice &c : m_demo.store->rentalObjectChoices({}, from, to, 200)) {
        LineDraft line;
        QString problem;
        if (c.hold.isFree() && !c.object.barcode.isEmpty() &&
            m_demo.store->priceLine(m_customer, c.object.id, from, to, 1, &line, &problem))
            out << c.object.barcode;
        if (out.size() == count)
            break;
    }
    return out;
}

QString TestRentalDialogs::handOutDirectly(const QStringList &barcodes)
{
    TransactionDraft d;
    d.customerId = m_customer;
    d.from = clock::nowUtc();
    d.to = d.from.addDays(1);
    for (const QString &b : barcodes) {
        LineDraft line;
        QString problem;
        if (!m_demo.store->priceLine(m_customer, m_demo.store->rentalObjectByBarcode(b).id, d.from,
                                     d.to, 1, &line, &problem))
            return {};
        d.lines << line;
    }
    return m_demo.store->createTransaction(d).id;
}

void TestRentalDialogs::rentReturnAndPayThroughTheDialogs()
{
    Store *store = m_demo.store.get();
    const QStringList free = freeBarcodes(2);
    QCOMPARE(free.size(), 2);
    // An object out with someone else, for the refusal.
    QString heldBarcode, holder;
    for (const RentalObjectChoice &c :
         store->rentalObjectChoices({}, clock::nowUtc(), clock::nowUtc().addDays(1), 400))
        if (!c.hold.isFree() && !c.hold.customerName.isEmpty()) {
            heldBarcode = c.object.barcode;
            holder = c.hold.customerName;
            break;
        }
    QVERIFY(!heldBarcode.isEmpty());

    auto *card = new CustomerCardWindow(store, m_customer);
    card->show();
    QVERIFY(QTest::qWaitForWindowExposed(card));

    bool driven = false;
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<TransactionDialog *>(w);
        QVERIFY(d);
        // A scanner types the code and presses Enter; Enter does not close the dialog.
        QTest::keyClicks(d->scanField(), QStringLiteral("NO-SUCH-CODE"));
        QTest::keyClick(d->scanField(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        QVERIFY(d->scanError()->isVisible());
        QVERIFY2(d->scanError()->text().contains(QStringLiteral("NO-SUCH-CODE")),
                 qPrintable(d->scanError()->text()));
        d->scanField()->clear();
        QTest::keyClicks(d->scanField(), heldBarcode);
        QTest::keyClick(d->scanField(), Qt::Key_Return);
        QVERIFY2(d->scanError()->text().contains(holder), qPrintable(d->scanError()->text()));
        QCOMPARE(d->linesTable()->rowCount(), 0);
        d->scanField()->clear();
        QTest::keyClicks(d->scanField(), free.at(0));
        QTest::keyClick(d->scanField(), Qt::Key_Return);
        QCOMPARE(d->linesTable()->rowCount(), 1);
        QVERIFY(d->scanField()->text().isEmpty());
        QVERIFY(!d->scanError()->isVisible());
        // The second object picked from the list by its barcode.
        QTest::keyClicks(d->pickFilter(), free.at(1));
        QCOMPARE(d->choicesTable()->rowCount(), 1);
        QCOMPARE(d->choicesTable()->item(0, 3)->text(), QStringLiteral("free"));
        d->choicesTable()->setCurrentCell(0, 0);
        d->findChild<QPushButton *>(QStringLiteral("addPicked"))->click();
        QCOMPARE(d->linesTable()->rowCount(), 2);
        // A price agreed by hand; a wrong one is refused and the price stays.
        QTableWidgetItem *price =
            d->linesTable()->item(1, int(TransactionDialog::LineColumn::Price));
        price->setText(QStringLiteral("abc"));
        QVERIFY(d->findChildren<QLabel *>().size() > 0);
        price = d->linesTable()->item(1, int(TransactionDialog::LineColumn::Price));
        QVERIFY(price->text() != QStringLiteral("abc"));
        price->setText(moneyInput(1234));
        QCOMPARE(d->linesTable()->item(1, int(TransactionDialog::LineColumn::Rule))->text(),
                 QStringLiteral("agreed by hand"));
        QVERIFY2(d->totalLabel()->text().contains(Money{1234}.toString()) ||
                     d->totalLabel()->text().contains(QStringLiteral("due now")),
                 qPrintable(d->totalLabel()->text()));
        screenshot(d, "new-transaction.png");
        QVERIFY(d->printContractBox()->isVisible());
        QVERIFY(d->printContractBox()->isChecked());
        // After the hand-out the contract is offered: saved as PDF through the file dialog.
        uitest::whenModalAppears([&](QWidget *question) {
            auto *box = qobject_cast<QMessageBox *>(question);
            QVERIFY(box);
            QVERIFY2(box->text().contains(QStringLiteral("Rental contract")),
                     qPrintable(box->text()));
            QAbstractButton *pdf = nullptr;
            for (QAbstractButton *b : box->buttons())
                if (b->text().remove(QLatin1Char('&')).contains(QStringLiteral("PDF")))
                    pdf = b;
            QVERIFY(pdf);
            uitest::whenModalAppears([&](QWidget *files) {
                auto *dialog = qobject_cast<QFileDialog *>(files);
                QVERIFY(dialog);
                QVERIFY2(dialog->selectedFiles().value(0).endsWith(QStringLiteral("contract.pdf")),
                         qPrintable(dialog->selectedFiles().value(0)));
                // Into the test's folder, under the name offered.
                dialog->setDirectory(m_paperDir.path());
                QMetaObject::invokeMethod(dialog, "accept");
            });
            pdf->click();
        });
        d->createButton()->click();
        driven = true;
    });
    card->newTransaction();
    QVERIFY(driven);
    const QStringList saved = QDir(m_paperDir.path()).entryList({QStringLiteral("*.pdf")});
    QCOMPARE(saved.size(), 1);
    QVERIFY2(saved.first().startsWith(QStringLiteral("V-")) &&
                 saved.first().endsWith(QStringLiteral(" contract.pdf")),
             qPrintable(saved.first()));
    QFile contract(m_paperDir.filePath(saved.first()));
    QVERIFY(contract.open(QIODevice::ReadOnly));
    QVERIFY2(contract.read(5) == "%PDF-", "the contract is a PDF file");
    const QList<RentedObjectRow> out = store->rentedObjects(m_customer, {}, 10);
    QCOMPARE(out.size(), 2);
    const qint64 openAfterHandOut = store->openAmount(m_customer, {});
    QVERIFY(openAfterHandOut > 1234);
    screenshot(card, "card-rented-objects.png");

    // Three hours and a bit late, one of the two comes back: the late fee is shown and booked.
    clock::setNowForTesting(clock::nowUtc().addDays(1).addSecs(3 * 3600 + 300));
    driven = false;
    qint64 fee = 0;
    bool offered = false;
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<ReturnDialog *>(w);
        QVERIFY(d);
        QCOMPARE(d->lineCount(), 2);
        QTest::keyClicks(d->scanField(), free.at(0));
        QTest::keyClick(d->scanField(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        int ticked = -1;
        for (int row = 0; row < d->linesTable()->rowCount(); ++row)
            if (d->linesTable()->item(row, int(ReturnDialog::Column::Back))->checkState() ==
                Qt::Checked)
                ticked = row;
        QVERIFY(ticked >= 0);
        QCOMPARE(d->linesTable()->item(ticked, int(ReturnDialog::Column::Barcode))->text(),
                 free.at(0));
        QVERIFY(parseMoney(
            d->linesTable()->item(ticked, int(ReturnDialog::Column::LateFee))->text(), &fee));
        QVERIFY2(fee > 0, "a late return shows its late fee");
        QVERIFY2(d->summaryLabel()->text().contains(Money{fee}.toString()),
                 qPrintable(d->summaryLabel()->text()));
        screenshot(d, "return.png");
        // The receipt is offered after the check-in; not wanted this time.
        QVERIFY(d->printReceiptBox()->isChecked());
        uitest::whenModalAppears([&](QWidget *question) {
            auto *box = qobject_cast<QMessageBox *>(question);
            QVERIFY(box);
            offered = box->text().contains(QStringLiteral("Return receipt"));
            box->reject();
        });
        d->findChild<QPushButton *>(QStringLiteral("confirmReturn"))->click();
        driven = true;
    });
    card->returnObjects();
    QVERIFY(driven);
    QVERIFY(offered);
    QCOMPARE(store->rentedObjects(m_customer, {}, 10).size(), 1);

    // A partial payment by card.
    const qint64 open = store->openAmount(m_customer, {});
    driven = false;
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<PaymentDialog *>(w);
        QVERIFY(d);
        QCOMPARE(d->amountField()->text(), moneyInput(open));
        d->amountField()->setText(QStringLiteral("x"));
        d->findChild<QPushButton *>(QStringLiteral("confirmPayment"))->click();
        QVERIFY(d->isVisible());
        QVERIFY(d->amountError()->isVisible());
        d->amountField()->setText(moneyInput(2000));
        d->setMethod(QStringLiteral("card"));
        screenshot(d, "payment.png");
        d->findChild<QPushButton *>(QStringLiteral("confirmPayment"))->click();
        driven = true;
    });
    card->takePayment();
    QVERIFY(driven);
    QCOMPARE(store->openAmount(m_customer, {}), open - 2000);
    bool paymentLogged = false;
    for (const ActivityRow &a : store->activities(m_customer, {}, 20))
        paymentLogged = paymentLogged || (a.action == QStringLiteral("payment.taken") &&
                                          a.newValue == QStringLiteral("2000"));
    QVERIFY(paymentLogged);
    card->close();
}

void TestRentalDialogs::rowActionsOfTheRentedObjectsPanel()
{
    Store *store = m_demo.store.get();
    const QStringList free = freeBarcodes(2);
    QVERIFY(!handOutDirectly(free).isEmpty());
    auto *card = new CustomerCardWindow(store, m_customer);
    card->show();
    QVERIFY(QTest::qWaitForWindowExposed(card));
    RentedObjectsPanel *panel = card->rentedObjectsPanel();
    QCOMPARE(panel->view()->model()->rowCount(), 2);
    // The four actions, with the spec's icons, disabled until a row is selected.
    for (QAction *a : {panel->editAction(), panel->reloadAction(), panel->deleteAction(),
                       panel->returnAction()}) {
        QVERIFY(!a->icon().isNull());
        QVERIFY(!a->isEnabled());
    }
    panel->view()->selectRow(0);
    QVERIFY(panel->editAction()->isEnabled() && panel->returnAction()->isEnabled());
    screenshot(panel, "rented-objects-actions.png");
    const QString lineId = panel->selectedId();

    // Edit: a longer period and a price agreed by hand.
    bool driven = false;
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<LineDialog *>(w);
        QVERIFY(d);
        d->toEdit()->setDateTime(d->toEdit()->dateTime().addDays(2));
        d->priceField()->setText(QStringLiteral("12,3,4"));
        d->findChild<QPushButton *>(QStringLiteral("saveLine"))->click();
        QVERIFY(d->isVisible()); // "12,3,4" is no amount: said at the field
        QVERIFY(d->priceError()->isVisible());
        d->priceField()->setText(moneyInput(4321));
        d->findChild<QPushButton *>(QStringLiteral("saveLine"))->click();
        driven = true;
    });
    panel->editAction()->trigger();
    QVERIFY(driven);
    LineInfo line = store->lineInfo(lineId);
    QCOMPARE(line.price.minor, qint64(4321));
    QVERIFY(line.negotiated);

    // Reload price: it warns first (agreed by hand), then shows old and new side by side.
    driven = false;
    whenModal([&](QWidget *w) {
        auto *warning = qobject_cast<QMessageBox *>(w);
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QStringLiteral("agreed by hand")));
        whenModal([&](QWidget *w2) {
            auto *box = qobject_cast<QMessageBox *>(w2);
            QVERIFY(box);
            QVERIFY2(box->informativeText().contains(Money{4321}.toString()),
                     qPrintable(box->informativeText()));
            box->findChild<QPushButton *>(QStringLiteral("applyNewPrice"))->click();
            driven = true;
        });
        warning->button(QMessageBox::Yes)->click();
    });
    panel->view()->selectRow(panel->view()->model()->index(0, 0).row());
    for (int row = 0; row < panel->view()->model()->rowCount(); ++row)
        if (panel->view()->model()->index(row, 0).data(int(ModelRole::Id)).toString() == lineId)
            panel->view()->selectRow(row);
    panel->reloadAction()->trigger();
    QVERIFY(driven);
    line = store->lineInfo(lineId);
    QVERIFY(!line.negotiated);
    QVERIFY(line.price.minor != 4321);

    // Delete: confirmed; nothing was paid, so no question about money.
    driven = false;
    whenModal([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        driven = true;
    });
    panel->deleteAction()->trigger();
    QVERIFY(driven);
    QTRY_COMPARE(panel->view()->model()->rowCount(), 1);
    QVERIFY(!store->lineInfo(lineId).isValid());
    card->close();
}

void TestRentalDialogs::scanInTheCustomerListOpensTheReturn()
{
    Store *store = m_demo.store.get();
    const QStringList free = freeBarcodes(1);
    QVERIFY(!handOutDirectly(free).isEmpty());
    MainWindow main(store);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    bool driven = false;
    QTest::keyClicks(main.searchField(), free.first());
    // The card opens, then the return over it (from a timer).
    uitest::whenModalAppears([&](QWidget *w) {
        auto *d = qobject_cast<ReturnDialog *>(w);
        QVERIFY(d);
        QCOMPARE(d->windowTitle(), QStringLiteral("Return – Tom Theke"));
        QCOMPARE(d->linesTable()->item(0, int(ReturnDialog::Column::Back))->checkState(),
                 Qt::Checked);
        d->reject();
        driven = true;
    });
    QTest::keyClick(main.searchField(), Qt::Key_Return);
    QTRY_VERIFY(driven);
    QCOMPARE(main.openCards().size(), 1);
    QCOMPARE(main.openCards().first()->customerId(), m_customer);
    // The search itself finds the customer by the barcode of what they have out.
    QCOMPARE(store->search(free.first(), 5).value(0).id, m_customer);
    for (CustomerCardWindow *c : main.openCards())
        c->close();
}

void TestRentalDialogs::transactionWindowMovesTheStatusOn()
{
    Store *store = m_demo.store.get();
    const QStringList free = freeBarcodes(1);
    TransactionDraft d;
    d.customerId = m_customer;
    d.kind = TransactionKind::Reservation;
    d.from = clock::nowUtc().addDays(3);
    d.to = d.from.addDays(2);
    LineDraft line;
    QString problem;
    QVERIFY(store->priceLine(m_customer, store->rentalObjectByBarcode(free.first()).id, d.from,
                             d.to, 1, &line, &problem));
    d.lines << line;
    const WriteResult r = store->createTransaction(d);
    QVERIFY(r.ok());
    TransactionWindow window(store, r.id);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.linesTable()->rowCount(), 1);
    QCOMPARE(window.chargesTable()->rowCount(), 0); // nothing due for a reservation
    QVERIFY(window.statusButton(QStringLiteral("booking")));
    QVERIFY(!window.statusButton(QStringLiteral("closed")));
    window.statusButton(QStringLiteral("booking"))->click();
    QTRY_COMPARE(window.chargesTable()->rowCount(), 2); // rent and deposit
    QVERIFY(window.headerLabel()->text().contains(QStringLiteral("Booked")));
    screenshot(&window, "transaction-window.png");
}

QTEST_MAIN(TestRentalDialogs)
#include "tst_rentaldialogs.moc"
