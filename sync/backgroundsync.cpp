#include "backgroundsync.h"

#include "store.h"

namespace rentdesk::sync {

namespace {

BackgroundSync *g_current = nullptr;

// Owns the worker thread's store connection and client.
class Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(const QString &path)
        : m_path(path)
    {}

    void start()
    {
        m_store = new Store(this);
        if (!m_store->open(m_path)) {
            SyncStatus s;
            s.state = SyncStatus::State::NeedsAttention;
            s.lastError = m_store->lastError();
            emit statusChanged(s);
            return;
        }
        m_client = new SyncClient(m_store, this);
        connect(m_client, &SyncClient::statusChanged, this,
                [this] { emit statusChanged(m_client->status()); });
        connect(m_client, &SyncClient::roundFinished, this, &Worker::roundFinished);
        connect(m_client, &SyncClient::enrolFinished, this, [this](const QString &error) {
            emit enrolFinished(error);
            if (error.isEmpty())
                m_client->startBackground(); // the first round starts at once
        });
        // Local changes are made by the windows' connection: watch the file for them.
        m_store->watchOtherWriters(1000);
        emit statusChanged(m_client->status());
        if (m_client->isSetUp())
            m_client->startBackground();
    }
    void syncNow()
    {
        if (m_client)
            m_client->syncNow();
    }
    void refreshStatus()
    {
        if (m_client)
            m_client->refreshStatus();
    }
    void enrol(const QUrl &server, const QString &code, const QString &deskName)
    {
        if (!m_client)
            return;
        m_client->stopBackground();
        m_client->enrol(server, code, deskName);
    }

signals:
    void statusChanged(const rentdesk::sync::SyncStatus &status);
    void roundFinished(const rentdesk::sync::RoundReport &report);
    void enrolFinished(const QString &error);

private:
    QString m_path;
    Store *m_store = nullptr;
    SyncClient *m_client = nullptr;
};

} // namespace

BackgroundSync::BackgroundSync(const QString &storePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<RoundReport>();
    auto *worker = new Worker(storePath);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &Worker::statusChanged, this, [this](const SyncStatus &s) {
        m_status = s;
        emit statusChanged(s);
    });
    connect(worker, &Worker::roundFinished, this, &BackgroundSync::roundFinished);
    connect(worker, &Worker::enrolFinished, this, &BackgroundSync::enrolFinished);
    m_thread.setObjectName(QStringLiteral("rentdesk-sync"));
    m_thread.start();
    QMetaObject::invokeMethod(worker, &Worker::start, Qt::QueuedConnection);
    g_current = this;
}

BackgroundSync::~BackgroundSync()
{
    if (g_current == this)
        g_current = nullptr;
    m_thread.quit();
    m_thread.wait();
}

BackgroundSync *BackgroundSync::current()
{
    return g_current;
}

void BackgroundSync::syncNow()
{
    if (auto *w = qobject_cast<Worker *>(m_worker.data()))
        QMetaObject::invokeMethod(w, &Worker::syncNow, Qt::QueuedConnection);
}

void BackgroundSync::refreshStatus()
{
    if (auto *w = qobject_cast<Worker *>(m_worker.data()))
        QMetaObject::invokeMethod(w, &Worker::refreshStatus, Qt::QueuedConnection);
}

void BackgroundSync::enrol(const QUrl &server, const QString &code, const QString &deskName)
{
    if (auto *w = qobject_cast<Worker *>(m_worker.data()))
        QMetaObject::invokeMethod(
            w, [w, server, code, deskName] { w->enrol(server, code, deskName); },
            Qt::QueuedConnection);
}

} // namespace rentdesk::sync

#include "backgroundsync.moc"
