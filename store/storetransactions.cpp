// A whole transaction: what its window shows, and its status flow (request → reservation →
// booking → handed out → returned → closed, or cancelled), each step one operation.
#include "clock.h"
#include "store.h"
#include "storeinternal.h"

#include <QFileInfo>

namespace rentdesk {

using namespace storeinternal;

TransactionDetail Store::transactionDetail(const QString &transactionId) const
{
    TransactionDetail d;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, number, kind, status, customer_id, note, start_at, "
                             "end_at, currency FROM transactions WHERE id = ? AND deleted_at IS "
                             "NULL"));
    q.addBindValue(transactionId);
    if (!execQuery(q) || !q.next())
        return d;
    d.id = q.value(0).toString();
    d.number = q.value(1).toString();
    d.kind = q.value(2).toString();
    d.status = q.value(3).toString();
    d.customerId = q.value(4).toString();
    d.note = q.value(5).toString();
    d.from = parseTime(q.value(6));
    d.to = parseTime(q.value(7));
    d.currency = q.value(8).toString();

    q.prepare(QStringLiteral(
        "SELECT l.id, coalesce(o.name, a.name), coalesce(o.barcode, ''), l.price_rule, "
        "l.quantity, l.start_at, l.due_at, l.returned_at, l.price_minor, l.deposit_minor, "
        "l.negotiated, a.vat_rate_bp FROM transaction_lines l JOIN articles a ON a.id = "
        "l.article_id LEFT JOIN "
        "rental_objects o ON o.id = l.rental_object_id WHERE l.transaction_id = ? AND "
        "l.deleted_at IS NULL ORDER BY l.start_at, 2, l.id"));
    q.addBindValue(transactionId);
    if (execQuery(q))
        while (q.next())
            d.lines << TransactionDetail::Line{
                q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(),   q.value(4).toInt(),    parseTime(q.value(5)),
                parseTime(q.value(6)),   parseTime(q.value(7)), q.value(8).toLongLong(),
                q.value(9).toLongLong(), q.value(10).toBool(),  q.value(11).toInt()};

    q.prepare(QStringLiteral(
        "SELECT c.description, c.due_on, c.amount_minor + coalesce((SELECT sum(k.amount_minor) "
        "FROM charges k WHERE k.corrects_id = c.id AND k.deleted_at IS NULL), 0), b.open_minor, "
        "c.kind, CASE WHEN c.kind = 'deposit' THEN 0 ELSE coalesce((SELECT a.vat_rate_bp FROM "
        "transaction_lines l JOIN articles a ON a.id = l.article_id WHERE l.id = c.line_id), "
        "(SELECT max(a.vat_rate_bp) FROM transaction_lines l JOIN articles a ON a.id = "
        "l.article_id WHERE l.transaction_id = c.transaction_id), 0) END FROM charges c JOIN "
        "charge_balances b ON b.id = c.id WHERE c.transaction_id = ? AND "
        "c.corrects_id IS NULL AND c.deleted_at IS NULL ORDER BY c.due_on, c.created_at, c.id"));
    q.addBindValue(transactionId);
    if (execQuery(q))
        while (q.next())
            d.charges << TransactionDetail::Charge{q.value(0).toString(),   parseDay(q.value(1)),
                                                   q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                   q.value(4).toString(),   q.value(5).toInt()};

    q.prepare(QStringLiteral("SELECT paid_at, method, amount_minor FROM payments WHERE "
                             "transaction_id = ? AND deleted_at IS NULL ORDER BY paid_at, id"));
    q.addBindValue(transactionId);
    if (execQuery(q))
        while (q.next())
            d.payments << TransactionDetail::Payment{parseTime(q.value(0)), q.value(1).toString(),
                                                     q.value(2).toLongLong()};

    q.prepare(QStringLiteral(
        "SELECT r.returned_at, coalesce(o.name, a.name), r.condition, coalesce(s.name, ''), "
        "r.note, r.late_fee_minor FROM returns r JOIN transaction_lines l ON l.id = r.line_id "
        "JOIN articles a ON a.id = l.article_id LEFT JOIN rental_objects o ON o.id = "
        "l.rental_object_id LEFT JOIN staff s ON s.id = r.staff_id WHERE l.transaction_id = ? "
        "AND r.deleted_at IS NULL ORDER BY r.returned_at, r.id"));
    q.addBindValue(transactionId);
    if (execQuery(q))
        while (q.next())
            d.returns << TransactionDetail::Return{parseTime(q.value(0)), q.value(1).toString(),
                                                   q.value(2).toString(), q.value(3).toString(),
                                                   q.value(4).toString(), q.value(5).toLongLong()};

    q.prepare(QStringLiteral(
        "SELECT d.id, d.file_name, d.mime_type, d.sha256, d.note, d.size_bytes, d.created_at, "
        "coalesce(s.name, '') FROM documents d LEFT JOIN staff s ON s.id = d.added_by WHERE "
        "d.transaction_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id"));
    q.addBindValue(transactionId);
    if (execQuery(q))
        while (q.next())
            d.documents << DocumentRow{q.value(0).toString(),
                                       q.value(1).toString(),
                                       q.value(2).toString(),
                                       q.value(3).toString(),
                                       q.value(4).toString(),
                                       q.value(5).toLongLong(),
                                       parseTime(q.value(6)),
                                       {},
                                       QFileInfo::exists(filePath(q.value(3).toString())),
                                       q.value(7).toString()};
    return d;
}

QStringList Store::nextStatuses(const QString &status) const
{
    if (status == QLatin1String("request"))
        return {QStringLiteral("reservation"), QStringLiteral("booking"),
                QStringLiteral("handed_out"), QStringLiteral("cancelled")};
    if (status == QLatin1String("reservation"))
        return {QStringLiteral("booking"), QStringLiteral("handed_out"),
                QStringLiteral("cancelled")};
    if (status == QLatin1String("booking"))
        return {QStringLiteral("handed_out"), QStringLiteral("cancelled")};
    if (status == QLatin1String("returned"))
        return {QStringLiteral("closed")};
    return {};
}

WriteResult Store::advanceTransaction(const QString &transactionId, const QString &status,
                                      const PaidMoneyChoice &paid)
{
    const TransactionDetail d = transactionDetail(transactionId);
    WriteResult refused;
    if (!d.isValid())
        refused.error = tr("This transaction no longer exists.");
    else if (!nextStatuses(d.status).contains(status))
        refused.error = tr("A transaction that is %1 cannot become %2.").arg(d.status, status);
    if (!refused.error.isEmpty())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("transaction.") + status);
        const QVariantHash now = ctx.row(QStringLiteral("transaction"), transactionId);
        if (now.value(QStringLiteral("status")).toString() != d.status) {
            ctx.fail(tr("The transaction was changed meanwhile (perhaps at another desk); look "
                        "at it again."));
            return false;
        }
        const bool wasHolding = d.status != QLatin1String("request");
        const bool wasDue =
            d.status == QLatin1String("booking") || d.status == QLatin1String("handed_out");
        const bool holds = status == QLatin1String("reservation") ||
                           status == QLatin1String("booking") ||
                           status == QLatin1String("handed_out");
        const bool due =
            status == QLatin1String("booking") || status == QLatin1String("handed_out");
        const QString dueOn = d.from.toLocalTime().date().toString(Qt::ISODate);
        for (const TransactionDetail::Line &l : d.lines) {
            const QVariantHash line = ctx.row(QStringLiteral("transaction_line"), l.id);
            const QString objectId = line.value(QStringLiteral("rental_object_id")).toString();
            // Held from now on, or handed out now (the object may still be out with someone
            // else, overdue, or have gone to repair since it was reserved).
            if (((holds && !wasHolding) || status == QLatin1String("handed_out")) &&
                !objectId.isEmpty()) {
                const ObjectHold hold = objectHold(objectId, l.from, l.to, l.id);
                if (!hold.isFree()) {
                    ctx.fail(hold.problem);
                    return false;
                }
            }
            if (due && !wasDue) {
                if (l.priceMinor > 0 &&
                    !insertCharge(ctx, QStringLiteral("rent"), d.customerId, d.id, l.id,
                                  tr("Rent %1, %2").arg(d.number, l.objectName), l.priceMinor,
                                  d.currency, dueOn))
                    return false;
                if (l.depositMinor > 0 &&
                    !insertCharge(ctx, QStringLiteral("deposit"), d.customerId, d.id, l.id,
                                  tr("Deposit %1, %2").arg(d.number, l.objectName), l.depositMinor,
                                  d.currency, dueOn))
                    return false;
            }
            if (status == QLatin1String("cancelled") && wasDue &&
                (!settleLineCharges(ctx, l.id, QStringLiteral("rent"), 0,
                                    tr("Cancelled %1, %2").arg(d.number, l.objectName), paid) ||
                 !settleLineCharges(ctx, l.id, QStringLiteral("deposit"), 0,
                                    tr("Cancelled %1, %2").arg(d.number, l.objectName), paid)))
                return false;
            if (status == QLatin1String("handed_out") && !objectId.isEmpty() &&
                !ctx.update(QStringLiteral("rental_object"), objectId,
                            {{QStringLiteral("state"), QStringLiteral("rented")}}))
                return false;
        }
        if (status == QLatin1String("closed")) {
            const qint64 open = ctx.scalar(QStringLiteral("SELECT coalesce(sum(open_minor), 0) "
                                                          "FROM charge_balances WHERE "
                                                          "transaction_id = ? AND open_minor > 0"),
                                           {transactionId})
                                    .toLongLong();
            if (open > 0) {
                ctx.fail(tr("%1 is still open on this transaction; it can be closed when it is "
                            "paid.")
                             .arg(Money{open, d.currency}.toString()));
                return false;
            }
        }
        ctx.addActivity(d.customerId, QStringLiteral("transaction.status"), d.number, d.status,
                        status);
        return ctx.update(QStringLiteral("transaction"), transactionId,
                          {{QStringLiteral("status"), status}});
    });
}

} // namespace rentdesk
