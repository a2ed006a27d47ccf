#pragma once

// An HTTP/1.1 proxy for the sync tests that sits between a desk and rentdesk-server and, at
// random, drops a request before the server sees it, delays it, sends it to the server twice, or
// cuts the answer after the server has committed (the "lost acknowledgement"). It can also
// answer every request with 503 for a while, as a server with a problem would.

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace synctest {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    struct Odds
    {
        int dropRequest = 0; // percent of requests closed before the server sees them
        int cutAnswer = 0;   // percent whose answer is cut after the server answered
        int duplicate = 0;   // percent sent to the server twice
        int delay = 0;       // percent delayed by up to maxDelayMs
        int maxDelayMs = 200;
    };
    FaultProxy(const QUrl &server, quint64 seed, QObject *parent = nullptr);
    bool listen();
    QUrl url() const;
    void setOdds(const Odds &odds) { m_odds = odds; }
    void setAnswer503(bool on) { m_503 = on; }

    int forwarded() const { return m_forwarded; }
    int faults() const { return m_faults; }
    int refused503() const { return m_refused; }

private:
    void onConnection();
    void onClientData(QTcpSocket *client);
    void handle(QTcpSocket *client, const QByteArray &request);
    void forward(QPointer<QTcpSocket> client, const QByteArray &request, int times, bool cut);

    QUrl m_server;
    QTcpServer m_listener;
    QRandomGenerator m_random;
    Odds m_odds;
    bool m_503 = false;
    int m_forwarded = 0, m_faults = 0, m_refused = 0;
};

// The length of the first complete HTTP message in `buffer` (head and Content-Length body), or
// -1 while it is incomplete.
qsizetype httpMessageLength(const QByteArray &buffer);

} // namespace synctest
