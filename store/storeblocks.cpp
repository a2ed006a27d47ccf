// Blocking a customer: with a reason, optionally until a date; lifting the block. Each is one
// operation with its activity, so every desk sees who blocked whom and why.
#include "clock.h"
#include "store.h"

namespace rentdesk {

QString checkBlockReason(const QString &reason)
{
    const QString t = reason.trimmed();
    if (t.isEmpty())
        return Store::tr("Say why the customer is blocked; colleagues read it on the card.");
    if (t.size() > 500)
        return Store::tr("At most 500 characters.");
    return {};
}

WriteResult Store::blockCustomer(const QString &id, const QString &reason, const QDate &until)
{
    WriteResult refused;
    refused.error = checkBlockReason(reason);
    if (refused.error.isEmpty() && until.isValid() && until < clock::today())
        refused.error = tr("The end of the block is in the past; pick today or a later day, or "
                           "no end.");
    if (!refused.error.isEmpty())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("customer.block"));
        const QVariantHash before = ctx.row(QStringLiteral("customer"), id);
        if (before.isEmpty() || !before.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This customer no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        const QString untilText = until.isValid() ? until.toString(Qt::ISODate) : QString();
        ctx.addActivity(id, QStringLiteral("customer.blocked"), QStringLiteral("blocked_until"),
                        untilText, reason.trimmed());
        return ctx.update(
            QStringLiteral("customer"), id,
            {{QStringLiteral("blocked"), 1},
             {QStringLiteral("blocked_reason"), reason.trimmed()},
             {QStringLiteral("blocked_until"),
              until.isValid() ? QVariant(untilText) : QVariant(QMetaType(QMetaType::QString))},
             {QStringLiteral("updated_at"), ctx.now()}});
    });
}

WriteResult Store::unblockCustomer(const QString &id)
{
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("customer.unblock"));
        const QVariantHash before = ctx.row(QStringLiteral("customer"), id);
        if (before.isEmpty() || !before.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This customer no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        if (before.value(QStringLiteral("blocked")).toInt() == 0)
            return true; // lifted meanwhile (at another desk): nothing to do
        // The reason goes with the activity, so the history still says why it was blocked.
        ctx.addActivity(id, QStringLiteral("customer.unblocked"), QStringLiteral("blocked_reason"),
                        before.value(QStringLiteral("blocked_reason")).toString(), QString());
        return ctx.update(
            QStringLiteral("customer"), id,
            {{QStringLiteral("blocked"), 0},
             {QStringLiteral("blocked_reason"), QStringLiteral("")},
             {QStringLiteral("blocked_until"), QVariant(QMetaType(QMetaType::QString))},
             {QStringLiteral("updated_at"), ctx.now()}});
    });
}

} // namespace rentdesk
