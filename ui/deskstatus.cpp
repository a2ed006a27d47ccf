#include "deskstatus.h"

#include "backgroundsync.h"
#include "store.h"

namespace rentdesk {

DeskStatus::DeskStatus(Store *store, QWidget *parent)
    : QLabel(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("deskStatus"));
    connect(store, &Store::outboxChanged, this, &DeskStatus::refresh);
    connect(store, &Store::changesCommitted, this, &DeskStatus::refresh);
    connect(store, &Store::staffChanged, this, &DeskStatus::refresh);
    // The sync thread confirms changes through its own connection: count again after each round.
    if (auto *sync = sync::BackgroundSync::current())
        connect(sync, &sync::BackgroundSync::statusChanged, this, &DeskStatus::refresh);
    refresh();
}

void DeskStatus::refresh()
{
    const int waiting = m_store->pendingOutboxCount();
    const QString staff = m_store->currentStaffName();
    QStringList parts;
    parts << tr("Desk: %1").arg(m_store->deskName());
    parts << tr("Signed in: %1").arg(staff.isEmpty() ? tr("nobody") : staff);
    parts << (waiting < 0 ? tr("changes waiting: unknown (the store could not be read)")
                          : tr("%n change(s) waiting to sync", nullptr, waiting));
    setText(parts.join(QStringLiteral("  ·  ")));
    setToolTip(m_store->deskCode().isEmpty()
                   ? tr("This desk is not enrolled with a server yet: every change is kept here "
                        "and waits until sync is set up. New customers get provisional numbers.")
                   : tr("Desk code %1 · client %2").arg(m_store->deskCode(), m_store->clientId()));
}

} // namespace rentdesk
