#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class OpenPaymentsModel : public PagedPanelModel<OpenPaymentRow>
{
    Q_OBJECT
public:
    enum class Column { Due, Transaction, Description, Amount, Count };
    explicit OpenPaymentsModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(
              store, &Store::openPayments, int(Column::Count),
              {QStringLiteral("charge"), QStringLiteral("payment"), QStringLiteral("transaction")},
              parent)
    {}

protected:
    QVariant cell(const OpenPaymentRow &r, int columnIndex, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace rentdesk
