#pragma once

#include "tablepanel.h"

#include <QDialog>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rentdesk {

class DamagesModel;
class Store;

// The damages panel with its actions: report a damage; on the selected case charge its cost to
// the customer (an open payment), mark the object repaired (available again), write the cost
// off with a reason (managers), close the case. Each as a button and in the row's context menu;
// a refused action says why.
class DamagesPanel : public TablePanel
{
    Q_OBJECT
public:
    DamagesPanel(Store *store, DamagesModel *model, const QString &customerId,
                 QWidget *parent = nullptr);

    void report();
    void charge();
    void repaired();
    void writeOff();
    void close();
    // Adds the files as documents of the selected case (photos of the damage, the workshop's
    // bill); they show in the documents panel too. Returns how many were added.
    int attachFiles(const QStringList &paths);

    QAction *reportAction() const { return m_report; }
    QAction *chargeAction() const { return m_charge; }
    QAction *repairedAction() const { return m_repaired; }
    QAction *writeOffAction() const { return m_writeOff; }
    QAction *closeAction() const { return m_close; }
    QAction *attachAction() const { return m_attach; }

private:
    void updateActions();
    void refused(const QString &title, const QString &why);

    Store *m_store;
    QString m_customerId;
    QAction *m_report, *m_charge, *m_repaired, *m_writeOff, *m_close, *m_attach;
};

// Reports a damage: what and when, what it costs to mend, and where known the transaction and
// its object (which goes to repair). A refused value is said and nothing typed is lost.
class DamageDialog : public QDialog
{
    Q_OBJECT
public:
    DamageDialog(Store *store, const QString &customerId, QWidget *parent = nullptr);

    QComboBox *transactionBox() const { return m_transaction; }
    QComboBox *objectBox() const { return m_object; }
    QDateEdit *dateField() const { return m_on; }
    QLineEdit *descriptionField() const { return m_description; }
    QLineEdit *costField() const { return m_cost; }
    QLabel *problem() const { return m_problem; }
    void accept() override;

private:
    void loadObjects();

    Store *m_store;
    QString m_customerId;
    QComboBox *m_transaction, *m_object;
    QDateEdit *m_on;
    QLineEdit *m_description, *m_cost;
    QLabel *m_problem;
};

} // namespace rentdesk
