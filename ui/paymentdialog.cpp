#include "paymentdialog.h"

#include "clock.h"
#include "format.h"
#include "problemlabel.h"
#include "store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentdesk {

PaymentDialog::PaymentDialog(Store *store, const QString &customerId,
                             const QStringList &transactionIds, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Take a payment – %1").arg(store->customer(customerId).displayName()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What is paid for:"), this));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("paymentOpen"));
    m_table->setHorizontalHeaderLabels({tr("Transaction"), tr("Oldest due"), tr("Open")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QList<OpenBalanceRow> open = store->openBalances(customerId, {}, 500);
    m_table->setRowCount(int(open.size()));
    for (int row = 0; row < open.size(); ++row) {
        const OpenBalanceRow &b = open.at(row);
        auto *tx = new QTableWidgetItem(b.transactionNumber.isEmpty() ? tr("(no transaction)")
                                                                      : b.transactionNumber);
        tx->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        tx->setCheckState(transactionIds.isEmpty() || transactionIds.contains(b.transactionId)
                              ? Qt::Checked
                              : Qt::Unchecked);
        tx->setData(Qt::UserRole, b.transactionId);
        m_table->setItem(row, 0, tx);
        m_table->setItem(row, 1, new QTableWidgetItem(formatDate(b.oldestDue)));
        auto *amount = new QTableWidgetItem(b.open.toString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, amount);
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    m_openLabel = new QLabel(this);
    m_openLabel->setObjectName(QStringLiteral("paymentOpenSum"));
    layout->addWidget(m_openLabel);

    auto *form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    form->addRow(tr("&Amount:"), m_amount);
    m_amountError = problemLabel(this);
    m_amountError->setObjectName(QStringLiteral("paymentAmountError"));
    form->addRow(QString(), m_amountError);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Transfer,
                            PaymentMethod::Voucher})
        m_method->addItem(paymentMethodLabel(paymentMethodKey(m)), paymentMethodKey(m));
    form->addRow(tr("&Paid by:"), m_method);
    // Vouchers with credit left that have not expired; a code can also be typed or scanned.
    m_voucher = new QComboBox(this);
    m_voucher->setObjectName(QStringLiteral("paymentVoucher"));
    m_voucher->setEditable(true);
    for (const VoucherRow &v : store->vouchers(customerId, {}, 200))
        if (v.remaining.minor > 0 && (!v.expiresOn.isValid() || v.expiresOn >= clock::today()))
            m_voucher->addItem(tr("%1 (%2 left)").arg(v.code, v.remaining.toString()), v.code);
    m_voucherLabel = new QLabel(tr("&Voucher:"), this);
    m_voucherLabel->setBuddy(m_voucher);
    form->addRow(m_voucherLabel, m_voucher);
    layout->addLayout(form);
    m_error = problemLabel(this);
    m_error->setObjectName(QStringLiteral("paymentError"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Take payment"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmPayment"));
    ok->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &PaymentDialog::updateAmount);
    auto showVoucher = [this] {
        const bool voucher = m_method->currentData().toString() == QLatin1String("voucher");
        m_voucher->setVisible(voucher);
        m_voucherLabel->setVisible(voucher);
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, showVoucher);
    showVoucher();
    updateAmount();
    resize(560, 460);
    m_amount->setFocus();
    m_amount->selectAll();
}

void PaymentDialog::setMethod(const QString &key)
{
    m_method->setCurrentIndex(m_method->findData(key));
}

QStringList PaymentDialog::tickedTransactions() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->checkState() == Qt::Checked)
            ids << m_table->item(row, 0)->data(Qt::UserRole).toString();
    return ids;
}

void PaymentDialog::updateAmount()
{
    const QStringList ids = tickedTransactions();
    const qint64 open = ids.isEmpty() ? 0 : m_store->openAmount(m_customerId, ids);
    m_openLabel->setText(tr("Open on what is ticked: %1").arg(Money{open}.toString()));
    m_amount->setText(moneyInput(open));
}

void PaymentDialog::accept()
{
    m_amountError->hide();
    m_error->hide();
    PaymentDraft draft;
    draft.customerId = m_customerId;
    draft.transactionIds = tickedTransactions();
    if (draft.transactionIds.isEmpty()) {
        m_error->setText(tr("Tick what the payment is for."));
        m_error->show();
        return;
    }
    if (!parseMoney(m_amount->text(), &draft.amountMinor) || draft.amountMinor <= 0) {
        m_amountError->setText(tr("Enter the amount paid, e.g. %1.").arg(moneyInput(2550)));
        m_amountError->show();
        return;
    }
    const QString method = m_method->currentData().toString();
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Transfer,
                            PaymentMethod::Voucher})
        if (paymentMethodKey(m) == method)
            draft.method = m;
    if (draft.method == PaymentMethod::Voucher) {
        const int index = m_voucher->findText(m_voucher->currentText());
        draft.voucherCode =
            index >= 0 ? m_voucher->itemData(index).toString() : m_voucher->currentText().trimmed();
    }
    const WriteResult r = m_store->takePayment(draft);
    if (!r.ok()) {
        m_error->setText(r.error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rentdesk
