#include "rentedobjectsmodel.h"
#include "clock.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

QVariant RentedObjectsModel::cell(const RentedObjectRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    if (role == int(ModelRole::Id))
        return r.lineId;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Quantity || column == Column::Price)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ForegroundRole && r.dueAt.isValid() && r.dueAt < clock::nowUtc())
        return QColor(Qt::red); // overdue
    if (role == Qt::FontRole && r.dueAt.isValid() &&
        r.dueAt.toLocalTime().date() == clock::today()) {
        QFont bold;
        bold.setBold(true);
        return bold; // due today
    }
    if (role == Qt::ToolTipRole && r.dueAt.isValid() && r.dueAt < clock::nowUtc())
        return tr("Overdue since %1").arg(formatDateTime(r.dueAt));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Object: return r.objectName;
    case Column::Barcode: return r.barcode;
    case Column::Transaction: return r.transactionNumber;
    case Column::Since: return formatDateTime(r.startAt);
    case Column::Due: return formatDateTime(r.dueAt);
    case Column::Quantity: return r.quantity;
    case Column::Price: return r.price.toString();
    case Column::Count: break;
    }
    return {};
}

QString RentedObjectsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Object: return tr("Object");
    case Column::Barcode: return tr("Barcode");
    case Column::Transaction: return tr("Transaction");
    case Column::Since: return tr("Since");
    case Column::Due: return tr("Due");
    case Column::Quantity: return tr("Qty");
    case Column::Price: return tr("Price");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
