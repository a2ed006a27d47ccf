#include "permissionsmodel.h"

#include <QColor>

#include <algorithm>

namespace rentdesk {

int PermissionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PermissionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

void PermissionsModel::load()
{
    bool ok = true;
    m_rows = (m_store && !m_customerId.isEmpty()) ? m_store->permissions(m_customerId, &ok)
                                                  : QList<PermissionRow>();
    setReadOk(ok);
}

void PermissionsModel::storeChanged(const QList<StoreChange> &changes)
{
    // The customer's own settings, its group, the group's and the default permissions all
    // change where an answer comes from.
    const bool touched = std::any_of(changes.begin(), changes.end(), [](const StoreChange &c) {
        return c.kind == StoreChange::Kind::Reset || c.is("customer_permission") ||
               c.is("default_permission") || c.is("group_permission") ||
               (c.is("customer") && c.fields.contains(columnName(CustomerField::Group)));
    });
    if (!touched || !m_store)
        return;
    bool ok = true;
    const QList<PermissionRow> fresh = m_store->permissions(m_customerId, &ok);
    setReadOk(ok);
    if (!ok || fresh.size() != m_rows.size())
        return; // the list of permissions is fixed by the program; a failed read keeps the rows
    for (int i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = fresh.at(i);
        emit dataChanged(index(i, 0), index(i, int(Column::Count) - 1));
    }
}

QVariant PermissionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PermissionRow &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == int(ModelRole::Id))
        return r.key;
    if (role == Qt::ForegroundRole && column == Column::Allowed)
        return r.allowed ? QColor(Qt::darkGreen) : QColor(Qt::red);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Permission: return r.label;
    case Column::Allowed: return r.allowed ? tr("yes") : tr("no");
    case Column::Source:
        switch (r.source) {
        case PermissionRow::Source::Default: return tr("default");
        case PermissionRow::Source::Group: return tr("customer group");
        case PermissionRow::Source::Customer: return tr("individual");
        }
        break;
    case Column::Count: break;
    }
    return {};
}

QVariant PermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Permission: return tr("Permission");
    case Column::Allowed: return tr("Allowed");
    case Column::Source: return tr("Set by");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
