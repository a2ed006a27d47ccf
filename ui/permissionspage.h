#pragma once

#include <QDialog>
#include <QWidget>

#include "permissions.h"
#include "store.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rentdesk {

// The settings' default permissions: what a customer may do in the online booking unless their
// group or their own setting says otherwise. A tick is saved at once; every open card that
// inherits the default follows.
class DefaultPermissionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DefaultPermissionsPage(Store *store, QWidget *parent = nullptr);
    QCheckBox *box(const QString &key) const { return m_boxes.value(key); }
    QLabel *problem() const { return m_problem; }
    void reload();

private:
    void toggled(const QString &key, bool allowed);

    Store *m_store;
    QHash<QString, QCheckBox *> m_boxes;
    QLabel *m_problem;
};

// The settings' customer groups: name, discount on every price, and the permissions the group
// sets for its members.
class CustomerGroupsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerGroupsPage(Store *store, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void addGroup();
    void editGroup();
    void reload();

private:
    Store *m_store;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QList<CustomerGroupDraft> m_groups;
};

// A customer group's name, discount and permissions; a refused value is said under its field
// and nothing typed is lost.
class CustomerGroupDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerGroupDialog(Store *store, const CustomerGroupDraft &group, QWidget *parent = nullptr);
    QLineEdit *nameField() const { return m_name; }
    QSpinBox *discountField() const { return m_discount; }
    QComboBox *permissionField(const QString &key) const { return m_permissions.value(key); }
    QLabel *nameProblem() const { return m_nameProblem; }
    QString savedId() const { return m_savedId; }
    void save();

private:
    Store *m_store;
    CustomerGroupDraft m_group;
    QLineEdit *m_name;
    QSpinBox *m_discount;
    QHash<QString, QComboBox *> m_permissions;
    QLabel *m_nameProblem, *m_discountProblem, *m_problem;
    QString m_savedId;
};

} // namespace rentdesk
