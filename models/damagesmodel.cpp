#include "damagesmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

int DamagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QList<DamageCaseRow> DamagesModel::fetchPage(int offset, int limit) const
{
    return m_store ? m_store->damageCases(m_customerId, offset, limit) : QList<DamageCaseRow>();
}

QVariant DamagesModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const auto &r = rowAt(index.row());
    const auto column = Column(index.column());
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Damages || column == Column::Cost)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();

    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Opened: return formatDate(r.openedOn);
    case Column::Object: return r.objectName;
    case Column::Transaction: return r.transactionNumber;
    case Column::Description: return r.description;
    case Column::Damages: return r.damageCount;
    case Column::Cost: return r.cost.toString();
    case Column::Status: return damageStatusText(r.status);
    case Column::Count: break;
    }
    return {};
}

QVariant DamagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Opened: return tr("Opened");
    case Column::Object: return tr("Object");
    case Column::Transaction: return tr("Transaction");
    case Column::Description: return tr("Description");
    case Column::Damages: return tr("Damages");
    case Column::Cost: return tr("Cost");
    case Column::Status: return tr("Status");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
