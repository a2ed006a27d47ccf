#include "openbalancesmodel.h"
#include "clock.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

QVariant OpenBalancesModel::cell(const OpenBalanceRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    if (role == int(ModelRole::Id))
        return r.transactionId;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Payments || column == Column::Open)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ForegroundRole && r.oldestDue.isValid() && r.oldestDue < clock::today())
        return QColor(Qt::red);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Transaction:
        return r.transactionNumber.isEmpty() ? tr("(no transaction)") : r.transactionNumber;
    case Column::Status: return transactionStatusText(r.status);
    case Column::Payments: return r.openPayments;
    case Column::Open: return r.open.toString();
    case Column::OldestDue: return formatDate(r.oldestDue);
    case Column::Count: break;
    }
    return {};
}

QString OpenBalancesModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Transaction: return tr("Transaction");
    case Column::Status: return tr("Status");
    case Column::Payments: return tr("Payments");
    case Column::Open: return tr("Open");
    case Column::OldestDue: return tr("Oldest due");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
