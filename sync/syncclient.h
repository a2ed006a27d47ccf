#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace rentdesk {
class Store;
}

namespace rentdesk::sync {

// What one sync round did.
struct RoundReport
{
    int uploaded = 0;         // rows of the initial data
    int pushed = 0;           // mutations the server applied (or had already)
    int rejected = 0;         // mutations the server refused for good
    int pulled = 0;           // rows read from the server
    int filesUp = 0;          // document files sent to the server
    int filesDown = 0;        // document files fetched from the server
    QString repaired;         // an identity repair, in words (restored desk file or server)
    QString error;            // empty when the round went through
    bool needsPerson = false; // enrol again or update RentDesk: retrying does not help
    QList<int> pushMs;        // how long each push request took, for benchmarks
    bool ok() const { return error.isEmpty(); }
};

// What the status bar shows.
struct SyncStatus
{
    enum class State { NotSetUp, Idle, Syncing, Offline, NeedsAttention };
    State state = State::NotSetUp;
    QString server;
    int pending = 0;
    int rejected = 0;
    QDateTime lastSync; // the last round that went through
    QString lastError;  // in words; empty after a good round
    int progress = -1;  // percent of a first sync, -1 when none is running
};

// The desk's sync module (docs/sync-protocol.md): enrols the desk, and in rounds uploads a first
// desk's initial data, pushes the outbox, and pulls the server's changes through the store's
// apply path. In the background it runs on a timer and shortly after each change, and backs off
// with jitter while the server is away. It uses its own Store connection; create it in the
// thread it runs in.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    explicit SyncClient(Store *store, QObject *parent = nullptr);
    ~SyncClient() override;

    bool isSetUp() const;
    SyncStatus status() const { return m_status; }

    // Enrols the desk with a one-time code from the server's administrator. A desk that joins a
    // server that already has data keeps a copy of its own data beside its file and starts from
    // the server's. Emits enrolFinished() (empty error on success).
    void enrol(const QUrl &server, const QString &code, const QString &deskName);
    // A round now; while one runs, one more follows it.
    void syncNow();
    // Rounds every `intervalMs` and a second after each local change.
    void startBackground(int intervalMs = 30000);
    void stopBackground();
    // After a failure the next round waits base·2ⁿ (at most max), times 0.5–1.5 at random.
    void setBackoff(int baseMs, int maxMs);
    void setPageSizes(int push, int pull, int upload);
    // Reads the status again from the store (after a window marked refused changes as seen).
    void refreshStatus();

    // For rentdesk-cli and tests: the same, waiting for the end.
    QString enrolAndWait(const QUrl &server, const QString &code, const QString &deskName);
    RoundReport runRound();

signals:
    void statusChanged();
    void roundFinished(const rentdesk::sync::RoundReport &report);
    void enrolFinished(const QString &error);

private:
    struct Reply
    {
        int status = 0;   // 0: no answer (network)
        QJsonObject body; // for file bytes: the stamp from the RentDesk-Stamp header
        QByteArray bytes; // file bytes
        QString error;    // in words
        bool ok() const { return status >= 200 && status < 300; }
        bool temporary() const { return status == 0 || status >= 500 || status == 429; }
    };
    using Then = std::function<void(const Reply &)>;
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, Then then,
              bool authenticated = true);
    // File pieces: PUT sends `bytes`, GET answers them in Reply::bytes. A push: POST of JSON
    // with a content encoding.
    void transfer(const QByteArray &verb, const QString &path, const QByteArray &bytes, Then then,
                  const QString &contentType = QStringLiteral("application/octet-stream"),
                  const QByteArray &contentEncoding = {});
    QNetworkRequest request(const QString &path, bool authenticated, const QString &server = {});
    void finishReply(QNetworkReply *reply, const Then &then);
    void startRound();
    void continueRound();
    void uploadStep();
    void repairStep();
    void pushStep();
    void sendPush(const QList<QByteArray> &pending);
    // Writes the acknowledgements kept in memory (m_ackedUpTo).
    bool saveAcks();
    void pullStep();
    // Pull pages: the next one is asked for before the one that came is written.
    struct Page
    {
        qint64 cursor = 0;
        Reply reply;
        bool arrived = false, wanted = false;
    };
    void requestPage(qint64 cursor, bool fresh);
    void waitForPage(const std::shared_ptr<Page> &page);
    void pageArrived(const std::shared_ptr<Page> &page);
    // Files (filetransfer.cpp): the ones named are on the server before `then` runs; the ones
    // pulled documents name are fetched into the desk's file store.
    void uploadFiles(QStringList sha256s, std::function<void()> then);
    void uploadPiece(const QString &sha256, qint64 offset, std::function<void()> next);
    void fetchFiles();
    void fetchPiece(const QString &sha256, std::function<void()> next);
    void wantFiles(const QList<QJsonObject> &documents, QHash<QString, QString> *state);
    void finishRound(const QString &error = {}, bool needsPerson = false);
    bool takeStamp(const Reply &reply);
    void scheduleNext();

    QPointer<Store> m_store;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QString m_credential;
    SyncStatus m_status;
    RoundReport m_report;
    bool m_running = false, m_again = false, m_background = false, m_watchingChanges = false;
    int m_interval = 30000, m_backoffBase = 2000, m_backoffMax = 300000, m_failures = 0;
    // The server's largest pages: a desk with a backlog, and a first sync, go in few requests
    // and few SQLite transactions (bench/README.md has the figures).
    int m_pushPage = 5000, m_pullPage = 20000, m_uploadPage = 5000;
    int m_stalledPushes = 0;
    std::shared_ptr<Page> m_nextPage;
    qint64 m_ackedUpTo = 0; // applied by the server, not yet marked in the outbox
    bool m_pushInFlight = false;
    bool m_filesChecked = false; // this round's upload has sent the documents' files
    qint64 m_progressFrom = -1, m_latest = 0;
};

} // namespace rentdesk::sync

Q_DECLARE_METATYPE(rentdesk::sync::RoundReport)
