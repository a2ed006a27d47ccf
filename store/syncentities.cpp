#include "syncentities.h"

#include <QJsonArray>
#include <QUuid>

namespace rentdesk {

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

SyncEntity declare(const char *name, const char *table, const char *fields, MergeRule merge,
                   const char *customerSql, const char *naturalKey = "")
{
    return SyncEntity{
        QString::fromLatin1(name), QString::fromLatin1(table),      words(fields), merge,
        words(naturalKey),         QString::fromLatin1(customerSql)};
}

} // namespace

const QList<SyncEntity> &syncEntities()
{
    using enum MergeRule;
    // In the order a fresh copy is filled: a row's references come before it.
    static const QList<SyncEntity> entities = {
        declare("staff", "staff", "name login role pin_hash created_at", FieldWise, ""),
        declare("customer_group", "customer_groups", "name discount_percent", FieldWise, ""),
        declare("default_permission", "default_permissions", "permission allowed", FieldWise, "",
                "permission"),
        declare("group_permission", "group_permissions", "group_id permission allowed", FieldWise,
                "", "group_id permission"),
        declare("customer", "customers",
                "number first_name last_name company email phone street postcode city country "
                "birth_date group_id blocked blocked_reason blocked_until language note created_at "
                "updated_at",
                FieldWise, "SELECT id FROM customers WHERE id = ?"),
        declare("customer_permission", "customer_permissions", "customer_id permission allowed",
                FieldWise, "SELECT customer_id FROM customer_permissions WHERE id = ?",
                "customer_id permission"),
        declare("article", "articles", "name category description vat_rate_bp deposit_minor",
                FieldWise, ""),
        declare("price_list", "price_lists", "name currency valid_from valid_to", FieldWise, ""),
        declare("price_list_entry", "price_list_entries",
                "price_list_id article_id per_day_minor per_hour_minor late_fee_per_day_minor "
                "day_tiers "
                "extra_day_minor per_week_minor late_fee_per_hour_minor late_grace_minutes",
                FieldWise, "", "price_list_id article_id"),
        declare("rental_object", "rental_objects", "article_id name barcode state deposit_minor",
                FieldWise, ""),
        declare("transaction", "transactions",
                "number customer_id kind status start_at end_at currency note created_at",
                FieldWise, "SELECT customer_id FROM transactions WHERE id = ?"),
        declare("transaction_line", "transaction_lines",
                "transaction_id rental_object_id article_id price_list_id quantity start_at due_at "
                "price_minor note returned_at price_rule negotiated deposit_minor",
                FieldWise,
                "SELECT t.customer_id FROM transaction_lines l JOIN transactions t ON t.id = "
                "l.transaction_id WHERE l.id = ?"),
        declare("return", "returns", "line_id returned_at condition late_fee_minor staff_id note",
                AppendOnly,
                "SELECT t.customer_id FROM returns r JOIN transaction_lines l ON l.id = r.line_id "
                "JOIN transactions t ON t.id = l.transaction_id WHERE r.id = ?"),
        declare("charge", "charges",
                "customer_id transaction_id line_id description amount_minor currency due_on "
                "corrects_id created_at kind",
                AppendOnly, "SELECT customer_id FROM charges WHERE id = ?"),
        declare("payment", "payments",
                "customer_id transaction_id charge_id amount_minor currency method paid_at",
                AppendOnly, "SELECT customer_id FROM payments WHERE id = ?"),
        declare(
            "voucher", "vouchers",
            "code customer_id currency value_minor expires_on created_at sold_minor payment_method "
            "note",
            FieldWise, "SELECT customer_id FROM vouchers WHERE id = ?"),
        declare("voucher_redemption", "voucher_redemptions",
                "voucher_id transaction_id amount_minor redeemed_at", AppendOnly,
                "SELECT v.customer_id FROM voucher_redemptions r JOIN vouchers v ON v.id = "
                "r.voucher_id WHERE r.id = ?"),
        declare("damage_case", "damage_cases",
                "customer_id transaction_id rental_object_id opened_on status description",
                FieldWise, "SELECT customer_id FROM damage_cases WHERE id = ?"),
        declare("damage", "damages", "case_id description cost_minor currency", FieldWise,
                "SELECT c.customer_id FROM damages d JOIN damage_cases c ON c.id = d.case_id "
                "WHERE d.id = ?"),
        declare("access", "accesses",
                "customer_id login password_hash state created_via created_at last_login_at",
                FieldWise, "SELECT customer_id FROM accesses WHERE id = ?"),
        declare("document", "documents",
                "customer_id damage_case_id file_name mime_type size_bytes sha256 note created_at "
                "added_by transaction_id",
                FieldWise, "SELECT customer_id FROM documents WHERE id = ?"),
        declare("message", "messages",
                "customer_id to_address subject body created_at sent_at status", FieldWise,
                "SELECT customer_id FROM messages WHERE id = ?"),
        declare("message_attachment", "message_attachments", "message_id document_id", FieldWise,
                "SELECT m.customer_id FROM message_attachments a JOIN messages m ON m.id = "
                "a.message_id WHERE a.id = ?",
                "message_id document_id"),
        // Made by the server only; a desk resolves them (docs/sync-protocol.md, "Conflicts").
        declare("conflict", "conflicts",
                "entity row_id customer_id field kept_value other_value kept_desk kept_staff "
                "kept_at other_desk other_staff other_at created_at resolved_at resolved_by",
                FieldWise, "SELECT customer_id FROM conflicts WHERE id = ?"),
        declare("activity", "activities",
                "customer_id at staff_id action field old_value new_value", AppendOnly,
                "SELECT customer_id FROM activities WHERE id = ?"),
    };
    return entities;
}

const SyncEntity *syncEntity(const QString &name)
{
    for (const SyncEntity &e : syncEntities())
        if (e.name == name)
            return &e;
    return nullptr;
}

const SyncEntity *syncEntityForTable(const QString &table)
{
    for (const SyncEntity &e : syncEntities())
        if (e.table == table)
            return &e;
    return nullptr;
}

QString naturalId(const QString &entity, const QStringList &keyParts)
{
    // A fixed namespace for RentDesk's name-based ids; never change it.
    static const QUuid ns(QStringLiteral("{5b7f3c1e-2a4d-4e8f-9c61-0d2e7a9b4f13}"));
    return QUuid::createUuidV5(ns, entity + QLatin1Char('/') + keyParts.join(QLatin1Char('/')))
        .toString(QUuid::WithoutBraces);
}

QString documentFileOf(const QJsonObject &change)
{
    if (change.value(QStringLiteral("entity")) != QJsonValue(QLatin1String("document")))
        return {};
    return change.value(QStringLiteral("new"))
        .toObject()
        .value(QStringLiteral("sha256"))
        .toString();
}

QStringList documentFilesOf(const QJsonObject &mutation)
{
    QStringList out;
    for (const QJsonValue &c : mutation.value(QStringLiteral("changes")).toArray())
        if (const QString sha = documentFileOf(c.toObject()); !sha.isEmpty())
            out << sha;
    return out;
}

} // namespace rentdesk
