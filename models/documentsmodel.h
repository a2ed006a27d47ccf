#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class DocumentsModel : public PagedPanelModel<DocumentRow>
{
    Q_OBJECT
public:
    enum class Column { Name, Type, Size, Added, AddedBy, Note, Count };
    explicit DocumentsModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(store, &Store::documents, int(Column::Count),
                          {QStringLiteral("document")}, parent)
    {}

protected:
    QVariant cell(const DocumentRow &r, int columnIndex, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace rentdesk
