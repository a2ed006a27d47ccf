#pragma once

#include <QList>
#include <QString>

namespace rentdesk {

// What a customer may do in the online booking flow.
enum class Permission {
    Request,
    Reserve,
    Book,
    PayOnInvoice,
    RedeemVouchers,
    LastPermission = RedeemVouchers
};

QList<Permission> allPermissions();
QString permissionKey(Permission p);
QString permissionLabel(Permission p); // translated
QString permissionLabel(const QString &key);

} // namespace rentdesk
