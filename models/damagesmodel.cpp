#include "damagesmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

QVariant DamagesModel::cell(const DamageCaseRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Damages || column == Column::Cost || column == Column::Files)
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
    case Column::Files: return r.fileCount;
    case Column::Count: break;
    }
    return {};
}

QString DamagesModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Opened: return tr("Opened");
    case Column::Object: return tr("Object");
    case Column::Transaction: return tr("Transaction");
    case Column::Description: return tr("Description");
    case Column::Damages: return tr("Damages");
    case Column::Cost: return tr("Cost");
    case Column::Status: return tr("Status");
    case Column::Files: return tr("Files");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
