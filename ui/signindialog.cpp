#include "signindialog.h"

#include "store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rentdesk {

SignInDialog::SignInDialog(Store *store, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(mode == Mode::Locked ? tr("RentDesk – locked") : tr("RentDesk – sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    title->setText(mode == Mode::Locked ? tr("The desk is locked") : tr("Who is at the desk?"));
    layout->addWidget(title);
    auto *hint =
        new QLabel(tr("Type the first letter of your name, then your PIN, then Enter."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setMinimumHeight(160);
    for (const StaffMember &m : store->staffMembers()) {
        QString text = tr("%1 (%2)").arg(m.name, roleLabel(m.role));
        if (!m.hasPin)
            text += QStringLiteral(" – ") + tr("no PIN yet");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, m.id);
        if (!m.hasPin)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);

    auto *pinLabel = new QLabel(tr("&PIN:"), this);
    layout->addWidget(pinLabel);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_pin));
    pinLabel->setBuddy(m_pin);
    layout->addWidget(m_pin);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("&Quit RentDesk"), QDialogButtonBox::ResetRole);
    quit->setObjectName(QStringLiteral("quit"));
    connect(quit, &QPushButton::clicked, this, [this] { done(QuitCode); });
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_pin->setFocus(); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        m_pin->clear();
        m_error->hide();
    });

    // Locked: the person who was signed in is preselected (PIN and Enter); otherwise the list
    // has the focus, so the first letter of a name picks it.
    if (mode == Mode::Locked && !store->currentStaffId().isEmpty()) {
        selectStaff(store->currentStaffId());
        m_pin->setFocus();
    } else {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
                m_list->setCurrentRow(i);
                break;
            }
        m_list->setFocus();
    }
    resize(380, 380);
}

void SignInDialog::selectStaff(const QString &staffId)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == staffId)
            m_list->setCurrentRow(i);
}

QString SignInDialog::selectedStaffId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SignInDialog::reject()
{
    // Escape or closing the window neither opens a locked desk nor starts without a sign-in.
}

bool SignInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Digits typed while the list has the focus are the PIN's first digits.
        if (!key->text().isEmpty() && key->text().at(0).isDigit()) {
            m_pin->setFocus();
            m_pin->insert(key->text());
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_pin->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SignInDialog::trySignIn()
{
    const QString staffId = selectedStaffId();
    auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_pin->clear();
        m_pin->setFocus();
    };
    if (staffId.isEmpty()) {
        m_error->setText(tr("Pick your name in the list."));
        m_error->show();
        m_list->setFocus();
        return;
    }
    if (m_pin->text().isEmpty()) {
        fail(tr("Type your PIN."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const SignInResult r = m_store->signIn(staffId, m_pin->text());
    QApplication::restoreOverrideCursor();
    if (!r.ok()) {
        fail(r.message);
        return;
    }
    accept();
}

} // namespace rentdesk
