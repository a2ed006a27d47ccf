#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class VouchersModel : public PagedPanelModel<VoucherRow>
{
    Q_OBJECT
public:
    enum class Column { Code, Value, Remaining, Expires, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<VoucherRow> fetchPage(int offset, int limit) const override;
};

} // namespace rentdesk
