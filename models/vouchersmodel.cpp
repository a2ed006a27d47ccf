#include "vouchersmodel.h"
#include "clock.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

QVariant VouchersModel::cell(const VoucherRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Value || column == Column::Remaining)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    const bool usable =
        r.remaining.minor > 0 && (!r.expiresOn.isValid() || r.expiresOn >= clock::today());
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

QString VouchersModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Code: return tr("Code");
    case Column::Value: return tr("Value");
    case Column::Remaining: return tr("Remaining");
    case Column::Expires: return tr("Expires");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
