#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

// The log of changes to the customer, newest first. New entries appear at the top as they are
// written, without a reset.
class ActivitiesModel : public PagedPanelModel<ActivityRow>
{
    Q_OBJECT
public:
    enum class Column { When, Who, What, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString describe(const ActivityRow &row);

protected:
    QList<ActivityRow> fetchPage(int offset, int limit) const override;
    void storeChanged(const StoreChange &change) override;
};

} // namespace rentdesk
