#include "permissions.h"

#include <QCoreApplication>

namespace rentdesk {

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (int i = 0; i <= int(Permission::LastPermission); ++i)
        all << Permission(i);
    return all;
}

QString permissionKey(Permission p)
{
    switch (p) {
    case Permission::Request: return QStringLiteral("request");
    case Permission::Reserve: return QStringLiteral("reserve");
    case Permission::Book: return QStringLiteral("book");
    case Permission::PayOnInvoice: return QStringLiteral("pay_on_invoice");
    case Permission::RedeemVouchers: return QStringLiteral("redeem_vouchers");
    case Permission::BookWithoutDeposit: return QStringLiteral("book_without_deposit");
    case Permission::SeeGroupPrices: return QStringLiteral("see_group_prices");
    }
    return {};
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::Request:
        return QCoreApplication::translate("rentdesk::Permission", "May send requests");
    case Permission::Reserve:
        return QCoreApplication::translate("rentdesk::Permission", "May reserve");
    case Permission::Book: return QCoreApplication::translate("rentdesk::Permission", "May book");
    case Permission::PayOnInvoice:
        return QCoreApplication::translate("rentdesk::Permission", "May pay on invoice");
    case Permission::RedeemVouchers:
        return QCoreApplication::translate("rentdesk::Permission", "May redeem vouchers");
    case Permission::BookWithoutDeposit:
        return QCoreApplication::translate("rentdesk::Permission", "May book without deposit");
    case Permission::SeeGroupPrices:
        return QCoreApplication::translate("rentdesk::Permission", "May see group prices");
    }
    return {};
}

QString permissionLabel(const QString &key)
{
    for (Permission p : allPermissions())
        if (permissionKey(p) == key)
            return permissionLabel(p);
    return key;
}

} // namespace rentdesk
