#include "store.h"

#include "customervalidator.h"
#include "permissions.h"
#include "schema.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace rentdesk {

namespace {

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

QDate parseDay(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Money money(const QVariant &minor, const QVariant &currency)
{
    return Money{minor.toLongLong(),
                 currency.isNull() ? QStringLiteral("EUR") : currency.toString()};
}

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : QString();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

// Qt's SQLite driver binds a null QString as SQL NULL; text columns are NOT NULL, so empty text
// must be bound as an empty, non-null string.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
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

QString searchDocumentOf(const Customer &c)
{
    return searchDocument({c.number, c.firstName, c.lastName, c.company, c.email, c.phone, c.street,
                           c.postcode, c.city});
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

// Statement keys of the cache.
enum Stmt {
    CustomerById,
    CustomerByNumber,
    SearchNumber,
    SearchName,
    RentedObjects,
    Transactions,
    DamageCases,
    Accesses,
    Vouchers,
    OpenPayments,
    OpenBalances,
    Documents,
    Activities,
    ActivitiesAfter,
    Overview,
    PermissionDefaults,
    PermissionGroup,
    PermissionCustomer,
};

bool execQuery(QSqlQuery &q)
{
    if (!q.exec()) {
        qWarning("rentdesk store: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rentdesk::StoreChange>();
}

Store::~Store()
{
    close();
}

QString Store::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Store::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool Store::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    m_connection = QStringLiteral("rentdesk-store-") + newId();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        m_lastError = tr("Cannot open %1: %2").arg(path, m_db.lastError().text());
        close();
        return false;
    }
    QSqlQuery q(m_db);
    // A file of a newer program is refused before anything (even the journal mode) changes it.
    if (Schema::version(m_db) > Schema::latestVersion()) {
        m_lastError = tr("%1 was written by a newer RentDesk (schema %2; this one knows up to %3). "
                         "Please update RentDesk.")
                          .arg(path)
                          .arg(Schema::version(m_db))
                          .arg(Schema::latestVersion());
        close();
        return false;
    }
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_lastError = tr("Cannot prepare %1: %2").arg(path, q.lastError().text());
            close();
            return false;
        }
    }
    QString error;
    if (!Schema::upgrade(m_db, &error)) {
        m_lastError = tr("Cannot upgrade %1: %2").arg(path, error);
        close();
        return false;
    }
    if (!readIdentity()) {
        close();
        return false;
    }
    return true;
}

void Store::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QString Store::fileStorePath() const
{
    const QFileInfo info(m_path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral("-files");
}

bool Store::readIdentity()
{
    // The client id and desk code are made once per installation (per file) and never change.
    QSqlQuery q(m_db);
    auto get = [&](const QString &key) {
        q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
        q.addBindValue(key);
        return (q.exec() && q.next()) ? q.value(0).toString() : QString();
    };
    auto put = [&](const QString &key, const QString &value) {
        q.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        return q.exec();
    };
    m_clientId = get(QStringLiteral("client_id"));
    m_deskCode = get(QStringLiteral("desk_code"));
    if (m_clientId.isEmpty()) {
        m_clientId = newId();
        // Letters that are not confused when read aloud; never K, which starts leased numbers.
        static const QString alphabet = QStringLiteral("ACDEFHJLMNPRTUVWXY");
        m_deskCode.clear();
        for (int i = 0; i < 3; ++i)
            m_deskCode += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
        if (!m_db.transaction() || !put(QStringLiteral("client_id"), m_clientId) ||
            !put(QStringLiteral("desk_code"), m_deskCode) ||
            !put(QStringLiteral("last_mutation_id"), QStringLiteral("0")) ||
            !put(QStringLiteral("provisional_next"), QStringLiteral("1")) || !m_db.commit()) {
            m_lastError = tr("Cannot write the desk identity: %1").arg(q.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    return true;
}

QString Store::ensureDeskStaff()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id FROM staff ORDER BY created_at, id LIMIT 1")) &&
        q.next()) {
        m_staffId = q.value(0).toString();
        return m_staffId;
    }
    const QString id = newId();
    q.prepare(QStringLiteral("INSERT INTO staff(id, name, login, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(tr("Desk"));
    q.addBindValue(QStringLiteral("desk"));
    q.addBindValue(nowText());
    if (q.exec())
        m_staffId = id;
    return m_staffId;
}

QSqlQuery &Store::cached(int key, const char *sql) const
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(QString::fromUtf8(sql)))
            qWarning("rentdesk store: cannot prepare %s: %s", sql,
                     qPrintable(q->lastError().text()));
        it = m_statements.emplace(key, std::move(q)).first;
    }
    return *it->second;
}

// ---------------------------------------------------------------- the write path

bool WriteContext::exec(const QString &sql, const QVariantList &values, QSqlQuery *out)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    if (out)
        *out = std::move(q);
    return true;
}

QVariant WriteContext::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (exec(sql, values, &q) && q.next())
        return q.value(0);
    return {};
}

void WriteContext::addActivity(const QString &customerId, const QString &action,
                               const QString &field, const QString &oldValue,
                               const QString &newValue)
{
    activities << Activity{customerId, action, field, oldValue, newValue};
}

void WriteContext::addOutbox(const QString &entity, const QString &entityId,
                             const QString &operation, qint64 baseVersion,
                             const QJsonObject &payload)
{
    outbox << Outbox{entity, entityId, operation, baseVersion, payload};
}

WriteResult Store::write(const std::function<bool(WriteContext &)> &operation)
{
    WriteResult result;
    if (!isOpen()) {
        result.error = tr("The store is not open.");
        return result;
    }
    if (!m_db.transaction()) {
        result.error = tr("The store is busy: %1").arg(m_db.lastError().text());
        return result;
    }
    WriteContext ctx(m_db);
    auto fault = [&](const char *point) {
        if (m_faultHook && !m_faultHook(point)) {
            ctx.fail(tr("Write interrupted at %1.").arg(QString::fromLatin1(point)));
            return true;
        }
        return false;
    };
    bool ok = operation(ctx) && ctx.error.isEmpty() && ctx.fieldErrors.isEmpty();
    ok = ok && !fault("after-rows");

    const QString now = nowText();
    // The activity entries travel with the outbox entry, so other desks see who changed what.
    QJsonArray activityPayload;
    for (const auto &a : std::as_const(ctx.activities)) {
        if (!ok)
            break;
        const QString activityId = newId();
        activityPayload.append(QJsonObject{{QStringLiteral("id"), activityId},
                                           {QStringLiteral("customer_id"), a.customerId},
                                           {QStringLiteral("at"), now},
                                           {QStringLiteral("staff_id"), m_staffId},
                                           {QStringLiteral("action"), a.action},
                                           {QStringLiteral("field"), text(a.field)},
                                           {QStringLiteral("old_value"), text(a.oldValue)},
                                           {QStringLiteral("new_value"), text(a.newValue)}});
        ok =
            ctx.exec(QStringLiteral("INSERT INTO activities(id, customer_id, at, staff_id, action, "
                                    "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {activityId, a.customerId, now,
                      m_staffId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : m_staffId,
                      a.action, text(a.field), text(a.oldValue), text(a.newValue)});
    }
    ok = ok && !fault("before-outbox");
    if (ok && !ctx.outbox.isEmpty()) {
        qint64 mutation = ctx.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                                    "'last_mutation_id'"))
                              .toLongLong();
        for (const auto &o : std::as_const(ctx.outbox)) {
            if (!ok)
                break;
            ++mutation;
            QJsonObject payload = o.payload;
            payload.insert(QStringLiteral("client_id"), m_clientId);
            if (&o == &ctx.outbox.first())
                payload.insert(QStringLiteral("activities"), activityPayload);
            ok = ctx.exec(QStringLiteral("INSERT INTO sync_outbox(mutation_id, entity, entity_id, "
                                         "operation, base_version, payload, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {mutation, o.entity, o.entityId, o.operation, o.baseVersion,
                           QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                           now});
        }
        ok = ok && ctx.exec(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = "
                                           "'last_mutation_id'"),
                            {QString::number(mutation)});
    }
    if (ok && !m_db.commit()) {
        ctx.fail(m_db.lastError().text());
        ok = false;
    }
    if (!ok) {
        m_db.rollback();
        result.error = ctx.error;
        result.fieldErrors = ctx.fieldErrors;
        if (result.error.isEmpty() && result.fieldErrors.isEmpty())
            result.error = tr("The change could not be saved.");
        return result;
    }
    result.id = ctx.createdId;
    for (const StoreChange &c : std::as_const(ctx.changes))
        emit changed(c);
    return result;
}

// ---------------------------------------------------------------- customers

Customer Store::customer(const QString &id) const
{
    QSqlQuery &q = cached(CustomerById,
                          "SELECT c.id, c.number, c.first_name, c.last_name, c.company, c.email, "
                          "c.phone, c.street, c.postcode, c.city, c.country, c.birth_date, "
                          "c.language, c.group_id, g.name, c.blocked, c.blocked_reason, c.note, "
                          "c.created_at, c.updated_at FROM customers c LEFT JOIN customer_groups g "
                          "ON g.id = c.group_id WHERE c.id = ?");
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
    QSqlQuery &q = cached(CustomerByNumber, "SELECT id FROM customers WHERE number = ?");
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
    return (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
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
        QSqlQuery &q = cached(SearchNumber, "SELECT c.id, c.number, c.first_name, c.last_name, "
                                            "c.company, c.email, c.phone, c.city, c.blocked FROM "
                                            "customers c WHERE c.number = ?");
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
                               "WHERE c.name_fold >= ? AND c.name_fold < ? ORDER BY c.name_fold "
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
                                 "MATCH ?");
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
    q.prepare(QStringLiteral("SELECT %1 FROM customers c WHERE c.id = ?")
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
    q.prepare(QStringLiteral("SELECT %1 FROM customers c WHERE c.id <> ? AND ((? <> '' AND "
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
    if (q.exec(QStringLiteral("SELECT id, name FROM customer_groups ORDER BY name")))
        while (q.next())
            out << qMakePair(q.value(0).toString(), q.value(1).toString());
    return out;
}

CustomerOverview Store::overview(const QString &customerId) const
{
    CustomerOverview o;
    QSqlQuery &q = cached(
        Overview,
        "SELECT (SELECT count(*) FROM transaction_lines l JOIN transactions t ON t.id = "
        "l.transaction_id WHERE t.customer_id = ? AND t.status = 'handed_out' AND l.returned_at "
        "IS NULL), (SELECT count(*) FROM transactions WHERE customer_id = ?), (SELECT "
        "coalesce(sum(amount_minor), 0) FROM payments WHERE customer_id = ? AND status = "
        "'open'), (SELECT count(*) FROM payments WHERE customer_id = ? AND status = 'open'), "
        "(SELECT count(*) FROM vouchers WHERE customer_id = ? AND remaining_minor > 0 AND "
        "(expires_on IS NULL OR expires_on >= date('now'))), (SELECT "
        "coalesce(sum(remaining_minor), "
        "0) FROM vouchers WHERE customer_id = ? AND remaining_minor > 0 AND (expires_on IS NULL "
        "OR expires_on >= date('now')))");
    for (int i = 0; i < 6; ++i)
        q.addBindValue(customerId);
    if (execQuery(q) && q.next()) {
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

QString Store::allocateCustomerNumber(WriteContext &ctx)
{
    // Leased blocks first (disjoint across desks because the server hands them out); without
    // one, a provisional number with this desk's code, which stays the customer's number.
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
    return QStringLiteral("%1-%2").arg(m_deskCode).arg(next, 4, 10, QLatin1Char('0'));
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
        if (!draft.groupId.isEmpty() &&
            !ctx.scalar(QStringLiteral("SELECT 1 FROM customer_groups WHERE id = ?"),
                        {draft.groupId})
                 .isValid()) {
            ctx.failField(CustomerField::Group, tr("This customer group does not exist."));
            return false;
        }
        draft.id = newId();
        draft.number = allocateCustomerNumber(ctx);
        if (draft.number.isEmpty()) {
            ctx.fail(tr("No customer number could be assigned: %1").arg(ctx.error));
            return false;
        }
        const QString now = nowText();
        QStringList columns{QStringLiteral("id"), QStringLiteral("number"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at"),
                            QStringLiteral("name_fold")};
        QVariantList values{draft.id, draft.number, now, now,
                            nameKey(draft.firstName, draft.lastName, draft.company)};
        QJsonObject fields;
        for (CustomerField f : allCustomerFields()) {
            columns << columnName(f);
            values << sqlValue(f, draft.value(f));
            fields.insert(columnName(f), valueText(draft.value(f)));
        }
        fields.insert(QStringLiteral("number"), draft.number);
        const QString marks =
            QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
        if (!ctx.exec(QStringLiteral("INSERT INTO customers(%1) VALUES (%2)")
                          .arg(columns.join(QLatin1Char(',')), marks),
                      values))
            return false;
        const QVariant seq = ctx.scalar(QStringLiteral("SELECT last_insert_rowid()"));
        if (!ctx.exec(QStringLiteral("INSERT INTO customer_search(rowid, doc) VALUES (?, ?)"),
                      {seq, searchDocumentOf(draft)}))
            return false;
        ctx.createdId = draft.id;
        ctx.addActivity(draft.id, QStringLiteral("customer.created"), QString(), QString(),
                        draft.number);
        ctx.addOutbox(QStringLiteral("customer"), draft.id, QStringLiteral("insert"), 0,
                      QJsonObject{{QStringLiteral("fields"), fields}});
        ctx.notify({StoreChange::Entity::Customer, StoreChange::Kind::Inserted, draft.id, {}});
        return true;
    });
}

WriteResult Store::updateCustomer(const QString &id, const QHash<CustomerField, QVariant> &changes)
{
    WriteResult early;
    const Customer before = customer(id);
    if (!before.isValid()) {
        early.error = tr("This customer no longer exists.");
        return early;
    }
    // Check each value as typed (so "31.02.1990" is reported, not turned into an empty date),
    // then the whole record, so a changed country re-checks the postcode; report the errors of
    // the fields that were changed or that the change made wrong.
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
            early.fieldErrors.insert(it.key(), c.error);
    }
    if (!early.fieldErrors.isEmpty())
        return early;
    Customer checked = after;
    const auto errors = CustomerValidator::checkCustomer(checked);
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const bool touched =
            changes.contains(it.key()) ||
            (it.key() == CustomerField::Postcode && changes.contains(CustomerField::Country)) ||
            (it.key() == CustomerField::LastName && changes.contains(CustomerField::Company));
        if (touched)
            early.fieldErrors.insert(it.key(), it.value());
    }
    if (!early.fieldErrors.isEmpty())
        return early;
    after = checked;

    return write([&](WriteContext &ctx) {
        QStringList sets;
        QVariantList values;
        QJsonObject fields, old;
        QList<CustomerField> changedFields;
        for (CustomerField f : allCustomerFields()) {
            const QString oldText = valueText(before.value(f));
            const QString newText = valueText(after.value(f));
            if (!changes.contains(f) || oldText == newText)
                continue;
            if (f == CustomerField::Group && !newText.isEmpty() &&
                !ctx.scalar(QStringLiteral("SELECT 1 FROM customer_groups WHERE id = ?"), {newText})
                     .isValid()) {
                ctx.failField(f, tr("This customer group does not exist."));
                return false;
            }
            sets << columnName(f) + QStringLiteral(" = ?");
            values << sqlValue(f, after.value(f));
            fields.insert(columnName(f), newText);
            old.insert(columnName(f), oldText);
            changedFields << f;
            ctx.addActivity(id, QStringLiteral("customer.changed"), columnName(f), oldText,
                            newText);
        }
        if (changedFields.isEmpty())
            return true; // nothing to do: no activity, no outbox
        sets << QStringLiteral("updated_at = ?") << QStringLiteral("name_fold = ?");
        values << nowText() << nameKey(after.firstName, after.lastName, after.company);
        values << id;
        if (!ctx.exec(QStringLiteral("UPDATE customers SET %1 WHERE id = ?")
                          .arg(sets.join(QStringLiteral(", "))),
                      values))
            return false;
        QSqlQuery row(ctx.db());
        if (!ctx.exec(QStringLiteral("SELECT seq, server_version FROM customers WHERE id = ?"),
                      {id}, &row) ||
            !row.next())
            return false;
        const QVariant seq = row.value(0);
        const QVariant version = row.value(1);
        if (!ctx.exec(QStringLiteral("UPDATE customer_search SET doc = ? WHERE rowid = ?"),
                      {searchDocumentOf(after), seq}))
            return false;
        ctx.addOutbox(
            QStringLiteral("customer"), id, QStringLiteral("update"), version.toLongLong(),
            QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("old"), old}});
        ctx.notify({StoreChange::Entity::Customer, StoreChange::Kind::Updated, id, changedFields});
        ctx.notify({StoreChange::Entity::Activity, StoreChange::Kind::Inserted, id, {}});
        return true;
    });
}

bool Store::addNumberBlock(qint64 first, qint64 last, const QString &source)
{
    if (first <= 0 || last < first)
        return false;
    QSqlQuery q(m_db);
    // A block must not overlap one the desk already has.
    q.prepare(QStringLiteral("SELECT 1 FROM number_blocks WHERE first_number <= ? AND "
                             "last_number >= ?"));
    q.addBindValue(last);
    q.addBindValue(first);
    if (!q.exec() || q.next())
        return false;
    q.prepare(QStringLiteral("INSERT INTO number_blocks(first_number, last_number, next_number, "
                             "source, leased_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(first);
    q.addBindValue(source);
    q.addBindValue(nowText());
    return q.exec();
}

qint64 Store::numbersLeftInBlocks() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT coalesce(sum(last_number - next_number + 1), 0) FROM "
                              "number_blocks")) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

// ---------------------------------------------------------------- panels

QList<RentedObjectRow> Store::rentedObjects(const QString &customerId, int offset, int limit) const
{
    QList<RentedObjectRow> out;
    QSqlQuery &q = cached(
        RentedObjects,
        "SELECT l.id, t.id, t.number, coalesce(o.name, a.name), coalesce(o.barcode, ''), a.name, "
        "l.quantity, l.start_at, l.due_at, l.price_minor, t.currency FROM transactions t JOIN "
        "transaction_lines l ON l.transaction_id = t.id JOIN articles a ON a.id = l.article_id "
        "LEFT JOIN rental_objects o ON o.id = l.rental_object_id WHERE t.customer_id = ? AND "
        "t.status = 'handed_out' AND l.returned_at IS NULL ORDER BY l.due_at, l.id LIMIT ? "
        "OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << RentedObjectRow{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toString(),
                                   q.value(6).toInt(),    parseTime(q.value(7)),
                                   parseTime(q.value(8)), money(q.value(9), q.value(10))};
    q.finish();
    return out;
}

QList<TransactionRow> Store::transactions(const QString &customerId, int offset, int limit) const
{
    QList<TransactionRow> out;
    QSqlQuery &q = cached(
        Transactions,
        "SELECT t.id, t.number, t.kind, t.status, t.start_at, t.end_at, t.total_minor, "
        "t.currency, (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p WHERE "
        "p.transaction_id = t.id AND p.status = 'open') FROM transactions t WHERE t.customer_id = "
        "? ORDER BY t.start_at DESC, t.id LIMIT ? OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << TransactionRow{q.value(0).toString(),         q.value(1).toString(),
                                  q.value(2).toString(),         q.value(3).toString(),
                                  parseTime(q.value(4)),         parseTime(q.value(5)),
                                  money(q.value(6), q.value(7)), money(q.value(8), q.value(7))};
    q.finish();
    return out;
}

QList<DamageCaseRow> Store::damageCases(const QString &customerId, int offset, int limit) const
{
    QList<DamageCaseRow> out;
    QSqlQuery &q = cached(
        DamageCases,
        "SELECT dc.id, coalesce(t.number, ''), coalesce(o.name, ''), dc.status, dc.description, "
        "dc.opened_on, (SELECT count(*) FROM damages d WHERE d.case_id = dc.id), (SELECT "
        "coalesce(sum(d.cost_minor), 0) FROM damages d WHERE d.case_id = dc.id) FROM damage_cases "
        "dc LEFT JOIN transactions t ON t.id = dc.transaction_id LEFT JOIN rental_objects o ON "
        "o.id = dc.rental_object_id WHERE dc.customer_id = ? ORDER BY dc.opened_on DESC, dc.id "
        "LIMIT ? OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << DamageCaseRow{
                q.value(0).toString(), q.value(1).toString(),
                q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), parseDay(q.value(5)),
                q.value(6).toInt(),    Money{q.value(7).toLongLong(), QStringLiteral("EUR")}};
    q.finish();
    return out;
}

QList<AccessRow> Store::accesses(const QString &customerId, int offset, int limit) const
{
    QList<AccessRow> out;
    QSqlQuery &q =
        cached(Accesses, "SELECT id, login, state, created_via, password_hash IS NOT NULL, "
                         "created_at, last_login_at FROM accesses WHERE customer_id = ? ORDER BY "
                         "created_at, id LIMIT ? OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << AccessRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toBool(),   parseTime(q.value(5)),
                             parseTime(q.value(6))};
    q.finish();
    return out;
}

QList<VoucherRow> Store::vouchers(const QString &customerId, int offset, int limit) const
{
    QList<VoucherRow> out;
    QSqlQuery &q =
        cached(Vouchers, "SELECT id, code, value_minor, remaining_minor, currency, expires_on FROM "
                         "vouchers WHERE customer_id = ? ORDER BY (remaining_minor = 0), "
                         "expires_on, code LIMIT ? OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << VoucherRow{q.value(0).toString(), q.value(1).toString(),
                              money(q.value(2), q.value(4)), money(q.value(3), q.value(4)),
                              parseDay(q.value(5))};
    q.finish();
    return out;
}

QList<OpenPaymentRow> Store::openPayments(const QString &customerId, int offset, int limit) const
{
    QList<OpenPaymentRow> out;
    QSqlQuery &q = cached(OpenPayments,
                          "SELECT p.id, coalesce(t.number, ''), p.description, p.amount_minor, "
                          "p.currency, p.due_on FROM payments p LEFT JOIN transactions t ON t.id = "
                          "p.transaction_id WHERE p.customer_id = ? AND p.status = 'open' ORDER BY "
                          "p.due_on, p.id LIMIT ? OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << OpenPaymentRow{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), money(q.value(3), q.value(4)),
                                  parseDay(q.value(5))};
    q.finish();
    return out;
}

QList<OpenBalanceRow> Store::openBalances(const QString &customerId, int offset, int limit) const
{
    QList<OpenBalanceRow> out;
    QSqlQuery &q = cached(
        OpenBalances,
        "SELECT coalesce(t.id, ''), coalesce(t.number, ''), coalesce(t.status, ''), count(*), "
        "sum(p.amount_minor), min(p.currency), min(p.due_on) FROM payments p LEFT JOIN "
        "transactions t ON t.id = p.transaction_id WHERE p.customer_id = ? AND p.status = 'open' "
        "GROUP BY p.transaction_id ORDER BY min(p.due_on), t.number LIMIT ? OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << OpenBalanceRow{q.value(0).toString(),         q.value(1).toString(),
                                  q.value(2).toString(),         q.value(3).toInt(),
                                  money(q.value(4), q.value(5)), parseDay(q.value(6))};
    q.finish();
    return out;
}

QList<DocumentRow> Store::documents(const QString &customerId, int offset, int limit) const
{
    QList<DocumentRow> out;
    QSqlQuery &q =
        cached(Documents, "SELECT id, file_name, mime_type, sha256, note, size_bytes, created_at "
                          "FROM documents WHERE customer_id = ? ORDER BY created_at DESC, id LIMIT "
                          "? OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << DocumentRow{q.value(0).toString(), q.value(1).toString(),
                               q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toLongLong(),
                               parseTime(q.value(6))};
    q.finish();
    return out;
}

QList<PermissionRow> Store::permissions(const QString &customerId) const
{
    // Effective permission: the customer's own setting, else the group's, else the default.
    QHash<QString, bool> defaults, group, own;
    auto load = [&](QSqlQuery &q, QHash<QString, bool> &into) {
        if (execQuery(q))
            while (q.next())
                into.insert(q.value(0).toString(), q.value(1).toBool());
        q.finish();
    };
    load(cached(PermissionDefaults, "SELECT permission, allowed FROM default_permissions"),
         defaults);
    QSqlQuery &g =
        cached(PermissionGroup, "SELECT gp.permission, gp.allowed FROM group_permissions gp JOIN "
                                "customers c ON c.group_id = gp.group_id WHERE c.id = ?");
    g.addBindValue(customerId);
    load(g, group);
    QSqlQuery &c = cached(PermissionCustomer, "SELECT permission, allowed FROM "
                                              "customer_permissions WHERE customer_id = ?");
    c.addBindValue(customerId);
    load(c, own);
    QList<PermissionRow> out;
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

namespace {
ActivityRow activityFromQuery(const QSqlQuery &q)
{
    return ActivityRow{q.value(0).toLongLong(), parseTime(q.value(1)), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString()};
}
} // namespace

QList<ActivityRow> Store::activities(const QString &customerId, int offset, int limit) const
{
    QList<ActivityRow> out;
    QSqlQuery &q = cached(
        Activities, "SELECT a.seq, a.at, coalesce(s.name, ''), a.action, a.field, "
                    "a.old_value, a.new_value FROM activities a LEFT JOIN staff s ON s.id = "
                    "a.staff_id WHERE a.customer_id = ? ORDER BY a.seq DESC LIMIT ? OFFSET ?");
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (execQuery(q))
        while (q.next())
            out << activityFromQuery(q);
    q.finish();
    return out;
}

QList<ActivityRow> Store::activitiesAfter(const QString &customerId, qint64 seq) const
{
    QList<ActivityRow> out;
    QSqlQuery &q = cached(ActivitiesAfter,
                          "SELECT a.seq, a.at, coalesce(s.name, ''), a.action, a.field, "
                          "a.old_value, a.new_value FROM activities a LEFT JOIN staff s ON s.id = "
                          "a.staff_id WHERE a.customer_id = ? AND a.seq > ? ORDER BY a.seq DESC");
    q.addBindValue(customerId);
    q.addBindValue(seq);
    if (execQuery(q))
        while (q.next())
            out << activityFromQuery(q);
    q.finish();
    return out;
}

int Store::pendingOutboxCount() const
{
    QSqlQuery q(m_db);
    return (q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")) &&
            q.next())
               ? q.value(0).toInt()
               : -1;
}

Store::CheckReport Store::check() const
{
    CheckReport r;
    r.schemaVersion = Schema::version(m_db);
    if (r.schemaVersion != Schema::latestVersion())
        r.problems << QStringLiteral("schema version %1, expected %2")
                          .arg(r.schemaVersion)
                          .arg(Schema::latestVersion());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        r.problems << q.lastError().text();
    } else {
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                r.problems << QStringLiteral("integrity: ") + q.value(0).toString();
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        r.problems << q.lastError().text();
    } else {
        int shown = 0;
        while (q.next())
            if (shown++ < 20)
                r.problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3")
                                  .arg(q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString());
    }
    // The search index must hold one entry per customer.
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM "
                              "customer_search)")) &&
        q.next() && q.value(0).toLongLong() != q.value(1).toLongLong())
        r.problems << QStringLiteral("search index has %1 entries for %2 customers")
                          .arg(q.value(1).toLongLong())
                          .arg(q.value(0).toLongLong());
    return r;
}

} // namespace rentdesk
