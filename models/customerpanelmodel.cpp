#include "customerpanelmodel.h"

namespace rentdesk {

CustomerPanelModel::CustomerPanelModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::changesCommitted, this, [this](const QList<StoreChange> &changes) {
        if (m_customerId.isEmpty())
            return;
        QList<StoreChange> mine;
        for (const StoreChange &c : changes)
            if (c.kind == StoreChange::Kind::Reset || c.customerId == m_customerId ||
                c.customerId.isEmpty())
                mine << c;
        if (!mine.isEmpty())
            storeChanged(mine);
    });
}

void CustomerPanelModel::setCustomer(const QString &customerId)
{
    beginResetModel();
    m_customerId = customerId;
    load();
    endResetModel();
}

void CustomerPanelModel::setReadOk(bool ok)
{
    const QString message =
        ok ? QString()
           : tr("This list could not be read from the store, so it may be incomplete. Close and "
                "open the card again; if that does not help, the details are in the log.");
    if (message == m_readError)
        return;
    m_readError = message;
    emit readErrorChanged(m_readError);
}

} // namespace rentdesk
