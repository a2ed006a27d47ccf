#pragma once

#include "rentals.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rentdesk {

class Store;

// Takes a payment at the counter: against one or more of the customer's transactions with
// something open (all ticked at first), in full or in part, by cash, card, bank transfer or a
// voucher. Only vouchers with credit left and not expired are offered; a scanned code works too.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(Store *store, const QString &customerId, const QStringList &transactionIds = {},
                  QWidget *parent = nullptr);

    QTableWidget *openTable() const { return m_table; }
    QLineEdit *amountField() const { return m_amount; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *voucherBox() const { return m_voucher; }
    QLabel *amountError() const { return m_amountError; }
    QLabel *errorLabel() const { return m_error; }
    // Selects a payment method by its key ("cash", "card", "transfer", "voucher").
    void setMethod(const QString &key);
    void accept() override;

private:
    QStringList tickedTransactions() const;
    void updateAmount();

    Store *m_store;
    QString m_customerId;
    QTableWidget *m_table;
    QLineEdit *m_amount;
    QComboBox *m_method, *m_voucher;
    QLabel *m_voucherLabel, *m_amountError, *m_openLabel, *m_error;
};

} // namespace rentdesk
