#include "store.h"

#include "clock.h"
#include "customervalidator.h"
#include "storeinternal.h"
#include "syncentities.h"
#include "textfold.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

// Customers: reading, search, and the operations that create and change them.
namespace rentdesk {

using namespace storeinternal;

namespace {

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : QString();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

QVariant sqlValue(CustomerField field, const QVariant &v)
{
    if (field == CustomerField::BirthDate) {
        const QDate d = v.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                           : QVariant(QMetaType(QMetaType::QString));
    }
    if (field == CustomerField::Group)
        return v.toString().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : v;
    if (fieldIsBool(field))
        return v.toBool() ? 1 : 0;
    return text(v.toString());
}

Customer customerFromQuery(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toString();
    c.number = q.value(1).toString();
    c.firstName = q.value(2).toString();
    c.lastName = q.value(3).toString();
    c.company = q.value(4).toString();
    c.email = q.value(5).toString();
    c.phone = q.value(6).toString();
    c.street = q.value(7).toString();
    c.postcode = q.value(8).toString();
    c.city = q.value(9).toString();
    c.country = q.value(10).toString();
    c.birthDate = parseDay(q.value(11));
    c.language = q.value(12).toString();
    c.groupId = q.value(13).toString();
    c.groupName = q.value(14).toString();
    c.blocked = q.value(15).toInt() != 0;
    c.blockedReason = q.value(16).toString();
    c.note = q.value(17).toString();
    c.createdAt = parseTime(q.value(18));
    c.updatedAt = parseTime(q.value(19));
    return c;
}

const char kSummaryColumns[] =
    "c.id, c.number, c.first_name, c.last_name, c.company, c.email, c.phone, c.city, c.blocked";

CustomerSummary summaryFromQuery(const QSqlQuery &q)
{
    CustomerSummary s;
    s.id = q.value(0).toString();
    s.number = q.value(1).toString();
    const QString person =
        QStringList{q.value(2).toString(), q.value(3).toString()}.join(QLatin1Char(' ')).trimmed();
    const QString company = q.value(4).toString();
    s.name = person.isEmpty()
                 ? company
                 : (company.isEmpty() ? person
                                      : person + QStringLiteral(" (") + company + QLatin1Char(')'));
    s.email = q.value(5).toString();
    s.phone = q.value(6).toString();
    s.city = q.value(7).toString();
    s.blocked = q.value(8).toInt() != 0;
    return s;
}

} // namespace

Customer Store::customer(const QString &id) const
{
    QSqlQuery &q = cached(CustomerById,
                          "SELECT c.id, c.number, c.first_name, c.last_name, c.company, c.email, "
                          "c.phone, c.street, c.postcode, c.city, c.country, c.birth_date, "
                          "c.language, c.group_id, g.name, c.blocked, c.blocked_reason, c.note, "
                          "c.created_at, c.updated_at FROM customers c LEFT JOIN customer_groups g "
                          "ON g.id = c.group_id WHERE c.id = ? AND c.deleted_at IS NULL");
    q.addBindValue(id);
    Customer c;
    if (execQuery(q) && q.next())
        c = customerFromQuery(q);
    q.finish();
    return c;
}

Customer Store::customerByNumber(const QString &number) const
{
    // As typed at the counter: "K-10423", "k10423" or just "10423".
    static const QRegularExpression leased(QStringLiteral("^K?-?(\\d+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString normalized = number.trimmed().toUpper();
    const auto m = leased.match(normalized);
    if (m.hasMatch())
        normalized = QStringLiteral("K-") + m.captured(1);
    QSqlQuery &q = cached(CustomerByNumber,
                          "SELECT id FROM customers WHERE number = ? AND deleted_at IS NULL");
    q.addBindValue(normalized);
    QString id;
    if (execQuery(q) && q.next())
        id = q.value(0).toString();
    q.finish();
    return id.isEmpty() ? Customer() : customer(id);
}

qint64 Store::customerCount() const
{
    QSqlQuery q(m_db);
    return (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers) - (SELECT count(*) FROM "
                                  "customers WHERE deleted_at IS NOT NULL)")) &&
            q.next())
               ? q.value(0).toLongLong()
               : 0;
}

QList<CustomerSummary> Store::search(const QString &text, int limit) const
{
    QList<CustomerSummary> out;
    QSet<QString> seen;
    auto take = [&](QSqlQuery &q) {
        while (q.next() && out.size() < limit) {
            CustomerSummary s = summaryFromQuery(q);
            if (!seen.contains(s.id)) {
                seen.insert(s.id);
                out << s;
            }
        }
        q.finish();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return out;

    // Tier 1: the exact customer number, typed with or without its "K-".
    static const QRegularExpression numberLike(QStringLiteral("^(K-?)?(\\d+)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList numbers{trimmed.toUpper()};
    const auto m = numberLike.match(trimmed);
    if (m.hasMatch())
        numbers << QStringLiteral("K-") + m.captured(2);
    for (const QString &n : std::as_const(numbers)) {
        QSqlQuery &q =
            cached(SearchNumber, "SELECT c.id, c.number, c.first_name, c.last_name, "
                                 "c.company, c.email, c.phone, c.city, c.blocked FROM "
                                 "customers c WHERE c.number = ? AND c.deleted_at IS NULL");
        q.addBindValue(n);
        if (execQuery(q))
            take(q);
    }

    // Tier 2: names starting with the text ("mull" → Müller, Anna), in name order.
    const QStringList terms = searchTerms(trimmed);
    if (terms.isEmpty())
        return out;
    const QString prefix = terms.join(QLatin1Char(' '));
    if (out.size() < limit && !prefix.front().isDigit()) {
        QSqlQuery &q =
            cached(SearchName, "SELECT c.id, c.number, c.first_name, c.last_name, c.company, "
                               "c.email, c.phone, c.city, c.blocked FROM customers c "
                               "WHERE c.name_fold >= ? AND c.name_fold < ? AND c.deleted_at IS "
                               "NULL ORDER BY c.name_fold "
                               "LIMIT ?");
        q.addBindValue(prefix);
        q.addBindValue(prefix + QChar(0xFFFF));
        q.addBindValue(limit);
        if (execQuery(q))
            take(q);
    }

    // Tier 3: every term anywhere (name, e-mail, phone digits, address), through the trigram
    // index. Terms shorter than a trigram narrow the matches afterwards.
    if (out.size() >= limit)
        return out;
    QStringList ftsTerms, shortTerms;
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9][0-9./-]*[0-9]$"));
    for (QString t : terms) {
        if (phoneLike.match(t).hasMatch())
            t = digitsOnly(t);
        (t.size() >= 3 ? ftsTerms : shortTerms) << t;
    }
    if (ftsTerms.isEmpty())
        return out;
    QStringList phrases;
    for (const QString &t : std::as_const(ftsTerms))
        phrases << QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                       QLatin1Char('"');
    QString sql = QStringLiteral("SELECT c.id, c.number, c.first_name, c.last_name, c.company, "
                                 "c.email, c.phone, c.city, c.blocked FROM customer_search s "
                                 "JOIN customers c ON c.seq = s.rowid WHERE customer_search "
                                 "MATCH ? AND c.deleted_at IS NULL");
    for (int i = 0; i < shortTerms.size(); ++i)
        sql += QStringLiteral(" AND instr(s.doc, ?) > 0");
    sql += QStringLiteral(" LIMIT ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(phrases.join(QLatin1Char(' ')));
    for (const QString &t : std::as_const(shortTerms))
        q.addBindValue(t);
    q.addBindValue(limit + int(seen.size()));
    if (execQuery(q))
        take(q);
    return out;
}

QList<CustomerSummary> Store::summaries(const QStringList &ids) const
{
    QList<CustomerSummary> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM customers c WHERE c.id = ? AND c.deleted_at IS NULL")
                  .arg(QString::fromLatin1(kSummaryColumns)));
    for (const QString &id : ids) {
        q.addBindValue(id);
        if (execQuery(q) && q.next())
            out << summaryFromQuery(q);
    }
    return out;
}

QList<CustomerSummary> Store::likelyDuplicates(const Customer &candidate) const
{
    // Same e-mail (any case), or the same name (any case, with or without accents) and the same
    // birth date.
    QList<CustomerSummary> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM customers c WHERE c.id <> ? AND c.deleted_at IS NULL AND ((? <> '' AND "
            "c.email = ? COLLATE NOCASE) OR (? IS NOT NULL AND ? <> '' AND "
            "c.name_fold = ? AND c.birth_date = ?)) LIMIT 10")
            .arg(QString::fromLatin1(kSummaryColumns)));
    const QVariant birth = candidate.birthDate.isValid()
                               ? QVariant(candidate.birthDate.toString(Qt::ISODate))
                               : QVariant(QMetaType(QMetaType::QString));
    const QString name = candidate.lastName.trimmed().isEmpty()
                             ? QString()
                             : nameKey(candidate.firstName, candidate.lastName, QString());
    q.addBindValue(text(candidate.id)); // a new customer has no id yet: compare with ''
    q.addBindValue(text(candidate.email.trimmed()));
    q.addBindValue(text(candidate.email.trimmed()));
    q.addBindValue(birth);
    q.addBindValue(text(name));
    q.addBindValue(text(name));
    q.addBindValue(birth);
    if (execQuery(q))
        while (q.next())
            out << summaryFromQuery(q);
    return out;
}

QList<QPair<QString, QString>> Store::customerGroups() const
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT id, name FROM customer_groups WHERE deleted_at IS NULL ORDER BY name")))
        while (q.next())
            out << qMakePair(q.value(0).toString(), q.value(1).toString());
    return out;
}

CustomerOverview Store::overview(const QString &customerId, bool *ok) const
{
    // Sums are derived from appended rows: what is open is charged less corrected less paid;
    // a voucher's credit is its value less its redemptions.
    CustomerOverview o;
    QSqlQuery &q =
        cached(Overview, RENTDESK_CUSTOMER_CHARGES
               "SELECT (SELECT count(*) FROM transaction_lines l JOIN transactions t ON t.id = "
               "l.transaction_id WHERE t.customer_id = :customer AND t.status = 'handed_out' AND "
               "l.returned_at IS NULL AND l.deleted_at IS NULL AND t.deleted_at IS NULL), (SELECT "
               "count(*) FROM transactions WHERE customer_id = :customer AND deleted_at IS NULL), "
               "(SELECT coalesce(sum(open_minor), 0) FROM b WHERE open_minor > 0), (SELECT "
               "count(*) FROM b WHERE open_minor > 0), (SELECT count(*) FROM voucher_balances "
               "WHERE customer_id = :customer AND remaining_minor > 0 AND (expires_on IS NULL OR "
               "expires_on >= :today)), (SELECT coalesce(sum(remaining_minor), 0) FROM "
               "voucher_balances WHERE customer_id = :customer AND remaining_minor > 0 AND "
               "(expires_on IS NULL OR expires_on >= :today))");
    q.bindValue(QStringLiteral(":customer"), customerId);
    q.bindValue(QStringLiteral(":today"), clock::today().toString(Qt::ISODate));
    if (execQuery(q, ok) && q.next()) {
        o.runningRentals = q.value(0).toInt();
        o.transactions = q.value(1).toInt();
        o.openAmount = Money{q.value(2).toLongLong(), QStringLiteral("EUR")};
        o.openPayments = q.value(3).toInt();
        o.activeVouchers = q.value(4).toInt();
        o.voucherCredit = Money{q.value(5).toLongLong(), QStringLiteral("EUR")};
    }
    q.finish();
    return o;
}

QString Store::provisionalPrefix() const
{
    // Until the server gives this desk its code, provisional numbers carry six characters drawn
    // from the client id: "P-7QK2MX-0001". 32^6 codes make a shared one unlikely even among
    // thousands of desks; "P-" keeps them apart from leased numbers and from Windows device
    // names such as NUL or AUX.
    if (!m_deskCode.isEmpty())
        return m_deskCode;
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // no I, L, O, U
    const QByteArray hash =
        QCryptographicHash::hash(m_clientId.toLatin1(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 4; ++i)
        bits = (bits << 8) | quint8(hash.at(i));
    QString code = QStringLiteral("P-");
    for (int i = 0; i < 6; ++i, bits >>= 5)
        code += QLatin1Char(alphabet[bits & 31]);
    return code;
}

QString Store::allocateCustomerNumber(WriteContext &ctx)
{
    // Leased blocks first (disjoint across desks because the server hands them out); without
    // one, a provisional number of this desk, which stays the customer's number.
    QSqlQuery q(ctx.db());
    if (ctx.exec(QStringLiteral("SELECT first_number, next_number FROM number_blocks WHERE "
                                "next_number <= last_number ORDER BY first_number LIMIT 1"),
                 {}, &q) &&
        q.next()) {
        const qint64 first = q.value(0).toLongLong();
        const qint64 next = q.value(1).toLongLong();
        if (!ctx.exec(QStringLiteral("UPDATE number_blocks SET next_number = next_number + 1 "
                                     "WHERE first_number = ?"),
                      {first}))
            return {};
        return QStringLiteral("K-%1").arg(next);
    }
    if (!ctx.error.isEmpty())
        return {};
    const qint64 next =
        ctx.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'provisional_next'"))
            .toLongLong();
    if (next <= 0 || !ctx.exec(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = "
                                              "'provisional_next'"),
                               {QString::number(next + 1)}))
        return {};
    return QStringLiteral("%1-%2").arg(provisionalPrefix()).arg(next, 4, 10, QLatin1Char('0'));
}

bool Store::refreshDerived(const SyncEntity &entity, const QString &id, QString *error)
{
    if (entity.name != QLatin1String("customer"))
        return true;
    // The folded name for the prefix search and the trigram document for substring search.
    QSqlError failure;
    QSqlQuery *q = m_writeStatements.run(
        m_db,
        QStringLiteral("SELECT seq, number, first_name, last_name, company, email, phone, "
                       "street, postcode, city FROM customers WHERE id = ?"),
        {id}, &failure);
    if (!q || !q->next()) {
        *error = errorInWords(failure);
        return false;
    }
    const QVariant seq = q->value(0);
    const SearchFields f{q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                         q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                         q->value(7).toString(), q->value(8).toString(), q->value(9).toString()};
    q->finish();
    const std::initializer_list<std::pair<QString, QVariantList>> statements = {
        {QStringLiteral("UPDATE customers SET name_fold = ? WHERE seq = ?"),
         {nameKey(f.firstName, f.lastName, f.company), seq}},
        {QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"), {seq}},
        {QStringLiteral("INSERT INTO customer_search(rowid, doc) VALUES (?, ?)"),
         {seq, searchDocument(f)}},
    };
    for (const auto &[sql, values] : statements)
        if (!m_writeStatements.run(m_db, sql, values, &failure)) {
            *error = errorInWords(failure);
            return false;
        }
    return true;
}

WriteResult Store::createCustomer(Customer draft)
{
    const auto fieldErrors = CustomerValidator::checkCustomer(draft);
    if (!fieldErrors.isEmpty()) {
        WriteResult r;
        r.fieldErrors = fieldErrors;
        return r;
    }
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("customer.create"));
        if (!draft.groupId.isEmpty() &&
            !ctx.scalar(QStringLiteral("SELECT 1 FROM customer_groups WHERE id = ? AND "
                                       "deleted_at IS NULL"),
                        {draft.groupId})
                 .isValid()) {
            ctx.failField(CustomerField::Group, tr("This customer group does not exist."));
            return false;
        }
        draft.id = newId();
        draft.number = allocateCustomerNumber(ctx);
        if (draft.number.isEmpty()) {
            ctx.fail(tr("No customer number could be assigned. %1").arg(ctx.error));
            return false;
        }
        QVariantHash values{{QStringLiteral("number"), draft.number},
                            {QStringLiteral("created_at"), ctx.now()},
                            {QStringLiteral("updated_at"), ctx.now()}};
        for (CustomerField f : allCustomerFields())
            values.insert(columnName(f), sqlValue(f, draft.value(f)));
        if (!ctx.insert(QStringLiteral("customer"), draft.id, values))
            return false;
        ctx.createdId = draft.id;
        ctx.addActivity(draft.id, QStringLiteral("customer.created"), QString(), QString(),
                        draft.number);
        return true;
    });
}

WriteResult Store::updateCustomer(const QString &id, const QHash<CustomerField, QVariant> &changes)
{
    // Everything is read inside the write transaction: the old values recorded are the ones
    // this change replaces, even when another program wrote a moment before.
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("customer.update"));
        const Customer before = customer(id);
        if (!before.isValid()) {
            ctx.fail(tr("This customer no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        // Check each value as typed (so "31.02.1990" is reported, not turned into an empty
        // date), then the whole record, so a changed country re-checks the postcode; report the
        // errors of the fields that were changed or that the change made wrong.
        Customer after = before;
        if (changes.contains(CustomerField::Country)) {
            const auto c = CustomerValidator::checkField(CustomerField::Country,
                                                         changes.value(CustomerField::Country));
            if (c.ok())
                after.country = c.value.toString();
        }
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const auto c = CustomerValidator::checkField(it.key(), it.value(), after.country);
            if (c.ok())
                after.setValue(it.key(), c.value);
            else
                ctx.failField(it.key(), c.error);
        }
        if (!ctx.fieldErrors.isEmpty())
            return false;
        const auto errors = CustomerValidator::checkCustomer(after);
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            const bool touched =
                changes.contains(it.key()) ||
                (it.key() == CustomerField::Postcode && changes.contains(CustomerField::Country)) ||
                (it.key() == CustomerField::LastName && changes.contains(CustomerField::Company));
            if (touched)
                ctx.failField(it.key(), it.value());
        }
        if (!ctx.fieldErrors.isEmpty())
            return false;

        QVariantHash values;
        for (CustomerField f : allCustomerFields()) {
            const QString oldText = valueText(before.value(f));
            const QString newText = valueText(after.value(f));
            if (!changes.contains(f) || oldText == newText)
                continue;
            if (f == CustomerField::Group && !newText.isEmpty() &&
                !ctx.scalar(QStringLiteral("SELECT 1 FROM customer_groups WHERE id = ? AND "
                                           "deleted_at IS NULL"),
                            {newText})
                     .isValid()) {
                ctx.failField(f, tr("This customer group does not exist."));
                return false;
            }
            values.insert(columnName(f), sqlValue(f, after.value(f)));
            ctx.addActivity(id, QStringLiteral("customer.changed"), columnName(f), oldText,
                            newText);
        }
        if (values.isEmpty())
            return true; // nothing to do: no activity, no outbox
        values.insert(QStringLiteral("updated_at"), ctx.now());
        return ctx.update(QStringLiteral("customer"), id, values);
    });
}

} // namespace rentdesk
