#include "vouchersmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

int VouchersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QList<VoucherRow> VouchersModel::fetchPage(int offset, int limit) const
{
    return m_store ? m_store->vouchers(m_customerId, offset, limit) : QList<VoucherRow>();
}

QVariant VouchersModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const auto &r = rowAt(index.row());
    const auto column = Column(index.column());
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Value || column == Column::Remaining)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    const bool usable =
        r.remaining.minor > 0 && (!r.expiresOn.isValid() || r.expiresOn >= QDate::currentDate());
    if (role == Qt::ForegroundRole && !usable)
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole && !usable)
        return r.remaining.minor == 0 ? tr("Used up") : tr("Expired");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Code: return r.code;
    case Column::Value: return r.value.toString();
    case Column::Remaining: return r.remaining.toString();
    case Column::Expires: return r.expiresOn.isValid() ? formatDate(r.expiresOn) : tr("never");
    case Column::Count: break;
    }
    return {};
}

QVariant VouchersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code: return tr("Code");
    case Column::Value: return tr("Value");
    case Column::Remaining: return tr("Remaining");
    case Column::Expires: return tr("Expires");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
