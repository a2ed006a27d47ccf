#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class RentedObjectsModel : public PagedPanelModel<RentedObjectRow>
{
    Q_OBJECT
public:
    enum class Column { Object, Barcode, Transaction, Since, Due, Quantity, Price, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<RentedObjectRow> fetchPage(int offset, int limit) const override;
};

} // namespace rentdesk
