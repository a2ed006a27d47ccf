#pragma once

#include "merge.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace rentdesk::server {

// What an endpoint answers: an HTTP status and a JSON body. A refusal has a 4xx status and a
// "reason" in words; nothing was written.
struct Answer
{
    Answer() = default;
    Answer(int status_, QJsonObject body_, QByteArray raw_ = {})
        : status(status_)
        , body(std::move(body_))
        , raw(std::move(raw_))
    {}
    int status = 200;
    QJsonObject body;
    // With `binary`, `raw` holds file bytes and `body` (the stamp) goes into a header.
    bool binary = false;
    // Already serialized JSON sent instead of `body` (pull pages, whose rows come from
    // PostgreSQL as JSON text and are not parsed again).
    QByteArray raw;
    static Answer refused(int status, const QString &reason, const QString &code = {});
};

// A desk that presented a valid credential.
struct Desk
{
    QString clientId, deskCode, name;
    qint64 lastMutationId = 0;
};

// The schema range of desk stores this server accepts (docs/sync-protocol.md).
// 10: a desk before it cannot store a permission set back to inherited (`allowed` empty); 11:
// nor a damage case repaired or written off. Any desk may now send them, so it updates first.
inline constexpr int kMinDeskSchema = 11;
// 6: local search tables; 7: staff role and PIN hash, blocked_until; 8: prices, deposits;
// 9: voucher sales; 10: inheritable permissions, documents of a transaction; 11: damage flow.
inline constexpr int kMaxDeskSchema = 11;
inline constexpr int kProtocolVersion = 1;
// Largest number of mutations, uploaded rows and pulled rows one request may carry.
inline constexpr int kMaxMutationsPerPush = 5000;
inline constexpr int kMaxRowsPerUpload = 5000;
inline constexpr int kMaxPullLimit = 20000;
// Document files: the largest file, and the largest piece one request uploads or downloads.
inline constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
inline constexpr qint64 kMaxFilePiece = 4LL * 1024 * 1024;

// The sync protocol's logic over one PostgreSQL connection: enrolment, push, pull and the
// initial upload. Stateless between calls, so several server processes can share one database;
// every writing transaction takes the one counter row first, which makes the order of server
// versions the order of commits (docs/sync-protocol.md, "The change feed").
class SyncService
{
public:
    explicit SyncService(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Creates or upgrades the server's schema. Safe to call from several processes at once.
    static bool upgrade(QSqlDatabase db, QString *error);

    Answer health();
    Answer enrol(const QJsonObject &body);
    // Checks "Authorization: RentDesk <client id> <credential>" and the desk's schema version.
    // On failure returns false and the refusal to send.
    bool authenticate(const QString &authorization, int deskSchema, Desk *desk, Answer *refusal);
    // `raw`: the request's text, whose mutations are digested as sent (empty: re-serialized).
    Answer push(const Desk &desk, const QJsonObject &body, const QByteArray &raw = {});
    // `fresh`: the desk has no rows yet, so tombstones are left out (the initial snapshot).
    // `skipKnown`: rows this desk's pushes wrote as the desk holds them are left out.
    Answer pull(const Desk &desk, qint64 cursor, int limit, bool fresh = false,
                bool skipKnown = false);
    Answer upload(const Desk &desk, const QJsonObject &body);

    // Files by SHA-256 (files.cpp): how much of a file the server has; one piece of an upload,
    // which must start where the server's copy ends (a repeated piece changes nothing); a piece
    // of a complete file for a download.
    Answer fileStatus(const Desk &desk, const QString &sha256);
    Answer putFilePiece(const Desk &desk, const QString &sha256, qint64 size, qint64 offset,
                        const QByteArray &bytes);
    Answer fileContent(const Desk &desk, const QString &sha256, qint64 offset, qint64 limit);
    // For `rentdesk-server demo`: a whole file at once.
    bool storeFile(const QByteArray &bytes, QString *error);
    // Which of these files the server has completely.
    QSet<QString> completeFiles(const QStringList &sha256s, bool *ok);

    // --- administration (rentdesk-server's command line) ---
    // A one-time enrolment code for a new desk, valid for `hours`.
    QString makeEnrolmentCode(const QString &deskName, int hours, QString *error);
    bool revokeDesk(const QString &clientIdOrCode, QString *error);
    // After the database was restored from a backup: a new epoch makes every desk re-push what
    // the server lacks and read everything again.
    bool startNewEpoch(QString *error);
    QString epoch();
    // For `rentdesk-server demo`: rows inserted as initial data by the server itself.
    bool insertInitialRows(const QJsonArray &rows, QString *error);
    QJsonArray desks();

private:
    QJsonObject stamp(const Desk *desk) const;
    // One attempt at a push. `optimistic`: rows the request only creates are taken to be new
    // without looking them up; when one exists after all, `again` is set, nothing is written
    // and the caller tries once more with every row looked up.
    // `scans`: Merger::scan() of each mutation.
    Answer pushOnce(const Desk &desk, const QJsonArray &mutations,
                    const QList<QByteArrayView> &sent, const QList<MutationScan> &scans,
                    bool optimistic, bool *again);
    QSqlDatabase m_db;
    QString m_epoch;
};

} // namespace rentdesk::server
