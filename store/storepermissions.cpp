// What customers may do in the online booking: a default per permission, what a customer group
// sets for its members, and each customer's own setting. The effective value is resolved in
// Store::permissions() (storepanels.cpp). Own settings use name-based ids, so the same setting
// made at two desks is one row; taking a setting back leaves `allowed` empty instead of a
// tombstone, which would stay for good.
#include "permissions.h"
#include "store.h"
#include "storeinternal.h"
#include "syncentities.h"

namespace rentdesk {

using namespace storeinternal;

namespace {

bool knownPermission(const QString &key)
{
    for (Permission p : allPermissions())
        if (permissionKey(p) == key)
            return true;
    return false;
}

// Refused unless a manager changes a permission the program knows.
WriteResult mayChange(const Store &store, const QString &key)
{
    WriteResult refused;
    refused.error = store.managerNeeded();
    if (refused.ok() && !knownPermission(key))
        refused.error = Store::tr("There is no permission \"%1\".").arg(key);
    return refused;
}

QVariant settingValue(PermissionSetting setting)
{
    return setting ? QVariant(*setting ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

PermissionSetting settingOf(const QVariantHash &row)
{
    if (row.isEmpty() || !row.value(QStringLiteral("deleted_at")).isNull())
        return std::nullopt;
    const QVariant v = row.value(QStringLiteral("allowed"));
    return v.isNull() ? PermissionSetting() : PermissionSetting(v.toInt() != 0);
}

// Sets the own setting of a customer or a group: inserts the row the first time, changes it
// later. False with the context's error when the row was deleted (its owner was).
bool putSetting(WriteContext &ctx, const QString &entity, const QString &ownerColumn,
                const QString &ownerId, const QString &key, PermissionSetting setting)
{
    const QString id = naturalId(entity, {ownerId, key});
    const QVariantHash before = ctx.row(entity, id);
    if (before.isEmpty()) {
        if (!setting)
            return true; // nothing of its own, and none wanted
        return ctx.insert(entity, id,
                          {{ownerColumn, ownerId},
                           {QStringLiteral("permission"), key},
                           {QStringLiteral("allowed"), settingValue(setting)}});
    }
    if (!before.value(QStringLiteral("deleted_at")).isNull()) {
        ctx.fail(Store::tr("This setting was deleted at another desk together with what it "
                           "belonged to."));
        return false;
    }
    return ctx.update(entity, id, {{QStringLiteral("allowed"), settingValue(setting)}});
}

} // namespace

QHash<QString, bool> Store::defaultPermissions() const
{
    QHash<QString, bool> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT permission, allowed FROM default_permissions WHERE "
                             "deleted_at IS NULL"));
    if (execQuery(q))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toBool());
    return out;
}

WriteResult Store::setDefaultPermission(const QString &key, bool allowed)
{
    if (WriteResult refused = mayChange(*this, key); !refused.ok())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("permission.default"));
        const QString id = naturalId(QStringLiteral("default_permission"), {key});
        const QVariantHash before = ctx.row(QStringLiteral("default_permission"), id);
        if (before.isEmpty())
            return ctx.insert(QStringLiteral("default_permission"), id,
                              {{QStringLiteral("permission"), key},
                               {QStringLiteral("allowed"), allowed ? 1 : 0}});
        if (!before.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This default was deleted at another desk; it cannot be set again."));
            return false;
        }
        return ctx.update(QStringLiteral("default_permission"), id,
                          {{QStringLiteral("allowed"), allowed ? 1 : 0}});
    });
}

QList<CustomerGroupDraft> Store::customerGroupDetails() const
{
    QList<CustomerGroupDraft> out;
    QHash<QString, qsizetype> at;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, discount_percent FROM customer_groups WHERE "
                             "deleted_at IS NULL ORDER BY name COLLATE NOCASE, id"));
    if (!execQuery(q))
        return out;
    while (q.next()) {
        at.insert(q.value(0).toString(), out.size());
        out << CustomerGroupDraft{
            q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), {}};
    }
    q.prepare(QStringLiteral("SELECT group_id, permission, allowed FROM group_permissions WHERE "
                             "deleted_at IS NULL AND allowed IS NOT NULL"));
    if (!execQuery(q))
        return out;
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toString());
        if (it != at.cend())
            out[*it].permissions.insert(q.value(1).toString(), q.value(2).toBool());
    }
    return out;
}

WriteResult Store::saveCustomerGroup(const CustomerGroupDraft &draft, GroupField *badField)
{
    WriteResult refused;
    auto refuse = [&](GroupField field, const QString &why) {
        if (badField)
            *badField = field;
        refused.error = why;
        return refused;
    };
    if (const QString why = managerNeeded(); !why.isEmpty())
        return refuse(GroupField::None, why);
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        return refuse(GroupField::Name, tr("The group needs a name."));
    if (name.size() > 100)
        return refuse(GroupField::Name, tr("At most 100 characters."));
    if (draft.discountPercent < 0 || draft.discountPercent > 100)
        return refuse(GroupField::Discount, tr("The discount is between 0 and 100 %."));
    for (auto it = draft.permissions.cbegin(); it != draft.permissions.cend(); ++it)
        if (!knownPermission(it.key()))
            return refuse(GroupField::None, tr("There is no permission \"%1\".").arg(it.key()));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT deleted_at IS NOT NULL FROM customer_groups WHERE name = ? "
                             "COLLATE NOCASE AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(draft.id.isNull() ? QStringLiteral("") : draft.id);
    if (execQuery(q) && q.next())
        return refuse(GroupField::Name,
                      q.value(0).toBool() ? tr("A deleted group had this name; choose another one.")
                                          : tr("There is a group of this name already."));

    // A new group is named by its name, as an import names it, so the same group made at two
    // desks is one row.
    const QString id = draft.id.isEmpty()
                           ? naturalId(QStringLiteral("customer_group"), {name.toCaseFolded()})
                           : draft.id;
    WriteResult r = write([&](WriteContext &ctx) {
        ctx.setOperation(draft.id.isEmpty() ? QStringLiteral("customer_group.add")
                                            : QStringLiteral("customer_group.change"));
        const QVariantHash values{{QStringLiteral("name"), name},
                                  {QStringLiteral("discount_percent"), draft.discountPercent}};
        if (draft.id.isEmpty() ? !ctx.insert(QStringLiteral("customer_group"), id, values)
                               : !ctx.update(QStringLiteral("customer_group"), id, values))
            return false;
        for (Permission p : allPermissions()) {
            const QString key = permissionKey(p);
            const auto it = draft.permissions.constFind(key);
            const PermissionSetting setting =
                it == draft.permissions.cend() ? PermissionSetting() : PermissionSetting(*it);
            if (!putSetting(ctx, QStringLiteral("group_permission"), QStringLiteral("group_id"), id,
                            key, setting))
                return false;
        }
        return true;
    });
    if (r.ok())
        r.id = id;
    return r;
}

WriteResult Store::setCustomerPermission(const QString &customerId, const QString &key,
                                         PermissionSetting setting)
{
    if (WriteResult refused = mayChange(*this, key); !refused.ok())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("customer.permission"));
        const QVariantHash customer = ctx.row(QStringLiteral("customer"), customerId);
        if (customer.isEmpty() || !customer.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This customer no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        const QString entity = QStringLiteral("customer_permission");
        const PermissionSetting before =
            settingOf(ctx.row(entity, naturalId(entity, {customerId, key})));
        if (before == setting)
            return true;
        auto word = [](PermissionSetting s) {
            return s ? (*s ? QStringLiteral("allowed") : QStringLiteral("forbidden"))
                     : QStringLiteral("inherited");
        };
        ctx.addActivity(customerId, QStringLiteral("customer.permission"), key, word(before),
                        word(setting));
        return putSetting(ctx, entity, QStringLiteral("customer_id"), customerId, key, setting);
    });
}

} // namespace rentdesk
