#include "passworddialog.h"

#include "passwordrules.h"
#include "store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentdesk {

PasswordDialog::PasswordDialog(Store *store, const QString &accessId, const QString &login,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_accessId(accessId)
    , m_login(login)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("New password for %1").arg(login));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The customer signs in to the online booking with this "
                                "password. Only a protected form of it is kept; nobody can read "
                                "it back. To let the customer choose one, use “Delete and "
                                "invite again” instead."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_strength->setWordWrap(true);
    form->addRow(QString(), m_strength);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Again:"), m_repeat);
    m_repeatError = new QLabel(this);
    m_repeatError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_repeatError->hide();
    form->addRow(QString(), m_repeatError);
    m_show = new QCheckBox(tr("&Show the password"), this);
    form->addRow(QString(), m_show);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::updateStrength);
    connect(m_repeat, &QLineEdit::textChanged, m_repeatError, &QWidget::hide);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_password->setEchoMode(mode);
        m_repeat->setEchoMode(mode);
    });
    updateStrength();
    resize(460, sizeHint().height());
}

void PasswordDialog::updateStrength()
{
    const QString text = m_password->text();
    const QString problem = checkPassword(text, m_login);
    if (text.isEmpty()) {
        m_strength->setText(tr("At least 10 characters with three kinds of characters, or 16 "
                               "characters or more."));
        m_strength->setStyleSheet(QString());
    } else if (!problem.isEmpty()) {
        m_strength->setText(problem);
        m_strength->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    } else {
        m_strength->setText(tr("Strong enough."));
        m_strength->setStyleSheet(QStringLiteral("QLabel { color: #1b8a2f; }"));
    }
}

void PasswordDialog::accept()
{
    m_error->hide();
    const QString problem = checkPassword(m_password->text(), m_login);
    if (!problem.isEmpty()) {
        updateStrength();
        m_password->setFocus();
        return;
    }
    if (m_repeat->text() != m_password->text()) {
        m_repeatError->setText(tr("The two passwords differ."));
        m_repeatError->show();
        m_repeat->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const WriteResult r = m_store->setAccessPassword(m_accessId, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!r.ok()) {
        m_error->setText(r.error);
        m_error->show();
        return;
    }
    // The plain text leaves the form as soon as the hash is stored.
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace rentdesk
