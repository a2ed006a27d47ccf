#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rentdesk {

class Store;

// Sells a voucher to the customer, or gives one free with a reason: a code (new, or typed off a
// pre-printed card), a value, a price and how it was paid, an expiry. A refused value is said
// next to its field; nothing typed is lost.
class VoucherDialog : public QDialog
{
    Q_OBJECT
public:
    VoucherDialog(Store *store, const QString &customerId, QWidget *parent = nullptr);

    QLineEdit *codeField() const { return m_code; }
    QLineEdit *valueField() const { return m_value; }
    QLineEdit *priceField() const { return m_price; }
    QCheckBox *freeBox() const { return m_free; }
    QLineEdit *reasonField() const { return m_reason; }
    QComboBox *methodBox() const { return m_method; }
    QCheckBox *expiresBox() const { return m_expires; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QLabel *valueError() const { return m_valueError; }
    QLabel *errorLabel() const { return m_error; }
    QString createdId() const { return m_createdId; }
    void accept() override;

private:
    void freeChanged();

    Store *m_store;
    QString m_customerId, m_createdId;
    QLineEdit *m_code, *m_value, *m_price, *m_reason;
    QCheckBox *m_free, *m_expires;
    QComboBox *m_method;
    QDateEdit *m_expiry;
    QLabel *m_valueError, *m_priceError, *m_reasonError, *m_error;
    bool m_priceTouched = false;
};

} // namespace rentdesk
