#include "desksession.h"

#include "signindialog.h"
#include "staffdialog.h"
#include "store.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

namespace rentdesk {

namespace {

DeskSession *g_current = nullptr;
const auto kLockKey = QStringLiteral("desk.lock_after_minutes");

// What a locked window shows instead of its content.
class LockCover : public QWidget
{
public:
    explicit LockCover(QWidget *window)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("lockCover"));
        setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, p.color(QPalette::Dark));
        setPalette(p);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(DeskSession::tr("The desk is locked."), this);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        setGeometry(window->rect());
        window->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parentWidget() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        return false;
    }
};

} // namespace

DeskSession::DeskSession(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_idle(new QTimer(this))
{
    g_current = this;
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &DeskSession::lock);
    // The signed-in profile was removed (at another desk): nobody acts without a sign-in.
    connect(store, &Store::staffChanged, this, [this] {
        if (m_started && !m_locked && m_store->currentStaffId().isEmpty())
            QTimer::singleShot(0, this, &DeskSession::lock);
    });
    qApp->installEventFilter(this);
}

DeskSession::~DeskSession()
{
    if (g_current == this)
        g_current = nullptr;
}

DeskSession *DeskSession::current()
{
    return g_current;
}

bool DeskSession::start()
{
    if (m_store->needsFirstManager()) {
        StaffDialog first(m_store, StaffDialog::Mode::FirstManager);
        if (first.exec() != QDialog::Accepted)
            return false;
        // They just chose the PIN twice: signed in as the new manager.
        m_store->setCurrentStaff(first.staffId(), true);
        emit m_store->staffChanged();
    } else {
        SignInDialog dialog(m_store, SignInDialog::Mode::Start);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    m_started = true;
    restartIdleTimer();
    return true;
}

void DeskSession::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    cover();
    emit lockedChanged(true);
    SignInDialog dialog(m_store, SignInDialog::Mode::Locked);
    dialog.setWindowModality(Qt::ApplicationModal);
    const int result = dialog.exec();
    if (result == SignInDialog::QuitCode) {
        // Windows close as they would by hand (cards save their layout); nothing is shown again.
        QApplication::closeAllWindows();
        QApplication::quit();
        return;
    }
    uncover();
    m_locked = false;
    emit lockedChanged(false);
    restartIdleTimer();
}

int DeskSession::lockAfterMinutes() const
{
    bool ok = false;
    const int minutes =
        m_store->deskSetting(kLockKey, QString::number(kDefaultLockMinutes)).toInt(&ok);
    return ok && minutes >= 0 ? minutes : kDefaultLockMinutes;
}

bool DeskSession::setLockAfterMinutes(int minutes, QString *error)
{
    if (!m_store->setDeskSetting(kLockKey, QString::number(qMax(0, minutes)), error))
        return false;
    restartIdleTimer();
    return true;
}

void DeskSession::restartIdleTimer()
{
    const int minutes = lockAfterMinutes();
    if (m_locked || (minutes == 0 && m_testIdleMs == 0) || m_store->currentStaffId().isEmpty())
        m_idle->stop();
    else
        m_idle->start(m_testIdleMs > 0 ? m_testIdleMs : minutes * 60 * 1000);
}

bool DeskSession::idleTimerRunning() const
{
    return m_idle->isActive();
}

bool DeskSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Anything a person does at the desk keeps it open.
        if (!m_locked && m_idle->isActive())
            m_idle->start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void DeskSession::cover()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->isWindow() && w->windowType() != Qt::Popup &&
            w->windowType() != Qt::ToolTip)
            m_covers << new LockCover(w);
}

void DeskSession::uncover()
{
    for (const QPointer<QWidget> &c : std::as_const(m_covers))
        delete c.data();
    m_covers.clear();
}

} // namespace rentdesk
