#pragma once

#include "rentals.h"

#include <QDialog>

#include <QCheckBox>
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rentdesk {

class Store;

// Checks objects in: one or several of what the customer has out (a partial return is fine),
// at a time that defaults to now. Each line shows its late fee by the article's rule, editable
// before confirming, and can be marked damaged with a note and a cost. The deposit of the
// returned objects is released, or partly kept with a reason; a paid deposit goes back.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(Store *store, const QString &customerId, const QStringList &preselectedLineIds,
                 QWidget *parent = nullptr);

    enum class Column {
        Back,
        Object,
        Barcode,
        Transaction,
        Due,
        LateFee,
        Damaged,
        Note,
        Cost,
        Count
    };

    QTableWidget *linesTable() const { return m_table; }
    QDateTimeEdit *timeEdit() const { return m_at; }
    QLineEdit *scanField() const { return m_scan; }
    QLineEdit *keepField() const { return m_keep; }
    QLineEdit *keepReasonField() const { return m_keepReason; }
    QComboBox *refundMethodBox() const { return m_refundMethod; }
    QCheckBox *payOpenBox() const { return m_payOpen; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    int lineCount() const { return int(m_lines.size()); }
    QCheckBox *printReceiptBox() const { return m_printReceipt; }
    // After the check-in: the transactions whose objects came back, when the clerk wants the
    // receipt.
    QStringList receiptsWanted() const
    {
        return m_printReceipt->isChecked() ? m_returnedTransactions : QStringList();
    }
    // Ticks the line of the object with this barcode; false (with the reason shown) when the
    // customer does not have it.
    bool tickBarcode(const QString &barcode);
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fill(const QStringList &preselected);
    void recomputeFees();
    void updateSummary();
    bool collect(ReturnDraft *draft, QString *problem) const;

    Store *m_store;
    QString m_customerId;
    QList<OpenRentalLine> m_lines;
    QList<bool> m_feeByHand;
    bool m_filling = false;
    QTableWidget *m_table;
    QDateTimeEdit *m_at;
    QLineEdit *m_scan, *m_keep, *m_keepReason;
    QComboBox *m_refundMethod, *m_payMethod;
    QCheckBox *m_payOpen, *m_printReceipt;
    QStringList m_returnedTransactions;
    QLabel *m_scanError, *m_keepError, *m_summary, *m_error;
};

} // namespace rentdesk
