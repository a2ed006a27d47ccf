// A line of a transaction after it was written: edited (period, object, quantity, agreed price,
// note), repriced from today's price list, or deleted. What the line costs is kept in appended
// charges and corrections; money paid beyond what is due goes back or moves to what else is
// open on the transaction, as the person at the desk decides.
#include "clock.h"
#include "store.h"
#include "storeinternal.h"

namespace rentdesk {

using namespace storeinternal;

namespace {

bool holdsObjects(const QString &status)
{
    return status == QLatin1String("reservation") || status == QLatin1String("booking") ||
           status == QLatin1String("handed_out");
}

bool hasCharges(const QString &status)
{
    return status == QLatin1String("booking") || status == QLatin1String("handed_out");
}

struct LineCharge
{
    QString id;
    qint64 net = 0;  // charged less corrections
    qint64 paid = 0; // paid less refunds
};

} // namespace

LineInfo Store::lineInfo(const QString &lineId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT l.id, t.id, t.number, t.status, t.customer_id, coalesce(l.rental_object_id, ''), "
        "coalesce(o.name, a.name), l.article_id, l.price_rule, coalesce(l.price_list_id, ''), "
        "l.note, l.start_at, l.due_at, l.quantity, l.price_minor, l.deposit_minor, l.negotiated, "
        "t.currency FROM transaction_lines l JOIN transactions t ON t.id = l.transaction_id JOIN "
        "articles a ON a.id = l.article_id LEFT JOIN rental_objects o ON o.id = "
        "l.rental_object_id WHERE l.id = ? AND l.deleted_at IS NULL"));
    q.addBindValue(lineId);
    LineInfo info;
    if (!execQuery(q) || !q.next())
        return info;
    info.id = q.value(0).toString();
    info.transactionId = q.value(1).toString();
    info.transactionNumber = q.value(2).toString();
    info.transactionStatus = q.value(3).toString();
    info.customerId = q.value(4).toString();
    info.objectId = q.value(5).toString();
    info.objectName = q.value(6).toString();
    info.articleId = q.value(7).toString();
    info.priceRule = q.value(8).toString();
    info.priceListId = q.value(9).toString();
    info.note = q.value(10).toString();
    info.from = parseTime(q.value(11));
    info.to = parseTime(q.value(12));
    info.quantity = q.value(13).toInt();
    info.price = money(q.value(14), q.value(17));
    info.deposit = money(q.value(15), q.value(17));
    info.negotiated = q.value(16).toBool();
    return info;
}

qint64 Store::paidOnLine(const QString &lineId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(p.amount_minor), 0) FROM payments p JOIN "
                             "charges c ON c.id = p.charge_id WHERE c.line_id = ? AND c.kind IN "
                             "('rent', 'deposit') AND p.deleted_at IS NULL"));
    q.addBindValue(lineId);
    return execQuery(q) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Store::openElsewhereOnTransaction(const QString &lineId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(b.open_minor), 0) FROM charge_balances b JOIN "
                             "transaction_lines l ON l.transaction_id = b.transaction_id WHERE "
                             "l.id = ? AND b.open_minor > 0 AND (b.line_id IS NULL OR b.line_id "
                             "<> l.id)"));
    q.addBindValue(lineId);
    return execQuery(q) && q.next() ? q.value(0).toLongLong() : 0;
}

bool Store::settleLineCharges(WriteContext &ctx, const QString &lineId, const QString &kind,
                              qint64 target, const QString &description,
                              const PaidMoneyChoice &paid)
{
    const QVariantHash line = ctx.row(QStringLiteral("transaction_line"), lineId);
    const QString transactionId = line.value(QStringLiteral("transaction_id")).toString();
    const QVariantHash tx = ctx.row(QStringLiteral("transaction"), transactionId);
    const QString customerId = tx.value(QStringLiteral("customer_id")).toString();
    const QString currency = tx.value(QStringLiteral("currency")).toString();
    const QString today = clock::today().toString(Qt::ISODate);

    QList<LineCharge> charges;
    QSqlQuery *q = ctx.query(
        QStringLiteral("SELECT c.id, c.amount_minor + coalesce((SELECT sum(k.amount_minor) FROM "
                       "charges k WHERE k.corrects_id = c.id AND k.deleted_at IS NULL), 0), "
                       "coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.charge_id = "
                       "c.id AND p.deleted_at IS NULL), 0) FROM charges c WHERE c.line_id = ? AND "
                       "c.kind = ? AND c.corrects_id IS NULL AND c.deleted_at IS NULL ORDER BY "
                       "c.created_at DESC, c.id"),
        {lineId, kind});
    if (!q)
        return false;
    qint64 total = 0;
    while (q->next()) {
        charges << LineCharge{q->value(0).toString(), q->value(1).toLongLong(),
                              q->value(2).toLongLong()};
        total += charges.last().net;
    }
    q->finish();
    if (target > total)
        return insertCharge(ctx, kind, customerId, transactionId, lineId, description,
                            target - total, currency, today);
    // Less: corrections, the newest charge first, each at most what it asks for.
    qint64 reduce = total - target;
    for (LineCharge &c : charges) {
        const qint64 part = std::min(reduce, c.net);
        if (part <= 0)
            continue;
        if (!insertCharge(ctx, kind, customerId, transactionId, lineId, description, -part,
                          currency, today, c.id))
            return false;
        c.net -= part;
        reduce -= part;
    }
    // Paid beyond what is due now: back to the customer, or onto what else is open here.
    for (const LineCharge &c : std::as_const(charges)) {
        qint64 over = c.paid - std::max<qint64>(0, c.net);
        if (over <= 0)
            continue;
        auto pay = [&](const QString &chargeId, qint64 amount, const QString &method) {
            return ctx.insert(QStringLiteral("payment"), newId(),
                              {{QStringLiteral("customer_id"), customerId},
                               {QStringLiteral("transaction_id"), transactionId},
                               {QStringLiteral("charge_id"), chargeId},
                               {QStringLiteral("amount_minor"), amount},
                               {QStringLiteral("currency"), currency},
                               {QStringLiteral("method"), method},
                               {QStringLiteral("paid_at"), ctx.now()}});
        };
        if (!paid.refund) {
            QSqlQuery *open = ctx.query(
                QStringLiteral("SELECT id, open_minor FROM charge_balances WHERE transaction_id "
                               "= ? AND open_minor > 0 AND (line_id IS NULL OR line_id <> ?) "
                               "ORDER BY due_on, id"),
                {transactionId, lineId});
            if (!open)
                return false;
            QList<QPair<QString, qint64>> targets;
            while (open->next())
                targets << qMakePair(open->value(0).toString(), open->value(1).toLongLong());
            open->finish();
            for (const auto &[chargeId, openMinor] : std::as_const(targets)) {
                const qint64 part = std::min(over, openMinor);
                if (part <= 0)
                    break;
                if (!pay(c.id, -part, QStringLiteral("moved")) ||
                    !pay(chargeId, part, QStringLiteral("moved")))
                    return false;
                over -= part;
            }
            if (over > 0) {
                ctx.fail(tr("Nothing else is open on this transaction for %1; it can only go "
                            "back to the customer.")
                             .arg(Money{over, currency}.toString()));
                return false;
            }
            continue;
        }
        if (!pay(c.id, -over, paid.refundMethod))
            return false;
        ctx.addActivity(customerId, QStringLiteral("payment.refunded"), paid.refundMethod, {},
                        QString::number(over));
    }
    return true;
}

WriteResult Store::changeLine(const QString &lineId, const LineChange &change,
                              const PaidMoneyChoice &paid)
{
    WriteResult refused;
    if (!rentalSpan(change.from, change.to).valid)
        refused.error = tr("The period ends before it starts; check the return time.");
    else if (change.quantity < 1)
        refused.error = tr("The quantity is at least 1.");
    else if (change.priceMinor < 0)
        refused.error = tr("The price cannot be negative.");
    if (!refused.error.isEmpty())
        return refused;
    const LineInfo before = lineInfo(lineId);
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("transaction_line.change"));
        const QVariantHash line = ctx.row(QStringLiteral("transaction_line"), lineId);
        if (line.isEmpty() || !line.value(QStringLiteral("deleted_at")).isNull() ||
            !before.isValid()) {
            ctx.fail(tr("This line no longer exists; it may have been deleted at another desk."));
            return false;
        }
        if (!line.value(QStringLiteral("returned_at")).isNull()) {
            ctx.fail(tr("This object has come back already; its line is kept as it was."));
            return false;
        }
        const QString objectId = change.objectId.isEmpty() ? before.objectId : change.objectId;
        if (holdsObjects(before.transactionStatus) && !objectId.isEmpty()) {
            const ObjectHold hold = objectHold(objectId, change.from, change.to, lineId);
            if (!hold.isFree()) {
                ctx.fail(hold.problem);
                return false;
            }
        }
        const RentalObjectInfo object = rentalObject(objectId);
        const bool priceChanged = change.priceMinor != before.price.minor;
        const qint64 deposit = change.quantity == before.quantity || before.quantity <= 0
                                   ? before.deposit.minor
                                   : before.deposit.minor * change.quantity / before.quantity;
        if (!ctx.update(QStringLiteral("transaction_line"), lineId,
                        {{QStringLiteral("start_at"), utcText(change.from)},
                         {QStringLiteral("due_at"), utcText(change.to)},
                         {QStringLiteral("rental_object_id"),
                          objectId.isEmpty() ? nullText() : QVariant(objectId)},
                         {QStringLiteral("article_id"),
                          object.isValid() ? object.articleId : before.articleId},
                         {QStringLiteral("quantity"), change.quantity},
                         {QStringLiteral("price_minor"), change.priceMinor},
                         {QStringLiteral("negotiated"), priceChanged || before.negotiated ? 1 : 0},
                         {QStringLiteral("deposit_minor"), deposit},
                         {QStringLiteral("note"), text(change.note.trimmed())}}))
            return false;
        const QString label = object.isValid() ? object.name : before.objectName;
        if (hasCharges(before.transactionStatus) &&
            (!settleLineCharges(ctx, lineId, QStringLiteral("rent"), change.priceMinor,
                                tr("Rent changed %1, %2").arg(before.transactionNumber, label),
                                paid) ||
             !settleLineCharges(ctx, lineId, QStringLiteral("deposit"), deposit,
                                tr("Deposit changed %1, %2").arg(before.transactionNumber, label),
                                paid)))
            return false;
        // An object swapped while out: the old one is back on the shelf, the new one is out.
        if (before.transactionStatus == QLatin1String("handed_out") &&
            objectId != before.objectId) {
            if (!before.objectId.isEmpty() &&
                !ctx.update(QStringLiteral("rental_object"), before.objectId,
                            {{QStringLiteral("state"), QStringLiteral("available")}}))
                return false;
            if (!objectId.isEmpty() &&
                !ctx.update(QStringLiteral("rental_object"), objectId,
                            {{QStringLiteral("state"), QStringLiteral("rented")}}))
                return false;
        }
        // The transaction spans its lines.
        if (!ctx.update(QStringLiteral("transaction"), before.transactionId,
                        {{QStringLiteral("start_at"),
                          ctx.scalar(QStringLiteral("SELECT min(start_at) FROM transaction_lines "
                                                    "WHERE transaction_id = ? AND deleted_at IS "
                                                    "NULL"),
                                     {before.transactionId})},
                         {QStringLiteral("end_at"),
                          ctx.scalar(QStringLiteral("SELECT max(due_at) FROM transaction_lines "
                                                    "WHERE transaction_id = ? AND deleted_at IS "
                                                    "NULL"),
                                     {before.transactionId})}}))
            return false;
        auto log = [&](const QString &field, const QString &oldValue, const QString &newValue) {
            if (oldValue != newValue)
                ctx.addActivity(before.customerId, QStringLiteral("transaction.line_changed"),
                                field, oldValue, newValue);
        };
        log(QStringLiteral("object"), before.objectName, label);
        log(QStringLiteral("start_at"), utcText(before.from), utcText(change.from));
        log(QStringLiteral("due_at"), utcText(before.to), utcText(change.to));
        log(QStringLiteral("quantity"), QString::number(before.quantity),
            QString::number(change.quantity));
        log(QStringLiteral("price_minor"), QString::number(before.price.minor),
            QString::number(change.priceMinor));
        log(QStringLiteral("note"), before.note, change.note.trimmed());
        return true;
    });
}

bool Store::repriceLine(const QString &lineId, LineDraft *repriced, QString *problem) const
{
    const LineInfo line = lineInfo(lineId);
    if (!line.isValid()) {
        *problem = tr("This line no longer exists; it may have been deleted at another desk.");
        return false;
    }
    if (line.objectId.isEmpty()) {
        *problem = tr("This line has no object to price.");
        return false;
    }
    // The line's period at the prices of the list valid today.
    if (!priceLine(line.customerId, line.objectId, line.from, line.to, line.quantity, repriced,
                   problem, clock::today()))
        return false;
    repriced->note = line.note;
    return true;
}

WriteResult Store::applyLinePrice(const QString &lineId, const LineDraft &repriced,
                                  const PaidMoneyChoice &paid)
{
    const LineInfo before = lineInfo(lineId);
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("transaction_line.reprice"));
        if (!before.isValid()) {
            ctx.fail(tr("This line no longer exists; it may have been deleted at another desk."));
            return false;
        }
        if (!ctx.update(
                QStringLiteral("transaction_line"), lineId,
                {{QStringLiteral("price_minor"), repriced.priceMinor},
                 {QStringLiteral("price_rule"), text(repriced.priceRule)},
                 {QStringLiteral("price_list_id"),
                  repriced.priceListId.isEmpty() ? nullText() : QVariant(repriced.priceListId)},
                 {QStringLiteral("negotiated"), 0}}))
            return false;
        if (hasCharges(before.transactionStatus) &&
            !settleLineCharges(
                ctx, lineId, QStringLiteral("rent"), repriced.priceMinor,
                tr("Price reloaded %1, %2").arg(before.transactionNumber, before.objectName), paid))
            return false;
        ctx.addActivity(before.customerId, QStringLiteral("transaction.price_reloaded"),
                        before.objectName, QString::number(before.price.minor),
                        QString::number(repriced.priceMinor));
        return true;
    });
}

WriteResult Store::deleteLine(const QString &lineId, const PaidMoneyChoice &paid)
{
    const LineInfo before = lineInfo(lineId);
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("transaction_line.delete"));
        const QVariantHash line = ctx.row(QStringLiteral("transaction_line"), lineId);
        if (line.isEmpty() || !line.value(QStringLiteral("deleted_at")).isNull() ||
            !before.isValid()) {
            ctx.fail(tr("This line no longer exists; it may have been deleted at another desk."));
            return false;
        }
        if (!line.value(QStringLiteral("returned_at")).isNull()) {
            ctx.fail(tr("This object has come back already; its line stays in the history."));
            return false;
        }
        if (!settleLineCharges(
                ctx, lineId, QStringLiteral("rent"), 0,
                tr("Line deleted %1, %2").arg(before.transactionNumber, before.objectName), paid) ||
            !settleLineCharges(
                ctx, lineId, QStringLiteral("deposit"), 0,
                tr("Line deleted %1, %2").arg(before.transactionNumber, before.objectName), paid))
            return false;
        if (before.transactionStatus == QLatin1String("handed_out") && !before.objectId.isEmpty() &&
            !ctx.update(QStringLiteral("rental_object"), before.objectId,
                        {{QStringLiteral("state"), QStringLiteral("available")}}))
            return false;
        if (!ctx.remove(QStringLiteral("transaction_line"), lineId))
            return false;
        ctx.addActivity(before.customerId, QStringLiteral("transaction.line_deleted"), {},
                        before.transactionNumber, before.objectName);
        const qint64 left = ctx.scalar(QStringLiteral("SELECT count(*) FROM transaction_lines "
                                                      "WHERE transaction_id = ? AND deleted_at "
                                                      "IS NULL"),
                                       {before.transactionId})
                                .toLongLong();
        if (left == 0) {
            if (!ctx.update(QStringLiteral("transaction"), before.transactionId,
                            {{QStringLiteral("status"), QStringLiteral("cancelled")}}))
                return false;
            ctx.addActivity(before.customerId, QStringLiteral("transaction.cancelled"), {},
                            before.transactionNumber, {});
            return true;
        }
        // The rest has come back already: the transaction is returned.
        const qint64 out = ctx.scalar(QStringLiteral("SELECT count(*) FROM transaction_lines "
                                                     "WHERE transaction_id = ? AND deleted_at IS "
                                                     "NULL AND returned_at IS NULL"),
                                      {before.transactionId})
                               .toLongLong();
        if (out == 0 && before.transactionStatus == QLatin1String("handed_out") &&
            !ctx.update(QStringLiteral("transaction"), before.transactionId,
                        {{QStringLiteral("status"), QStringLiteral("returned")}}))
            return false;
        return true;
    });
}

} // namespace rentdesk
