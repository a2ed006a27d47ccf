// The server's own PostgreSQL schema and its upgrades (docs/sync-protocol.md, "Server schema").
#include "syncservice.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rentdesk::server {

namespace {

// Each step upgrades the schema by one version; never change a step that has shipped.
const QList<QStringList> kSteps = {
    {
        // 1: desks, enrolment codes, rows of every synced entity, rejections, files.
        QStringLiteral("CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL)"),
        QStringLiteral("INSERT INTO counters VALUES ('txn', 0)"),
        QStringLiteral(R"(CREATE TABLE desks (
            client_id text PRIMARY KEY,
            desk_code text NOT NULL UNIQUE,
            name text NOT NULL,
            token_hash text NOT NULL,
            last_mutation_id bigint NOT NULL DEFAULT 0,
            enrolled_at timestamptz NOT NULL DEFAULT now(),
            last_seen_at timestamptz,
            revoked_at timestamptz))"),
        QStringLiteral(R"(CREATE TABLE enrolment_codes (
            code_hash text PRIMARY KEY,
            desk_name text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            expires_at timestamptz NOT NULL,
            used_by text REFERENCES desks(client_id)))"),
        // One row per synced row: its declared fields as JSON, and per field the server version,
        // desk, staff member and time of its last change (for conflicts).
        QStringLiteral(R"(CREATE TABLE rows (
            entity text NOT NULL,
            id text NOT NULL,
            version bigint NOT NULL,
            deleted_at text,
            data jsonb NOT NULL,
            meta jsonb NOT NULL DEFAULT '{}',
            PRIMARY KEY (entity, id)))"),
        QStringLiteral("CREATE INDEX rows_version ON rows(version)"),
        // Customer numbers are unique among live customers (merge.cpp, uniqueNumber()).
        QStringLiteral("CREATE INDEX rows_customer_number ON rows ((data->>'number')) WHERE "
                       "entity = 'customer' AND deleted_at IS NULL"),
        // Which mutation took each number of a desk, by digest: a retry of the same mutation is
        // a duplicate; another mutation under a used number (a desk file restored from a backup
        // that went on working) is told to renumber.
        QStringLiteral(R"(CREATE TABLE applied_mutations (
            client_id text NOT NULL,
            mutation_id bigint NOT NULL,
            digest text NOT NULL,
            PRIMARY KEY (client_id, mutation_id)))"),
        QStringLiteral(R"(CREATE TABLE rejections (
            client_id text NOT NULL,
            mutation_id bigint NOT NULL,
            reason text NOT NULL,
            payload jsonb NOT NULL,
            at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (client_id, mutation_id)))"),
        QStringLiteral("INSERT INTO server_meta VALUES ('epoch', gen_random_uuid()::text)"),
    },
    {
        // 2: document files by SHA-256, uploaded in pieces (docs/sync-protocol.md, "Files").
        QStringLiteral(R"(CREATE TABLE files (
            sha256 text PRIMARY KEY,
            size bigint NOT NULL,
            complete boolean NOT NULL DEFAULT false,
            created_at timestamptz NOT NULL DEFAULT now()))"),
        QStringLiteral(R"(CREATE TABLE file_pieces (
            sha256 text NOT NULL REFERENCES files(sha256) ON DELETE CASCADE,
            start bigint NOT NULL,
            data bytea NOT NULL,
            PRIMARY KEY (sha256, start)))"),
    },
    {
        // 3: the desk whose push wrote a row exactly as that desk holds it; its pulls leave the
        // row out (docs/sync-protocol.md, "Pull").
        QStringLiteral("ALTER TABLE rows ADD COLUMN known_to text"),
    },
};

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text() + QStringLiteral(" (") + sql.simplified().left(80) +
             QStringLiteral(")");
    return false;
}

} // namespace

bool SyncService::upgrade(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("BEGIN"), error))
        return false;
    // Several server processes may start at once: one upgrades, the others wait and see it done.
    bool ok = exec(q, QStringLiteral("SELECT pg_advisory_xact_lock(7243001)"), error) &&
              exec(q, QStringLiteral("SET LOCAL client_min_messages = warning"), error) &&
              exec(q,
                   QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key text PRIMARY KEY, "
                                  "value text NOT NULL)"),
                   error) &&
              exec(q, QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'"), error);
    int version = (ok && q.next()) ? q.value(0).toInt() : 0;
    if (ok && version > kSteps.size()) {
        *error = QStringLiteral("The database has server schema %1; this rentdesk-server knows "
                                "only up to %2. Use a newer rentdesk-server.")
                     .arg(version)
                     .arg(kSteps.size());
        ok = false;
    }
    for (; ok && version < kSteps.size(); ++version)
        for (const QString &sql : kSteps.at(version))
            if (!(ok = exec(q, sql, error)))
                break;
    ok = ok && exec(q,
                    QStringLiteral("INSERT INTO server_meta VALUES ('schema', '%1') ON CONFLICT "
                                   "(key) DO UPDATE SET value = excluded.value")
                        .arg(version),
                    error);
    if (!ok) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return exec(q, QStringLiteral("COMMIT"), error);
}

} // namespace rentdesk::server
