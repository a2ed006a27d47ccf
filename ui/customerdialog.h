#pragma once

#include "customer.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;

namespace rentdesk {

class Store;

// Creates a customer or edits the personal data of one. Each field shows its problem right below
// it; a refused save keeps everything typed. When creating, a likely duplicate is pointed out
// (with a link to open it) before the new customer is saved.
class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty `customerId` creates a new customer.
    CustomerDialog(Store *store, const QString &customerId, QWidget *parent = nullptr);

    QString customerId() const { return m_customerId; } // the new id after creating
    QWidget *editorFor(CustomerField field) const;
    QString problemShown(CustomerField field) const;
    QLabel *duplicateNotice() const { return m_duplicates; }
    QPushButton *saveButton() const;

    void accept() override;

signals:
    void openCustomerRequested(const QString &customerId);

private:
    void addRow(QFormLayout *form, CustomerField field, QWidget *editor);
    void showProblem(CustomerField field, const QString &message);
    void checkOne(CustomerField field);
    QVariant editorValue(CustomerField field) const;

    Store *m_store;
    QString m_customerId;
    Customer m_original;
    QHash<CustomerField, QWidget *> m_editors;
    QHash<CustomerField, QLabel *> m_problems;
    QLabel *m_duplicates = nullptr;
    QLabel *m_generalError = nullptr;
    QCheckBox *m_invite = nullptr; // new customers only
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_acknowledgedDuplicates;
};

} // namespace rentdesk
