#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class DamagesModel : public PagedPanelModel<DamageCaseRow>
{
    Q_OBJECT
public:
    enum class Column { Opened, Object, Transaction, Description, Damages, Cost, Status, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<DamageCaseRow> fetchPage(int offset, int limit) const override;
};

} // namespace rentdesk
