#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class DamagesModel : public PagedPanelModel<DamageCaseRow>
{
    Q_OBJECT
public:
    enum class Column {
        Opened,
        Object,
        Transaction,
        Description,
        Damages,
        Cost,
        Status,
        Files,
        Count
    };
    explicit DamagesModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(
              store, &Store::damageCases, int(Column::Count),
              {QStringLiteral("damage_case"), QStringLiteral("damage"), QStringLiteral("document")},
              parent)
    {}

protected:
    QVariant cell(const DamageCaseRow &r, int columnIndex, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace rentdesk
