// Damages at the card: a case with its damages, linked to the customer and, where known, to a
// transaction and its object. The case goes open → charged (its cost an open payment) /
// repaired (the object available again) / written off (not claimed) → closed; each step is one
// operation with its activity. A damage found at a return is made in returnObjects().
#include "clock.h"
#include "money.h"
#include "store.h"
#include "storeinternal.h"
#include "syncentities.h"

namespace rentdesk {

using namespace storeinternal;

namespace {

const QString kCase = QStringLiteral("damage_case");

} // namespace

DamageCaseInfo Store::damageCase(const QString &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT dc.id, dc.customer_id, coalesce(dc.transaction_id, ''), "
        "coalesce(dc.rental_object_id, ''), coalesce(o.name, ''), coalesce(o.state, ''), "
        "dc.status, (SELECT coalesce(sum(d.cost_minor), 0) FROM damages d WHERE d.case_id = dc.id "
        "AND d.deleted_at IS NULL) FROM damage_cases dc LEFT JOIN rental_objects o ON o.id = "
        "dc.rental_object_id WHERE dc.id = ? AND dc.deleted_at IS NULL"));
    q.addBindValue(caseId);
    if (!execQuery(q) || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(),  q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(),  q.value(5).toString(),
            q.value(6).toString(), q.value(7).toLongLong()};
}

WriteResult Store::reportDamage(const DamageDraft &draft)
{
    WriteResult refused;
    const QString description = draft.description.trimmed();
    if (description.isEmpty())
        refused.error = tr("Say what is damaged; colleagues read it on the card.");
    else if (description.size() > 500)
        refused.error = tr("At most 500 characters.");
    else if (draft.costMinor < 0)
        refused.error = tr("The cost cannot be negative.");
    else if (!draft.on.isValid() || draft.on > clock::today())
        refused.error = tr("The damage was found today or earlier.");
    if (!refused.ok())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("damage.report"));
        const QVariantHash customer = ctx.row(QStringLiteral("customer"), draft.customerId);
        if (customer.isEmpty() || !customer.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This customer no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        if (!draft.transactionId.isEmpty() &&
            ctx.scalar(QStringLiteral("SELECT customer_id FROM transactions WHERE id = ? AND "
                                      "deleted_at IS NULL"),
                       {draft.transactionId})
                    .toString() != draft.customerId) {
            ctx.fail(tr("This transaction no longer belongs to the customer."));
            return false;
        }
        const QString caseId = newId();
        ctx.createdId = caseId;
        if (!ctx.insert(
                kCase, caseId,
                {{QStringLiteral("customer_id"), draft.customerId},
                 {QStringLiteral("transaction_id"),
                  draft.transactionId.isEmpty() ? nullText() : QVariant(draft.transactionId)},
                 {QStringLiteral("rental_object_id"),
                  draft.objectId.isEmpty() ? nullText() : QVariant(draft.objectId)},
                 {QStringLiteral("opened_on"), draft.on.toString(Qt::ISODate)},
                 {QStringLiteral("status"), QStringLiteral("open")},
                 {QStringLiteral("description"), description}}) ||
            !ctx.insert(QStringLiteral("damage"), newId(),
                        {{QStringLiteral("case_id"), caseId},
                         {QStringLiteral("description"), description},
                         {QStringLiteral("cost_minor"), draft.costMinor},
                         {QStringLiteral("currency"), QStringLiteral("EUR")}}))
            return false;
        ctx.addActivity(draft.customerId, QStringLiteral("damage.reported"),
                        QStringLiteral("cost_minor"), QString::number(draft.costMinor),
                        description);
        // An object out with the customer goes to repair when it comes back (the return asks).
        if (!draft.objectId.isEmpty()) {
            const QVariantHash object = ctx.row(QStringLiteral("rental_object"), draft.objectId);
            if (object.value(QStringLiteral("state")).toString() == QLatin1String("available"))
                return ctx.update(QStringLiteral("rental_object"), draft.objectId,
                                  {{QStringLiteral("state"), QStringLiteral("maintenance")}});
        }
        return true;
    });
}

WriteResult Store::chargeDamage(const QString &caseId)
{
    const DamageCaseInfo c = damageCase(caseId);
    WriteResult refused;
    if (!c.isValid())
        refused.error =
            tr("This damage no longer exists; it may have been deleted at another desk.");
    else if (c.status != QLatin1String("open") && c.status != QLatin1String("repaired"))
        refused.error = tr("Only an open or repaired damage can be charged; this one is %1.")
                            .arg(c.status == QLatin1String("charged")       ? tr("charged already")
                                 : c.status == QLatin1String("written_off") ? tr("written off")
                                                                            : tr("closed"));
    else if (c.costMinor <= 0)
        refused.error = tr("This damage has no cost to charge.");
    if (!refused.ok())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("damage.charge"));
        const QVariantHash before = ctx.row(kCase, caseId);
        if (before.value(QStringLiteral("status")) != c.status) {
            ctx.fail(tr("This damage was changed at another desk meanwhile; look again."));
            return false;
        }
        const QString number =
            c.transactionId.isEmpty()
                ? QString()
                : ctx.scalar(QStringLiteral("SELECT number FROM transactions WHERE id = ?"),
                             {c.transactionId})
                      .toString();
        const QString what = before.value(QStringLiteral("description")).toString();
        const QString description =
            number.isEmpty() ? tr("Damage: %1").arg(what) : tr("Damage %1: %2").arg(number, what);
        ctx.addActivity(c.customerId, QStringLiteral("damage.charged"),
                        QStringLiteral("cost_minor"), what, QString::number(c.costMinor));
        // Named by the case: the same case charged at two desks before they sync is one charge
        // (the server refuses the second), never two.
        return insertCharge(
                   ctx, QStringLiteral("damage"), c.customerId, c.transactionId, {}, description,
                   c.costMinor, QStringLiteral("EUR"), clock::today().toString(Qt::ISODate), {},
                   naturalId(QStringLiteral("charge"), {QStringLiteral("damage"), caseId})) &&
               ctx.update(kCase, caseId, {{QStringLiteral("status"), QStringLiteral("charged")}});
    });
}

WriteResult Store::damageRepaired(const QString &caseId)
{
    const DamageCaseInfo c = damageCase(caseId);
    WriteResult refused;
    if (!c.isValid())
        refused.error =
            tr("This damage no longer exists; it may have been deleted at another desk.");
    else if (c.objectId.isEmpty())
        refused.error = tr("No object is known for this damage, so nothing is in repair.");
    else if (c.objectState != QLatin1String("maintenance"))
        refused.error = tr("%1 is not in repair.").arg(c.objectName);
    if (!refused.ok())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("damage.repaired"));
        ctx.addActivity(c.customerId, QStringLiteral("damage.repaired"), {}, {}, c.objectName);
        // Another open case of the same object keeps it in repair.
        const bool otherOpen =
            !ctx.scalar(QStringLiteral("SELECT 1 FROM damage_cases WHERE rental_object_id = ? AND "
                                       "id <> ? AND status = 'open' AND deleted_at IS NULL"),
                        {c.objectId, caseId})
                 .isNull();
        if (!otherOpen && !ctx.update(QStringLiteral("rental_object"), c.objectId,
                                      {{QStringLiteral("state"), QStringLiteral("available")}}))
            return false;
        // A charged case stays charged (the money is what is still open about it).
        return c.status != QLatin1String("open") ||
               ctx.update(kCase, caseId, {{QStringLiteral("status"), QStringLiteral("repaired")}});
    });
}

WriteResult Store::writeOffDamage(const QString &caseId, const QString &reason)
{
    const DamageCaseInfo c = damageCase(caseId);
    WriteResult refused;
    refused.error = managerNeeded();
    if (!refused.ok())
        return refused;
    if (!c.isValid())
        refused.error =
            tr("This damage no longer exists; it may have been deleted at another desk.");
    else if (c.status != QLatin1String("open") && c.status != QLatin1String("repaired"))
        refused.error = tr("Only a damage not yet charged can be written off; a charged one is "
                           "settled with the customer's payment or a correction.");
    else if (reason.trimmed().isEmpty())
        refused.error = tr("Say why the damage is not claimed.");
    if (!refused.ok())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("damage.write_off"));
        ctx.addActivity(c.customerId, QStringLiteral("damage.written_off"),
                        QStringLiteral("cost_minor"), QString::number(c.costMinor),
                        reason.trimmed());
        return ctx.update(kCase, caseId,
                          {{QStringLiteral("status"), QStringLiteral("written_off")}});
    });
}

WriteResult Store::closeDamage(const QString &caseId)
{
    const DamageCaseInfo c = damageCase(caseId);
    WriteResult refused;
    if (!c.isValid())
        refused.error =
            tr("This damage no longer exists; it may have been deleted at another desk.");
    else if (c.status == QLatin1String("closed"))
        refused.error = tr("This damage is closed already.");
    else if (c.objectState == QLatin1String("maintenance") &&
             c.status != QLatin1String("written_off"))
        refused.error = tr("%1 is still in repair; mark it repaired first.").arg(c.objectName);
    if (!refused.ok())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("damage.close"));
        ctx.addActivity(c.customerId, QStringLiteral("damage.closed"), {}, {},
                        ctx.row(kCase, caseId).value(QStringLiteral("description")).toString());
        return ctx.update(kCase, caseId, {{QStringLiteral("status"), QStringLiteral("closed")}});
    });
}

} // namespace rentdesk
