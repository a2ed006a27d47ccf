#include "serverconfig.h"

#include <QFileInfo>
#include <QSettings>
#include <QSqlError>

namespace rentdesk::server {

namespace {

bool toInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

bool ServerConfig::load(const QString &file, ServerConfig *c, QString *error)
{
    QHash<QString, QString> values;
    if (!file.isEmpty()) {
        if (!QFileInfo(file).isReadable()) {
            *error = QStringLiteral("Cannot read the configuration file %1.").arg(file);
            return false;
        }
        const QSettings ini(file, QSettings::IniFormat);
        for (const QString &key : ini.allKeys())
            values.insert(key, ini.value(key).toString());
    }
    // The environment wins over the file (containers, systemd units, tests).
    const QList<QPair<const char *, const char *>> env = {
        {"RENTDESK_SERVER_LISTEN", "server/listen"},
        {"RENTDESK_SERVER_THREADS", "server/threads"},
        {"RENTDESK_SERVER_MAX_BODY_MB", "server/max_body_mb"},
        {"RENTDESK_SERVER_LOG", "server/log"},
        {"RENTDESK_TLS_CERTIFICATE", "tls/certificate"},
        {"RENTDESK_TLS_KEY", "tls/key"},
        {"RENTDESK_DB_HOST", "database/host"},
        {"RENTDESK_DB_PORT", "database/port"},
        {"RENTDESK_DB_NAME", "database/name"},
        {"RENTDESK_DB_USER", "database/user"},
        {"RENTDESK_DB_PASSWORD", "database/password"},
    };
    for (const auto &[variable, key] : env)
        if (qEnvironmentVariableIsSet(variable))
            values.insert(QString::fromLatin1(key), qEnvironmentVariable(variable));

    auto bad = [&](const QString &key) {
        *error = QStringLiteral("The setting %1 has a wrong value: %2").arg(key, values.value(key));
        return false;
    };
    if (values.contains(QStringLiteral("server/listen"))) {
        const QString listen = values.value(QStringLiteral("server/listen"));
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || !toInt(listen.mid(colon + 1), 0, 65535, &c->port))
            return bad(QStringLiteral("server/listen"));
        c->listenHost = listen.left(colon);
    }
    int mb = int(c->maxBodyBytes / (1024 * 1024));
    if (values.contains(QStringLiteral("server/threads")) &&
        !toInt(values.value(QStringLiteral("server/threads")), 1, 256, &c->threads))
        return bad(QStringLiteral("server/threads"));
    if (values.contains(QStringLiteral("server/max_body_mb")) &&
        !toInt(values.value(QStringLiteral("server/max_body_mb")), 1, 1024, &mb))
        return bad(QStringLiteral("server/max_body_mb"));
    c->maxBodyBytes = qint64(mb) * 1024 * 1024;
    c->logRequests = values.value(QStringLiteral("server/log")) == QLatin1String("1");
    c->tlsCertificate = values.value(QStringLiteral("tls/certificate"));
    c->tlsKey = values.value(QStringLiteral("tls/key"));
    if (c->tlsCertificate.isEmpty() != c->tlsKey.isEmpty()) {
        *error = QStringLiteral("TLS needs both tls/certificate and tls/key.");
        return false;
    }
    c->dbHost = values.value(QStringLiteral("database/host"), c->dbHost);
    c->dbName = values.value(QStringLiteral("database/name"), c->dbName);
    c->dbUser = values.value(QStringLiteral("database/user"), c->dbUser);
    c->dbPassword = values.value(QStringLiteral("database/password"), c->dbPassword);
    if (values.contains(QStringLiteral("database/port")) &&
        !toInt(values.value(QStringLiteral("database/port")), 1, 65535, &c->dbPort))
        return bad(QStringLiteral("database/port"));
    return true;
}

QSqlDatabase ServerConfig::openDatabase(const QString &connectionName, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(dbHost);
    db.setPort(dbPort);
    db.setDatabaseName(dbName);
    db.setUserName(dbUser);
    db.setPassword(dbPassword);
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

} // namespace rentdesk::server
