#include "transactionsmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

QVariant TransactionsModel::cell(const TransactionRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Total || column == Column::Paid || column == Column::Open)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ForegroundRole && columnIndex == int(Column::Open) && r.open.minor > 0)
        return QColor(Qt::darkRed);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Number: return r.number;
    case Column::Type: return transactionKindText(r.kind);
    case Column::Status: return transactionStatusText(r.status);
    case Column::Period:
        return tr("%1 – %2").arg(formatDate(r.startAt.toLocalTime().date()),
                                 formatDate(r.endAt.toLocalTime().date()));
    case Column::Total: return r.total.toString();
    case Column::Paid: return r.paid.toString();
    case Column::Open: return r.open.toString();
    case Column::Count: break;
    }
    return {};
}

QString TransactionsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Number: return tr("No.");
    case Column::Type: return tr("Type");
    case Column::Status: return tr("Status");
    case Column::Period: return tr("Period");
    case Column::Total: return tr("Total");
    case Column::Paid: return tr("Paid");
    case Column::Open: return tr("Open");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
