#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace rentdesk {

// In every window's status bar beside the desk status: online or offline, the last sync, the
// last error in words, a progress bar during a first sync, and "Sync now". Hidden in a program
// that runs without the sync module.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);
    QString text() const;

private:
    void refresh();
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_now;
};

} // namespace rentdesk
