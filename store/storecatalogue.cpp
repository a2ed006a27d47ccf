// The catalogue a manager keeps in the settings: articles with their VAT, deposit and prices in
// the price list valid today, and the rental objects with barcode and state. Each save is one
// operation; lines already made keep the price they froze.
#include "clock.h"
#include "store.h"
#include "storeinternal.h"
#include "syncentities.h"

namespace rentdesk {

using namespace storeinternal;

namespace {

// The price list valid on a day (bound twice): the newest that has begun and not ended.
const QString kTodaysPriceList =
    QStringLiteral("SELECT id FROM price_lists WHERE deleted_at IS NULL AND valid_from <= ? AND "
                   "(valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC, id LIMIT 1");

QString tiersText(const QList<qint64> &tiers)
{
    QStringList parts;
    for (qint64 t : tiers)
        parts << QString::number(t);
    // Never a null text: it would be stored as NULL, which the column refuses.
    return parts.isEmpty() ? QStringLiteral("") : parts.join(QLatin1Char(' '));
}

// A refusal that names the field it is about (for the dialog to point at).
WriteResult refuseAt(Store::ArticleField *badField, Store::ArticleField field, const QString &why)
{
    if (badField)
        *badField = field;
    WriteResult refused;
    refused.error = why;
    return refused;
}

} // namespace

QList<ArticleDraft> Store::catalogueArticles(const QString &priceListId) const
{
    const QString list = priceListId.isEmpty() ? currentPriceListId() : priceListId;
    QList<ArticleDraft> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.name, a.category, a.description, a.vat_rate_bp, a.deposit_minor, "
        "e.per_hour_minor, e.per_day_minor, e.day_tiers, e.extra_day_minor, e.per_week_minor, "
        "e.late_fee_per_hour_minor, e.late_fee_per_day_minor, e.late_grace_minutes, (SELECT "
        "count(*) FROM rental_objects o WHERE o.article_id = a.id AND o.deleted_at IS NULL) FROM "
        "articles a LEFT JOIN price_list_entries e ON e.article_id = a.id AND e.deleted_at IS "
        "NULL AND e.price_list_id = :list WHERE a.deleted_at IS NULL ORDER BY a.category, "
        "a.name, a.id"));
    q.bindValue(QStringLiteral(":list"), list);
    if (!execQuery(q))
        return out;
    while (q.next()) {
        ArticleDraft a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString();
        a.category = q.value(2).toString();
        a.description = q.value(3).toString();
        a.vatRateBp = q.value(4).toInt();
        a.depositMinor = q.value(5).toLongLong();
        a.perHourMinor = q.value(6).toLongLong();
        a.perDayMinor = q.value(7).toLongLong();
        for (const QString &t : q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            a.dayTiers << t.toLongLong();
        if (!q.value(9).isNull())
            a.extraDayMinor = q.value(9).toLongLong();
        a.perWeekMinor = q.value(10).toLongLong();
        a.lateFeePerHourMinor = q.value(11).toLongLong();
        a.lateFeePerDayMinor = q.value(12).toLongLong();
        a.lateGraceMinutes = q.value(13).isNull() ? 30 : q.value(13).toInt();
        a.objectCount = q.value(14).toInt();
        a.priceListId = list;
        out << a;
    }
    return out;
}

QString Store::currentPriceListId() const
{
    const QString today = clock::today().toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.prepare(kTodaysPriceList);
    q.addBindValue(today);
    q.addBindValue(today);
    return execQuery(q) && q.next() ? q.value(0).toString() : QString();
}

WriteResult Store::saveArticle(const ArticleDraft &draft, ArticleField *badField)
{
    if (const QString why = managerNeeded(); !why.isEmpty())
        return refuseAt(badField, ArticleField::None, why);
    if (draft.name.trimmed().isEmpty())
        return refuseAt(badField, ArticleField::Name, tr("The article needs a name."));
    if (draft.category.trimmed().isEmpty())
        return refuseAt(badField, ArticleField::Category,
                        tr("The article needs a category (for example Bikes or Skis)."));
    if (draft.vatRateBp < 0 || draft.vatRateBp > 10000)
        return refuseAt(badField, ArticleField::Vat, tr("The VAT rate is between 0 and 100 %."));
    if (draft.perDayMinor <= 0)
        return refuseAt(badField, ArticleField::PerDay, tr("Enter the price of one day."));
    qint64 previous = draft.perDayMinor;
    for (qint64 tier : draft.dayTiers) {
        if (tier < previous)
            return refuseAt(badField, ArticleField::Tiers,
                            tr("Each further day costs at least the days before it: %1 days cost "
                               "less than %2.")
                                .arg(draft.dayTiers.indexOf(tier) + 2)
                                .arg(draft.dayTiers.indexOf(tier) + 1));
        previous = tier;
    }
    if (draft.lateGraceMinutes < 0 || draft.lateGraceMinutes > 24 * 60)
        return refuseAt(badField, ArticleField::Grace,
                        tr("The grace time is between 0 and 1440 minutes."));

    const QString id = draft.id.isEmpty() ? newId() : draft.id;
    WriteResult r = write([&](WriteContext &ctx) {
        ctx.setOperation(draft.id.isEmpty() ? QStringLiteral("article.add")
                                            : QStringLiteral("article.change"));
        const QVariantHash article{
            {QStringLiteral("name"), draft.name.trimmed()},
            {QStringLiteral("category"), draft.category.trimmed()},
            {QStringLiteral("description"), draft.description.trimmed().isNull()
                                                ? QStringLiteral("")
                                                : draft.description.trimmed()},
            {QStringLiteral("vat_rate_bp"), draft.vatRateBp},
            {QStringLiteral("deposit_minor"), draft.depositMinor}};
        if (draft.id.isEmpty() ? !ctx.insert(QStringLiteral("article"), id, article)
                               : !ctx.update(QStringLiteral("article"), id, article))
            return false;
        // The draft's price list, else today's; a store without one gets one from today.
        const QString today = clock::today().toString(Qt::ISODate);
        QString list = draft.priceListId;
        if (!list.isEmpty() &&
            ctx.scalar(QStringLiteral("SELECT 1 FROM price_lists WHERE id = ? AND deleted_at IS "
                                      "NULL"),
                       {list})
                .isNull()) {
            ctx.fail(tr("This price list no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        if (list.isEmpty())
            list = ctx.scalar(kTodaysPriceList, {today, today}).toString();
        if (list.isEmpty()) {
            list = newId();
            if (!ctx.insert(QStringLiteral("price_list"), list,
                            {{QStringLiteral("name"),
                              tr("Prices from %1").arg(clock::today().toString(Qt::ISODate))},
                             {QStringLiteral("currency"), QStringLiteral("EUR")},
                             {QStringLiteral("valid_from"), clock::today().toString(Qt::ISODate)}}))
                return false;
        }
        const QString entry = naturalId(QStringLiteral("price_list_entry"), {list, id});
        const QVariantHash prices{
            {QStringLiteral("per_day_minor"), draft.perDayMinor},
            {QStringLiteral("per_hour_minor"), draft.perHourMinor},
            {QStringLiteral("day_tiers"), tiersText(draft.dayTiers)},
            {QStringLiteral("extra_day_minor"), draft.extraDayMinor
                                                    ? QVariant(*draft.extraDayMinor)
                                                    : QVariant(QMetaType::fromType<qint64>())},
            {QStringLiteral("per_week_minor"), draft.perWeekMinor},
            {QStringLiteral("late_fee_per_hour_minor"), draft.lateFeePerHourMinor},
            {QStringLiteral("late_fee_per_day_minor"), draft.lateFeePerDayMinor},
            {QStringLiteral("late_grace_minutes"), draft.lateGraceMinutes}};
        const QString existing =
            ctx.scalar(QStringLiteral("SELECT id FROM price_list_entries WHERE price_list_id = ? "
                                      "AND article_id = ? AND deleted_at IS NULL"),
                       {list, id})
                .toString();
        if (!existing.isEmpty())
            return ctx.update(QStringLiteral("price_list_entry"), existing, prices);
        QVariantHash row = prices;
        row.insert(QStringLiteral("price_list_id"), list);
        row.insert(QStringLiteral("article_id"), id);
        return ctx.insert(QStringLiteral("price_list_entry"), entry, row);
    });
    if (r.ok())
        r.id = id;
    return r;
}

QList<PriceListInfo> Store::priceLists() const
{
    QList<PriceListInfo> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT l.id, l.name, l.valid_from, l.valid_to, (SELECT count(*) FROM "
                             "price_list_entries e WHERE e.price_list_id = l.id AND e.deleted_at "
                             "IS NULL) FROM price_lists l WHERE l.deleted_at IS NULL ORDER BY "
                             "l.valid_from, l.id"));
    if (!execQuery(q))
        return out;
    while (q.next())
        out << PriceListInfo{q.value(0).toString(), q.value(1).toString(),
                             QDate::fromString(q.value(2).toString(), Qt::ISODate),
                             QDate::fromString(q.value(3).toString(), Qt::ISODate),
                             q.value(4).toInt()};
    return out;
}

WriteResult Store::addPriceList(const QString &name, const QDate &validFrom,
                                const QString &copyFrom, ArticleField *badField)
{
    if (const QString why = managerNeeded(); !why.isEmpty())
        return refuseAt(badField, ArticleField::None, why);
    if (name.trimmed().isEmpty())
        return refuseAt(badField, ArticleField::Name,
                        tr("The price list needs a name (for example Winter 2026/27)."));
    if (!validFrom.isValid() || validFrom < clock::today())
        return refuseAt(badField, ArticleField::ValidFrom,
                        tr("A new price list starts today or later; lines already made keep their "
                           "prices anyway."));
    for (const PriceListInfo &l : priceLists())
        if (l.validFrom == validFrom)
            return refuseAt(badField, ArticleField::ValidFrom,
                            tr("The price list %1 starts that day already; change its prices "
                               "instead, or choose another day.")
                                .arg(l.name));
    const QString id = newId();
    WriteResult r = write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("price_list.add"));
        if (!ctx.insert(QStringLiteral("price_list"), id,
                        {{QStringLiteral("name"), name.trimmed()},
                         {QStringLiteral("currency"), QStringLiteral("EUR")},
                         {QStringLiteral("valid_from"), validFrom.toString(Qt::ISODate)}}))
            return false;
        if (copyFrom.isEmpty())
            return true;
        // Each entry of the list copied, under the new list's name-based entry id.
        const SyncEntity *e = syncEntity(QStringLiteral("price_list_entry"));
        QSqlQuery *q = ctx.query(QStringLiteral("SELECT %1 FROM price_list_entries WHERE "
                                                "price_list_id = ? AND deleted_at IS NULL ORDER "
                                                "BY article_id")
                                     .arg(e->fields.join(QStringLiteral(", "))),
                                 {copyFrom});
        if (!q)
            return false;
        QList<QVariantHash> entries;
        while (q->next()) {
            QVariantHash row;
            for (int i = 0; i < e->fields.size(); ++i)
                row.insert(e->fields.at(i), q->value(i));
            entries << row;
        }
        q->finish();
        for (QVariantHash row : std::as_const(entries)) {
            row.insert(QStringLiteral("price_list_id"), id);
            const QString article = row.value(QStringLiteral("article_id")).toString();
            if (!ctx.insert(QStringLiteral("price_list_entry"),
                            naturalId(QStringLiteral("price_list_entry"), {id, article}), row))
                return false;
        }
        return true;
    });
    if (r.ok())
        r.id = id;
    return r;
}

QList<RentalObjectDraft> Store::catalogueObjects(const QString &articleId) const
{
    QList<RentalObjectDraft> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, article_id, name, barcode, state, deposit_minor FROM "
                             "rental_objects WHERE article_id = ? AND deleted_at IS NULL ORDER BY "
                             "name, barcode"));
    q.addBindValue(articleId);
    if (!execQuery(q))
        return out;
    while (q.next()) {
        RentalObjectDraft o{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), std::nullopt};
        if (!q.value(5).isNull())
            o.depositMinor = q.value(5).toLongLong();
        out << o;
    }
    return out;
}

WriteResult Store::saveRentalObject(const RentalObjectDraft &draft, ArticleField *badField)
{
    if (const QString why = managerNeeded(); !why.isEmpty())
        return refuseAt(badField, ArticleField::None, why);
    const QString barcode = draft.barcode.trimmed();
    if (draft.name.trimmed().isEmpty())
        return refuseAt(badField, ArticleField::Name,
                        tr("The object needs a name (for example E-Bike M #3)."));
    if (barcode.isEmpty() || barcode.contains(QLatin1Char(' ')))
        return refuseAt(
            badField, ArticleField::Barcode,
            tr("The barcode is what the scanner reads: letters and digits, no spaces."));
    static const QStringList settable = {QStringLiteral("available"), QStringLiteral("maintenance"),
                                         QStringLiteral("retired")};
    const QString id = draft.id.isEmpty() ? newId() : draft.id;
    WriteResult r = write([&](WriteContext &ctx) {
        ctx.setOperation(draft.id.isEmpty() ? QStringLiteral("rental_object.add")
                                            : QStringLiteral("rental_object.change"));
        const QString holder =
            ctx.scalar(QStringLiteral("SELECT name FROM rental_objects WHERE barcode = ? COLLATE "
                                      "NOCASE AND id <> ?"),
                       {barcode, id})
                .toString();
        if (!holder.isEmpty()) {
            if (badField)
                *badField = ArticleField::Barcode;
            ctx.fail(tr("The barcode %1 is on %2 already.").arg(barcode, holder));
            return false;
        }
        QString state = draft.state;
        if (!draft.id.isEmpty()) {
            const QString now =
                ctx.scalar(QStringLiteral("SELECT state FROM rental_objects WHERE id = ?"), {id})
                    .toString();
            // Out with a customer: the return sets its state; the rest may change.
            if (now == QLatin1String("rented"))
                state = now;
        }
        if (state != QLatin1String("rented") && !settable.contains(state)) {
            ctx.fail(tr("Choose available, in repair or retired."));
            return false;
        }
        const QVariantHash values{{QStringLiteral("article_id"), draft.articleId},
                                  {QStringLiteral("name"), draft.name.trimmed()},
                                  {QStringLiteral("barcode"), barcode},
                                  {QStringLiteral("state"), state},
                                  {QStringLiteral("deposit_minor"),
                                   draft.depositMinor ? QVariant(*draft.depositMinor)
                                                      : QVariant(QMetaType::fromType<qint64>())}};
        return draft.id.isEmpty() ? ctx.insert(QStringLiteral("rental_object"), id, values)
                                  : ctx.update(QStringLiteral("rental_object"), id, values);
    });
    if (r.ok())
        r.id = id;
    return r;
}

} // namespace rentdesk
