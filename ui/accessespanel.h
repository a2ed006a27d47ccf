#pragma once

#include "tablepanel.h"

class QAction;
class QPushButton;

namespace rentdesk {

class AccessesModel;
class Store;

// The accesses panel with its actions: invite (the customer's e-mail), set a new password
// (green pen), delete the access (red X), delete and invite again. Each as a button, in the
// row's context menu and by key (F2, Delete) while the table has the focus.
class AccessesPanel : public TablePanel
{
    Q_OBJECT
public:
    AccessesPanel(Store *store, AccessesModel *model, const QString &customerId,
                  QWidget *parent = nullptr);

    void invite();
    void setPassword();
    void deleteAccess(bool inviteAgain);

    QAction *inviteAction() const { return m_invite; }
    QAction *passwordAction() const { return m_password; }
    QAction *deleteAction() const { return m_delete; }
    QAction *reinviteAction() const { return m_reinvite; }

private:
    QString selectedLogin() const;
    void updateActions();

    Store *m_store;
    AccessesModel *m_model;
    QString m_customerId;
    QAction *m_invite, *m_password, *m_delete, *m_reinvite;
};

} // namespace rentdesk
