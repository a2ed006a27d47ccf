#include "openpaymentsmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

int OpenPaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QList<OpenPaymentRow> OpenPaymentsModel::fetchPage(int offset, int limit) const
{
    return m_store ? m_store->openPayments(m_customerId, offset, limit) : QList<OpenPaymentRow>();
}

QVariant OpenPaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const auto &r = rowAt(index.row());
    const auto column = Column(index.column());
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Amount) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    if (role == Qt::ForegroundRole && r.dueOn.isValid() && r.dueOn < QDate::currentDate())
        return QColor(Qt::red); // overdue
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Due: return formatDate(r.dueOn);
    case Column::Transaction: return r.transactionNumber;
    case Column::Description: return r.description;
    case Column::Amount: return r.amount.toString();
    case Column::Count: break;
    }
    return {};
}

QVariant OpenPaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Due: return tr("Due");
    case Column::Transaction: return tr("Transaction");
    case Column::Description: return tr("Description");
    case Column::Amount: return tr("Amount");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
