#pragma once

#include "syncclient.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace rentdesk::sync {

// The desk program's sync: a SyncClient with its own connection to the store file, in a thread
// of its own, so a long first sync never blocks the windows. What it writes reaches open windows
// through the store's watch for other writers. All calls and signals are for the GUI thread.
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundSync(const QString &storePath, QObject *parent = nullptr);
    ~BackgroundSync() override;

    // The one of the running program (windows show its status), or nullptr.
    static BackgroundSync *current();

    SyncStatus status() const { return m_status; }
    void syncNow();
    // The status again from the file (a window changed what it shows, e.g. refused changes seen).
    void refreshStatus();
    void enrol(const QUrl &server, const QString &code, const QString &deskName);

signals:
    void statusChanged(const rentdesk::sync::SyncStatus &status);
    void enrolFinished(const QString &error);
    void roundFinished(const rentdesk::sync::RoundReport &report);

private:
    QThread m_thread;
    QPointer<QObject> m_worker; // lives in m_thread
    SyncStatus m_status;
};

} // namespace rentdesk::sync

Q_DECLARE_METATYPE(rentdesk::sync::SyncStatus)
