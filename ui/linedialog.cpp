#include "linedialog.h"

#include "format.h"
#include "problemlabel.h"
#include "store.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rentdesk {

LineDialog::LineDialog(Store *store, const QString &lineId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_line(store->lineInfo(lineId))
{
    setObjectName(QStringLiteral("lineDialog"));
    setWindowTitle(tr("Edit line – %1, %2").arg(m_line.objectName, m_line.transactionNumber));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_from = new QDateTimeEdit(m_line.from.toLocalTime(), this);
    m_from->setObjectName(QStringLiteral("lineFrom"));
    m_to = new QDateTimeEdit(m_line.to.toLocalTime(), this);
    m_to->setObjectName(QStringLiteral("lineTo"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateTimeInputFormat());
    }
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until:"), m_to);
    m_barcode = new QLineEdit(store->rentalObject(m_line.objectId).barcode, this);
    m_barcode->setObjectName(QStringLiteral("lineBarcode"));
    m_barcode->setToolTip(tr("Scan or type another object's barcode to swap the object"));
    form->addRow(tr("&Object (barcode):"), m_barcode);
    m_objectError = problemLabel(this);
    m_objectError->setObjectName(QStringLiteral("lineObjectError"));
    form->addRow(QString(), m_objectError);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("lineQuantity"));
    m_quantity->setRange(1, 999);
    m_quantity->setValue(m_line.quantity);
    form->addRow(tr("&Quantity:"), m_quantity);
    m_price = new QLineEdit(moneyInput(m_line.price.minor), this);
    m_price->setObjectName(QStringLiteral("linePrice"));
    form->addRow(tr("Agreed &price:"), m_price);
    m_priceError = problemLabel(this);
    m_priceError->setObjectName(QStringLiteral("linePriceError"));
    form->addRow(QString(), m_priceError);
    auto *rule = new QLabel(
        m_line.negotiated ? tr("agreed by hand") : priceRuleText(m_line.priceRule), this);
    form->addRow(tr("Price rule:"), rule);
    m_note = new QPlainTextEdit(m_line.note, this);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_error = problemLabel(this);
    m_error->setObjectName(QStringLiteral("lineError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveLine"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &LineDialog::checkObject);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &LineDialog::checkObject);
    connect(m_barcode, &QLineEdit::editingFinished, this, &LineDialog::checkObject);
}

void LineDialog::checkObject()
{
    m_objectError->hide();
    const RentalObjectInfo object = m_store->rentalObjectByBarcode(m_barcode->text());
    QString problem;
    if (!object.isValid())
        problem = tr("No object has the barcode %1.").arg(m_barcode->text().trimmed());
    else if (m_to->dateTime() <= m_from->dateTime())
        problem = tr("The period ends before it starts.");
    else if (m_line.transactionStatus != QLatin1String("request"))
        problem = m_store
                      ->objectHold(object.id, m_from->dateTime().toUTC(), m_to->dateTime().toUTC(),
                                   m_line.id)
                      .problem;
    m_objectError->setText(problem);
    m_objectError->setVisible(!problem.isEmpty());
}

void LineDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter after a scanned barcode checks the object; it does not save yet.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        m_barcode->hasFocus()) {
        event->accept();
        checkObject();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LineDialog::accept()
{
    m_error->hide();
    m_priceError->hide();
    LineChange change;
    change.from = m_from->dateTime().toUTC();
    change.to = m_to->dateTime().toUTC();
    change.quantity = m_quantity->value();
    change.note = m_note->toPlainText();
    const RentalObjectInfo object = m_store->rentalObjectByBarcode(m_barcode->text());
    if (!object.isValid()) {
        checkObject();
        return;
    }
    change.objectId = object.id;
    if (!parseMoney(m_price->text(), &change.priceMinor)) {
        m_priceError->setText(tr("\"%1\" is not an amount.").arg(m_price->text()));
        m_priceError->show();
        return;
    }
    // Money paid beyond what the line will cost: ask what becomes of it.
    PaidMoneyChoice paid;
    const qint64 deposit =
        m_line.quantity > 0 ? m_line.deposit.minor / m_line.quantity * change.quantity : 0;
    const qint64 beyond = m_store->paidOnLine(m_line.id) - change.priceMinor - deposit;
    if (beyond > 0 && !askPaidMoney(this, m_store, m_line.id, beyond, &paid))
        return;
    const WriteResult r = m_store->changeLine(m_line.id, change, paid);
    if (!r.ok()) {
        m_error->setText(r.error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

bool askPaidMoney(QWidget *parent, Store *store, const QString &lineId, qint64 beyondMinor,
                  PaidMoneyChoice *choice, bool allowKeep)
{
    const qint64 elsewhere = allowKeep ? store->openElsewhereOnTransaction(lineId) : 0;
    QMessageBox box(QMessageBox::Question, LineDialog::tr("Money paid on this line"),
                    LineDialog::tr("%1 was paid on this line beyond what it will cost. What "
                                   "becomes of it?")
                        .arg(Money{beyondMinor}.toString()),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("paidMoneyQuestion"));
    QPushButton *cash = box.addButton(LineDialog::tr("Pay back in cash"), QMessageBox::AcceptRole);
    cash->setObjectName(QStringLiteral("refundCash"));
    QPushButton *card =
        box.addButton(LineDialog::tr("Pay back to the card"), QMessageBox::AcceptRole);
    QPushButton *keep =
        box.addButton(LineDialog::tr("Keep on the transaction"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepOnTransaction"));
    if (!allowKeep) {
        keep->hide();
    } else if (elsewhere < beyondMinor) {
        keep->setEnabled(false);
        box.setInformativeText(
            LineDialog::tr("Only %1 is open elsewhere on the transaction, so the money can only "
                           "go back.")
                .arg(Money{elsewhere}.toString()));
    }
    box.exec();
    if (box.clickedButton() == cash) {
        *choice = PaidMoneyChoice{true, QStringLiteral("cash")};
        return true;
    }
    if (box.clickedButton() == card) {
        *choice = PaidMoneyChoice{true, QStringLiteral("card")};
        return true;
    }
    if (box.clickedButton() == keep) {
        *choice = PaidMoneyChoice{false, QStringLiteral("cash")};
        return true;
    }
    return false;
}

} // namespace rentdesk
