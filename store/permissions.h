#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rentdesk {

// What a customer may do in the online booking flow.
enum class Permission {
    Request,
    Reserve,
    Book,
    PayOnInvoice,
    RedeemVouchers,
    BookWithoutDeposit,
    SeeGroupPrices,
    LastPermission = SeeGroupPrices
};

QList<Permission> allPermissions();
QString permissionKey(Permission p);
QString permissionLabel(Permission p); // translated
QString permissionLabel(const QString &key);

// A customer's or a group's own setting of a permission: allowed, forbidden, or none of its own
// (std::nullopt: inherited from the group or the default).
using PermissionSetting = std::optional<bool>;

// A customer group as the settings edit it: a discount on every price, and the permissions the
// group sets for its members (those not in `permissions` follow the default).
struct CustomerGroupDraft
{
    QString id; // empty: a new group
    QString name;
    int discountPercent = 0;
    QHash<QString, bool> permissions; // permission key → allowed
};

} // namespace rentdesk
