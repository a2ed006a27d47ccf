#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rentdesk {

class Store;

// Sets the desk up for a sync server: the server's address and a one-time enrolment code from
// its administrator. The form stays filled when the server refuses, with the reason shown.
class DeskSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeskSetupDialog(Store *store, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *codeField() const { return m_code; }
    QLabel *errorLabel() const { return m_error; }
    void submit();

private:
    void finished(const QString &error);
    QLineEdit *m_server, *m_code, *m_name;
    QLabel *m_error, *m_serverError, *m_codeError;
    QDialogButtonBox *m_buttons;
};

} // namespace rentdesk
