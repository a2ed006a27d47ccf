#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rentdesk {

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

private:
    void loadStaff();
    QString selectedStaffId() const;

    Store *m_store;
    DeskSession *m_session;
    QTableWidget *m_staff;
    QPushButton *m_edit, *m_remove;
    QLabel *m_staffError, *m_deskError;
    QSpinBox *m_lockMinutes = nullptr;
    QSpinBox *m_documentLimit = nullptr;
};

} // namespace rentdesk
