#pragma once

#include "rentals.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace rentdesk {

class Store;

// One transaction opened from the card: its lines, what is due, what came in and what came
// back, with the next steps of its status flow, taking a payment and checking objects in. It
// follows changes made elsewhere while it is open.
class TransactionWindow : public QDialog
{
    Q_OBJECT
public:
    TransactionWindow(Store *store, const QString &transactionId, QWidget *parent = nullptr);

    QTableWidget *linesTable() const { return m_lines; }
    QTableWidget *chargesTable() const { return m_charges; }
    QTableWidget *paymentsTable() const { return m_payments; }
    QTableWidget *returnsTable() const { return m_returns; }
    QTableWidget *documentsTable() const { return m_documents; }
    QLabel *documentProblem() const { return m_documentProblem; }
    // Adds the files as documents of this transaction (and of its customer); says why for those
    // that cannot be added. Returns how many were added.
    int addDocuments(const QStringList &paths);
    QLabel *headerLabel() const { return m_header; }
    // The button that moves the transaction to `status`, or null when that is not a next step.
    QPushButton *statusButton(const QString &status) const;
    void advance(const QString &status);

private:
    void reload();
    QWidget *documentsPage();
    void viewDocument();

    Store *m_store;
    QString m_id;
    TransactionDetail m_detail;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTableWidget *m_lines, *m_charges, *m_payments, *m_returns, *m_documents = nullptr;
    QLabel *m_documentProblem = nullptr;
    QPushButton *m_viewDocument = nullptr;
    QList<QPushButton *> m_statusButtons;
    QPushButton *m_pay, *m_return, *m_contract, *m_receipt;
};

} // namespace rentdesk
