#include "syncharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <unistd.h>

#include <algorithm>

namespace synctest {

namespace {

// PostgreSQL's programs as Debian and Ubuntu install them: 15 on Debian 12, the newest there is
// elsewhere (the server needs 15 or later).
QString postgresBin()
{
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return QStringLiteral("/usr/lib/postgresql/%1/bin/")
        .arg(versions.isEmpty() ? QStringLiteral("15") : versions.last());
}
const QString kBin = postgresBin();
const QString kUser = QStringLiteral("rentdesk");

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

PgCluster::~PgCluster()
{
    stop();
}

QStringList PgCluster::asPostgres(const QString &program, const QStringList &args) const
{
    if (isRoot())
        return QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                           program} +
               args;
    return QStringList{program} + args;
}

bool PgCluster::run(const QString &program, const QStringList &args, QString *error,
                    QString *output) const
{
    QProcess p;
    const QStringList full = asPostgres(program, args);
    if (isRoot())
        p.start(QStringLiteral("runuser"), full);
    else
        p.start(full.first(), full.mid(1));
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error =
            QStringLiteral("%1 failed: %2 %3")
                .arg(program, QString::fromLocal8Bit(p.readAllStandardError()), p.errorString());
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAllStandardOutput());
    return true;
}

bool PgCluster::start(QString *error)
{
    // Not under /tmp's test folders of Qt: the postgres user must be able to enter it.
    m_dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/rentdesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther);
    if (isRoot()) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir->path()});
        chown.waitForFinished();
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(kBin + QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("-U"), kUser, QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-sync")},
             error))
        return false;
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        // fsync off: a test cluster need not survive a power cut, and the suite stays fast.
        // The benchmarks run with PostgreSQL's defaults.
        m_running =
            run(kBin + QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-l"),
                 m_dir->filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
                 QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c "
                                "max_connections=200%3")
                     .arg(m_port)
                     .arg(m_dir->path(), m_durability == Durability::Fast
                                             ? QStringLiteral(" -c fsync=off")
                                             : QString()),
                 QStringLiteral("start")},
                error);
    }
    return m_running;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    QString error;
    run(kBin + QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-w"),
         QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")},
        &error);
    m_running = false;
}

QString PgCluster::psql(const QString &database, const QString &sql, QString *error) const
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(m_port), QStringLiteral("-U"), kUser, QStringLiteral("-d"), database,
             QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString PgCluster::createDatabase(const QString &name, QString *error)
{
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name), error);
    return error->isEmpty() ? name : QString();
}

bool PgCluster::dump(const QString &database, const QString &file, QString *error) const
{
    QProcess p;
    p.start(kBin + QStringLiteral("pg_dump"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(m_port), QStringLiteral("-U"), kUser, QStringLiteral("-Fc"),
             QStringLiteral("-f"), file, database});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

bool PgCluster::restore(const QString &file, const QString &database, QString *error)
{
    psql(QStringLiteral("postgres"),
         QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), error);
    if (!error->isEmpty() || createDatabase(database, error).isEmpty())
        return false;
    QProcess p;
    p.start(kBin + QStringLiteral("pg_restore"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(m_port), QStringLiteral("-U"), kUser, QStringLiteral("-d"), database,
             file});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

// ---------------------------------------------------------------- server

ServerProcess::~ServerProcess()
{
    stop();
}

QProcessEnvironment ServerProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RENTDESK_DB_HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("RENTDESK_DB_PORT"), QString::number(m_dbPort));
    env.insert(QStringLiteral("RENTDESK_DB_NAME"), m_database);
    env.insert(QStringLiteral("RENTDESK_DB_USER"), kUser);
    env.insert(QStringLiteral("RENTDESK_SERVER_LISTEN"), QStringLiteral("127.0.0.1:0"));
    for (const QString &e : m_extra) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        env.insert(e.left(eq), e.mid(eq + 1));
    }
    return env;
}

bool ServerProcess::start(const PgCluster &cluster, const QString &database, QString *error,
                          const QStringList &extraEnvironment)
{
    m_dbPort = cluster.port();
    m_database = database;
    m_extra = extraEnvironment;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral(RENTDESK_SERVER_PATH), {QStringLiteral("serve")});
    // It prints "rentdesk-server listening on http://127.0.0.1:PORT" once it accepts requests.
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 30000 && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            const QByteArray line = out.mid(at + 13, out.indexOf('\n', at) - at - 13);
            m_url = QUrl(QString::fromLatin1(line.trimmed()));
            return true;
        }
    }
    *error = QStringLiteral("rentdesk-server did not start: ") +
             QString::fromLocal8Bit(m_process->readAllStandardError());
    return false;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QString ServerProcess::admin(const QStringList &args, QString *error) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(RENTDESK_SERVER_PATH), args);
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString ServerProcess::enrolmentCode(QString *error) const
{
    return admin(
        {QStringLiteral("enrol-code"), QStringLiteral("--desk-name"), QStringLiteral("Test desk")},
        error);
}

} // namespace synctest
