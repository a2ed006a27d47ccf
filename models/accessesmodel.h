#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class AccessesModel : public PagedPanelModel<AccessRow>
{
    Q_OBJECT
public:
    enum class Column { Login, State, Origin, Password, Created, LastLogin, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<AccessRow> fetchPage(int offset, int limit) const override;
};

} // namespace rentdesk
