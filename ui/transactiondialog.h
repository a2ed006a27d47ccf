#pragma once

#include "rentals.h"

#include <QCheckBox>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rentdesk {

class Store;

// A new transaction from the card: a request, reservation, booking or a hand-out now. Objects
// come in by scanning a barcode (a scanner types the code and presses Enter) or by picking from
// a list that shows whether each is free for the period. Each line's price comes from the price
// list and can be agreed by hand; a refused object says why and by whom it is held.
class TransactionDialog : public QDialog
{
    Q_OBJECT
public:
    TransactionDialog(Store *store, const QString &customerId, QWidget *parent = nullptr);

    enum class LineColumn { Object, Barcode, Quantity, Price, Rule, Deposit, Count };

    QComboBox *kindBox() const { return m_kind; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLineEdit *scanField() const { return m_scan; }
    QLabel *scanError() const { return m_scanError; }
    QLineEdit *pickFilter() const { return m_filter; }
    QTableWidget *choicesTable() const { return m_choices; }
    QTableWidget *linesTable() const { return m_linesTable; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *createButton() const { return m_create; }
    QString createdId() const { return m_createdId; }
    QCheckBox *printContractBox() const { return m_printContract; }
    // After a hand-out: whether the clerk wants the contract.
    bool wantsContract() const
    {
        return kind() == TransactionKind::HandOut && m_printContract->isChecked();
    }

    // Adds the object with this barcode, or says next to the scan field why not.
    bool addByBarcode(const QString &barcode);
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    TransactionKind kind() const;
    bool addObject(const QString &objectId, QString *problem);
    void periodChanged();
    void refreshChoices();
    void showLines();
    void lineEdited(int row, int column);
    void removeSelectedLine();
    void updateTotals();

    Store *m_store;
    QString m_customerId, m_createdId;
    QList<LineDraft> m_lines;
    bool m_filling = false;
    QComboBox *m_kind;
    QDateTimeEdit *m_from, *m_to;
    QLineEdit *m_scan, *m_filter;
    QLabel *m_scanError, *m_periodError, *m_linesError, *m_total, *m_error, *m_blocked;
    QTableWidget *m_choices, *m_linesTable;
    QPlainTextEdit *m_note;
    QCheckBox *m_printContract;
    QPushButton *m_create;
};

} // namespace rentdesk
