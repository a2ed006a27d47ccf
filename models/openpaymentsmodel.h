#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class OpenPaymentsModel : public PagedPanelModel<OpenPaymentRow>
{
    Q_OBJECT
public:
    enum class Column { Due, Transaction, Description, Amount, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<OpenPaymentRow> fetchPage(int offset, int limit) const override;
};

} // namespace rentdesk
