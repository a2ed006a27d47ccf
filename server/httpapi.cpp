#include "httpapi.h"

#include "syncservice.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlDatabase>
#include <QUuid>

#include <httplib.h>
#include <zlib.h>

#include <cstdio>

namespace rentdesk::server {

namespace {

// Each worker thread keeps its own database connection for the life of the server.
struct ThreadDatabase
{
    QString name;
    QSqlDatabase db;
    ~ThreadDatabase()
    {
        if (name.isEmpty())
            return;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

thread_local ThreadDatabase t_database;

bool threadDatabase(const ServerConfig &config, QSqlDatabase *db)
{
    if (t_database.db.isValid() && t_database.db.isOpen()) {
        *db = t_database.db;
        return true;
    }
    if (t_database.name.isEmpty())
        t_database.name =
            QStringLiteral("rentdesk-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    else
        QSqlDatabase::removeDatabase(t_database.name);
    QString error;
    t_database.db = config.openDatabase(t_database.name, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "rentdesk-server: cannot reach the database: %s\n", qPrintable(error));
        return false;
    }
    *db = t_database.db;
    return true;
}

// gzip at zlib's fastest level. cpp-httplib would compress "application/json" itself, with
// Brotli at its slowest quality when the client accepts it (Qt does): seconds for a pull page.
bool gzip(const std::string &in, std::string *out)
{
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out->resize(deflateBound(&z, uLong(in.size())) + 32);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out->data());
    z.avail_out = uInt(out->size());
    const int result = deflate(&z, Z_FINISH);
    out->resize(z.total_out);
    deflateEnd(&z);
    return result == Z_STREAM_END;
}

void send(const httplib::Request &req, httplib::Response &res, const Answer &a)
{
    res.status = a.status;
    if (a.binary) {
        // File bytes; the stamp every answer carries comes as a header.
        res.set_header("RentDesk-Stamp",
                       QJsonDocument(a.body).toJson(QJsonDocument::Compact).toStdString());
        res.set_content(a.raw.toStdString(), "application/octet-stream");
        return;
    }
    // "; charset=utf-8" keeps cpp-httplib from compressing on its own (it matches the bare type).
    const char *type = "application/json; charset=utf-8";
    std::string body = a.raw.isEmpty()
                           ? QJsonDocument(a.body).toJson(QJsonDocument::Compact).toStdString()
                           : a.raw.toStdString();
    std::string packed;
    if (body.size() > 1024 &&
        req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos &&
        gzip(body, &packed)) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(std::move(packed), type);
        return;
    }
    res.set_content(std::move(body), type);
}

// The request body as a JSON object, or the refusal to send.
bool jsonBody(const QByteArray &text, QJsonObject *body, Answer *refusal)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal =
            Answer::refused(400,
                            error.error != QJsonParseError::NoError
                                ? QStringLiteral("The request is not valid JSON (%1 at byte %2).")
                                      .arg(error.errorString())
                                      .arg(error.offset)
                                : QStringLiteral("The request must be a JSON object."),
                            QStringLiteral("bad-json"));
        return false;
    }
    *body = doc.object();
    return true;
}

bool jsonBody(const httplib::Request &req, QJsonObject *body, Answer *refusal)
{
    return jsonBody(QByteArray::fromStdString(req.body), body, refusal);
}

} // namespace

HttpApi::HttpApi(ServerConfig config)
    : m_config(std::move(config))
{
    if (!m_config.tlsCertificate.isEmpty())
        m_server =
            std::make_unique<httplib::SSLServer>(m_config.tlsCertificate.toLocal8Bit().constData(),
                                                 m_config.tlsKey.toLocal8Bit().constData());
    else
        m_server = std::make_unique<httplib::Server>();
    httplib::Server &s = *m_server;
    // Qt HttpServer 6.4 reads any body whole into memory; this refuses big ones with 413 first.
    s.set_payload_max_length(size_t(m_config.maxBodyBytes));
    const int threads = m_config.threads;
    s.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    s.set_tcp_nodelay(true);
    // cpp-httplib inflates compressed bodies before a handler sees them, with no limit on the
    // inflated size: only a push may be compressed, and it is read with a limit.
    s.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        const std::string encoding = req.get_header_value("Content-Encoding");
        if (encoding.empty() || encoding == "identity" ||
            (req.path == "/v1/push" && (encoding == "deflate" || encoding == "gzip")))
            return httplib::Server::HandlerResponse::Unhandled;
        send(req, res,
             Answer::refused(415,
                             QStringLiteral("Only a push may be compressed (deflate or gzip)."),
                             QStringLiteral("encoding")));
        return httplib::Server::HandlerResponse::Handled;
    });
    s.set_read_timeout(30);
    s.set_write_timeout(60);

    using Handler = std::function<Answer(SyncService &, const httplib::Request &)>;
    auto route = [this](Handler handler) {
        return [this, handler](const httplib::Request &req, httplib::Response &res) {
            QSqlDatabase db;
            if (!threadDatabase(m_config, &db)) {
                send(req, res,
                     Answer::refused(503,
                                     QStringLiteral("The server's database is not "
                                                    "available; try again later."),
                                     QStringLiteral("database")));
                return;
            }
            SyncService service(db);
            send(req, res, handler(service, req));
        };
    };
    // Endpoints for enrolled desks: the credential and the desk's schema version first.
    using DeskHandler =
        std::function<Answer(SyncService &, const Desk &, const httplib::Request &)>;
    auto deskRoute = [route](DeskHandler handler) {
        return route([handler](SyncService &service, const httplib::Request &req) {
            Desk desk;
            Answer refusal;
            bool schemaOk = false;
            const int schema =
                QByteArray::fromStdString(req.get_header_value("RentDesk-Schema")).toInt(&schemaOk);
            if (!service.authenticate(QString::fromStdString(req.get_header_value("Authorization")),
                                      schemaOk ? schema : 0, &desk, &refusal))
                return refusal;
            return handler(service, desk, req);
        });
    };

    s.Get("/v1/health",
          route([](SyncService &service, const httplib::Request &) { return service.health(); }));
    s.Post("/v1/enrol", route([](SyncService &service, const httplib::Request &req) {
               QJsonObject body;
               Answer refusal;
               return jsonBody(req, &body, &refusal) ? service.enrol(body) : refusal;
           }));
    // A push may come compressed ("Content-Encoding: deflate" or "gzip"; cpp-httplib inflates
    // it): a large push is a few megabytes of JSON that shrink about tenfold. The inflated body
    // is read piece by piece and refused past the same limit as an uncompressed one. Other
    // requests with an encoding are refused before their body is read (pre-routing above).
    const auto push =
        deskRoute([](SyncService &service, const Desk &desk, const httplib::Request &req) {
            QJsonObject body;
            Answer refusal;
            const QByteArray text = QByteArray::fromStdString(req.body); // copied once, megabytes
            return jsonBody(text, &body, &refusal) ? service.push(desk, body, text) : refusal;
        });
    const auto maxBody = size_t(m_config.maxBodyBytes);
    s.Post("/v1/push", [push, maxBody](const httplib::Request &req, httplib::Response &res,
                                       const httplib::ContentReader &content) {
        httplib::Request whole = req;
        const bool read = content([&](const char *data, size_t length) {
            whole.body.append(data, length);
            return whole.body.size() <= maxBody;
        });
        if (!read) {
            const bool tooLarge =
                whole.body.size() > maxBody ||
                QByteArray::fromStdString(req.get_header_value("Content-Length")).toULongLong() >
                    maxBody;
            // The rest of the body is not read: the connection cannot carry another request.
            res.set_header("Connection", "close");
            send(req, res,
                 tooLarge
                     ? Answer::refused(413, QStringLiteral("The request is too large."),
                                       QStringLiteral("too-large"))
                     : Answer::refused(400, QStringLiteral("The request body could not be read."),
                                       QStringLiteral("bad-request")));
            return;
        }
        push(whole, res);
    });
    s.Post("/v1/upload",
           deskRoute([](SyncService &service, const Desk &desk, const httplib::Request &req) {
               QJsonObject body;
               Answer refusal;
               return jsonBody(req, &body, &refusal) ? service.upload(desk, body) : refusal;
           }));
    s.Get(
        "/v1/pull",
        deskRoute([](SyncService &service, const Desk &desk, const httplib::Request &req) {
            bool cursorOk = true, limitOk = true;
            const qint64 cursor =
                req.has_param("cursor")
                    ? QByteArray::fromStdString(req.get_param_value("cursor")).toLongLong(&cursorOk)
                    : 0;
            const int limit =
                req.has_param("limit")
                    ? QByteArray::fromStdString(req.get_param_value("limit")).toInt(&limitOk)
                    : 1000;
            if (!cursorOk || !limitOk)
                return Answer::refused(400, QStringLiteral("cursor and limit must be numbers."),
                                       QStringLiteral("bad-request"));
            return service.pull(desk, cursor, limit, req.get_param_value("fresh") == "1",
                                req.get_param_value("skip_known") == "1");
        }));
    // Files by SHA-256: status, upload piece by piece, download piece by piece.
    auto number = [](const httplib::Request &req, const char *name, qint64 fallback, bool *ok) {
        return req.has_param(name)
                   ? QByteArray::fromStdString(req.get_param_value(name)).toLongLong(ok)
                   : fallback;
    };
    s.Get(R"(/v1/files/([0-9a-f]{64}))",
          deskRoute([](SyncService &service, const Desk &desk, const httplib::Request &req) {
              return service.fileStatus(desk, QString::fromStdString(req.matches[1]));
          }));
    s.Put(R"(/v1/files/([0-9a-f]{64}))",
          deskRoute([number](SyncService &service, const Desk &desk, const httplib::Request &req) {
              bool sizeOk = req.has_param("size"), offsetOk = true;
              const qint64 size = number(req, "size", -1, &sizeOk);
              const qint64 offset = number(req, "offset", 0, &offsetOk);
              if (!sizeOk || !offsetOk)
                  return Answer::refused(400,
                                         QStringLiteral("An upload piece needs the file's size "
                                                        "and its offset as numbers."),
                                         QStringLiteral("bad-request"));
              return service.putFilePiece(desk, QString::fromStdString(req.matches[1]), size,
                                          offset, QByteArray::fromStdString(req.body));
          }));
    s.Get(R"(/v1/files/([0-9a-f]{64})/content)",
          deskRoute([number](SyncService &service, const Desk &desk, const httplib::Request &req) {
              bool offsetOk = true, limitOk = true;
              const qint64 offset = number(req, "offset", 0, &offsetOk);
              const qint64 limit = number(req, "limit", kMaxFilePiece, &limitOk);
              if (!offsetOk || !limitOk)
                  return Answer::refused(400, QStringLiteral("offset and limit must be numbers."),
                                         QStringLiteral("bad-request"));
              return service.fileContent(desk, QString::fromStdString(req.matches[1]), offset,
                                         limit);
          }));

    // Whatever httplib answers itself (unknown path 404, body too large 413, ...) gets a reason.
    s.set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (!res.body.empty())
            return;
        const QString reason = res.status == 413   ? QStringLiteral("The request is too large.")
                               : res.status == 404 ? QStringLiteral("There is no such endpoint.")
                                                   : QStringLiteral("The request was refused.");
        res.set_content(QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}})
                            .toJson(QJsonDocument::Compact)
                            .toStdString(),
                        "application/json");
    });
    s.set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, std::exception_ptr) {
            send(req, res,
                 Answer::refused(500, QStringLiteral("The server failed on this request."),
                                 QStringLiteral("internal")));
        });
    if (m_config.logRequests)
        s.set_logger([](const httplib::Request &req, const httplib::Response &res) {
            std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
        });
}

HttpApi::~HttpApi() = default;

int HttpApi::bind(QString *error)
{
    const std::string host = m_config.listenHost.toStdString();
    const int port = m_config.port == 0
                         ? m_server->bind_to_any_port(host)
                         : (m_server->bind_to_port(host, m_config.port) ? m_config.port : -1);
    if (port < 0)
        *error =
            QStringLiteral("Cannot listen on %1:%2.").arg(m_config.listenHost).arg(m_config.port);
    return port;
}

bool HttpApi::run()
{
    return m_server->listen_after_bind();
}

void HttpApi::stop()
{
    m_server->stop();
}

} // namespace rentdesk::server
