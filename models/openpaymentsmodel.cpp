#include "openpaymentsmodel.h"
#include "clock.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

QVariant OpenPaymentsModel::cell(const OpenPaymentRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Amount) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    if (role == Qt::ForegroundRole && r.dueOn.isValid() && r.dueOn < clock::today())
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

QString OpenPaymentsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Due: return tr("Due");
    case Column::Transaction: return tr("Transaction");
    case Column::Description: return tr("Description");
    case Column::Amount: return tr("Amount");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
