#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class VouchersModel : public PagedPanelModel<VoucherRow>
{
    Q_OBJECT
public:
    enum class Column { Code, Value, Remaining, Expires, Count };
    explicit VouchersModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(store, &Store::vouchers, int(Column::Count),
                          {QStringLiteral("voucher"), QStringLiteral("voucher_redemption")}, parent)
    {}

protected:
    QVariant cell(const VoucherRow &r, int columnIndex, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace rentdesk
