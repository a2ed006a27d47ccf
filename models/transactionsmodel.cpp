#include "transactionsmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QList<TransactionRow> TransactionsModel::fetchPage(int offset, int limit) const
{
    return m_store ? m_store->transactions(m_customerId, offset, limit) : QList<TransactionRow>();
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const auto &r = rowAt(index.row());
    const auto column = Column(index.column());
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Total || column == Column::Open)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ForegroundRole && index.column() == int(Column::Open) && r.open.minor > 0)
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
    case Column::Open: return r.open.minor == 0 ? QString() : r.open.toString();
    case Column::Count: break;
    }
    return {};
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Number: return tr("No.");
    case Column::Type: return tr("Type");
    case Column::Status: return tr("Status");
    case Column::Period: return tr("Period");
    case Column::Total: return tr("Total");
    case Column::Open: return tr("Open");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
