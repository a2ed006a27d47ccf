#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class AccessesModel : public PagedPanelModel<AccessRow>
{
    Q_OBJECT
public:
    enum class Column { Login, State, Origin, Password, Created, LastLogin, Count };
    explicit AccessesModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(store, &Store::accesses, int(Column::Count), {QStringLiteral("access")},
                          parent)
    {}

protected:
    QVariant cell(const AccessRow &r, int columnIndex, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace rentdesk
