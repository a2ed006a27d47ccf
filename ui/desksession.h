#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace rentdesk {

class Store;

// Who works at the desk, for the whole program: sign-in at the start (the first manager's
// profile on a new store), the lock by hand (Ctrl+L, also how a colleague takes over) and the lock
// after the desk was idle for the minutes set in the settings. While locked, every window is
// covered, so nothing of a customer shows, and no form loses what was typed in it.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    explicit DeskSession(Store *store, QObject *parent = nullptr);
    ~DeskSession() override;
    // The session of the running program, or nullptr (tests that build windows without one).
    static DeskSession *current();

    // The first manager's profile when nobody can sign in, then the sign-in. False when the
    // person chose to quit.
    bool start();
    // Covers every window and asks for a PIN; the desk opens again for whoever signs in, so a
    // colleague takes over the same way (Ctrl+L, first letter of the name, PIN, Enter).
    void lock();
    bool isLocked() const { return m_locked; }

    // 0: never.
    int lockAfterMinutes() const;
    bool setLockAfterMinutes(int minutes, QString *error = nullptr);
    static constexpr int kDefaultLockMinutes = 5;
    // Tests only: the idle time in milliseconds instead of the setting's minutes.
    void setIdleMsForTesting(int ms)
    {
        m_testIdleMs = ms;
        restartIdleTimer();
    }
    bool idleTimerRunning() const;

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restartIdleTimer();
    void cover();
    void uncover();

    Store *m_store;
    QTimer *m_idle;
    bool m_locked = false;
    bool m_started = false; // someone signed in through start()
    int m_testIdleMs = 0;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace rentdesk
