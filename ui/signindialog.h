#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rentdesk {

class Store;

// Who is at the desk: pick your name, type your PIN, Enter. At the start, and when the desk is
// locked (after being idle, or by Ctrl+L when a colleague takes over).
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Start, // the program starts: Quit ends it
        Locked // locked (idle, or Ctrl+L): a sign-in (anyone's) opens it again, or Quit
    };
    // done() with this code: the person chose to quit the program.
    static constexpr int QuitCode = 2;

    SignInDialog(Store *store, Mode mode, QWidget *parent = nullptr);

    void selectStaff(const QString &staffId);
    QString selectedStaffId() const;
    QListWidget *staffList() const { return m_list; }
    QLineEdit *pinField() const { return m_pin; }
    QLabel *errorLabel() const { return m_error; }

    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void trySignIn();

    Store *m_store;
    QListWidget *m_list;
    QLineEdit *m_pin;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace rentdesk
