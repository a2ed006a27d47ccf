#include "serverinternal.h"

#include <QCborValue>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <libpq-fe.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace rentdesk::server {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString hashText(const QString &secret)
{
    return sha256Hex(secret.toUtf8());
}

QString sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString randomText(const char *alphabet, int length)
{
    const QByteArray letters(alphabet);
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(letters.at(QRandomGenerator::system()->bounded(letters.size())));
    return out;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

Answer databaseError(const QSqlQuery &q)
{
    qWarning("rentdesk-server: database error: %s", qPrintable(q.lastError().text()));
    return Answer::refused(503,
                           QStringLiteral("The server's database is not available; try "
                                          "again later."),
                           QStringLiteral("database"));
}

// The next server version. Taking the counter row first serializes writing transactions, so
// versions become visible in the order they were given: a reader never skips one.
bool nextVersion(QSqlQuery &q, qint64 *version)
{
    if (!run(q, QStringLiteral("SELECT value FROM counters WHERE name = 'txn' FOR UPDATE")) ||
        !q.next())
        return false;
    *version = q.value(0).toLongLong() + 1;
    return true;
}

bool saveVersion(QSqlQuery &q, qint64 version)
{
    return run(q, QStringLiteral("UPDATE counters SET value = ? WHERE name = 'txn'"), {version});
}

bool loadRows(QSqlQuery &q, const QList<RowKey> &keys, WorkingSet *rows)
{
    QJsonArray wanted;
    for (const RowKey &k : keys) {
        if (rows->contains(k))
            continue;
        rows->insert(k, ServerRow{});
        wanted.append(
            QJsonObject{{QStringLiteral("entity"), k.first}, {QStringLiteral("id"), k.second}});
    }
    if (wanted.isEmpty())
        return true;
    if (!run(q,
             QStringLiteral(
                 "SELECT r.entity, r.id, r.deleted_at, r.data::text, r.meta::text, r.version, "
                 "r.known_to FROM "
                 "rows r JOIN json_to_recordset(?::json) AS k(entity text, id text) "
                 "ON r.entity = k.entity AND r.id = k.id"),
             {jsonText(wanted)}))
        return false;
    while (q.next()) {
        ServerRow &r = (*rows)[{q.value(0).toString(), q.value(1).toString()}];
        r.exists = true;
        r.deletedAt = q.value(2).toString();
        r.data = objectFrom(q.value(3));
        r.meta = objectFrom(q.value(4));
        r.version = q.value(5).toLongLong();
        r.knownTo = q.value(6).toString();
    }
    return true;
}

namespace {

// The libpq connection under a QPSQL connection, for COPY (Qt Sql has no API for it).
PGconn *pgConnection(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    // Qt 6.4 names the type by its struct ("pg_conn*"), other versions by the typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// One field of COPY's text format: backslash, tab and line breaks escaped.
void appendCopyField(QByteArray *out, const QByteArray &field)
{
    const bool plain = std::none_of(field.cbegin(), field.cend(), [](char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    });
    if (plain) {
        out->append(field);
        return;
    }
    for (const char c : field) {
        switch (c) {
        case '\\': out->append("\\\\"); break;
        case '\t': out->append("\\t"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        default: out->append(c);
        }
    }
}

void appendCopyField(QByteArray *out, const QString &field, char end)
{
    if (field.isEmpty())
        out->append("\\N");
    else
        appendCopyField(out, field.toUtf8());
    out->append(end);
}

// A JSON string written straight into COPY's text format, in UTF-8. Compact JSON holds no raw
// tab or line break (they are escaped), so for COPY only its backslashes are doubled.
void appendCopyJsonString(QByteArray *out, QStringView text)
{
    out->append('"');
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x20 && c < 0x80) {
            if (c == u'"')
                out->append("\\\\\"", 3); // JSON's \" with its backslash doubled
            else if (c == u'\\')
                out->append("\\\\\\\\", 4);
            else
                out->append(char(c));
            continue;
        }
        if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            switch (c) {
            case u'\b': out->append("\\\\b", 3); break;
            case u'\f': out->append("\\\\f", 3); break;
            case u'\n': out->append("\\\\n", 3); break;
            case u'\r': out->append("\\\\r", 3); break;
            case u'\t': out->append("\\\\t", 3); break;
            default:
                out->append("\\\\u00", 5);
                out->append(hex[c >> 4]);
                out->append(hex[c & 0xf]);
            }
            continue;
        }
        char32_t u = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1]))
            u = QChar::surrogateToUcs4(c, p[++i]);
        else if (QChar::isSurrogate(c))
            u = 0xfffd; // half of a pair: not text
        if (u < 0x800) {
            out->append(char(0xc0 | (u >> 6)));
        } else if (u < 0x10000) {
            out->append(char(0xe0 | (u >> 12)));
            out->append(char(0x80 | ((u >> 6) & 0x3f)));
        } else {
            out->append(char(0xf0 | (u >> 18)));
            out->append(char(0x80 | ((u >> 12) & 0x3f)));
            out->append(char(0x80 | ((u >> 6) & 0x3f)));
        }
        out->append(char(0x80 | (u & 0x3f)));
    }
    out->append('"');
}

void appendCopyJson(QByteArray *out, const QJsonValue &value);

void appendCopyJson(QByteArray *out, const QJsonObject &object)
{
    out->append('{');
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it != object.begin())
            out->append(',');
        appendCopyJsonString(out, it.key());
        out->append(':');
        appendCopyJson(out, it.value());
    }
    out->append('}');
}

// A JSON value as compact JSON text in a field of COPY's text format: what
// QJsonDocument::toJson(Compact) writes, without the document and the text in between (a push
// writes tens of thousands of these).
void appendCopyJson(QByteArray *out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out->append("null"); break;
    case QJsonValue::Bool: out->append(value.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: {
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger())
            out->append(QByteArray::number(number.toInteger()));
        else if (std::isfinite(value.toDouble()))
            out->append(QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        else
            out->append("null"); // as QJsonDocument writes it
        break;
    }
    case QJsonValue::String: appendCopyJsonString(out, value.toString()); break;
    case QJsonValue::Array: {
        out->append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out->append(',');
            appendCopyJson(out, array.at(i));
        }
        out->append(']');
        break;
    }
    case QJsonValue::Object: appendCopyJson(out, value.toObject()); break;
    }
}

// COPY … FROM STDIN in the open transaction, sent while its rows are still being written: the
// database reads and inserts the first rows (on another core) while the rest are made here.
class CopyIn
{
public:
    CopyIn(PGconn *connection, const char *sql)
        : m_connection(connection)
    {
        PGresult *result = PQexec(connection, sql);
        m_ok = m_started = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        m_buffer.reserve(kPiece + 64 * 1024);
    }
    QByteArray *buffer() { return &m_buffer; }
    // Hands a full piece to libpq, which sends it on.
    void rowDone()
    {
        if (m_buffer.size() >= kPiece)
            send();
    }
    // False (and the reason logged) on failure. `duplicate` tells a row whose key was taken
    // (SQLSTATE 23505) from other failures.
    bool finish(bool *duplicate)
    {
        send();
        if (m_started)
            m_ok = PQputCopyEnd(m_connection, m_ok ? nullptr : "not sent") == 1 && m_ok;
        while (PGresult *result = PQgetResult(m_connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) {
                m_ok = false;
                const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
                *duplicate = state && qstrcmp(state, "23505") == 0;
            }
            PQclear(result);
        }
        if (!m_ok && !*duplicate)
            qWarning("rentdesk-server: COPY failed: %s", PQerrorMessage(m_connection));
        return m_ok;
    }

private:
    static constexpr qsizetype kPiece = 256 * 1024;
    void send()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) == 1;
        m_buffer.resize(0); // keeps its memory for the next piece
    }
    PGconn *m_connection;
    QByteArray m_buffer;
    bool m_ok = false, m_started = false;
};

} // namespace

bool saveRows(QSqlQuery &q, const WorkingSet &rows, qint64 version, int *count, bool *existed)
{
    // New rows are inserted with COPY (less than half the time of an INSERT from JSON), loaded
    // ones updated from JSON. Writers are serialized on the counter row, so no other
    // transaction inserts the same row meanwhile.
    int inserted = 0;
    for (const ServerRow &row : rows)
        inserted += row.dirty && row.version == 0;
    std::optional<CopyIn> copy;
    if (inserted > 0) {
        PGconn *connection = pgConnection(q.driver());
        if (!connection) {
            qWarning("rentdesk-server: the database driver gives no libpq connection for COPY");
            return false;
        }
        q.finish();
        copy.emplace(connection,
                     "COPY rows(entity, id, version, deleted_at, data, meta, known_to) FROM STDIN");
    }
    QJsonArray updated;
    const QByteArray versionText = QByteArray::number(version);
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (!it->dirty)
            continue;
        if (it->version > 0) {
            updated.append(
                QJsonObject{{QStringLiteral("entity"), it.key().first},
                            {QStringLiteral("id"), it.key().second},
                            {QStringLiteral("deleted_at"),
                             it->deletedAt.isEmpty() ? QJsonValue() : QJsonValue(it->deletedAt)},
                            {QStringLiteral("data"), it->data},
                            {QStringLiteral("meta"), it->meta},
                            {QStringLiteral("known_to"),
                             it->knownTo.isEmpty() ? QJsonValue() : QJsonValue(it->knownTo)}});
            continue;
        }
        QByteArray *out = copy->buffer();
        appendCopyField(out, it.key().first, '\t');
        appendCopyField(out, it.key().second, '\t');
        *out += versionText + '\t';
        appendCopyField(out, it->deletedAt, '\t');
        appendCopyJson(out, it->data);
        *out += '\t';
        appendCopyJson(out, it->meta);
        *out += '\t';
        appendCopyField(out, it->knownTo, '\n');
        copy->rowDone();
    }
    *count = int(inserted + updated.size());
    bool duplicate = false;
    if (copy && !copy->finish(&duplicate)) {
        if (duplicate && existed)
            *existed = true;
        else if (duplicate)
            qWarning("rentdesk-server: a new row exists already");
        return false;
    }
    return updated.isEmpty() ||
           run(q,
               QStringLiteral("UPDATE rows r SET version = ?, deleted_at = x.deleted_at, data = "
                              "x.data::jsonb, meta = x.meta::jsonb, known_to = x.known_to FROM "
                              "json_to_recordset(?::json) AS x(entity text, id text, deleted_at "
                              "text, data text, meta text, known_to text) WHERE r.entity = "
                              "x.entity AND r.id = x.id"),
               {version, jsonText(updated)});
}

QJsonObject wireRow(const QString &entity, const QString &id, qint64 version,
                    const QString &deletedAt, QJsonObject values)
{
    if (!deletedAt.isEmpty())
        values.insert(QStringLiteral("deleted_at"), deletedAt);
    return QJsonObject{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("deleted"), !deletedAt.isEmpty()},
                       {QStringLiteral("values"), values}};
}

} // namespace rentdesk::server
