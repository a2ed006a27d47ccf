// Sync conflicts on the card: reading them and deciding them (docs/sync-protocol.md).
#include "store.h"
#include "storeinternal.h"
#include "syncentities.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rentdesk {

using namespace storeinternal;

namespace {

// A value as the server stored it (JSON text) back to what SQLite holds.
QJsonValue parseValue(const QString &json)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + "]");
    return d.isArray() ? d.array().first() : QJsonValue(json);
}

QString readable(const QString &json)
{
    const QJsonValue v = parseValue(json);
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
        return parts.join(QStringLiteral(", "));
    }
    return v.toVariant().toString();
}

} // namespace

QList<ConflictRow> Store::conflicts(const QString &customerId, bool *ok) const
{
    QList<ConflictRow> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.entity, c.row_id, c.field, c.kept_value, c.other_value, c.kept_desk, "
        "coalesce(ks.name, ''), c.kept_at, c.other_desk, coalesce(os.name, ''), c.other_at FROM "
        "conflicts c LEFT JOIN staff ks ON ks.id = c.kept_staff LEFT JOIN staff os ON os.id = "
        "c.other_staff WHERE c.customer_id = ? AND c.resolved_at IS NULL AND c.deleted_at IS "
        "NULL ORDER BY c.created_at, c.id"));
    q.addBindValue(customerId);
    if (!execQuery(q, ok))
        return out;
    while (q.next()) {
        ConflictRow r;
        r.id = q.value(0).toString();
        r.entity = q.value(1).toString();
        r.rowId = q.value(2).toString();
        r.field = q.value(3).toString();
        r.keptValue = readable(q.value(4).toString());
        r.otherValue = readable(q.value(5).toString());
        r.keptDesk = q.value(6).toString();
        r.keptStaff = q.value(7).toString();
        r.keptAt = parseTime(q.value(8));
        r.otherDesk = q.value(9).toString();
        r.otherStaff = q.value(10).toString();
        r.otherAt = parseTime(q.value(11));
        r.canUseOther =
            r.field != QLatin1String("deleted_at") && r.field != QLatin1String("number");
        out << r;
    }
    return out;
}

WriteResult Store::resolveConflict(const QString &conflictId, bool useOther)
{
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("conflict.resolve"));
        const QVariantHash c = ctx.row(QStringLiteral("conflict"), conflictId);
        if (c.isEmpty() || !c.value(QStringLiteral("resolved_at")).isNull()) {
            ctx.fail(tr("This conflict was decided already, maybe at another desk."));
            return false;
        }
        const QString field = c.value(QStringLiteral("field")).toString();
        const SyncEntity *e = syncEntity(c.value(QStringLiteral("entity")).toString());
        if (useOther) {
            if (!e || !e->hasField(field) || field == QLatin1String("number")) {
                ctx.fail(tr("This conflict can only be acknowledged."));
                return false;
            }
            const QString rowId = c.value(QStringLiteral("row_id")).toString();
            if (!ctx.update(e->name, rowId,
                            {{field, sqlFromJson(parseValue(
                                         c.value(QStringLiteral("other_value")).toString()))}}))
                return false;
            const QString customer = c.value(QStringLiteral("customer_id")).toString();
            if (!customer.isEmpty())
                ctx.addActivity(customer, QStringLiteral("conflict.resolved"), field,
                                readable(c.value(QStringLiteral("kept_value")).toString()),
                                readable(c.value(QStringLiteral("other_value")).toString()));
        }
        return ctx.update(QStringLiteral("conflict"), conflictId,
                          {{QStringLiteral("resolved_at"), ctx.now()},
                           {QStringLiteral("resolved_by"), m_staffId}});
    });
}

} // namespace rentdesk
