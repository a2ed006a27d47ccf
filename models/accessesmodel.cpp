#include "accessesmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

int AccessesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QList<AccessRow> AccessesModel::fetchPage(int offset, int limit) const
{
    return m_store ? m_store->accesses(m_customerId, offset, limit) : QList<AccessRow>();
}

QVariant AccessesModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const auto &r = rowAt(index.row());
    const auto column = Column(index.column());
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (false) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();

    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Login: return r.login;
    case Column::State: return accessStateText(r.state);
    case Column::Origin: return accessOriginText(r.createdVia);
    case Column::Password: return r.hasPassword ? tr("set") : tr("not set yet");
    case Column::Created: return formatDateTime(r.createdAt);
    case Column::LastLogin:
        return r.lastLoginAt.isValid() ? formatDateTime(r.lastLoginAt) : tr("never");
    case Column::Count: break;
    }
    return {};
}

QVariant AccessesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Login: return tr("Login");
    case Column::State: return tr("State");
    case Column::Origin: return tr("Created by");
    case Column::Password: return tr("Password");
    case Column::Created: return tr("Created");
    case Column::LastLogin: return tr("Last login");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
