#include "permissionspanel.h"

#include "actionicons.h"
#include "permissionsmodel.h"
#include "store.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>

namespace rentdesk {

PermissionsPanel::PermissionsPanel(Store *store, PermissionsModel *model, const QString &customerId,
                                   QWidget *parent)
    : TablePanel(model, parent)
    , m_store(store)
    , m_model(model)
    , m_customerId(customerId)
{
    m_allow = new QAction(actionIcon(ActionIcon::GreenCheck), tr("&Allow"), this);
    m_allow->setObjectName(QStringLiteral("allowPermission"));
    m_allow->setShortcut(QKeySequence(Qt::Key_Plus));
    m_allow->setToolTip(tr("Allow this for the customer, whatever the group or the default says"));
    m_forbid = new QAction(actionIcon(ActionIcon::RedCross), tr("&Forbid"), this);
    m_forbid->setObjectName(QStringLiteral("forbidPermission"));
    m_forbid->setShortcut(QKeySequence(Qt::Key_Minus));
    m_forbid->setToolTip(tr("Forbid this for the customer, whatever the group or the default "
                            "says"));
    m_inherit = new QAction(tr("As &inherited"), this);
    m_inherit->setObjectName(QStringLiteral("inheritPermission"));
    m_inherit->setShortcut(QKeySequence(Qt::Key_Backspace));
    m_inherit->setToolTip(tr("Take the customer's own setting back: the customer group's or the "
                             "default applies again"));
    connect(m_allow, &QAction::triggered, this, [this] { set(true); });
    connect(m_forbid, &QAction::triggered, this, [this] { set(false); });
    connect(m_inherit, &QAction::triggered, this, [this] { set(std::nullopt); });
    setActions({m_allow, m_forbid, m_inherit}, {}, 3);

    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PermissionsPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &PermissionsPanel::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &PermissionsPanel::updateActions);
    updateActions();
}

void PermissionsPanel::updateActions()
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty() && rows.first().row() < m_model->rowCount();
    const PermissionRow *r = any ? &m_model->rowAt(rows.first().row()) : nullptr;
    const bool own = r && r->source == PermissionRow::Source::Customer;
    // What would change nothing is greyed out: allowing what the customer is allowed by their
    // own setting, or taking back a setting they do not have.
    m_allow->setEnabled(r && !(own && r->allowed));
    m_forbid->setEnabled(r && !(own && !r->allowed));
    m_inherit->setEnabled(own);
}

void PermissionsPanel::set(std::optional<bool> setting)
{
    const QString key = selectedId();
    if (key.isEmpty())
        return;
    const WriteResult r = m_store->setCustomerPermission(m_customerId, key, setting);
    if (!r.ok())
        QMessageBox::warning(this, tr("Change permission"), r.error);
}

} // namespace rentdesk
