#pragma once

#include "tablepanel.h"

class QAction;

namespace rentdesk {

class PermissionsModel;
class Store;

// The permissions panel with its actions on the selected permission: allow it for this customer
// (green check), forbid it (red X), or take the customer's own setting back so the group's or the
// default applies again. Each as a button, in the row's context menu and by key (+, -, Backspace)
// while the table has the focus. Changing a permission needs a manager; others are told why.
class PermissionsPanel : public TablePanel
{
    Q_OBJECT
public:
    PermissionsPanel(Store *store, PermissionsModel *model, const QString &customerId,
                     QWidget *parent = nullptr);

    QAction *allowAction() const { return m_allow; }
    QAction *forbidAction() const { return m_forbid; }
    QAction *inheritAction() const { return m_inherit; }

private:
    void set(std::optional<bool> setting);
    void updateActions();

    Store *m_store;
    PermissionsModel *m_model;
    QString m_customerId;
    QAction *m_allow, *m_forbid, *m_inherit;
};

} // namespace rentdesk
