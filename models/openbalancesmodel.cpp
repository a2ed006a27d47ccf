#include "openbalancesmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

int OpenBalancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QList<OpenBalanceRow> OpenBalancesModel::fetchPage(int offset, int limit) const
{
    return m_store ? m_store->openBalances(m_customerId, offset, limit) : QList<OpenBalanceRow>();
}

QVariant OpenBalancesModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const auto &r = rowAt(index.row());
    const auto column = Column(index.column());
    if (role == int(ModelRole::Id))
        return r.transactionId;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Payments || column == Column::Open)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ForegroundRole && r.oldestDue.isValid() && r.oldestDue < QDate::currentDate())
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

QVariant OpenBalancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Transaction: return tr("Transaction");
    case Column::Status: return tr("Status");
    case Column::Payments: return tr("Payments");
    case Column::Open: return tr("Open");
    case Column::OldestDue: return tr("Due since");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
