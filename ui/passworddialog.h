#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rentdesk {

class Store;

// Sets a new password for a customer's online access: typed twice, its strength said as it is
// typed. The store hashes it with Argon2id at once; the plain text is never kept.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(Store *store, const QString &accessId, const QString &login,
                   QWidget *parent = nullptr);

    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *strengthLabel() const { return m_strength; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    void updateStrength();

    Store *m_store;
    QString m_accessId, m_login;
    QLineEdit *m_password, *m_repeat;
    QCheckBox *m_show;
    QLabel *m_strength, *m_repeatError, *m_error;
};

} // namespace rentdesk
