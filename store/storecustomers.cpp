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
    c.blockedUntil = parseDay(q.value(20));
    return c;
}

const char kSummaryColumns[] =
    "c.id, c.number, c.first_name, c.last_name, c.company, c.email, c.phone, c.city, c.blocked, "
    "c.blocked_until";

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
    s.blocked = q.value(8).toInt() != 0 && blockedOn(parseDay(q.value(9)), clock::today());
    return s;
}

} // namespace

Customer Store::customer(const QString &id) const
{
    QSqlQuery &q = cached(CustomerById,
                          "SELECT c.id, c.number, c.first_name, c.last_name, c.company, c.email, "
                          "c.phone, c.street, c.postcode, c.city, c.country, c.birth_date, "
                          "c.language, c.group_id, g.name, c.blocked, c.blocked_reason, c.note, "
                          "c.created_at, c.updated_at, c.blocked_until FROM customers c LEFT JOIN "
                          "customer_groups g "
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
    // An imported number ("10023", "A-552") is taken as written first.
    const QString typed = number.trimmed().toUpper();
    QStringList candidates{typed};
    const auto m = leased.match(typed);
    if (m.hasMatch())
        candidates << QStringLiteral("K-") + m.captured(1);
    QString id;
    for (const QString &candidate : std::as_const(candidates)) {
        QSqlQuery &q = cached(CustomerByNumber,
                              "SELECT id FROM customers WHERE number = ? AND deleted_at IS NULL");
        q.addBindValue(candidate);
        if (execQuery(q) && q.next())
            id = q.value(0).toString();
        q.finish();
        if (!id.isEmpty())
            break;
    }
    return id.isEmpty() ? Customer() : customer(id);
}

bool Store::forEachCustomer(const std::function<void(const Customer &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.number, c.first_name, c.last_name, c.company, c.email, c.phone, "
            "c.street, c.postcode, c.city, c.country, c.birth_date, c.language, c.group_id, "
            "g.name, c.blocked, c.blocked_reason, c.note, c.created_at, c.updated_at, "
            "c.blocked_until FROM "
            "customers c LEFT JOIN customer_groups g ON g.id = c.group_id WHERE c.deleted_at IS "
            "NULL ORDER BY c.number")))
        return false;
    while (q.next())
        visit(customerFromQuery(q));
    return true;
}

bool Store::insertCustomerGroup(WriteContext &ctx, const QString &name, QString *id)
{
    // Named by its name: two desks that bring the same group make the same row, which the server
    // merges, instead of two groups with one name.
    *id = naturalId(QStringLiteral("customer_group"), {name.trimmed().toCaseFolded()});
    return ctx.insert(QStringLiteral("customer_group"), *id,
                      {{QStringLiteral("name"), name}, {QStringLiteral("discount_percent"), 0}});
}

bool Store::customerGroupDeleted(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM customer_groups WHERE name = ? COLLATE NOCASE AND "
                             "deleted_at IS NOT NULL"));
    q.addBindValue(name.trimmed());
    return execQuery(q) && q.next();
}

bool Store::customerNumberTaken(const QString &number) const
{
    // Deleted customers keep their numbers (a number is never given twice).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM customers WHERE number = ?"));
    q.addBindValue(number);
    return execQuery(q) && q.next();
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

    // Tier 1: the exact customer number, typed with or without its "K-", with spaces or dots
    // ("k 10 012"), or a number an import brought along ("A-552").
    static const QRegularExpression numberLike(QStringLiteral("^(K[\\s./-]*)?(\\d[\\d\\s./-]*)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList numbers{trimmed.toUpper()};
    const auto m = numberLike.match(trimmed);
    if (m.hasMatch())
        numbers << QStringLiteral("K-") + digitsOnly(m.captured(2)) << digitsOnly(m.captured(2));
    numbers.removeDuplicates();
    for (const QString &n : std::as_const(numbers)) {
        QSqlQuery &q = cached(
            SearchNumber, "SELECT c.id, c.number, c.first_name, c.last_name, "
                          "c.company, c.email, c.phone, c.city, c.blocked, c.blocked_until FROM "
                          "customers c WHERE c.number = ? AND c.deleted_at IS NULL");
        q.addBindValue(n);
        if (execQuery(q))
            take(q);
    }

    // Tier 1b: a transaction's number, or the barcode of an object that is out: its customer.
    for (const auto &[key, sql] :
         {std::pair{
              SearchTransaction,
              "SELECT c.id, c.number, c.first_name, c.last_name, c.company, c.email, c.phone, "
              "c.city, c.blocked, c.blocked_until FROM transactions t JOIN customers c ON "
              "c.id = t.customer_id WHERE t.number = ? COLLATE NOCASE AND t.deleted_at IS "
              "NULL AND c.deleted_at IS NULL"},
          std::pair{
              SearchBarcode,
              "SELECT c.id, c.number, c.first_name, c.last_name, c.company, c.email, c.phone, "
              "c.city, c.blocked, c.blocked_until FROM rental_objects o JOIN "
              "transaction_lines l ON l.rental_object_id = o.id AND l.returned_at IS NULL "
              "AND l.deleted_at IS NULL JOIN transactions t ON t.id = l.transaction_id AND "
              "t.status = 'handed_out' AND t.deleted_at IS NULL JOIN customers c ON c.id = "
              "t.customer_id WHERE o.barcode = ? COLLATE NOCASE AND o.deleted_at IS NULL"}}) {
        QSqlQuery &q = cached(key, sql);
        q.addBindValue(trimmed);
        if (execQuery(q))
            take(q);
    }

    // Tier 2: names starting with the text ("mull" → Müller, Anna), in name order; two words
    // also the other way round ("anna schäfer" → Schäfer, Anna).
    const QStringList terms = searchTerms(trimmed);
    if (terms.isEmpty())
        return out;
    QStringList prefixes{terms.join(QLatin1Char(' '))};
    if (terms.size() == 2)
        prefixes << terms.at(1) + QLatin1Char(' ') + terms.at(0);
    for (const QString &prefix : std::as_const(prefixes)) {
        if (out.size() >= limit || prefix.front().isDigit())
            break;
        QSqlQuery &q = cached(
            SearchName, "SELECT c.id, c.number, c.first_name, c.last_name, c.company, "
                        "c.email, c.phone, c.city, c.blocked, c.blocked_until FROM customers c "
                        "WHERE c.name_fold >= ? AND c.name_fold < ? AND c.deleted_at IS "
                        "NULL ORDER BY c.name_fold "
                        "LIMIT ?");
        q.addBindValue(prefix);
        q.addBindValue(prefix + QChar(0xFFFF));
        q.addBindValue(limit);
        if (execQuery(q))
            take(q);
    }
    if (out.size() >= limit)
        return out;

    // Tier 3: every term anywhere (name, e-mail, phone digits, address), through the trigram
    // index; two letters of a non-Latin name through its two-letter keys. Terms shorter than a
    // trigram narrow the matches afterwards. Ranked: the customers active most recently first,
    // among the newest matches when a term matches very many (kRankWindow).
    QStringList ftsTerms, shortTerms;
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9][0-9./-]*[0-9]$"));
    for (QString t : terms) {
        if (phoneLike.match(t).hasMatch())
            t = digitsOnly(t);
        (t.size() >= 3 ? ftsTerms : shortTerms) << t;
    }
    constexpr int kRankWindow = 1000;
    QString sql, newestFirst = QStringLiteral("rowid DESC");
    QVariantList binds;
    if (!ftsTerms.isEmpty()) {
        QStringList phrases;
        for (const QString &t : std::as_const(ftsTerms))
            phrases << QLatin1Char('"') +
                           QString(t).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                           QLatin1Char('"');
        sql = QStringLiteral("SELECT rowid AS seq, doc FROM customer_search WHERE "
                             "customer_search MATCH ?");
        binds << phrases.join(QLatin1Char(' '));
    } else {
        // Only short terms: a two-letter one in a non-Latin script has keys of its own.
        QString gram;
        for (const QString &t : std::as_const(shortTerms))
            if (t.size() == 2 && hasNonLatinLetters(t))
                gram = t;
        if (gram.isEmpty())
            return out;
        shortTerms.removeOne(gram);
        newestFirst = QStringLiteral("b.customer_seq DESC");
        sql = QStringLiteral("SELECT b.customer_seq AS seq, s.doc FROM customer_bigrams b JOIN "
                             "customer_search s ON s.rowid = b.customer_seq WHERE b.gram = ?");
        binds << gram;
    }
    for (const QString &t : std::as_const(shortTerms)) {
        sql += QStringLiteral(" AND instr(doc, ?) > 0");
        binds << t;
    }
    sql = QStringLiteral(
              "SELECT c.id, c.number, c.first_name, c.last_name, c.company, c.email, "
              "c.phone, c.city, c.blocked, c.blocked_until FROM (%1 ORDER BY %2 LIMIT %3) m JOIN "
              "customers c ON c.seq = m.seq LEFT JOIN customer_recency r ON "
              "r.customer_seq = c.seq WHERE c.deleted_at IS NULL ORDER BY "
              "coalesce(r.last_at, c.updated_at) DESC, c.seq DESC LIMIT ?")
              .arg(sql, newestFirst)
              .arg(kRankWindow);
    binds << limit + int(seen.size());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
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

QList<CustomerSummary> Store::blockedCustomers(const QString &text, int limit) const
{
    QList<CustomerSummary> out;
    if (text.trimmed().isEmpty()) {
        // Every customer blocked today, by name (a partial index holds only blocked ones).
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT %1 FROM customers c WHERE c.blocked = 1 AND "
                                 "c.deleted_at IS NULL AND (c.blocked_until IS NULL OR "
                                 "c.blocked_until >= ?) ORDER BY c.last_name, c.first_name, "
                                 "c.company LIMIT ?")
                      .arg(QString::fromLatin1(kSummaryColumns)));
        q.addBindValue(clock::today().toString(Qt::ISODate));
        q.addBindValue(limit);
        if (execQuery(q))
            while (q.next())
                out << summaryFromQuery(q);
        return out;
    }
    // The best matches of the search that are blocked: few customers are.
    for (const CustomerSummary &s : search(text, 1000))
        if (s.blocked && out.size() < limit)
            out << s;
    return out;
}

QList<CustomerSummary> Store::likelyDuplicates(const Customer &candidate) const
{
    // Same e-mail (any case), or the same name (any case, with or without accents) and the same
    // birth date.
    QList<CustomerSummary> out;
    QSqlQuery &q = cached(
        LikelyDuplicates,
        "SELECT c.id, c.number, c.first_name, c.last_name, c.company, c.email, c.phone, c.city, "
        "c.blocked, c.blocked_until FROM customers c WHERE c.id <> ? AND c.deleted_at IS NULL AND "
        "((? <> '' AND "
        "c.email = ? COLLATE NOCASE) OR (? IS NOT NULL AND ? <> '' AND c.name_fold = ? AND "
        "c.birth_date = ?)) LIMIT 10");
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
    q.finish();
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
    QSqlQuery *q = ctx.query(QStringLiteral("SELECT first_number, next_number FROM number_blocks "
                                            "WHERE next_number <= last_number ORDER BY "
                                            "first_number LIMIT 1"));
    if (q && q->next()) {
        const qint64 first = q->value(0).toLongLong();
        const qint64 next = q->value(1).toLongLong();
        q->finish();
        if (!ctx.exec(QStringLiteral("UPDATE number_blocks SET next_number = next_number + 1 "
                                     "WHERE first_number = ?"),
                      {first}))
            return {};
        return QStringLiteral("K-%1").arg(next);
    }
    if (q)
        q->finish();
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

bool Store::refreshDerived(const SyncEntity &entity, const QString &id, QString *error,
                           const WriteContext::InsertedRow *inserted)
{
    if (entity.name != QLatin1String("customer"))
        return true;
    // The folded name for the prefix search and the trigram document for substring search: from
    // the values just inserted, or read back after any other change.
    QSqlError failure;
    QVariant seq;
    SearchFields f;
    QString storedName;
    if (inserted && inserted->rowid.isValid()) {
        const QJsonObject &v = inserted->change.newValues;
        const auto get = [&](const char *key) { return v.value(QLatin1String(key)).toString(); };
        seq = inserted->rowid;
        f = {get("number"), get("first_name"), get("last_name"), get("company"), get("email"),
             get("phone"),  get("street"),     get("postcode"),  get("city")};
        storedName = inserted->local.value(QStringLiteral("name_fold")).toString();
    } else {
        QSqlQuery *q = m_writeStatements.run(
            m_db,
            QStringLiteral("SELECT seq, number, first_name, last_name, company, email, phone, "
                           "street, postcode, city, name_fold FROM customers WHERE id = ?"),
            {id}, &failure);
        if (!q || !q->next()) {
            *error = errorInWords(failure);
            return false;
        }
        seq = q->value(0);
        f = {q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
             q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
             q->value(7).toString(), q->value(8).toString(), q->value(9).toString()};
        storedName = q->value(10).toString();
        q->finish();
    }
    const QString name = nameKey(f.firstName, f.lastName, f.company);
    std::vector<std::pair<QString, QVariantList>> statements;
    if (name != storedName)
        statements.push_back(
            {QStringLiteral("UPDATE customers SET name_fold = ? WHERE seq = ?"), {name, seq}});
    // A row new in this operation has no search entries to replace. A row from the server may
    // be new here after its activities: its last activity is noted now.
    if (!inserted) {
        statements.push_back(
            {QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"), {seq}});
        statements.push_back(
            {QStringLiteral("DELETE FROM customer_bigrams WHERE customer_seq = ?"), {seq}});
        statements.push_back({QStringLiteral(RENTDESK_RECENCY_FROM_ACTIVITIES), {seq, id}});
    }
    statements.push_back({QStringLiteral("INSERT INTO customer_search(rowid, doc) VALUES (?, ?)"),
                          {seq, searchDocument(f)}});
    for (const auto &[sql, values] : statements)
        if (!m_writeStatements.run(m_db, sql, values, &failure)) {
            *error = errorInWords(failure);
            return false;
        }
    return writeBigrams(seq, f, error);
}

bool Store::writeBigrams(const QVariant &seq, const SearchFields &fields, QString *error)
{
    QSqlError failure;
    for (const QString &gram : nameBigrams(fields.firstName, fields.lastName))
        if (!m_writeStatements.run(m_db,
                                   QStringLiteral("INSERT OR IGNORE INTO customer_bigrams(gram, "
                                                  "customer_seq) VALUES (?, ?)"),
                                   {gram, seq}, &failure)) {
            *error = errorInWords(failure);
            return false;
        }
    return true;
}

WriteResult Store::createCustomer(Customer draft, bool invite)
{
    const auto fieldErrors = CustomerValidator::checkCustomer(draft);
    if (!fieldErrors.isEmpty()) {
        WriteResult r;
        r.fieldErrors = fieldErrors;
        return r;
    }
    draft.number.clear();
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("customer.create"));
        if (!insertCustomer(ctx, draft))
            return false;
        ctx.addActivity(draft.id, QStringLiteral("customer.created"), QString(), QString(),
                        draft.number);
        if (invite && !insertInvitation(ctx, draft.id, draft.email)) {
            ctx.failField(CustomerField::Email, ctx.error);
            ctx.error.clear();
            return false;
        }
        return true;
    });
}

bool Store::insertCustomer(WriteContext &ctx, Customer &draft)
{
    if (!draft.groupId.isEmpty() &&
        !ctx.scalar(QStringLiteral("SELECT 1 FROM customer_groups WHERE id = ? AND "
                                   "deleted_at IS NULL"),
                    {draft.groupId})
             .isValid()) {
        ctx.failField(CustomerField::Group, tr("This customer group does not exist."));
        return false;
    }
    draft.id = newId();
    const auto taken = [&ctx](const QString &number) {
        return ctx.scalar(QStringLiteral("SELECT 1 FROM customers WHERE number = ?"), {number})
            .isValid();
    };
    // A number brought along (an import keeps the old system's numbers) stays when it is free.
    if (!draft.number.isEmpty() && taken(draft.number))
        draft.number.clear();
    // An imported customer may have brought the next number along: take the one after.
    while (draft.number.isEmpty() && ctx.error.isEmpty()) {
        draft.number = allocateCustomerNumber(ctx);
        if (draft.number.isEmpty())
            break;
        if (taken(draft.number))
            draft.number.clear();
    }
    if (draft.number.isEmpty()) {
        ctx.fail(tr("No customer number could be assigned. %1").arg(ctx.error));
        return false;
    }
    QVariantHash values{{QStringLiteral("number"), draft.number},
                        {QStringLiteral("created_at"), ctx.now()},
                        {QStringLiteral("updated_at"), ctx.now()}};
    for (CustomerField f : allCustomerFields())
        values.insert(columnName(f), sqlValue(f, draft.value(f)));
    // The folded name goes in with the row; the search index follows (refreshDerived()).
    if (!ctx.insert(QStringLiteral("customer"), draft.id, values,
                    {{QStringLiteral("name_fold"),
                      nameKey(draft.firstName, draft.lastName, draft.company)}}))
        return false;
    ctx.createdId = draft.id;
    return true;
}

WriteResult Store::updateCustomer(const QString &id, const QHash<CustomerField, QVariant> &changes)
{
    // Everything is read inside the write transaction: the old values recorded are the ones
    // this change replaces, even when another program wrote a moment before.
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("customer.update"));
        return changeCustomer(ctx, id, changes);
    });
}

bool Store::changeCustomer(WriteContext &ctx, const QString &id,
                           const QHash<CustomerField, QVariant> &changes)
{
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
        ctx.addActivity(id, QStringLiteral("customer.changed"), columnName(f), oldText, newText);
    }
    if (values.isEmpty())
        return true; // nothing to do: no activity, no outbox
    // Blocked set or cleared by hand has no end date (a block with an end is made by
    // blockCustomer()).
    if (values.contains(columnName(CustomerField::Blocked)))
        values.insert(QStringLiteral("blocked_until"), QVariant(QMetaType(QMetaType::QString)));
    values.insert(QStringLiteral("updated_at"), ctx.now());
    return ctx.update(QStringLiteral("customer"), id, values);
}

} // namespace rentdesk
