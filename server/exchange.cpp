// Push, pull and the initial upload (docs/sync-protocol.md).
#include "merge.h"
#include "serverinternal.h"
#include "syncentities.h"
#include "syncservice.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>

namespace rentdesk::server {

namespace {

// Desk codes by client id, read once per request.
Merger::DeskCodeLookup deskCodes(QSqlDatabase db)
{
    auto cache = std::make_shared<QHash<QString, QString>>();
    return [db, cache](const QString &clientId) {
        auto it = cache->constFind(clientId);
        if (it != cache->cend())
            return *it;
        QSqlQuery q(db);
        QString code;
        if (run(q, QStringLiteral("SELECT desk_code FROM desks WHERE client_id = ?"), {clientId}) &&
            q.next())
            code = q.value(0).toString();
        cache->insert(clientId, code);
        return code;
    };
}

void addConflicts(const QJsonArray &conflicts, qint64 version, WorkingSet *rows)
{
    for (const QJsonValue &v : conflicts) {
        QJsonObject data = v.toObject();
        const QString id = data.take(QStringLiteral("id")).toString();
        ServerRow &row = (*rows)[{QStringLiteral("conflict"), id}];
        row.exists = row.dirty = true;
        row.data = data;
        row.meta = QJsonObject{
            {QStringLiteral("*"), QJsonArray{version, QString(), QString(), QString()}}};
    }
}

// A string as a JSON literal.
QByteArray jsonString(const QString &text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain)
        return '"' + text.toLatin1() + '"';
    QByteArray out = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return out.mid(1, out.size() - 2);
}

// A mutation's digest: SHA-256 of its compact JSON text. Desks send the outbox text as Qt
// wrote it, which is that text, so the bytes as sent are hashed when they are at hand.
QString mutationDigest(const QJsonObject &mutation, QByteArrayView sent = {})
{
    if (sent.isEmpty())
        return hashText(jsonText(mutation)).left(32);
    return sha256Hex(sent).left(32);
}

// The text of each element of the top-level array `key` of a JSON text that has been parsed
// without error already; empty when it is not found.
QList<QByteArrayView> arrayElements(const QByteArray &json, QByteArrayView key)
{
    QList<QByteArrayView> out;
    int depth = 0;
    qsizetype stringStart = -1, lastString = -1, lastStringEnd = -1, elementStart = -1;
    int arrayDepth = -1; // depth inside the wanted array
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (stringStart >= 0) {
            if (c == '\\')
                ++i;
            else if (c == '"') {
                lastString = stringStart + 1;
                lastStringEnd = i;
                stringStart = -1;
            }
            continue;
        }
        if (arrayDepth >= 0 && depth == arrayDepth && elementStart < 0 && !isSpace(c) && c != ']' &&
            c != ',')
            elementStart = i;
        switch (c) {
        case '"': stringStart = i; break;
        case '{':
        case '[':
            ++depth;
            if (c == '[' && arrayDepth < 0 && depth == 2 && lastString >= 0 &&
                QByteArrayView(json).sliced(lastString, lastStringEnd - lastString) == key)
                arrayDepth = depth;
            break;
        case '}':
        case ']':
        case ',':
            if (depth == arrayDepth && elementStart >= 0) {
                qsizetype end = i;
                while (end > elementStart && isSpace(json.at(end - 1)))
                    --end;
                out.append(QByteArrayView(json).sliced(elementStart, end - elementStart));
                elementStart = -1;
            }
            if (c == ']' && depth == arrayDepth)
                return out;
            if (c != ',')
                --depth;
            break;
        default: break;
        }
    }
    return {};
}

// Who holds a customer number on the server. The numbers the mutations ask for are read in one
// query first; only the "-2", "-3" … candidates of a number given twice are asked one by one.
Merger::NumberLookup numberHolders(QSqlDatabase db, const QList<MutationScan> &scans)
{
    auto known = std::make_shared<QHash<QString, QString>>();
    QJsonArray asked;
    for (const MutationScan &s : scans)
        for (const QString &number : s.numbers)
            if (!known->contains(number)) {
                known->insert(number, QString());
                asked.append(number);
            }
    QSqlQuery q(db);
    if (asked.isEmpty() ||
        !run(q,
             QStringLiteral("SELECT data->>'number', id FROM rows WHERE entity = 'customer' AND "
                            "deleted_at IS NULL AND data->>'number' IN (SELECT "
                            "json_array_elements_text(?::json))"),
             {jsonText(asked)}))
        known->clear(); // asked one by one below
    while (q.isActive() && q.next())
        known->insert(q.value(0).toString(), q.value(1).toString());
    return [db, known](const QString &number) {
        const auto it = known->constFind(number);
        if (it != known->cend())
            return *it;
        QSqlQuery one(db);
        QString holder;
        if (run(one,
                QStringLiteral("SELECT id FROM rows WHERE entity = 'customer' AND data->>'number' "
                               "= ? AND deleted_at IS NULL LIMIT 1"),
                {number}) &&
            one.next())
            holder = one.value(0).toString();
        known->insert(number, holder);
        return holder;
    };
}

} // namespace

Answer SyncService::push(const Desk &desk, const QJsonObject &body, const QByteArray &raw)
{
    const QJsonValue list = body.value(QStringLiteral("mutations"));
    if (!list.isArray())
        return Answer::refused(400, QStringLiteral("A push needs a list of mutations."),
                               QStringLiteral("bad-request"));
    const QJsonArray mutations = list.toArray();
    QList<QByteArrayView> sent = arrayElements(raw, "mutations");
    if (sent.size() != mutations.size())
        sent = QList<QByteArrayView>(mutations.size()); // not at hand: digests of the parsed ones
    if (mutations.size() > kMaxMutationsPerPush)
        return Answer::refused(
            413, QStringLiteral("At most %1 mutations per push.").arg(kMaxMutationsPerPush),
            QStringLiteral("too-large"));
    QList<MutationScan> scans;
    scans.reserve(mutations.size());
    for (const QJsonValue &m : mutations) {
        const QJsonObject o = m.toObject();
        if (!m.isObject() || !o.value(QStringLiteral("mutation_id")).isDouble() ||
            o.value(QStringLiteral("mutation_id")).toInteger() < 1)
            return Answer::refused(400, QStringLiteral("Every mutation needs a mutation_id."),
                                   QStringLiteral("bad-request"));
        if (o.value(QStringLiteral("client_id")).toString() != desk.clientId)
            return Answer::refused(403,
                                   QStringLiteral("A mutation carries another desk's client id."),
                                   QStringLiteral("wrong-client"));
        scans.append(Merger::scan(o));
    }
    bool again = false;
    Answer answer = pushOnce(desk, mutations, sent, scans, true, &again);
    return again ? pushOnce(desk, mutations, sent, scans, false, &again) : answer;
}

Answer SyncService::pushOnce(const Desk &desk, const QJsonArray &mutations,
                             const QList<QByteArrayView> &sent, const QList<MutationScan> &scans,
                             bool optimistic, bool *again)
{
    Transaction t(m_db);
    QSqlQuery q(m_db);
    qint64 version = 0;
    if (!t.isOpen() || !nextVersion(q, &version) ||
        !run(q, QStringLiteral("SELECT last_mutation_id FROM desks WHERE client_id = ?"),
             {desk.clientId}) ||
        !q.next())
        return databaseError(q);
    qint64 last = q.value(0).toLongLong();

    // Digests of the numbers this request repeats, to tell a retry from a reused number.
    QJsonArray repeated;
    for (const QJsonValue &m : mutations)
        if (m.toObject().value(QStringLiteral("mutation_id")).toInteger() <= last)
            repeated.append(m.toObject().value(QStringLiteral("mutation_id")));
    QHash<qint64, QString> knownDigests;
    if (!repeated.isEmpty()) {
        if (!run(q,
                 QStringLiteral("SELECT mutation_id, digest FROM applied_mutations WHERE "
                                "client_id = ? AND mutation_id IN (SELECT "
                                "jsonb_array_elements_text(?::jsonb)::bigint)"),
                 {desk.clientId, jsonText(repeated)}))
            return databaseError(q);
        while (q.next())
            knownDigests.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    // The rows the new mutations touch (a mutation that is not shaped like one is refused
    // below, with the rows read up to its fault). Most pushes create rows under ids the desk
    // just made: looking them up finds nothing. So rows a request only creates (inserted by a
    // change, or appended activities, and touched by no other kind of change in it) are not
    // looked up; the rare one that exists (sent again after a restore) makes the write fail,
    // and then all is done again with every row looked up.
    QList<RowKey> keys;
    qsizetype touched = 0;
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        if (mutations.at(i).toObject().value(QStringLiteral("mutation_id")).toInteger() <= last)
            continue;
        const MutationScan &s = scans.at(i);
        touched += s.rows.size();
        for (qsizetype r = 0; r < s.rows.size(); ++r)
            if (!optimistic || !s.creates.at(r) || !s.malformed.isEmpty())
                keys.append(s.rows.at(r));
    }
    WorkingSet rows;
    rows.reserve(touched + 16);
    if (!loadRows(q, keys, &rows))
        return databaseError(q);

    // A document syncs only after its file: the desk uploads files before the mutations that
    // name them, so a missing file means the desk has lost it.
    QStringList named;
    for (const MutationScan &s : scans)
        named += s.files;
    bool filesOk = true;
    const QSet<QString> filesHere =
        named.isEmpty() ? QSet<QString>() : completeFiles(named, &filesOk);
    if (!filesOk)
        return databaseError(q);

    const Merger merger(version, deskCodes(m_db), &newId, numberHolders(m_db, scans));
    QJsonArray results, conflicts;
    struct Rejection
    {
        qint64 id;
        QString reason;
        QJsonObject payload;
    };
    QList<Rejection> rejections;
    QJsonArray digests;
    for (qsizetype index = 0; index < mutations.size(); ++index) {
        const QJsonObject mutation = mutations.at(index).toObject();
        const qint64 id = mutation.value(QStringLiteral("mutation_id")).toInteger();
        QJsonObject result{{QStringLiteral("mutation_id"), id}};
        const QString digest = mutationDigest(mutation, sent.at(index));
        if (id <= last) {
            if (knownDigests.value(id, digest) != digest) {
                // The number was taken by a mutation this desk's file does not have any more.
                result.insert(QStringLiteral("status"), QStringLiteral("reused"));
                result.insert(QStringLiteral("reason"),
                              QStringLiteral("Mutation %1 was already used for another change; "
                                             "number the pending ones after %2.")
                                  .arg(id)
                                  .arg(last));
                results.append(result);
                break;
            }
            // Applied before (a retried request, or an answer that was lost): no second effect.
            result.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            results.append(result);
            continue;
        }
        digests.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("digest"), digest}});
        if (id != last + 1) {
            result.insert(QStringLiteral("status"), QStringLiteral("gap"));
            result.insert(QStringLiteral("reason"),
                          QStringLiteral("The server expects mutation %1 first.").arg(last + 1));
            results.append(result);
            break;
        }
        const qsizetype conflictsBefore = conflicts.size();
        QString reason, code = QStringLiteral("refused");
        for (const QString &sha : std::as_const(scans.at(index).files))
            if (!filesHere.contains(sha)) {
                reason = QStringLiteral("the file %1 of a document is not on the server; the "
                                        "desk that added it no longer has it")
                             .arg(sha.left(12));
                code = QStringLiteral("file-missing");
            }
        if (reason.isEmpty())
            reason =
                merger.apply(mutation, &rows, &conflicts,
                             scans.at(index).malformed.isEmpty() ? &scans.at(index).rows : nullptr);
        if (reason.isEmpty()) {
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
            if (conflicts.size() > conflictsBefore)
                result.insert(QStringLiteral("conflicts"), conflicts.size() - conflictsBefore);
        } else {
            // Refused for good: recorded, shown at the desk, and the queue goes on. The server's
            // rows it touched go back, so the desk can undo its local effect.
            result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            result.insert(QStringLiteral("reason"), reason);
            result.insert(QStringLiteral("code"), code); // for the desk to say it in its language
            QJsonArray current, missing;
            for (const RowKey &k : std::as_const(scans.at(index).rows)) {
                const ServerRow r = rows.value(k);
                if (r.exists)
                    current.append(wireRow(k.first, k.second, r.dirty ? version : r.version,
                                           r.deletedAt, r.data));
                else
                    missing.append(QJsonObject{{QStringLiteral("entity"), k.first},
                                               {QStringLiteral("id"), k.second}});
            }
            result.insert(QStringLiteral("rows"), current);
            result.insert(QStringLiteral("missing"), missing);
            rejections.append({id, reason, mutation});
        }
        results.append(result);
        last = id;
    }
    addConflicts(conflicts, version, &rows);
    int written = 0;
    bool existed = false;
    if (!saveRows(q, rows, version, &written, optimistic ? &existed : nullptr)) {
        if (!existed)
            return databaseError(q);
        *again = true;
        return {};
    }
    for (const Rejection &r : std::as_const(rejections))
        if (!run(q,
                 QStringLiteral("INSERT INTO rejections(client_id, mutation_id, reason, payload) "
                                "VALUES (?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING"),
                 {desk.clientId, r.id, r.reason, jsonText(r.payload)}))
            return databaseError(q);
    if ((!digests.isEmpty() &&
         !run(q,
              QStringLiteral("INSERT INTO applied_mutations(client_id, mutation_id, digest) "
                             "SELECT ?, x.id, x.digest FROM json_to_recordset(?::json) AS "
                             "x(id bigint, digest text)"),
              {desk.clientId, jsonText(digests)})) ||
        (written > 0 && !saveVersion(q, version)) ||
        !run(q,
             QStringLiteral("UPDATE desks SET last_mutation_id = ?, last_seen_at = now() WHERE "
                            "client_id = ?"),
             {last, desk.clientId}) ||
        !t.commit())
        return databaseError(q);
    Desk after = desk;
    after.lastMutationId = last;
    QJsonObject answer = stamp(&after);
    answer.insert(QStringLiteral("results"), results);
    if (written > 0)
        answer.insert(QStringLiteral("version"), version);
    return {200, answer};
}

Answer SyncService::pull(const Desk &desk, qint64 cursor, int limit, bool fresh, bool skipKnown)
{
    if (cursor < 0 || limit < 1 || limit > kMaxPullLimit)
        return Answer::refused(
            400, QStringLiteral("cursor must be 0 or more and limit 1 to %1.").arg(kMaxPullLimit),
            QStringLiteral("bad-request"));
    // One snapshot for the whole page. A new desk (fresh) gets no tombstones of rows it never
    // had.
    Transaction t(m_db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    QSqlQuery q(m_db);
    // A desk's own writes that it holds as they are need not come back (but the cursor passes
    // them).
    const QString filter =
        (fresh ? QStringLiteral(" AND deleted_at IS NULL") : QString()) +
        (skipKnown ? QStringLiteral(" AND (known_to IS NULL OR known_to <> ?)") : QString());
    auto binds = [&](QVariantList before, const QVariantList &after = {}) {
        if (skipKnown)
            before << desk.clientId;
        return before + after;
    };
    if (!t.isOpen() ||
        !run(q,
             QStringLiteral("SELECT version FROM rows WHERE version > ?%1 ORDER BY version OFFSET "
                            "? LIMIT 1")
                 .arg(filter),
             binds({cursor}, {limit - 1})))
        return databaseError(q);
    // Pages end on whole server transactions: every row of the page's last version comes along.
    const bool cut = q.next();
    const qint64 until = cut ? q.value(0).toLongLong() : 0;
    if (!run(q,
             QStringLiteral("SELECT entity, id, version, deleted_at, data::text FROM rows WHERE "
                            "version > ?%1%2 ORDER BY version, entity, id")
                 .arg(filter, cut ? QStringLiteral(" AND version <= ?") : QString()),
             binds({cursor}, cut ? QVariantList{until} : QVariantList{})))
        return databaseError(q);
    // The rows as PostgreSQL gives their JSON, not parsed and written again: a first sync of a
    // large server is mostly this.
    QByteArray rows = "[";
    qint64 next = cursor;
    while (q.next()) {
        next = q.value(2).toLongLong();
        if (rows.size() > 1)
            rows += ',';
        const QString deletedAt = q.value(3).toString();
        if (!deletedAt.isEmpty()) {
            rows += QJsonDocument(wireRow(q.value(0).toString(), q.value(1).toString(), next,
                                          deletedAt, objectFrom(q.value(4))))
                        .toJson(QJsonDocument::Compact);
            continue;
        }
        rows += "{\"entity\":" + jsonString(q.value(0).toString()) +
                ",\"id\":" + jsonString(q.value(1).toString()) +
                ",\"version\":" + QByteArray::number(next) +
                ",\"deleted\":false,\"values\":" + q.value(4).toString().toUtf8() + '}';
    }
    rows += ']';
    bool more = false;
    if (cut) {
        if (!run(q,
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM rows WHERE version > ?%1)")
                     .arg(filter),
                 binds({until})) ||
            !q.next())
            return databaseError(q);
        more = q.value(0).toBool();
    }
    if (!run(q, QStringLiteral("SELECT last_mutation_id FROM desks WHERE client_id = ?"),
             {desk.clientId}) ||
        !q.next())
        return databaseError(q);
    Desk now = desk;
    now.lastMutationId = q.value(0).toLongLong();
    // With no rows the cursor stays; at the end of the feed it moves to the newest version, so
    // a fresh desk does not read tombstones again next time.
    if (!run(q, QStringLiteral("SELECT value FROM counters WHERE name = 'txn'")) || !q.next())
        return databaseError(q);
    const qint64 latest = q.value(0).toLongLong();
    if (!more)
        next = std::max(next, latest);
    QJsonObject answer = stamp(&now);
    answer.insert(QStringLiteral("cursor"), next);
    answer.insert(QStringLiteral("more"), more);
    answer.insert(QStringLiteral("latest"), latest);
    QByteArray raw = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    raw.chop(1); // the closing brace: the rows go in before it
    raw += ",\"rows\":" + rows + '}';
    return {200, {}, raw};
}

Answer SyncService::upload(const Desk &desk, const QJsonObject &body)
{
    const QJsonValue list = body.value(QStringLiteral("rows"));
    if (!list.isArray())
        return Answer::refused(400, QStringLiteral("An upload needs a list of rows."),
                               QStringLiteral("bad-request"));
    const QJsonArray rowsIn = list.toArray();
    if (rowsIn.size() > kMaxRowsPerUpload)
        return Answer::refused(413,
                               QStringLiteral("At most %1 rows per upload.").arg(kMaxRowsPerUpload),
                               QStringLiteral("too-large"));
    Transaction t(m_db);
    QSqlQuery q(m_db);
    qint64 version = 0;
    if (!t.isOpen() || !nextVersion(q, &version) ||
        !run(q, QStringLiteral("SELECT value FROM server_meta WHERE key = 'initial_desk'")))
        return databaseError(q);
    // A repair upload (after the server was restored from a backup) may come from any desk: it
    // only inserts rows the server lacks.
    const bool repair = body.value(QStringLiteral("repair")).toBool();
    if (!repair && (!q.next() || q.value(0).toString() != desk.clientId))
        return Answer::refused(
            403,
            QStringLiteral("Only the first desk of a new server uploads its data; this desk "
                           "starts from the server's data."),
            QStringLiteral("not-initial"));
    QString error;
    QJsonArray accepted;
    QList<RowKey> keys;
    for (const QJsonValue &v : rowsIn) {
        const QJsonObject r = v.toObject();
        keys.append({r.value(QStringLiteral("entity")).toString(),
                     r.value(QStringLiteral("id")).toString()});
    }
    WorkingSet rows;
    if (!loadRows(q, keys, &rows))
        return databaseError(q);
    const Merger merger(version, deskCodes(m_db), &newId);
    const Author author{desk.clientId, desk.deskCode, QString(),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    for (const QJsonValue &v : rowsIn) {
        const QString reason = merger.insertInitial(v.toObject(), author, &rows);
        if (!reason.isEmpty())
            return Answer::refused(400, QStringLiteral("Row refused: %1.").arg(reason),
                                   QStringLiteral("bad-row"));
    }
    int written = 0;
    if (!saveRows(q, rows, version, &written) || (written > 0 && !saveVersion(q, version)) ||
        !t.commit())
        return databaseError(q);
    QJsonObject answer = stamp(&desk);
    answer.insert(QStringLiteral("inserted"), written);
    answer.insert(QStringLiteral("version"), version);
    return {200, answer};
}

bool SyncService::insertInitialRows(const QJsonArray &rowsIn, QString *error)
{
    Transaction t(m_db);
    QSqlQuery q(m_db);
    qint64 version = 0;
    WorkingSet rows;
    QList<RowKey> keys;
    for (const QJsonValue &v : rowsIn)
        keys.append({v.toObject().value(QStringLiteral("entity")).toString(),
                     v.toObject().value(QStringLiteral("id")).toString()});
    if (!t.isOpen() || !nextVersion(q, &version) || !loadRows(q, keys, &rows)) {
        *error = q.lastError().text();
        return false;
    }
    const Merger merger(version, deskCodes(m_db), &newId);
    const Author author{QString(), QString(), QString(),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    for (const QJsonValue &v : rowsIn) {
        *error = merger.insertInitial(v.toObject(), author, &rows);
        if (!error->isEmpty())
            return false;
    }
    int written = 0;
    if (!saveRows(q, rows, version, &written) || (written > 0 && !saveVersion(q, version)) ||
        !run(q, QStringLiteral("INSERT INTO server_meta VALUES ('initial_desk', 'server') ON "
                               "CONFLICT DO NOTHING")) ||
        !t.commit()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace rentdesk::server
