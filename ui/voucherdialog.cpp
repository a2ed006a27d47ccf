#include "voucherdialog.h"

#include "clock.h"
#include "format.h"
#include "problemlabel.h"
#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentdesk {

VoucherDialog::VoucherDialog(Store *store, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("voucherDialog"));
    setWindowTitle(tr("Sell voucher – %1").arg(store->customer(customerId).displayName()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_code = new QLineEdit(store->newVoucherCode(), this);
    m_code->setObjectName(QStringLiteral("voucherCode"));
    m_code->setToolTip(tr("A new code, or scan the code of a pre-printed voucher card."));
    form->addRow(tr("&Code:"), m_code);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("voucherValue"));
    m_value->setPlaceholderText(moneyInput(5000));
    form->addRow(tr("&Value:"), m_value);
    m_valueError = problemLabel(this);
    form->addRow(QString(), m_valueError);

    m_free = new QCheckBox(tr("&Given free (goodwill, complaint)"), this);
    m_free->setObjectName(QStringLiteral("voucherFree"));
    form->addRow(QString(), m_free);
    auto *priceRow = new QHBoxLayout;
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("voucherPrice"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("voucherMethod"));
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Transfer})
        m_method->addItem(paymentMethodLabel(paymentMethodKey(m)), int(m));
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(new QLabel(tr("paid by"), this));
    priceRow->addWidget(m_method);
    auto *priceLabel = new QLabel(tr("&Price:"), this);
    priceLabel->setBuddy(m_price);
    form->addRow(priceLabel, priceRow);
    m_priceError = problemLabel(this);
    form->addRow(QString(), m_priceError);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("voucherReason"));
    form->addRow(tr("&Reason:"), m_reason);
    m_reasonError = problemLabel(this);
    form->addRow(QString(), m_reasonError);

    // Vouchers commonly run three years to the end of a year.
    auto *expiryRow = new QHBoxLayout;
    m_expires = new QCheckBox(tr("E&xpires on"), this);
    m_expires->setObjectName(QStringLiteral("voucherExpires"));
    m_expires->setChecked(true);
    m_expiry = new QDateEdit(QDate(clock::today().year() + 3, 12, 31), this);
    m_expiry->setObjectName(QStringLiteral("voucherExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(dateInputFormat());
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    form->addRow(QString(), expiryRow);

    m_error = problemLabel(this);
    m_error->setObjectName(QStringLiteral("voucherError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Sell voucher"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmVoucher"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &VoucherDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_free, &QCheckBox::toggled, this, [this, ok] {
        ok->setText(m_free->isChecked() ? tr("&Give voucher") : tr("&Sell voucher"));
        freeChanged();
    });
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    // The price follows the value until the clerk types one of their own.
    connect(m_value, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_priceTouched)
            m_price->setText(text);
    });
    connect(m_price, &QLineEdit::textEdited, this, [this] { m_priceTouched = true; });
    freeChanged();
    m_value->setFocus();
}

void VoucherDialog::freeChanged()
{
    const bool free = m_free->isChecked();
    m_price->setEnabled(!free);
    m_method->setEnabled(!free);
    m_reason->setEnabled(free);
    m_reason->setPlaceholderText(free ? tr("Why it is given free") : QString());
}

void VoucherDialog::accept()
{
    for (QLabel *l : {m_valueError, m_priceError, m_reasonError, m_error})
        l->hide();
    VoucherDraft draft;
    draft.customerId = m_customerId;
    draft.code = m_code->text();
    bool fine = true;
    if (!parseMoney(m_value->text(), &draft.valueMinor) || draft.valueMinor <= 0) {
        m_valueError->setText(
            tr("Enter the value as an amount, for example %1.").arg(moneyInput(5000)));
        m_valueError->show();
        fine = false;
    }
    if (m_free->isChecked()) {
        draft.soldMinor = 0;
        draft.note = m_reason->text();
        if (draft.note.trimmed().isEmpty()) {
            m_reasonError->setText(tr("Say why the voucher is given free."));
            m_reasonError->show();
            fine = false;
        }
    } else {
        const QString price =
            m_price->text().trimmed().isEmpty() ? m_value->text() : m_price->text();
        if (!parseMoney(price, &draft.soldMinor) || draft.soldMinor <= 0) {
            m_priceError->setText(
                tr("Enter the price paid; a voucher given free is ticked as such."));
            m_priceError->show();
            fine = false;
        }
        draft.method = PaymentMethod(m_method->currentData().toInt());
    }
    if (m_expires->isChecked())
        draft.expiresOn = m_expiry->date();
    if (!fine)
        return;
    const WriteResult r = m_store->issueVoucher(draft);
    if (!r.ok()) {
        m_error->setText(r.error);
        m_error->show();
        return;
    }
    m_createdId = r.id;
    QDialog::accept();
}

} // namespace rentdesk
