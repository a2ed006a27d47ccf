// Renting out and taking back: objects and their availability, prices from the price list,
// new transactions, returns with late fees, damages and deposits. Each write is one operation
// of the one write path; money is appended (charges, corrections, payments), never overwritten.
#include "clock.h"
#include "store.h"
#include "storeinternal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>

namespace rentdesk {

using namespace storeinternal;

QString transactionKindKey(TransactionKind kind)
{
    switch (kind) {
    case TransactionKind::Request: return QStringLiteral("request");
    case TransactionKind::Reservation: return QStringLiteral("reservation");
    case TransactionKind::Booking: return QStringLiteral("booking");
    case TransactionKind::HandOut: return QStringLiteral("rental");
    }
    return {};
}

QString transactionStatusKey(TransactionKind kind)
{
    return kind == TransactionKind::HandOut ? QStringLiteral("handed_out")
                                            : transactionKindKey(kind);
}

namespace {

const char *kObjectColumns = "SELECT o.id, o.article_id, o.name, o.barcode, a.name, o.state FROM "
                             "rental_objects o JOIN articles a ON a.id = o.article_id ";

RentalObjectInfo readObject(const QSqlQuery &q)
{
    return RentalObjectInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

} // namespace

RentalObjectInfo Store::rentalObject(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kObjectColumns) +
              QStringLiteral("WHERE o.id = ? AND o.deleted_at IS NULL"));
    q.addBindValue(id);
    if (execQuery(q) && q.next())
        return readObject(q);
    return {};
}

RentalObjectInfo Store::rentalObjectByBarcode(const QString &barcode) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kObjectColumns) +
              QStringLiteral("WHERE o.barcode = ? COLLATE NOCASE AND o.deleted_at IS NULL"));
    q.addBindValue(barcode.trimmed());
    if (execQuery(q) && q.next())
        return readObject(q);
    return {};
}

QList<RentalObjectChoice> Store::rentalObjectChoices(const QString &text, const QDateTime &from,
                                                     const QDateTime &to, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kObjectColumns) +
              QStringLiteral("WHERE o.deleted_at IS NULL AND o.state <> 'retired' AND (? = '' OR "
                             "o.name LIKE ? OR o.barcode LIKE ? OR a.name LIKE ?) ORDER BY "
                             "a.name, o.name LIMIT ?"));
    const QString like = QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
    for (const QVariant &v : {QVariant(text.trimmed()), QVariant(like), QVariant(like),
                              QVariant(like), QVariant(limit * 4)})
        q.addBindValue(v);
    QList<RentalObjectChoice> free, held;
    if (execQuery(q)) {
        while (q.next()) {
            RentalObjectChoice c{readObject(q), {}};
            c.hold = objectHold(c.object.id, from, to);
            (c.hold.isFree() ? free : held) << c;
        }
    }
    QList<RentalObjectChoice> out = free + held;
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

ObjectHold Store::objectHold(const QString &objectId, const QDateTime &from, const QDateTime &to,
                             const QString &exceptLineId) const
{
    ObjectHold hold;
    const RentalObjectInfo object = rentalObject(objectId);
    if (!object.isValid()) {
        hold.problem = tr("This object no longer exists.");
        return hold;
    }
    if (object.state == QLatin1String("retired")) {
        hold.problem = tr("%1 is retired and is not rented out any more.").arg(object.name);
        return hold;
    }
    if (object.state == QLatin1String("maintenance")) {
        hold.problem = tr("%1 is in repair.").arg(object.name);
        return hold;
    }
    // Reserved, booked or out in an overlapping period; an object that is out and overdue is
    // held until it comes back.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.number, t.status, trim(c.first_name || ' ' || c.last_name || CASE WHEN "
        "c.company <> '' THEN ' (' || c.company || ')' ELSE '' END), l.start_at, l.due_at FROM "
        "transaction_lines l JOIN transactions t ON t.id = l.transaction_id JOIN customers c ON "
        "c.id = t.customer_id WHERE l.rental_object_id = :object AND l.deleted_at IS NULL AND "
        "l.returned_at IS NULL AND l.id <> :except AND t.deleted_at IS NULL AND t.status IN "
        "('reservation', 'booking', 'handed_out') AND l.start_at < :to AND (l.due_at > :from OR "
        "(t.status = 'handed_out' AND :now >= :from)) ORDER BY l.start_at LIMIT 1"));
    q.bindValue(QStringLiteral(":object"), objectId);
    q.bindValue(QStringLiteral(":except"), text(exceptLineId));
    q.bindValue(QStringLiteral(":to"), utcText(to));
    q.bindValue(QStringLiteral(":from"), utcText(from));
    q.bindValue(QStringLiteral(":now"), utcText(clock::nowUtc()));
    if (!execQuery(q)) {
        hold.problem = tr("Whether %1 is free could not be read.").arg(object.name);
        return hold;
    }
    if (!q.next())
        return hold;
    hold.transactionId = q.value(0).toString();
    hold.transactionNumber = q.value(1).toString();
    hold.customerName = q.value(3).toString();
    const QString status = q.value(2).toString();
    const QString until =
        QLocale().toString(parseTime(q.value(5)).toLocalTime(), QLocale::ShortFormat);
    if (status == QLatin1String("handed_out"))
        hold.problem = tr("%1 is out with %2 (%3, due %4).")
                           .arg(object.name, hold.customerName, hold.transactionNumber, until);
    else if (status == QLatin1String("booking"))
        hold.problem = tr("%1 is booked by %2 (%3) until %4.")
                           .arg(object.name, hold.customerName, hold.transactionNumber, until);
    else
        hold.problem = tr("%1 is reserved for %2 (%3) until %4.")
                           .arg(object.name, hold.customerName, hold.transactionNumber, until);
    return hold;
}

bool Store::priceLine(const QString &customerId, const QString &objectId, const QDateTime &from,
                      const QDateTime &to, int quantity, LineDraft *line, QString *problem,
                      const QDate &listDay) const
{
    const QDate day = listDay.isValid() ? listDay : from.toLocalTime().date();
    const RentalObjectInfo object = rentalObject(objectId);
    if (!object.isValid()) {
        *problem = tr("This object no longer exists.");
        return false;
    }
    if (!rentalSpan(from, to).valid) {
        *problem = tr("The period ends before it starts.");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT e.per_day_minor, e.per_hour_minor, e.day_tiers, e.extra_day_minor, "
        "e.per_week_minor, p.id, coalesce(o.deposit_minor, a.deposit_minor), (SELECT "
        "coalesce(g.discount_percent, 0) FROM customers c LEFT JOIN customer_groups g ON g.id = "
        "c.group_id AND g.deleted_at IS NULL WHERE c.id = :customer) FROM rental_objects o JOIN "
        "articles a ON a.id = o.article_id JOIN price_list_entries e ON e.article_id = a.id AND "
        "e.deleted_at IS NULL JOIN price_lists p ON p.id = e.price_list_id AND p.deleted_at IS "
        "NULL WHERE o.id = :object AND p.valid_from <= :day AND (p.valid_to IS NULL OR "
        "p.valid_to >= :day) ORDER BY p.valid_from DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":customer"), customerId);
    q.bindValue(QStringLiteral(":object"), objectId);
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (!execQuery(q) || !q.next()) {
        *problem = tr("%1 has no price in a price list valid on %2.")
                       .arg(object.articleName, QLocale().toString(day, QLocale::ShortFormat));
        return false;
    }
    PriceRule rule;
    const qint64 perDay = q.value(0).toLongLong();
    rule.perHour = q.value(1).toLongLong();
    rule.dayTiers << perDay;
    for (const QString &tier : q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        rule.dayTiers << tier.toLongLong();
    rule.perExtraDay = q.value(3).isNull() ? perDay : q.value(3).toLongLong();
    rule.perWeek = q.value(4).toLongLong();
    const PriceQuote quote = quotePrice(rule, from, to);
    const int discount = q.value(7).toInt();
    line->objectId = object.id;
    line->articleId = object.articleId;
    line->label = object.name;
    line->quantity = std::max(1, quantity);
    line->priceMinor = applyDiscount(quote.minor * line->quantity, discount);
    line->priceRule = quote.ruleCode();
    if (discount > 0)
        line->priceRule += QStringLiteral(" -%1%").arg(discount);
    line->priceListId = q.value(5).toString();
    line->negotiated = false;
    line->depositMinor = q.value(6).toLongLong() * line->quantity;
    return true;
}

WriteResult Store::createTransaction(const TransactionDraft &draft)
{
    WriteResult refused;
    if (draft.lines.isEmpty())
        refused.error = tr("Add at least one object.");
    else if (!rentalSpan(draft.from, draft.to).valid)
        refused.error = tr("The period ends before it starts; check the return time.");
    if (!refused.error.isEmpty())
        return refused;
    const bool holds = draft.kind != TransactionKind::Request;
    const bool due =
        draft.kind == TransactionKind::Booking || draft.kind == TransactionKind::HandOut;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("transaction.create"));
        const QVariantHash customer = ctx.row(QStringLiteral("customer"), draft.customerId);
        if (customer.isEmpty() || !customer.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This customer no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        // Checked again inside the write: a colleague may have taken an object meanwhile.
        QSet<QString> objects;
        for (const LineDraft &l : draft.lines) {
            if (!l.objectId.isEmpty() && objects.contains(l.objectId)) {
                ctx.fail(tr("%1 is on this transaction twice.").arg(l.label));
                return false;
            }
            objects.insert(l.objectId);
        }
        if (holds) {
            for (const LineDraft &l : draft.lines) {
                if (l.objectId.isEmpty())
                    continue;
                const ObjectHold hold = objectHold(l.objectId, draft.from, draft.to);
                if (!hold.isFree()) {
                    ctx.fail(hold.problem);
                    return false;
                }
            }
        }
        const QString number = allocateTransactionNumber(ctx, draft.from.toLocalTime().date());
        if (number.isEmpty()) {
            ctx.fail(tr("No transaction number could be assigned. %1").arg(ctx.error));
            return false;
        }
        const QString id = newId();
        ctx.createdId = id;
        const QString startText = utcText(draft.from), endText = utcText(draft.to);
        if (!ctx.insert(QStringLiteral("transaction"), id,
                        {{QStringLiteral("number"), number},
                         {QStringLiteral("customer_id"), draft.customerId},
                         {QStringLiteral("kind"), transactionKindKey(draft.kind)},
                         {QStringLiteral("status"), transactionStatusKey(draft.kind)},
                         {QStringLiteral("start_at"), startText},
                         {QStringLiteral("end_at"), endText},
                         {QStringLiteral("currency"), draft.currency},
                         {QStringLiteral("note"), text(draft.note.trimmed())},
                         {QStringLiteral("created_at"), ctx.now()}}))
            return false;
        const QString dueOn = draft.from.toLocalTime().date().toString(Qt::ISODate);
        QStringList labels;
        for (const LineDraft &l : draft.lines) {
            const QString lineId = newId();
            if (!ctx.insert(QStringLiteral("transaction_line"), lineId,
                            {{QStringLiteral("transaction_id"), id},
                             {QStringLiteral("rental_object_id"),
                              l.objectId.isEmpty() ? nullText() : QVariant(l.objectId)},
                             {QStringLiteral("article_id"), l.articleId},
                             {QStringLiteral("price_list_id"),
                              l.priceListId.isEmpty() ? nullText() : QVariant(l.priceListId)},
                             {QStringLiteral("quantity"), std::max(1, l.quantity)},
                             {QStringLiteral("start_at"), startText},
                             {QStringLiteral("due_at"), endText},
                             {QStringLiteral("price_minor"), l.priceMinor},
                             {QStringLiteral("note"), text(l.note.trimmed())},
                             {QStringLiteral("price_rule"), text(l.priceRule)},
                             {QStringLiteral("negotiated"), l.negotiated ? 1 : 0},
                             {QStringLiteral("deposit_minor"), l.depositMinor}}))
                return false;
            labels << (l.quantity > 1 ? QStringLiteral("%1 × %2").arg(l.quantity).arg(l.label)
                                      : l.label);
            if (due && l.priceMinor > 0 &&
                !insertCharge(ctx, QStringLiteral("rent"), draft.customerId, id, lineId,
                              tr("Rent %1, %2").arg(number, l.label), l.priceMinor, draft.currency,
                              dueOn))
                return false;
            if (due && l.depositMinor > 0 &&
                !insertCharge(ctx, QStringLiteral("deposit"), draft.customerId, id, lineId,
                              tr("Deposit %1, %2").arg(number, l.label), l.depositMinor,
                              draft.currency, dueOn))
                return false;
            if (draft.kind == TransactionKind::HandOut && !l.objectId.isEmpty() &&
                !ctx.update(QStringLiteral("rental_object"), l.objectId,
                            {{QStringLiteral("state"), QStringLiteral("rented")}}))
                return false;
        }
        ctx.addActivity(draft.customerId,
                        draft.kind == TransactionKind::HandOut
                            ? QStringLiteral("transaction.handed_out")
                            : QStringLiteral("transaction.created"),
                        transactionKindKey(draft.kind), number, labels.join(QStringLiteral(", ")));
        return true;
    });
}

QString Store::allocateTransactionNumber(WriteContext &ctx, const QDate &day)
{
    // Per desk and year: "V-2026-P-7QK2MX-0001", or with the desk's code from enrolment
    // "V-2026-D01-0001". Numbers from other desks differ in the desk part.
    const QString key = QStringLiteral("transaction_next_%1").arg(day.year());
    const qint64 next = std::max<qint64>(
        1, ctx.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key})
               .toLongLong());
    if (!ctx.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"),
                  {key, QString::number(next + 1)}))
        return {};
    return QStringLiteral("V-%1-%2-%3")
        .arg(day.year())
        .arg(provisionalPrefix())
        .arg(next, 4, 10, QLatin1Char('0'));
}

bool Store::insertCharge(WriteContext &ctx, const QString &kind, const QString &customerId,
                         const QString &transactionId, const QString &lineId,
                         const QString &description, qint64 amountMinor, const QString &currency,
                         const QString &dueOn, const QString &correctsId, const QString &id)
{
    return ctx.insert(
        QStringLiteral("charge"), id.isEmpty() ? newId() : id,
        {{QStringLiteral("customer_id"), customerId},
         {QStringLiteral("transaction_id"),
          transactionId.isEmpty() ? nullText() : QVariant(transactionId)},
         {QStringLiteral("line_id"), lineId.isEmpty() ? nullText() : QVariant(lineId)},
         {QStringLiteral("description"), text(description)},
         {QStringLiteral("amount_minor"), amountMinor},
         {QStringLiteral("currency"), currency},
         {QStringLiteral("due_on"), dueOn},
         {QStringLiteral("corrects_id"), correctsId.isEmpty() ? nullText() : QVariant(correctsId)},
         {QStringLiteral("created_at"), ctx.now()},
         {QStringLiteral("kind"), kind}});
}

ScanHit Store::findCode(const QString &code) const
{
    ScanHit hit;
    const QString c = code.trimmed();
    if (c.isEmpty())
        return hit;
    const RentalObjectInfo object = rentalObjectByBarcode(c);
    if (object.isValid()) {
        hit.kind = ScanHit::Kind::Object;
        hit.label = object.name;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT t.customer_id, t.id, l.id FROM transaction_lines l JOIN transactions t ON "
            "t.id = l.transaction_id WHERE l.rental_object_id = ? AND l.returned_at IS NULL AND "
            "l.deleted_at IS NULL AND t.status = 'handed_out' AND t.deleted_at IS NULL LIMIT 1"));
        q.addBindValue(object.id);
        if (execQuery(q) && q.next()) {
            hit.customerId = q.value(0).toString();
            hit.transactionId = q.value(1).toString();
            hit.lineId = q.value(2).toString();
        }
        return hit;
    }
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("SELECT id, customer_id, number FROM transactions WHERE number = ? "
                             "COLLATE NOCASE AND deleted_at IS NULL"));
    t.addBindValue(c);
    if (execQuery(t) && t.next()) {
        hit.kind = ScanHit::Kind::Transaction;
        hit.transactionId = t.value(0).toString();
        hit.customerId = t.value(1).toString();
        hit.label = t.value(2).toString();
        return hit;
    }
    const Customer customer = customerByNumber(c.toUpper());
    if (customer.isValid()) {
        hit.kind = ScanHit::Kind::Customer;
        hit.customerId = customer.id;
        hit.label = customer.number;
    }
    return hit;
}

QList<OpenRentalLine> Store::openRentalLines(const QString &customerId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT l.id, t.id, t.number, coalesce(l.rental_object_id, ''), coalesce(o.name, a.name), "
        "coalesce(o.barcode, ''), l.quantity, l.due_at, coalesce(e.late_grace_minutes, 30), "
        "coalesce(e.late_fee_per_hour_minor, 0), coalesce(e.late_fee_per_day_minor, 0), "
        "l.deposit_minor, t.currency FROM transaction_lines l JOIN transactions t ON t.id = "
        "l.transaction_id JOIN articles a ON a.id = l.article_id LEFT JOIN rental_objects o ON "
        "o.id = l.rental_object_id LEFT JOIN price_list_entries e ON e.price_list_id = "
        "l.price_list_id AND e.article_id = l.article_id AND e.deleted_at IS NULL WHERE "
        "t.customer_id = ? AND t.status = 'handed_out' AND t.deleted_at IS NULL AND "
        "l.deleted_at IS NULL AND l.returned_at IS NULL ORDER BY l.due_at, t.number, l.id"));
    q.addBindValue(customerId);
    QList<OpenRentalLine> out;
    if (!execQuery(q))
        return out;
    while (q.next()) {
        OpenRentalLine l;
        l.lineId = q.value(0).toString();
        l.transactionId = q.value(1).toString();
        l.transactionNumber = q.value(2).toString();
        l.objectId = q.value(3).toString();
        l.objectName = q.value(4).toString();
        l.barcode = q.value(5).toString();
        l.quantity = q.value(6).toInt();
        l.dueAt = parseTime(q.value(7));
        l.lateFeeRule =
            LateFeeRule{q.value(8).toInt(), q.value(9).toLongLong(), q.value(10).toLongLong()};
        l.deposit = money(q.value(11), q.value(12));
        out << l;
    }
    return out;
}

WriteResult Store::returnObjects(const ReturnDraft &draft)
{
    WriteResult refused;
    if (draft.lines.isEmpty())
        refused.error = tr("Tick the objects that come back.");
    else if (!draft.at.isValid() || draft.at > clock::nowUtc().addSecs(300))
        refused.error = tr("The return time is in the future; objects come back now or earlier.");
    else if (draft.depositKeptMinor < 0)
        refused.error = tr("The kept deposit cannot be negative.");
    else if (draft.depositKeptMinor > 0 && draft.depositReason.trimmed().isEmpty())
        refused.error = tr("Say why part of the deposit is kept.");
    if (!refused.error.isEmpty())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("transaction.return"));
        const QString at = utcText(draft.at);
        const QString today = clock::today().toString(Qt::ISODate);
        qint64 keepLeft = draft.depositKeptMinor;
        qint64 depositTotal = 0;
        QHash<QString, QStringList> returnedByTransaction;
        QString customerId;
        for (const ReturnLine &r : draft.lines) {
            const QVariantHash line = ctx.row(QStringLiteral("transaction_line"), r.lineId);
            if (line.isEmpty() || !line.value(QStringLiteral("deleted_at")).isNull()) {
                ctx.fail(tr("A line of this return no longer exists; it may have been changed "
                            "at another desk."));
                return false;
            }
            if (!line.value(QStringLiteral("returned_at")).isNull()) {
                ctx.fail(tr("An object of this return has come back already (perhaps at another "
                            "desk)."));
                return false;
            }
            if (r.lateFeeMinor < 0 || r.damageCostMinor < 0) {
                ctx.fail(tr("Fees and costs cannot be negative."));
                return false;
            }
            const QString transactionId = line.value(QStringLiteral("transaction_id")).toString();
            const QVariantHash tx = ctx.row(QStringLiteral("transaction"), transactionId);
            if (tx.value(QStringLiteral("status")).toString() != QLatin1String("handed_out")) {
                ctx.fail(tr("An object of this return was never handed out; only what is out "
                            "comes back."));
                return false;
            }
            customerId = tx.value(QStringLiteral("customer_id")).toString();
            const QString number = tx.value(QStringLiteral("number")).toString();
            const QString currency = tx.value(QStringLiteral("currency")).toString();
            const QString objectId = line.value(QStringLiteral("rental_object_id")).toString();
            const RentalObjectInfo object = rentalObject(objectId);
            const QString label = object.isValid() ? object.name : number;
            if (!ctx.insert(QStringLiteral("return"), newId(),
                            {{QStringLiteral("line_id"), r.lineId},
                             {QStringLiteral("returned_at"), at},
                             {QStringLiteral("condition"),
                              r.damaged ? QStringLiteral("damaged") : QStringLiteral("good")},
                             {QStringLiteral("late_fee_minor"), r.lateFeeMinor},
                             {QStringLiteral("staff_id"),
                              m_staffId.isEmpty() ? nullText() : QVariant(m_staffId)},
                             {QStringLiteral("note"), text(r.damageNote.trimmed())}}) ||
                !ctx.update(QStringLiteral("transaction_line"), r.lineId,
                            {{QStringLiteral("returned_at"), at}}))
                return false;
            if (r.lateFeeMinor > 0 &&
                !insertCharge(ctx, QStringLiteral("late_fee"), customerId, transactionId, r.lineId,
                              tr("Late fee %1, %2").arg(number, label), r.lateFeeMinor, currency,
                              today))
                return false;
            if (r.damaged) {
                const QString caseId = newId();
                if (!ctx.insert(QStringLiteral("damage_case"), caseId,
                                {{QStringLiteral("customer_id"), customerId},
                                 {QStringLiteral("transaction_id"), transactionId},
                                 {QStringLiteral("rental_object_id"),
                                  objectId.isEmpty() ? nullText() : QVariant(objectId)},
                                 {QStringLiteral("opened_on"), today},
                                 // A cost given at the return is charged with it.
                                 {QStringLiteral("status"), r.damageCostMinor > 0
                                                                ? QStringLiteral("charged")
                                                                : QStringLiteral("open")},
                                 {QStringLiteral("description"), text(r.damageNote.trimmed())}}) ||
                    !ctx.insert(QStringLiteral("damage"), newId(),
                                {{QStringLiteral("case_id"), caseId},
                                 {QStringLiteral("description"), r.damageNote.trimmed().isEmpty()
                                                                     ? tr("Damaged at return")
                                                                     : r.damageNote.trimmed()},
                                 {QStringLiteral("cost_minor"), r.damageCostMinor},
                                 {QStringLiteral("currency"), currency}}))
                    return false;
                if (r.damageCostMinor > 0 &&
                    !insertCharge(ctx, QStringLiteral("damage"), customerId, transactionId,
                                  r.lineId, tr("Damage %1, %2").arg(number, label),
                                  r.damageCostMinor, currency, today))
                    return false;
            }
            if (object.isValid() &&
                !ctx.update(QStringLiteral("rental_object"), objectId,
                            {{QStringLiteral("state"), r.damaged ? QStringLiteral("maintenance")
                                                                 : QStringLiteral("available")}}))
                return false;
            if (!releaseDeposit(ctx, r.lineId, &keepLeft, &depositTotal, draft.refundMethod,
                                draft.depositReason))
                return false;
            returnedByTransaction[transactionId] << label;
            ctx.addActivity(customerId, QStringLiteral("transaction.returned"),
                            r.damaged ? QStringLiteral("damaged") : QString(), number, label);
        }
        if (keepLeft > 0) {
            ctx.fail(
                tr("More deposit is kept (%1) than these objects' deposit (%2).")
                    .arg(Money{draft.depositKeptMinor}.toString(), Money{depositTotal}.toString()));
            return false;
        }
        // A transaction with nothing out any more is returned.
        for (auto it = returnedByTransaction.cbegin(); it != returnedByTransaction.cend(); ++it) {
            const qint64 stillOut =
                ctx.scalar(QStringLiteral("SELECT count(*) FROM transaction_lines WHERE "
                                          "transaction_id = ? AND deleted_at IS NULL AND "
                                          "returned_at IS NULL"),
                           {it.key()})
                    .toLongLong();
            if (stillOut == 0 &&
                !ctx.update(QStringLiteral("transaction"), it.key(),
                            {{QStringLiteral("status"), QStringLiteral("returned")}}))
                return false;
        }
        // Paid at once: what is open on these transactions now.
        if (draft.payOpen) {
            PaymentDraft pay;
            pay.customerId = customerId;
            pay.transactionIds = returnedByTransaction.keys();
            pay.method = draft.payMethod;
            pay.amountMinor =
                ctx.scalar(QStringLiteral("SELECT coalesce(sum(open_minor), 0) FROM "
                                          "charge_balances WHERE customer_id = ? AND open_minor > "
                                          "0 AND transaction_id IN (SELECT value FROM "
                                          "json_each(?))"),
                           {customerId, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(
                                                                            pay.transactionIds))
                                                              .toJson(QJsonDocument::Compact))})
                    .toLongLong();
            if (pay.amountMinor > 0 && !insertPayment(ctx, pay))
                return false;
        }
        return ctx.error.isEmpty();
    });
}

bool Store::releaseDeposit(WriteContext &ctx, const QString &lineId, qint64 *keepLeft,
                           qint64 *depositTotal, const QString &refundMethod, const QString &reason)
{
    // The line's deposit charges (one, or more after its quantity grew): what each asks for
    // after earlier corrections, and what was paid on it.
    struct DepositCharge
    {
        QString id, customerId, transactionId, currency;
        qint64 open = 0, paid = 0;
    };
    QList<DepositCharge> charges;
    QSqlQuery *q = ctx.query(
        QStringLiteral("SELECT c.id, c.customer_id, c.transaction_id, c.currency, b.open_minor, "
                       "coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.charge_id = "
                       "c.id AND p.deleted_at IS NULL), 0) FROM charges c JOIN charge_balances b "
                       "ON b.id = c.id WHERE c.line_id = ? AND c.corrects_id IS NULL AND "
                       "c.deleted_at IS NULL AND c.kind = 'deposit' ORDER BY c.created_at, c.id"),
        {lineId});
    if (!q)
        return false;
    while (q->next())
        charges << DepositCharge{q->value(0).toString(),   q->value(1).toString(),
                                 q->value(2).toString(),   q->value(3).toString(),
                                 q->value(4).toLongLong(), q->value(5).toLongLong()};
    q->finish();
    const QString today = clock::today().toString(Qt::ISODate);
    for (const DepositCharge &c : std::as_const(charges)) {
        const qint64 deposit = c.open + c.paid; // what is due after earlier corrections
        *depositTotal += deposit;
        const qint64 kept = std::min(*keepLeft, deposit);
        *keepLeft -= kept;
        const qint64 released = deposit - kept;
        // The deposit due becomes what is kept…
        if (released > 0 &&
            !insertCharge(ctx, QStringLiteral("deposit"), c.customerId, c.transactionId, lineId,
                          kept > 0 ? tr("Deposit released, %1 kept: %2")
                                         .arg(Money{kept, c.currency}.toString(), reason.trimmed())
                                   : tr("Deposit released"),
                          -released, c.currency, today, c.id))
            return false;
        // …and what was paid beyond it goes back to the customer (a negative payment).
        if (c.paid <= kept)
            continue;
        if (!ctx.insert(QStringLiteral("payment"), newId(),
                        {{QStringLiteral("customer_id"), c.customerId},
                         {QStringLiteral("transaction_id"), c.transactionId},
                         {QStringLiteral("charge_id"), c.id},
                         {QStringLiteral("amount_minor"), -(c.paid - kept)},
                         {QStringLiteral("currency"), c.currency},
                         {QStringLiteral("method"), refundMethod},
                         {QStringLiteral("paid_at"), ctx.now()}}))
            return false;
        ctx.addActivity(c.customerId, QStringLiteral("payment.refunded"), refundMethod, {},
                        QString::number(c.paid - kept));
    }
    return true;
}

} // namespace rentdesk
