#pragma once

// Real components for the sync tests: a throw-away PostgreSQL cluster and rentdesk-server
// processes on loopback, started and stopped by the test itself (../shared/docs/stack-notes.md).

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace synctest {

// A PostgreSQL 15 cluster in a temporary folder, on a free loopback port. As root (CI) it runs
// as the postgres user, since PostgreSQL refuses root.
class PgCluster
{
public:
    // Fast: fsync off (tests); Default: PostgreSQL's own settings (benchmarks).
    enum class Durability { Fast, Default };
    explicit PgCluster(Durability durability = Durability::Fast)
        : m_durability(durability)
    {}
    ~PgCluster();
    bool start(QString *error);
    void stop();
    int port() const { return m_port; }
    // A new empty database; its name is returned.
    QString createDatabase(const QString &name, QString *error);
    // Runs SQL with psql on a database; returns its output (tuples only).
    QString psql(const QString &database, const QString &sql, QString *error) const;
    // pg_dump / restore of one database, for the "server restored from a backup" test.
    bool dump(const QString &database, const QString &file, QString *error) const;
    bool restore(const QString &file, const QString &database, QString *error);

private:
    QStringList asPostgres(const QString &program, const QStringList &args) const;
    bool run(const QString &program, const QStringList &args, QString *error,
             QString *output = nullptr) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    Durability m_durability;
};

// One rentdesk-server process serving `database` of a cluster on a free loopback port.
class ServerProcess
{
public:
    ~ServerProcess();
    bool start(const PgCluster &cluster, const QString &database, QString *error,
               const QStringList &extraEnvironment = {});
    void stop();
    // SIGKILL, as a crash would.
    void kill();
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    // Runs an admin command of rentdesk-server on the same database; returns its stdout.
    QString admin(const QStringList &args, QString *error) const;
    QString enrolmentCode(QString *error) const;

private:
    QProcessEnvironment environment() const;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    int m_dbPort = 0;
    QString m_database;
    QStringList m_extra;
};

// A free TCP port on loopback (bound and released).
int freePort();

} // namespace synctest
