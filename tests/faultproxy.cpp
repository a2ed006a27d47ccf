#include "faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace synctest {

qsizetype httpMessageLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype body = 0;
    for (const QByteArray &line : buffer.left(headEnd).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            body = line.mid(15).trimmed().toLongLong();
    const qsizetype total = headEnd + 4 + body;
    return buffer.size() >= total ? total : -1;
}

FaultProxy::FaultProxy(const QUrl &server, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_random(quint32(seed))
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

bool FaultProxy::listen()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void FaultProxy::onClientData(QTcpSocket *client)
{
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    const qsizetype length = httpMessageLength(buffer);
    if (length < 0) {
        client->setProperty("buffer", buffer);
        return;
    }
    client->setProperty("buffer", buffer.mid(length));
    handle(client, buffer.left(length));
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request)
{
    if (m_503) {
        ++m_refused;
        const QByteArray body = R"({"reason":"injected server error","error":"database"})";
        client->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return;
    }
    const auto roll = [this](int percent) { return int(m_random.bounded(100)) < percent; };
    if (roll(m_odds.dropRequest)) {
        ++m_faults;
        client->abort();
        client->deleteLater();
        return;
    }
    const bool duplicate = roll(m_odds.duplicate);
    const bool cut = roll(m_odds.cutAnswer);
    if (duplicate || cut)
        ++m_faults;
    const int delay = roll(m_odds.delay) ? int(m_random.bounded(m_odds.maxDelayMs + 1)) : 0;
    QPointer<QTcpSocket> guarded(client);
    QTimer::singleShot(delay, this, [this, guarded, request, duplicate, cut] {
        forward(guarded, request, duplicate ? 2 : 1, cut);
    });
}

void FaultProxy::forward(QPointer<QTcpSocket> client, const QByteArray &request, int times,
                         bool cut)
{
    // One upstream connection per request; the answer goes back when the last copy is answered.
    auto *upstream = new QTcpSocket(this);
    auto *answer = new QByteArray;
    connect(upstream, &QTcpSocket::readyRead, this,
            [this, upstream, answer, client, request, times, cut] {
                answer->append(upstream->readAll());
                const qsizetype length = httpMessageLength(*answer);
                if (length < 0)
                    return;
                const QByteArray reply = answer->left(length);
                delete answer;
                upstream->disconnect(this);
                upstream->abort();
                upstream->deleteLater();
                ++m_forwarded;
                if (times > 1) {
                    forward(client, request, times - 1, cut);
                    return;
                }
                if (!client)
                    return;
                if (cut) { // the server committed; the desk never hears of it
                    client->abort();
                    client->deleteLater();
                    return;
                }
                client->write(reply);
            });
    connect(upstream, &QTcpSocket::errorOccurred, this, [upstream, answer, client] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            return;
        delete answer;
        upstream->disconnect();
        upstream->deleteLater();
        if (client)
            client->abort();
    });
    upstream->connectToHost(m_server.host(), quint16(m_server.port()));
    upstream->write(request);
}

} // namespace synctest
