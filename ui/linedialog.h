#pragma once

#include "rentals.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace rentdesk {

class Store;

// Edits one line of a transaction: period, object (by barcode), quantity, the agreed price and
// a note. The object is checked again for the period; the price is never reloaded here (that is
// "Reload price"), so a price typed in counts as agreed by hand.
class LineDialog : public QDialog
{
    Q_OBJECT
public:
    LineDialog(Store *store, const QString &lineId, QWidget *parent = nullptr);

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLineEdit *barcodeField() const { return m_barcode; }
    QSpinBox *quantityBox() const { return m_quantity; }
    QLineEdit *priceField() const { return m_price; }
    QLabel *objectError() const { return m_objectError; }
    QLabel *priceError() const { return m_priceError; }
    QLabel *errorLabel() const { return m_error; }
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void checkObject();

    Store *m_store;
    LineInfo m_line;
    QDateTimeEdit *m_from, *m_to;
    QLineEdit *m_barcode, *m_price;
    QSpinBox *m_quantity;
    QPlainTextEdit *m_note;
    QLabel *m_objectError, *m_priceError, *m_error;
};

// Asks what becomes of money paid on a line beyond what it will cost: back to the customer (in
// cash, by card or transfer) or kept on the transaction for what else is open there. False when
// the person cancels.
// Without `allowKeep` (a cancelled transaction) it only asks how the money goes back.
bool askPaidMoney(QWidget *parent, Store *store, const QString &lineId, qint64 beyondMinor,
                  PaidMoneyChoice *choice, bool allowKeep = true);

} // namespace rentdesk
