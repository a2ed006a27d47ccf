#pragma once

#include "staff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rentdesk {

class Store;

// One staff profile: name, role and PIN (typed twice). Saving hashes the PIN in the store; the
// form stays filled when the store refuses, with the reason shown.
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        FirstManager, // a new store: the first profile, a manager's
        Add,
        Edit // an empty PIN keeps the PIN
    };
    StaffDialog(Store *store, Mode mode, const QString &staffId = {}, QWidget *parent = nullptr);

    QString staffId() const { return m_staffId; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *roleField() const { return m_role; }
    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    // Checks every field, marks the wrong ones; true when all will do.
    bool checkFields();

    Store *m_store;
    Mode m_mode;
    QString m_staffId;
    QLineEdit *m_name, *m_pin, *m_repeat;
    QComboBox *m_role;
    QLabel *m_nameError, *m_pinError, *m_repeatError, *m_error;
};

} // namespace rentdesk
