#include "permissionsmodel.h"

#include <QColor>

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
    m_rows = (m_store && !m_customerId.isEmpty()) ? m_store->permissions(m_customerId)
                                                  : QList<PermissionRow>();
}

void PermissionsModel::storeChanged(const StoreChange &change)
{
    // A new customer group changes where the answers come from.
    if (change.entity != StoreChange::Entity::Customer ||
        !change.fields.contains(CustomerField::Group) || !m_store)
        return;
    const QList<PermissionRow> fresh = m_store->permissions(m_customerId);
    if (fresh.size() != m_rows.size())
        return;
    m_rows = fresh;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
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
        case PermissionRow::Source::Customer: return tr("this customer");
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
