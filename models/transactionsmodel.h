#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class TransactionsModel : public PagedPanelModel<TransactionRow>
{
    Q_OBJECT
public:
    enum class Column { Number, Type, Status, Period, Total, Paid, Open, Count };
    explicit TransactionsModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(store, &Store::transactions, int(Column::Count),
                          {QStringLiteral("transaction"), QStringLiteral("transaction_line"),
                           QStringLiteral("charge"), QStringLiteral("payment")},
                          parent)
    {}

protected:
    QVariant cell(const TransactionRow &r, int columnIndex, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace rentdesk
