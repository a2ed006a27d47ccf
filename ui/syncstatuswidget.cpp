#include "syncstatuswidget.h"

#include "backgroundsync.h"
#include "rejectionsdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace rentdesk {

using sync::BackgroundSync;
using sync::SyncStatus;

SyncStatusWidget::SyncStatusWidget(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setFormat(tr("first sync %p%"));
    m_progress->hide();
    m_now = new QToolButton(this);
    m_now->setObjectName(QStringLiteral("syncNow"));
    m_now->setText(tr("Sync now"));
    m_now->setAutoRaise(true);
    m_refused = new QToolButton(this);
    m_refused->setObjectName(QStringLiteral("syncRefused"));
    m_refused->setAutoRaise(true);
    m_refused->hide();
    // In a narrow window the status text gives way (its tooltip has all of it); the button that
    // lists refused changes keeps its words.
    m_refused->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_label->setMinimumWidth(120);
    connect(m_refused, &QToolButton::clicked, this, [this] {
        RejectionsDialog dialog(m_store, this);
        dialog.exec();
    });
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_refused);
    layout->addWidget(m_now);
    BackgroundSync *sync = BackgroundSync::current();
    setVisible(sync != nullptr);
    if (!sync)
        return;
    connect(m_now, &QToolButton::clicked, sync, &BackgroundSync::syncNow);
    connect(sync, &BackgroundSync::statusChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::refresh()
{
    const SyncStatus s =
        BackgroundSync::current() ? BackgroundSync::current()->status() : SyncStatus();
    const QString last =
        s.lastSync.isValid()
            ? tr("last sync %1")
                  .arg(QLocale().toString(s.lastSync.toLocalTime(), QLocale::ShortFormat))
            : tr("not synced yet");
    QString text;
    QString color;
    switch (s.state) {
    case SyncStatus::State::NotSetUp: text = tr("Sync: not set up"); break;
    case SyncStatus::State::Idle: text = tr("Online · %1").arg(last); break;
    case SyncStatus::State::Syncing: text = tr("Syncing…"); break;
    case SyncStatus::State::Offline:
        text = tr("Offline · %1").arg(last);
        color = QStringLiteral("#8a5a00");
        break;
    case SyncStatus::State::NeedsAttention:
        text = tr("Sync needs attention: %1").arg(s.lastError);
        color = QStringLiteral("#b00020");
        break;
    }
    // The last error in words, also where the tooltip is not seen; long ones are cut.
    if (s.state == SyncStatus::State::Offline && !s.lastError.isEmpty())
        text +=
            QStringLiteral(" · ") +
            (s.lastError.size() > 70 ? s.lastError.left(69) + QStringLiteral("…") : s.lastError);
    m_label->setText(text);
    // Refused changes nobody has looked at: a button that lists them and why.
    m_refused->setText(tr("⚠ %n change(s) refused", nullptr, s.rejected));
    m_refused->setToolTip(tr("The server refused changes of this desk; click to see why."));
    m_refused->setVisible(s.rejected > 0 && m_store);
    m_label->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    QStringList tip;
    if (!s.server.isEmpty())
        tip << tr("Server: %1").arg(s.server);
    if (!s.lastError.isEmpty())
        tip << tr("Last error: %1").arg(s.lastError);
    if (s.state == SyncStatus::State::NotSetUp)
        tip << tr("Every change is kept on this desk. Set the server up under Sync → Set up "
                  "server.");
    m_label->setToolTip(tip.join(QLatin1Char('\n')));
    m_progress->setVisible(s.progress >= 0);
    m_progress->setValue(std::max(0, s.progress));
    // Not set up: no button that cannot do anything, and room for the window's own message.
    m_now->setVisible(s.state != SyncStatus::State::NotSetUp);
    m_now->setEnabled(s.state != SyncStatus::State::Syncing);
}

} // namespace rentdesk
