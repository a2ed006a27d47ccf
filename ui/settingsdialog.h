#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rentdesk {

class CataloguePage;
class CustomerGroupsPage;
class DefaultPermissionsPage;
class DeskSession;
class Store;

// The settings a manager keeps: the staff profiles (name, role, PIN) and this desk's own
// settings (when it locks itself, the largest document). Opened only by a manager (MainWindow
// checks).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Store *store, DeskSession *session, QWidget *parent = nullptr);

    QTableWidget *staffTable() const { return m_staff; }
    QSpinBox *lockMinutesField() const { return m_lockMinutes; }
    QSpinBox *documentLimitField() const { return m_documentLimit; }
    QLabel *staffError() const { return m_staffError; }
    void addStaff();
    void editStaff();
    void removeStaff();
    QLineEdit *businessNameField() const { return m_businessName; }
    QPlainTextEdit *businessAddressField() const { return m_businessAddress; }
    QLabel *businessError() const { return m_businessNameError; }
    void saveBusiness();
    CataloguePage *cataloguePage() const { return m_catalogue; }
    DefaultPermissionsPage *defaultPermissionsPage() const { return m_defaultPermissions; }
    CustomerGroupsPage *customerGroupsPage() const { return m_groups; }

private:
    QWidget *businessPage();
    void loadStaff();
    QString selectedStaffId() const;

    Store *m_store;
    DeskSession *m_session;
    QTableWidget *m_staff;
    QPushButton *m_edit, *m_remove;
    QLabel *m_staffError, *m_deskError;
    QSpinBox *m_lockMinutes = nullptr;
    QSpinBox *m_documentLimit = nullptr;
    QLineEdit *m_businessName, *m_businessPhone, *m_businessEmail, *m_businessVatId;
    QPlainTextEdit *m_businessAddress;
    CataloguePage *m_catalogue;
    DefaultPermissionsPage *m_defaultPermissions;
    CustomerGroupsPage *m_groups;
    QLabel *m_businessNameError, *m_businessSaved;
};

} // namespace rentdesk
