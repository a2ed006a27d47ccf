#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rentdesk::server {

// How rentdesk-server runs: read from an INI file, then overridden by environment variables
// (docs/server.md lists both).
struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    int port = 8470; // 0: any free port (printed at start)
    QString dbHost, dbName = QStringLiteral("rentdesk"), dbUser, dbPassword;
    int dbPort = 5432;
    QString tlsCertificate, tlsKey; // both set: HTTPS; else HTTP behind a TLS reverse proxy
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    int threads = 8;
    bool logRequests = false;

    // `file` may be empty (defaults and environment only). False with *error on a bad value.
    static bool load(const QString &file, ServerConfig *config, QString *error);
    // A new connection to the server's database under this connection name.
    QSqlDatabase openDatabase(const QString &connectionName, QString *error) const;
};

} // namespace rentdesk::server
