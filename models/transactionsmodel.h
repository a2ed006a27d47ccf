#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class TransactionsModel : public PagedPanelModel<TransactionRow>
{
    Q_OBJECT
public:
    enum class Column { Number, Type, Status, Period, Total, Open, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<TransactionRow> fetchPage(int offset, int limit) const override;
};

} // namespace rentdesk
