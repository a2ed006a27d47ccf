// Document files by SHA-256 (docs/sync-protocol.md, "Files"): uploaded in pieces that continue
// where the server's copy ends, checked against their name when complete, downloaded in pieces.
#include "serverinternal.h"
#include "syncservice.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>

namespace rentdesk::server {

namespace {

bool validSha(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(sha256).hasMatch();
}

Answer badSha()
{
    return Answer::refused(400,
                           QStringLiteral("A file is named by its SHA-256 in 64 lowercase "
                                          "hexadecimal digits."),
                           QStringLiteral("bad-request"));
}

// The bytes the server holds of a file, from its pieces in order.
bool receivedBytes(QSqlQuery &q, const QString &sha256, qint64 *received)
{
    if (!run(q,
             QStringLiteral("SELECT coalesce(sum(length(data)), 0) FROM file_pieces WHERE "
                            "sha256 = ?"),
             {sha256}) ||
        !q.next())
        return false;
    *received = q.value(0).toLongLong();
    return true;
}

bool contentMatches(QSqlQuery &q, const QString &sha256, bool *matches)
{
    if (!run(q, QStringLiteral("SELECT data FROM file_pieces WHERE sha256 = ? ORDER BY start"),
             {sha256}))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        hash.addData(q.value(0).toByteArray());
    *matches = QString::fromLatin1(hash.result().toHex()) == sha256;
    return true;
}

} // namespace

Answer SyncService::fileStatus(const Desk &desk, const QString &sha256)
{
    if (!validSha(sha256))
        return badSha();
    QSqlQuery q(m_db);
    qint64 size = 0, received = 0;
    bool complete = false, known = false;
    if (!run(q, QStringLiteral("SELECT size, complete FROM files WHERE sha256 = ?"), {sha256}))
        return databaseError(q);
    if (q.next()) {
        known = true;
        size = q.value(0).toLongLong();
        complete = q.value(1).toBool();
    }
    if (known && !receivedBytes(q, sha256, &received))
        return databaseError(q);
    QJsonObject answer = stamp(&desk);
    answer.insert(QStringLiteral("sha256"), sha256);
    answer.insert(QStringLiteral("size"), known ? QJsonValue(size) : QJsonValue());
    answer.insert(QStringLiteral("received"), received);
    answer.insert(QStringLiteral("complete"), complete);
    return {200, answer};
}

Answer SyncService::putFilePiece(const Desk &desk, const QString &sha256, qint64 size,
                                 qint64 offset, const QByteArray &bytes)
{
    if (!validSha(sha256))
        return badSha();
    if (size < 0 || offset < 0)
        return Answer::refused(400, QStringLiteral("size and offset must be 0 or more."),
                               QStringLiteral("bad-request"));
    if (size > kMaxFileBytes || bytes.size() > kMaxFilePiece)
        return Answer::refused(413,
                               QStringLiteral("Files may have up to %1 MB, sent in pieces of up "
                                              "to %2 MB.")
                                   .arg(kMaxFileBytes / (1024 * 1024))
                                   .arg(kMaxFilePiece / (1024 * 1024)),
                               QStringLiteral("too-large"));
    Transaction t(m_db);
    QSqlQuery q(m_db);
    if (!t.isOpen() ||
        !run(q,
             QStringLiteral("INSERT INTO files(sha256, size) VALUES (?, ?) ON CONFLICT DO NOTHING"),
             {sha256, size}) ||
        !run(q, QStringLiteral("SELECT size, complete FROM files WHERE sha256 = ? FOR UPDATE"),
             {sha256}) ||
        !q.next())
        return databaseError(q);
    const qint64 knownSize = q.value(0).toLongLong();
    const bool complete = q.value(1).toBool();
    QJsonObject answer = stamp(&desk);
    answer.insert(QStringLiteral("sha256"), sha256);
    answer.insert(QStringLiteral("size"), knownSize);
    if (complete) {
        // Sent again (an answer got lost, or another desk has the same file): nothing to do.
        answer.insert(QStringLiteral("received"), knownSize);
        answer.insert(QStringLiteral("complete"), true);
        return {200, answer};
    }
    if (knownSize != size)
        return Answer::refused(409,
                               QStringLiteral("The server is receiving this file with a size of "
                                              "%1 bytes, not %2.")
                                   .arg(knownSize)
                                   .arg(size),
                               QStringLiteral("size-mismatch"));
    qint64 received = 0;
    if (!receivedBytes(q, sha256, &received))
        return databaseError(q);
    const qint64 end = offset + bytes.size();
    if (offset < received && end <= received) {
        // A piece the server has already (a retry): the same answer again.
        if (!t.commit())
            return databaseError(q);
        answer.insert(QStringLiteral("received"), received);
        answer.insert(QStringLiteral("complete"), false);
        return {200, answer};
    }
    if (offset != received) {
        Answer refusal = Answer::refused(
            409,
            QStringLiteral("The server has %1 bytes of this file; continue from there.")
                .arg(received),
            QStringLiteral("offset"));
        refusal.body.insert(QStringLiteral("received"), received);
        t.commit();
        return refusal;
    }
    if (end > size || (bytes.isEmpty() && size > 0))
        return Answer::refused(
            400, QStringLiteral("The piece does not fit a file of %1 bytes.").arg(size),
            QStringLiteral("bad-request"));
    if (!bytes.isEmpty() &&
        !run(q, QStringLiteral("INSERT INTO file_pieces(sha256, start, data) VALUES (?, ?, ?)"),
             {sha256, offset, bytes}))
        return databaseError(q);
    bool done = false;
    if (end == size) {
        bool matches = false;
        if (!contentMatches(q, sha256, &matches))
            return databaseError(q);
        if (!matches) {
            // Nothing of it is kept: the desk sends the file again from the start.
            if (!run(q, QStringLiteral("DELETE FROM files WHERE sha256 = ?"), {sha256}) ||
                !t.commit())
                return databaseError(q);
            return Answer::refused(422,
                                   QStringLiteral("The file's bytes do not match its SHA-256; "
                                                  "send it again from the start."),
                                   QStringLiteral("checksum"));
        }
        if (!run(q, QStringLiteral("UPDATE files SET complete = true WHERE sha256 = ?"), {sha256}))
            return databaseError(q);
        done = true;
    }
    if (!t.commit())
        return databaseError(q);
    answer.insert(QStringLiteral("received"), end);
    answer.insert(QStringLiteral("complete"), done);
    return {200, answer};
}

Answer SyncService::fileContent(const Desk &desk, const QString &sha256, qint64 offset,
                                qint64 limit)
{
    if (!validSha(sha256))
        return badSha();
    if (offset < 0 || limit < 1)
        return Answer::refused(400, QStringLiteral("offset must be 0 or more and limit 1 or more."),
                               QStringLiteral("bad-request"));
    limit = std::min(limit, kMaxFilePiece);
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT size FROM files WHERE sha256 = ? AND complete"), {sha256}))
        return databaseError(q);
    if (!q.next())
        return Answer::refused(404, QStringLiteral("The server does not have this file (yet)."),
                               QStringLiteral("no-file"));
    const qint64 size = q.value(0).toLongLong();
    if (offset > size)
        return Answer::refused(400, QStringLiteral("The file has only %1 bytes.").arg(size),
                               QStringLiteral("bad-request"));
    const qint64 end = std::min(size, offset + limit);
    QByteArray bytes;
    if (end > offset) {
        if (!run(q,
                 QStringLiteral("SELECT start, data FROM file_pieces WHERE sha256 = ? AND start + "
                                "length(data) > ? AND start < ? ORDER BY start"),
                 {sha256, offset, end}))
            return databaseError(q);
        while (q.next()) {
            const qint64 start = q.value(0).toLongLong();
            const QByteArray piece = q.value(1).toByteArray();
            const qint64 from = std::max(offset, start) - start;
            const qint64 to = std::min(end, start + piece.size()) - start;
            bytes += piece.mid(from, to - from);
        }
    }
    QJsonObject head = stamp(&desk);
    head.insert(QStringLiteral("size"), size);
    head.insert(QStringLiteral("offset"), offset);
    Answer a{200, head, bytes};
    a.binary = true;
    return a;
}

bool SyncService::storeFile(const QByteArray &bytes, QString *error)
{
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    Desk server;
    for (qint64 offset = 0; offset < bytes.size() || (offset == 0 && bytes.isEmpty());) {
        const QByteArray piece = bytes.mid(offset, kMaxFilePiece);
        const Answer a = putFilePiece(server, sha256, bytes.size(), offset, piece);
        if (a.status != 200) {
            *error = a.body.value(QStringLiteral("reason")).toString();
            return false;
        }
        if (a.body.value(QStringLiteral("complete")).toBool())
            break;
        offset += piece.size();
    }
    return true;
}

QSet<QString> SyncService::completeFiles(const QStringList &sha256s, bool *ok)
{
    QSet<QString> out;
    QSqlQuery q(m_db);
    *ok = run(q,
              QStringLiteral("SELECT sha256 FROM files WHERE complete AND sha256 IN (SELECT "
                             "jsonb_array_elements_text(?::jsonb))"),
              {jsonText(QJsonArray::fromStringList(sha256s))});
    while (*ok && q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace rentdesk::server
