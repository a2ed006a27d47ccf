#include "accessesmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

QVariant AccessesModel::cell(const AccessRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
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

QString AccessesModel::columnTitle(int column) const
{
    switch (Column(column)) {
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
