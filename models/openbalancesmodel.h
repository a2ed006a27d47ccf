#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class OpenBalancesModel : public PagedPanelModel<OpenBalanceRow>
{
    Q_OBJECT
public:
    enum class Column { Transaction, Status, Payments, Open, OldestDue, Count };
    explicit OpenBalancesModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(
              store, &Store::openBalances, int(Column::Count),
              {QStringLiteral("charge"), QStringLiteral("payment"), QStringLiteral("transaction")},
              parent)
    {}

protected:
    QVariant cell(const OpenBalanceRow &r, int columnIndex, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace rentdesk
