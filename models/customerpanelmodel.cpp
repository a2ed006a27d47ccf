#include "customerpanelmodel.h"

namespace rentdesk {

CustomerPanelModel::CustomerPanelModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::changed, this, [this](const StoreChange &change) {
        if (!m_customerId.isEmpty() && change.customerId == m_customerId)
            storeChanged(change);
    });
}

void CustomerPanelModel::setCustomer(const QString &customerId)
{
    beginResetModel();
    m_customerId = customerId;
    load();
    endResetModel();
}

} // namespace rentdesk
