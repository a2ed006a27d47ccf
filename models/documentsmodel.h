#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class DocumentsModel : public PagedPanelModel<DocumentRow>
{
    Q_OBJECT
public:
    enum class Column { Name, Type, Size, Added, Note, Count };
    using PagedPanelModel::PagedPanelModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<DocumentRow> fetchPage(int offset, int limit) const override;
};

} // namespace rentdesk
