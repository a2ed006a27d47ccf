#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class OpenBalancesModel : public PagedPanelModel<OpenBalanceRow>
{
    Q_OBJECT
public:
    enum class Column { Transaction, Status, Payments, Open, OldestDue, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<OpenBalanceRow> fetchPage(int offset, int limit) const override;
};

} // namespace rentdesk
