#include "store.h"

#include "clock.h"

#include "permissions.h"
#include "storeinternal.h"

#include <QFileInfo>
#include <QSqlRecord>

// The panels of the card: pages of value rows read by key. Every query orders by the panel's
// sort key and the row id, and a next page starts after the last row's key, so rows that arrive
// between two pages are neither skipped nor shown twice.
namespace rentdesk {

using namespace storeinternal;

namespace {

// Binds :customer, :paged (whether a page key follows), :k0… the key (placeholders for the
// first page) and :limit. (Qt's SQLite driver counts "?1" as one placeholder per use, so the
// queries that use a value twice name it.)
void bindPage(QSqlQuery &q, const QString &customerId, const QVariantList &after, int keySize,
              int limit)
{
    q.bindValue(QStringLiteral(":customer"), customerId);
    q.bindValue(QStringLiteral(":paged"), after.size() == keySize ? 1 : 0);
    for (int k = 0; k < keySize; ++k)
        q.bindValue(QStringLiteral(":k%1").arg(k),
                    after.size() == keySize ? after.at(k) : QVariant(QString()));
    q.bindValue(QStringLiteral(":limit"), limit);
}

// Reads the rows of a bound page query; the last `keySize` columns are the page key.
template <class Row, class Make> QList<Row> readPage(QSqlQuery &q, int keySize, bool *ok, Make make)
{
    QList<Row> out;
    if (execQuery(q, ok)) {
        const int keyStart = q.record().count() - keySize;
        while (q.next()) {
            Row row = make(q);
            for (int k = keyStart; k < keyStart + keySize; ++k)
                row.pageKey << q.value(k);
            out << row;
        }
    }
    q.finish();
    return out;
}

} // namespace

QList<RentedObjectRow> Store::rentedObjects(const QString &customerId, const QVariantList &after,
                                            int limit, bool *ok) const
{
    QSqlQuery &q = cached(
        RentedObjects,
        "SELECT l.id, t.id, t.number, coalesce(o.name, a.name), coalesce(o.barcode, ''), a.name, "
        "l.quantity, l.start_at, l.due_at, l.price_minor, t.currency, l.due_at, l.id FROM "
        "transactions t JOIN transaction_lines l ON l.transaction_id = t.id JOIN articles a ON "
        "a.id = l.article_id LEFT JOIN rental_objects o ON o.id = l.rental_object_id WHERE "
        "t.customer_id = :customer AND t.status = 'handed_out' AND l.returned_at IS NULL AND "
        "l.deleted_at IS NULL AND t.deleted_at IS NULL AND (:paged = 0 OR (l.due_at, l.id) > (:k0, "
        ":k1)) ORDER BY l.due_at, l.id LIMIT :limit");
    bindPage(q, customerId, after, 2, limit);
    return readPage<RentedObjectRow>(q, 2, ok, [](const QSqlQuery &r) {
        return RentedObjectRow{r.value(0).toString(),
                               r.value(1).toString(),
                               r.value(2).toString(),
                               r.value(3).toString(),
                               r.value(4).toString(),
                               r.value(5).toString(),
                               r.value(6).toInt(),
                               parseTime(r.value(7)),
                               parseTime(r.value(8)),
                               money(r.value(9), r.value(10)),
                               {}};
    });
}

QList<TransactionRow> Store::transactions(const QString &customerId, const QVariantList &after,
                                          int limit, bool *ok) const
{
    // Running and open ones first (newest first), then the future (soonest first), then the
    // past (newest first). The total is what was charged on the transaction (for a request or
    // a reservation, where nothing is due yet, the lines' price); paid and open are derived too.
    QSqlQuery &q = cached(
        Transactions, RENTDESK_CUSTOMER_CHARGES
        ", tx AS (SELECT t.id, t.number, t.kind, t.status, t.start_at, t.end_at, t.currency, CASE "
        "WHEN t.status IN ('request', 'reservation') THEN (SELECT coalesce(sum(l.price_minor), 0) "
        "FROM transaction_lines l WHERE l.transaction_id = t.id AND l.deleted_at IS NULL) ELSE "
        "(SELECT coalesce(sum(c.amount_minor), 0) FROM charges c WHERE c.transaction_id = t.id "
        "AND c.deleted_at IS NULL) END AS total, (SELECT coalesce(sum(p.amount_minor), 0) FROM "
        "payments p WHERE p.transaction_id = t.id AND p.deleted_at IS NULL) AS paid_minor, (SELECT "
        "coalesce(sum(b.open_minor), 0) FROM b WHERE b.transaction_id = t.id AND b.open_minor > "
        "0) AS open_minor FROM transactions t WHERE t.customer_id = :customer AND t.deleted_at IS "
        "NULL), g AS (SELECT *, CASE WHEN status = 'handed_out' OR open_minor > 0 THEN 0 WHEN "
        "start_at > :now AND status NOT IN ('cancelled', 'closed', 'returned') THEN 1 ELSE 2 END "
        "AS grp FROM tx), k AS (SELECT *, CASE WHEN grp = 1 THEN julianday(start_at) ELSE "
        "-julianday(start_at) END AS sk FROM g) SELECT id, number, kind, status, start_at, end_at, "
        "total, currency, open_minor, paid_minor, grp, sk, id FROM k WHERE :paged = 0 OR (grp, sk, "
        "id) > (:k0, :k1, :k2) ORDER BY grp, sk, id LIMIT :limit");
    bindPage(q, customerId, after, 3, limit);
    q.bindValue(QStringLiteral(":now"), clock::nowUtc().toString(Qt::ISODate));
    return readPage<TransactionRow>(q, 3, ok, [](const QSqlQuery &r) {
        return TransactionRow{
            r.value(0).toString(),         r.value(1).toString(),         r.value(2).toString(),
            r.value(3).toString(),         parseTime(r.value(4)),         parseTime(r.value(5)),
            money(r.value(6), r.value(7)), money(r.value(8), r.value(7)), {},
            money(r.value(9), r.value(7))};
    });
}

QList<DamageCaseRow> Store::damageCases(const QString &customerId, const QVariantList &after,
                                        int limit, bool *ok) const
{
    QSqlQuery &q = cached(
        DamageCases,
        "SELECT dc.id, coalesce(t.number, ''), coalesce(o.name, ''), dc.status, dc.description, "
        "dc.opened_on, (SELECT count(*) FROM damages d WHERE d.case_id = dc.id AND d.deleted_at "
        "IS NULL), (SELECT coalesce(sum(d.cost_minor), 0) FROM damages d WHERE d.case_id = dc.id "
        "AND d.deleted_at IS NULL), (SELECT count(*) FROM documents f WHERE f.customer_id = "
        "dc.customer_id AND f.damage_case_id = dc.id AND f.deleted_at IS NULL), dc.opened_on, "
        "dc.id FROM damage_cases dc LEFT JOIN "
        "transactions t ON t.id = dc.transaction_id LEFT JOIN rental_objects o ON o.id = "
        "dc.rental_object_id WHERE dc.customer_id = :customer AND dc.deleted_at IS NULL AND "
        "(:paged = 0 OR "
        "dc.opened_on < :k0 OR (dc.opened_on = :k0 AND dc.id > :k1)) ORDER BY dc.opened_on DESC, "
        "dc.id LIMIT :limit");
    bindPage(q, customerId, after, 2, limit);
    return readPage<DamageCaseRow>(q, 2, ok, [](const QSqlQuery &r) {
        return DamageCaseRow{r.value(0).toString(),
                             r.value(1).toString(),
                             r.value(2).toString(),
                             r.value(3).toString(),
                             r.value(4).toString(),
                             parseDay(r.value(5)),
                             r.value(6).toInt(),
                             Money{r.value(7).toLongLong(), QStringLiteral("EUR")},
                             {},
                             r.value(8).toInt()};
    });
}

QList<AccessRow> Store::accesses(const QString &customerId, const QVariantList &after, int limit,
                                 bool *ok) const
{
    QSqlQuery &q = cached(
        Accesses, "SELECT id, login, state, created_via, password_hash IS NOT NULL, created_at, "
                  "last_login_at, created_at, id FROM accesses WHERE customer_id = :customer AND "
                  "deleted_at IS "
                  "NULL AND (:paged = 0 OR (created_at, id) > (:k0, :k1)) ORDER BY created_at, id "
                  "LIMIT :limit");
    bindPage(q, customerId, after, 2, limit);
    return readPage<AccessRow>(q, 2, ok, [](const QSqlQuery &r) {
        return AccessRow{r.value(0).toString(), r.value(1).toString(),
                         r.value(2).toString(), r.value(3).toString(),
                         r.value(4).toBool(),   parseTime(r.value(5)),
                         parseTime(r.value(6)), {}};
    });
}

QList<VoucherRow> Store::vouchers(const QString &customerId, const QVariantList &after, int limit,
                                  bool *ok) const
{
    // Vouchers with credit left first, then by expiry (none last) and code.
    QSqlQuery &q = cached(
        Vouchers,
        "SELECT id, code, value_minor, remaining_minor, currency, expires_on, remaining_minor <= "
        "0, coalesce(expires_on, '9999-12-31'), code, id FROM voucher_balances WHERE customer_id "
        "= :customer AND (:paged = 0 OR (remaining_minor <= 0, coalesce(expires_on, '9999-12-31'), "
        "code, "
        "id) > (:k0, :k1, :k2, :k3)) ORDER BY remaining_minor <= 0, coalesce(expires_on, "
        "'9999-12-31'), code, id LIMIT :limit");
    bindPage(q, customerId, after, 4, limit);
    return readPage<VoucherRow>(q, 4, ok, [](const QSqlQuery &r) {
        return VoucherRow{r.value(0).toString(),         r.value(1).toString(),
                          money(r.value(2), r.value(4)), money(r.value(3), r.value(4)),
                          parseDay(r.value(5)),          {}};
    });
}

QList<OpenPaymentRow> Store::openPayments(const QString &customerId, const QVariantList &after,
                                          int limit, bool *ok) const
{
    // Every charge with something left to pay, with what is left.
    QSqlQuery &q = cached(
        OpenPayments, RENTDESK_CUSTOMER_CHARGES
        "SELECT b.id, coalesce(t.number, ''), b.description, b.open_minor, b.currency, b.due_on, "
        "b.due_on, b.id FROM b LEFT JOIN transactions t ON t.id = b.transaction_id WHERE "
        "b.open_minor > 0 AND (:paged = 0 OR (b.due_on, b.id) > (:k0, :k1)) ORDER BY b.due_on, "
        "b.id LIMIT :limit");
    bindPage(q, customerId, after, 2, limit);
    return readPage<OpenPaymentRow>(q, 2, ok, [](const QSqlQuery &r) {
        return OpenPaymentRow{r.value(0).toString(), r.value(1).toString(),
                              r.value(2).toString(), money(r.value(3), r.value(4)),
                              parseDay(r.value(5)),  {}};
    });
}

QList<OpenBalanceRow> Store::openBalances(const QString &customerId, const QVariantList &after,
                                          int limit, bool *ok) const
{
    QSqlQuery &q = cached(
        OpenBalances, RENTDESK_CUSTOMER_CHARGES
        "SELECT coalesce(t.id, ''), coalesce(t.number, ''), coalesce(t.status, ''), count(*), "
        "sum(b.open_minor), min(b.currency), min(b.due_on), min(b.due_on), coalesce(t.number, "
        "''), coalesce(b.transaction_id, '') FROM b LEFT JOIN transactions t ON t.id = "
        "b.transaction_id WHERE b.open_minor > 0 GROUP BY coalesce(b.transaction_id, '') HAVING "
        ":paged = 0 OR (min(b.due_on), coalesce(t.number, ''), coalesce(b.transaction_id, '')) > "
        "(:k0, :k1, :k2) ORDER BY min(b.due_on), coalesce(t.number, ''), "
        "coalesce(b.transaction_id, "
        "'') LIMIT :limit");
    bindPage(q, customerId, after, 3, limit);
    return readPage<OpenBalanceRow>(q, 3, ok, [](const QSqlQuery &r) {
        return OpenBalanceRow{r.value(0).toString(),
                              r.value(1).toString(),
                              r.value(2).toString(),
                              r.value(3).toInt(),
                              money(r.value(4), r.value(5)),
                              parseDay(r.value(6)),
                              {}};
    });
}

QList<DocumentRow> Store::documents(const QString &customerId, const QVariantList &after, int limit,
                                    bool *ok) const
{
    QSqlQuery &q = cached(
        Documents,
        "SELECT d.id, d.file_name, d.mime_type, d.sha256, d.note, d.size_bytes, d.created_at, "
        "coalesce(s.name, ''), d.created_at, d.id FROM documents d LEFT JOIN staff s ON s.id = "
        "d.added_by WHERE d.customer_id = :customer AND d.deleted_at IS NULL AND (:paged = 0 OR "
        "d.created_at < :k0 OR (d.created_at = :k0 AND d.id > :k1)) ORDER BY d.created_at DESC, "
        "d.id LIMIT :limit");
    bindPage(q, customerId, after, 2, limit);
    return readPage<DocumentRow>(q, 2, ok, [this](const QSqlQuery &r) {
        return DocumentRow{r.value(0).toString(),
                           r.value(1).toString(),
                           r.value(2).toString(),
                           r.value(3).toString(),
                           r.value(4).toString(),
                           r.value(5).toLongLong(),
                           parseTime(r.value(6)),
                           {},
                           QFileInfo::exists(filePath(r.value(3).toString())),
                           r.value(7).toString()};
    });
}

QList<ActivityRow> Store::activities(const QString &customerId, const QVariantList &after,
                                     int limit, bool *ok) const
{
    QSqlQuery &q = cached(
        Activities,
        "SELECT a.seq, a.at, coalesce(s.name, ''), a.action, a.field, a.old_value, a.new_value, "
        "a.seq FROM activities a LEFT JOIN staff s ON s.id = a.staff_id WHERE a.customer_id = "
        ":customer "
        "AND (:paged = 0 OR a.seq < :k0) ORDER BY a.seq DESC LIMIT :limit");
    bindPage(q, customerId, after, 1, limit);
    return readPage<ActivityRow>(q, 1, ok, [](const QSqlQuery &r) {
        return ActivityRow{r.value(0).toLongLong(), parseTime(r.value(1)),
                           r.value(2).toString(),   r.value(3).toString(),
                           r.value(4).toString(),   r.value(5).toString(),
                           r.value(6).toString(),   {}};
    });
}

QList<PermissionRow> Store::permissions(const QString &customerId, bool *ok) const
{
    // Effective permission: the customer's own setting, else the group's, else the default.
    QHash<QString, bool> defaults, group, own;
    bool allRead = true;
    auto load = [&](QSqlQuery &q, QHash<QString, bool> &into) {
        bool done = false;
        if (execQuery(q, &done))
            while (q.next())
                into.insert(q.value(0).toString(), q.value(1).toBool());
        allRead = allRead && done;
        q.finish();
    };
    load(cached(PermissionDefaults,
                "SELECT permission, allowed FROM default_permissions WHERE deleted_at IS NULL"),
         defaults);
    QSqlQuery &g =
        cached(PermissionGroup, "SELECT gp.permission, gp.allowed FROM group_permissions gp JOIN "
                                "customers c ON c.group_id = gp.group_id WHERE c.id = ? AND "
                                "gp.deleted_at IS NULL AND gp.allowed IS NOT NULL");
    g.addBindValue(customerId);
    load(g, group);
    QSqlQuery &c = cached(PermissionCustomer, "SELECT permission, allowed FROM "
                                              "customer_permissions WHERE customer_id = ? AND "
                                              "deleted_at IS NULL AND allowed IS NOT NULL");
    c.addBindValue(customerId);
    load(c, own);
    if (ok)
        *ok = allRead;
    QList<PermissionRow> out;
    if (!allRead)
        return out;
    for (Permission p : allPermissions()) {
        const QString key = permissionKey(p);
        PermissionRow row{key, permissionLabel(p), defaults.value(key, false),
                          PermissionRow::Source::Default};
        if (group.contains(key)) {
            row.allowed = group.value(key);
            row.source = PermissionRow::Source::Group;
        }
        if (own.contains(key)) {
            row.allowed = own.value(key);
            row.source = PermissionRow::Source::Customer;
        }
        out << row;
    }
    return out;
}

} // namespace rentdesk
