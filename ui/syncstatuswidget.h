#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace rentdesk {

class Store;

// In every window's status bar beside the desk status: online or offline, the last sync, the
// last error in words, a progress bar during a first sync, and "Sync now". Hidden in a program
// that runs without the sync module.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    // `store`: the window's store, for the list of refused changes.
    explicit SyncStatusWidget(Store *store, QWidget *parent = nullptr);
    QString text() const;

private:
    void refresh();
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_now;
    QToolButton *m_refused;
    Store *m_store;
};

} // namespace rentdesk
