#include "returndialog.h"

#include "clock.h"
#include "format.h"
#include "problemlabel.h"
#include "readonlytable.h"
#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentdesk {

namespace {

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QTableWidgetItem *amountItem(qint64 minor)
{
    auto *item = new QTableWidgetItem(moneyInput(minor));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReturnDialog::ReturnDialog(Store *store, const QString &customerId,
                           const QStringList &preselectedLineIds, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return – %1").arg(store->customer(customerId).displayName()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_at = new QDateTimeEdit(clock::nowUtc().toLocalTime(), this);
    m_at->setObjectName(QStringLiteral("returnTime"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(dateTimeInputFormat());
    form->addRow(tr("Returned &at:"), m_at);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("returnScan"));
    m_scan->setPlaceholderText(tr("Scan a barcode to tick its object"));
    form->addRow(tr("&Scan:"), m_scan);
    m_scanError = problemLabel(this);
    form->addRow(QString(), m_scanError);
    layout->addLayout(form);

    m_table = new QTableWidget(0, int(Column::Count), this);
    m_table->setObjectName(QStringLiteral("returnLines"));
    m_table->setHorizontalHeaderLabels({tr("Back"), tr("Object"), tr("Barcode"), tr("Transaction"),
                                        tr("Due"), tr("Late fee"), tr("Damaged"), tr("Damage note"),
                                        tr("Damage cost")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *deposit = new QFormLayout;
    m_keep = new QLineEdit(moneyInput(0), this);
    m_keep->setObjectName(QStringLiteral("depositKept"));
    deposit->addRow(tr("Deposit &kept:"), m_keep);
    m_keepReason = new QLineEdit(this);
    m_keepReason->setObjectName(QStringLiteral("depositReason"));
    m_keepReason->setPlaceholderText(tr("Why part of the deposit is kept"));
    deposit->addRow(tr("&Reason:"), m_keepReason);
    m_keepError = problemLabel(this);
    deposit->addRow(QString(), m_keepError);
    m_refundMethod = new QComboBox(this);
    m_refundMethod->setObjectName(QStringLiteral("refundMethod"));
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Transfer})
        m_refundMethod->addItem(paymentMethodLabel(paymentMethodKey(m)), paymentMethodKey(m));
    deposit->addRow(tr("A paid deposit goes back &by:"), m_refundMethod);
    // Settled at the counter in the same step: what is then open is paid.
    auto *payRow = new QHBoxLayout;
    m_payOpen = new QCheckBox(tr("Take &payment of what is then open, by"), this);
    m_payOpen->setObjectName(QStringLiteral("payOpenNow"));
    m_payMethod = new QComboBox(this);
    m_payMethod->setObjectName(QStringLiteral("payOpenMethod"));
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Transfer})
        m_payMethod->addItem(paymentMethodLabel(paymentMethodKey(m)), int(m));
    payRow->addWidget(m_payOpen);
    payRow->addWidget(m_payMethod);
    payRow->addStretch();
    deposit->addRow(QString(), payRow);
    layout->addLayout(deposit);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("returnSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error = problemLabel(this);
    m_error->setObjectName(QStringLiteral("returnError"));
    layout->addWidget(m_error);
    m_printReceipt = new QCheckBox(tr("Print the &receipt or save it as PDF afterwards"), this);
    m_printReceipt->setObjectName(QStringLiteral("printReceipt"));
    m_printReceipt->setChecked(
        QSettings().value(QStringLiteral("paper/receiptAtReturn"), true).toBool());
    connect(m_printReceipt, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("paper/receiptAtReturn"), on); });
    layout->addWidget(m_printReceipt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Check in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmReturn"));
    ok->setToolTip(tr("Ctrl+Enter"));
    layout->addWidget(buttons);
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto *okKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(okKey, &QShortcut::activated, this, &ReturnDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (tickBarcode(m_scan->text()))
            m_scan->clear();
        else
            m_scan->selectAll();
    });
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &ReturnDialog::recomputeFees);
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_filling)
            return;
        if (column == int(Column::LateFee) && row < m_feeByHand.size())
            m_feeByHand[row] = true;
        updateSummary();
    });
    connect(m_keep, &QLineEdit::textChanged, this, &ReturnDialog::updateSummary);

    fill(preselectedLineIds);
    resize(980, 520);
    m_scan->setFocus();
}

void ReturnDialog::fill(const QStringList &preselected)
{
    m_lines = m_store->openRentalLines(m_customerId);
    m_feeByHand = QList<bool>(m_lines.size(), false);
    m_filling = true;
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const OpenRentalLine &l = m_lines.at(row);
        m_table->setItem(row, int(Column::Back), checkItem(preselected.contains(l.lineId)));
        m_table->setItem(row, int(Column::Object),
                         readOnly(l.quantity > 1 ? tr("%1 × %2").arg(l.quantity).arg(l.objectName)
                                                 : l.objectName));
        m_table->setItem(row, int(Column::Barcode), readOnly(l.barcode));
        m_table->setItem(row, int(Column::Transaction), readOnly(l.transactionNumber));
        auto *due = readOnly(formatDateTime(l.dueAt));
        if (l.dueAt < clock::nowUtc())
            due->setForeground(QColor(Qt::red));
        m_table->setItem(row, int(Column::Due), due);
        m_table->setItem(row, int(Column::LateFee), amountItem(0));
        m_table->setItem(row, int(Column::Damaged), checkItem(false));
        m_table->setItem(row, int(Column::Note), new QTableWidgetItem);
        m_table->setItem(row, int(Column::Cost), amountItem(0));
    }
    m_filling = false;
    recomputeFees();
    m_table->resizeColumnsToContents();
}

bool ReturnDialog::tickBarcode(const QString &barcode)
{
    const QString code = barcode.trimmed();
    for (int row = 0; row < m_lines.size(); ++row) {
        if (!code.isEmpty() && m_lines.at(row).barcode.compare(code, Qt::CaseInsensitive) == 0) {
            m_table->item(row, int(Column::Back))->setCheckState(Qt::Checked);
            m_table->setCurrentCell(row, int(Column::Object));
            m_scanError->hide();
            return true;
        }
    }
    m_scanError->setText(tr("%1 is not out with this customer.").arg(code));
    m_scanError->show();
    return false;
}

void ReturnDialog::recomputeFees()
{
    const QDateTime at = m_at->dateTime().toUTC();
    m_filling = true;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_feeByHand.at(row))
            continue;
        const OpenRentalLine &l = m_lines.at(row);
        m_table->item(row, int(Column::LateFee))
            ->setText(moneyInput(lateFee(l.lateFeeRule, l.dueAt, at, l.quantity)));
    }
    m_filling = false;
    updateSummary();
}

bool ReturnDialog::collect(ReturnDraft *draft, QString *problem) const
{
    draft->at = m_at->dateTime().toUTC();
    draft->refundMethod = m_refundMethod->currentData().toString();
    draft->depositReason = m_keepReason->text();
    draft->payOpen = m_payOpen->isChecked();
    draft->payMethod = PaymentMethod(m_payMethod->currentData().toInt());
    if (!parseMoney(m_keep->text(), &draft->depositKeptMinor)) {
        *problem = tr("The kept deposit \"%1\" is not an amount.").arg(m_keep->text());
        return false;
    }
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_table->item(row, int(Column::Back))->checkState() != Qt::Checked)
            continue;
        ReturnLine r;
        r.lineId = m_lines.at(row).lineId;
        r.damaged = m_table->item(row, int(Column::Damaged))->checkState() == Qt::Checked;
        r.damageNote = m_table->item(row, int(Column::Note))->text();
        const QString fee = m_table->item(row, int(Column::LateFee))->text();
        const QString cost = m_table->item(row, int(Column::Cost))->text();
        if (!parseMoney(fee, &r.lateFeeMinor)) {
            *problem = tr("%1: the late fee \"%2\" is not an amount.")
                           .arg(m_lines.at(row).objectName, fee);
            return false;
        }
        if (!parseMoney(cost, &r.damageCostMinor)) {
            *problem = tr("%1: the damage cost \"%2\" is not an amount.")
                           .arg(m_lines.at(row).objectName, cost);
            return false;
        }
        if (!r.damaged && r.damageCostMinor > 0) {
            *problem = tr("%1: a damage cost needs the object marked damaged.")
                           .arg(m_lines.at(row).objectName);
            return false;
        }
        draft->lines << r;
    }
    return true;
}

void ReturnDialog::updateSummary()
{
    ReturnDraft draft;
    QString problem;
    const bool ok = collect(&draft, &problem);
    m_keepError->setText(ok ? QString() : problem);
    m_keepError->setVisible(!ok);
    qint64 fees = 0, costs = 0, deposits = 0;
    for (const ReturnLine &r : std::as_const(draft.lines)) {
        fees += r.lateFeeMinor;
        costs += r.damageCostMinor;
        for (const OpenRentalLine &l : std::as_const(m_lines))
            if (l.lineId == r.lineId)
                deposits += l.deposit.minor;
    }
    m_summary->setText(
        tr("%n object(s) back · late fees %1 · damages %2 · deposit released %3 of %4", nullptr,
           int(draft.lines.size()))
            .arg(Money{fees}.toString(), Money{costs}.toString(),
                 Money{std::max<qint64>(0, deposits - draft.depositKeptMinor)}.toString(),
                 Money{deposits}.toString()));
}

void ReturnDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter ends a scanned code; it never confirms the return (Ctrl+Enter or the button do).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ReturnDialog::accept()
{
    ReturnDraft draft;
    QString problem;
    if (!collect(&draft, &problem)) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    const WriteResult r = m_store->returnObjects(draft);
    if (!r.ok()) {
        m_error->setText(r.error);
        m_error->show();
        return;
    }
    m_returnedTransactions.clear();
    for (const ReturnLine &back : std::as_const(draft.lines))
        for (const OpenRentalLine &line : std::as_const(m_lines))
            if (line.lineId == back.lineId && !m_returnedTransactions.contains(line.transactionId))
                m_returnedTransactions << line.transactionId;
    QDialog::accept();
}

} // namespace rentdesk
