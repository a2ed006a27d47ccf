#include "desksetupdialog.h"

#include "backgroundsync.h"
#include "store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QUrl>
#include <QVBoxLayout>

namespace rentdesk {

namespace {

QLabel *fieldError(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

} // namespace

DeskSetupDialog::DeskSetupDialog(Store *store, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Set up the sync server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The server's administrator gives you a one-time enrolment code "
           "(rentdesk-server enrol-code). If the server already has data, this desk starts from "
           "it; the data this desk has now is kept in a copy beside its file."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(store->syncValue(QStringLiteral("server_url")), this);
    m_server->setObjectName(QStringLiteral("serverAddress"));
    m_server->setPlaceholderText(QStringLiteral("https://rentdesk.example.com"));
    m_serverError = fieldError(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("enrolmentCode"));
    m_code->setPlaceholderText(QStringLiteral("ABCDE-FGHJK"));
    m_codeError = fieldError(this);
    m_name = new QLineEdit(QSysInfo::machineHostName(), this);
    m_name->setObjectName(QStringLiteral("deskName"));
    form->addRow(tr("&Server address:"), m_server);
    form->addRow(QString(), m_serverError);
    form->addRow(tr("&Enrolment code:"), m_code);
    form->addRow(QString(), m_codeError);
    form->addRow(tr("Desk &name:"), m_name);
    layout->addLayout(form);
    m_error = fieldError(this);
    m_error->setObjectName(QStringLiteral("setupError"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol desk"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeskSetupDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (auto *sync = sync::BackgroundSync::current())
        connect(sync, &sync::BackgroundSync::enrolFinished, this, &DeskSetupDialog::finished);
    resize(520, sizeHint().height());
}

void DeskSetupDialog::submit()
{
    m_error->hide();
    m_serverError->hide();
    m_codeError->hide();
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    bool ok = true;
    if (m_server->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        m_serverError->setText(
            tr("Enter the server's address, e.g. https://rentdesk.example.com."));
        m_serverError->show();
        ok = false;
    }
    if (m_code->text().trimmed().size() < 5) {
        m_codeError->setText(tr("Enter the enrolment code from the server's administrator."));
        m_codeError->show();
        ok = false;
    }
    if (!ok)
        return;
    auto *sync = sync::BackgroundSync::current();
    if (!sync) {
        m_error->setText(tr("This program runs without the sync module."));
        m_error->show();
        return;
    }
    m_buttons->setEnabled(false);
    m_error->setText(tr("Enrolling…"));
    m_error->setStyleSheet(QString());
    m_error->show();
    sync->enrol(url, m_code->text().trimmed(), m_name->text().trimmed());
}

void DeskSetupDialog::finished(const QString &error)
{
    m_buttons->setEnabled(true);
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setText(error);
    m_error->show();
}

} // namespace rentdesk
