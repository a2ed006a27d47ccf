#include "syncservice.h"

#include "merge.h"
#include "serverinternal.h"
#include "syncentities.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace rentdesk::server {

Answer Answer::refused(int status, const QString &reason, const QString &code)
{
    QJsonObject body{{QStringLiteral("reason"), reason}};
    if (!code.isEmpty())
        body.insert(QStringLiteral("error"), code);
    return Answer{status, body};
}

QString SyncService::epoch()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'")) && q.next())
        m_epoch = q.value(0).toString();
    return m_epoch;
}

QJsonObject SyncService::stamp(const Desk *desk) const
{
    QJsonObject o{{QStringLiteral("protocol"), kProtocolVersion},
                  {QStringLiteral("epoch"), m_epoch},
                  {QStringLiteral("schema"), QJsonObject{{QStringLiteral("min"), kMinDeskSchema},
                                                         {QStringLiteral("max"), kMaxDeskSchema}}}};
    if (desk)
        o.insert(QStringLiteral("last_mutation_id"), desk->lastMutationId);
    return o;
}

Answer SyncService::health()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'txn'")) || !q.next())
        return databaseError(q);
    const qint64 version = q.value(0).toLongLong();
    epoch();
    QJsonObject body = stamp(nullptr);
    body.insert(QStringLiteral("status"), QStringLiteral("ok"));
    body.insert(QStringLiteral("version"), version);
    return {200, body};
}

// ---------------------------------------------------------------- enrolment

QString SyncService::makeEnrolmentCode(const QString &deskName, int hours, QString *error)
{
    // Easy to read out and type: no 0/O, 1/I/L.
    const QString code = randomText("ABCDEFGHJKMNPQRSTUVWXYZ23456789", 5) + QLatin1Char('-') +
                         randomText("ABCDEFGHJKMNPQRSTUVWXYZ23456789", 5);
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO enrolment_codes(code_hash, desk_name, expires_at) "
                            "VALUES (?, ?, now() + make_interval(hours => ?))"),
             {hashText(code), deskName, hours})) {
        *error = q.lastError().text();
        return {};
    }
    return code;
}

Answer SyncService::enrol(const QJsonObject &body)
{
    const QString code = body.value(QStringLiteral("code")).toString().trimmed().toUpper();
    QString deskName = body.value(QStringLiteral("desk_name")).toString().trimmed();
    if (code.isEmpty() || code.size() > 32)
        return Answer::refused(400, QStringLiteral("An enrolment code is needed."),
                               QStringLiteral("bad-request"));
    if (deskName.size() > 80)
        return Answer::refused(400, QStringLiteral("The desk name is longer than 80 characters."),
                               QStringLiteral("bad-request"));
    epoch();
    Transaction t(m_db);
    QSqlQuery q(m_db);
    qint64 unused = 0; // taken only to serialize: two desks must not both become the first
    if (!t.isOpen() || !nextVersion(q, &unused))
        return databaseError(q);
    if (!run(q,
             QStringLiteral("SELECT desk_name FROM enrolment_codes WHERE code_hash = ? AND used_by "
                            "IS NULL AND expires_at > now() FOR UPDATE"),
             {hashText(code)}))
        return databaseError(q);
    if (!q.next())
        return Answer::refused(403,
                               QStringLiteral("This enrolment code is not valid: it is wrong, was "
                                              "used already or has expired."),
                               QStringLiteral("bad-code"));
    if (deskName.isEmpty())
        deskName = q.value(0).toString();
    const QString clientId = newId();
    const QString credential =
        QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 36) +
                            QByteArray::number(QRandomGenerator::system()->generate64(), 36) +
                            QByteArray::number(QRandomGenerator::system()->generate64(), 36) +
                            QByteArray::number(QRandomGenerator::system()->generate64(), 36));
    QString deskCode;
    for (int attempt = 0; attempt < 50 && deskCode.isEmpty(); ++attempt) {
        // Three letters without I, L, O and U (docs/customer-numbers.md).
        const QString candidate = randomText("ABCDEFGHJKMNPQRSTVWXYZ", 3);
        if (candidate == QLatin1String("PRN"))
            continue;
        if (!run(q,
                 QStringLiteral("INSERT INTO desks(client_id, desk_code, name, token_hash) VALUES "
                                "(?, ?, ?, ?) ON CONFLICT (desk_code) DO NOTHING RETURNING 1"),
                 {clientId, candidate, deskName, hashText(credential)}))
            return databaseError(q);
        if (q.next())
            deskCode = candidate;
    }
    if (deskCode.isEmpty())
        return Answer::refused(503, QStringLiteral("The server has no free desk code left."),
                               QStringLiteral("full"));
    // The first desk of an empty server brings the initial data; later desks start from the
    // server's snapshot.
    bool initial = false;
    if (!run(q, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM rows) AND NOT EXISTS (SELECT 1 "
                               "FROM server_meta WHERE key = 'initial_desk')")) ||
        !q.next())
        return databaseError(q);
    initial = q.value(0).toBool();
    if ((initial && !run(q, QStringLiteral("INSERT INTO server_meta VALUES ('initial_desk', ?)"),
                         {clientId})) ||
        !run(q, QStringLiteral("UPDATE enrolment_codes SET used_by = ? WHERE code_hash = ?"),
             {clientId, hashText(code)}) ||
        !t.commit())
        return databaseError(q);
    Desk desk{clientId, deskCode, deskName, 0};
    QJsonObject answer = stamp(&desk);
    answer.insert(QStringLiteral("client_id"), clientId);
    answer.insert(QStringLiteral("desk_code"), deskCode);
    answer.insert(QStringLiteral("desk_name"), deskName);
    answer.insert(QStringLiteral("credential"), credential);
    answer.insert(QStringLiteral("initial_upload"), initial);
    return {200, answer};
}

bool SyncService::authenticate(const QString &authorization, int deskSchema, Desk *desk,
                               Answer *refusal)
{
    const QStringList parts = authorization.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 3 || parts.at(0) != QLatin1String("RentDesk")) {
        *refusal = Answer::refused(401,
                                   QStringLiteral("This desk is not enrolled with the server "
                                                  "(no credential was sent)."),
                                   QStringLiteral("no-credential"));
        return false;
    }
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT desk_code, name, last_mutation_id, token_hash, revoked_at IS "
                            "NOT NULL FROM desks WHERE client_id = ?"),
             {parts.at(1)})) {
        *refusal = databaseError(q);
        return false;
    }
    if (!q.next() || q.value(3).toString() != hashText(parts.at(2))) {
        *refusal = Answer::refused(401,
                                   QStringLiteral("The server does not know this desk's "
                                                  "credential. Enrol the desk again."),
                                   QStringLiteral("bad-credential"));
        return false;
    }
    if (q.value(4).toBool()) {
        *refusal = Answer::refused(401,
                                   QStringLiteral("This desk's access to the server was revoked. "
                                                  "Enrol the desk again."),
                                   QStringLiteral("revoked"));
        return false;
    }
    *desk =
        Desk{parts.at(1), q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    epoch();
    if (deskSchema < kMinDeskSchema || deskSchema > kMaxDeskSchema) {
        *refusal = Answer::refused(
            426,
            deskSchema < kMinDeskSchema
                ? QStringLiteral("This RentDesk is too old for the server. Please update "
                                 "RentDesk; the desk's data is kept.")
                : QStringLiteral("This RentDesk is newer than the server. The server needs an "
                                 "update; the desk's data is kept."),
            QStringLiteral("schema"));
        const QJsonObject s = stamp(desk);
        for (auto it = s.begin(); it != s.end(); ++it)
            refusal->body.insert(it.key(), it.value());
        return false;
    }
    return true;
}

bool SyncService::revokeDesk(const QString &clientIdOrCode, QString *error)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE desks SET revoked_at = now() WHERE (client_id = ? OR desk_code "
                            "= ?) AND revoked_at IS NULL"),
             {clientIdOrCode, clientIdOrCode.toUpper()})) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = QStringLiteral("No enrolled desk has the id or code %1.").arg(clientIdOrCode);
        return false;
    }
    return true;
}

bool SyncService::startNewEpoch(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE server_meta SET value = gen_random_uuid()::text WHERE key "
                               "= 'epoch'"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QJsonArray SyncService::desks()
{
    QJsonArray out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT client_id, desk_code, name, last_mutation_id, "
                              "revoked_at IS NOT NULL FROM desks ORDER BY enrolled_at")))
        while (q.next())
            out.append(QJsonObject{{QStringLiteral("client_id"), q.value(0).toString()},
                                   {QStringLiteral("desk_code"), q.value(1).toString()},
                                   {QStringLiteral("name"), q.value(2).toString()},
                                   {QStringLiteral("last_mutation_id"), q.value(3).toLongLong()},
                                   {QStringLiteral("revoked"), q.value(4).toBool()}});
    return out;
}

} // namespace rentdesk::server
