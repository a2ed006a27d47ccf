#include "accessespanel.h"

#include "accessesmodel.h"
#include "actionicons.h"
#include "passworddialog.h"
#include "store.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rentdesk {

AccessesPanel::AccessesPanel(Store *store, AccessesModel *model, const QString &customerId,
                             QWidget *parent)
    : TablePanel(model, parent)
    , m_store(store)
    , m_model(model)
    , m_customerId(customerId)
{
    m_invite = new QAction(actionIcon(ActionIcon::BlueEnvelope), tr("&Invite…"), this);
    m_invite->setObjectName(QStringLiteral("inviteAccess"));
    m_invite->setToolTip(tr("Invite the customer to the online booking: they get an e-mail to "
                            "set their own password"));
    m_password = new QAction(actionIcon(ActionIcon::GreenPen), tr("Set new &password…"), this);
    m_password->setObjectName(QStringLiteral("setAccessPassword"));
    m_password->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = new QAction(actionIcon(ActionIcon::RedCross), tr("&Delete access"), this);
    m_delete->setObjectName(QStringLiteral("deleteAccess"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_reinvite =
        new QAction(actionIcon(ActionIcon::BlueEnvelope), tr("Delete and invite &again"), this);
    m_reinvite->setObjectName(QStringLiteral("reinviteAccess"));
    m_reinvite->setToolTip(tr("Delete the access and send a new invitation to the same "
                              "address, so the customer sets a password themselves"));
    connect(m_invite, &QAction::triggered, this, &AccessesPanel::invite);
    connect(m_password, &QAction::triggered, this, &AccessesPanel::setPassword);
    connect(m_delete, &QAction::triggered, this, [this] { deleteAccess(false); });
    connect(m_reinvite, &QAction::triggered, this, [this] { deleteAccess(true); });

    setActions({m_password, m_delete, m_reinvite}, {m_invite});
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessesPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &AccessesPanel::updateActions);
    updateActions();
}

QString AccessesPanel::selectedLogin() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : m_model->index(rows.first().row(), int(AccessesModel::Column::Login))
                                .data()
                                .toString();
}

void AccessesPanel::updateActions()
{
    const bool any = !selectedId().isEmpty();
    m_password->setEnabled(any);
    m_delete->setEnabled(any);
    m_reinvite->setEnabled(any);
}

void AccessesPanel::invite()
{
    const Customer c = m_store->customer(m_customerId);
    bool ok = false;
    const QString email =
        QInputDialog::getText(this, tr("Invite to the online booking"),
                              tr("The invitation goes to this address; it becomes the login:"),
                              QLineEdit::Normal, c.email, &ok);
    if (!ok)
        return;
    const WriteResult r = m_store->inviteCustomer(m_customerId, email.trimmed());
    if (!r.ok())
        QMessageBox::warning(this, tr("Invite to the online booking"), r.error);
}

void AccessesPanel::setPassword()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    PasswordDialog dialog(m_store, id, selectedLogin(), this);
    dialog.exec();
}

void AccessesPanel::deleteAccess(bool inviteAgain)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString login = selectedLogin();
    const QString question =
        inviteAgain ? tr("Delete the access %1 and send a new invitation to this address? The "
                         "old password stops working at once.")
                          .arg(login)
                    : tr("Delete the access %1? The customer can no longer sign in to the "
                         "online booking with it.")
                          .arg(login);
    if (QMessageBox::question(this,
                              inviteAgain ? tr("Delete and invite again") : tr("Delete access"),
                              question) != QMessageBox::Yes)
        return;
    const WriteResult r = m_store->deleteAccess(id, inviteAgain);
    if (!r.ok())
        QMessageBox::warning(this, tr("Delete access"), r.error);
}

} // namespace rentdesk
