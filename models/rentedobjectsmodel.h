#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

class RentedObjectsModel : public PagedPanelModel<RentedObjectRow>
{
    Q_OBJECT
public:
    enum class Column { Object, Barcode, Transaction, Since, Due, Quantity, Price, Count };
    explicit RentedObjectsModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(store, &Store::rentedObjects, int(Column::Count),
                          {QStringLiteral("transaction"), QStringLiteral("transaction_line"),
                           QStringLiteral("rental_object"), QStringLiteral("article")},
                          parent)
    {}

protected:
    QVariant cell(const RentedObjectRow &r, int columnIndex, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace rentdesk
