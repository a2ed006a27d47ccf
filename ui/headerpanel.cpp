#include "headerpanel.h"

#include "clock.h"
#include "conflictsdialog.h"
#include "format.h"
#include "store.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace rentdesk {

HeaderPanel::HeaderPanel(Store *store, const QString &customerId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("customerNumber"));
    QFont numberFont = m_number->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.3);
    m_number->setFont(numberFont);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A blocked customer: a red banner across the card with the reason, readable at a glance.
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("blockedBanner"));
    m_blocked->setWordWrap(true);
    m_blocked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocked->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; "
                                            "font-weight: bold; padding: 4px 8px; "
                                            "border-radius: 3px; }"));
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_edit->setToolTip(tr("Edit the personal data"));
    connect(m_edit, &QPushButton::clicked, this, &HeaderPanel::editRequested);
    top->addWidget(m_name);
    top->addWidget(m_number);
    m_conflicts = new QPushButton(this);
    m_conflicts->setObjectName(QStringLiteral("conflictBadge"));
    m_conflicts->setStyleSheet(QStringLiteral("QPushButton { background: #f2a900; color: black; "
                                              "font-weight: bold; padding: 2px 8px; "
                                              "border-radius: 3px; }"));
    m_conflicts->setToolTip(tr("Two desks changed this customer differently; decide which "
                               "value is right."));
    connect(m_conflicts, &QPushButton::clicked, this, [this] {
        ConflictsDialog dialog(m_store, m_customerId, this);
        dialog.exec();
    });
    top->addWidget(m_conflicts);
    top->addStretch();
    top->addWidget(m_edit);
    layout->addLayout(top);
    layout->addWidget(m_blocked);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_info);
    m_balance = new QLabel(this);
    m_balance->setWordWrap(true);
    layout->addWidget(m_balance);
    layout->addStretch();

    connect(store, &Store::changesCommitted, this, [this](const QList<StoreChange> &changes) {
        for (const StoreChange &c : changes)
            if (c.kind == StoreChange::Kind::Reset || c.customerId == m_customerId) {
                refresh();
                return;
            }
    });
    refresh();
}

QString HeaderPanel::nameText() const
{
    return m_name->text();
}

QString HeaderPanel::infoText() const
{
    return m_info->text() + QLatin1Char('\n') + m_balance->text();
}

void HeaderPanel::refresh()
{
    const Customer c = m_store->customer(m_customerId);
    if (!c.isValid()) {
        m_name->setText(tr("Customer not found"));
        return;
    }
    m_name->setText(c.displayName());
    m_number->setText(c.number);
    const bool blocked = c.isBlockedOn(clock::today());
    m_blocked->setVisible(blocked);
    const QString reason = c.blockedReason.isEmpty() ? tr("no reason given") : c.blockedReason;
    m_blocked->setText(c.blockedUntil.isValid()
                           ? tr("BLOCKED until %1: %2").arg(formatDate(c.blockedUntil), reason)
                           : tr("BLOCKED: %1").arg(reason));
    const qsizetype conflicts = m_store->conflicts(m_customerId).size();
    m_conflicts->setVisible(conflicts > 0);
    m_conflicts->setText(tr("⚠ %n sync conflict(s)", nullptr, int(conflicts)));

    QStringList lines;
    QStringList first;
    if (!c.company.isEmpty() && c.company != c.displayName())
        first << c.company;
    first << (c.groupName.isEmpty() ? tr("no customer group") : tr("group %1").arg(c.groupName));
    first << tr("customer since %1").arg(formatDate(c.createdAt.toLocalTime().date()));
    lines << first.join(QStringLiteral(" · "));
    QStringList contact;
    if (!c.phone.isEmpty())
        contact << c.phone;
    if (!c.email.isEmpty())
        contact << c.email;
    if (!contact.isEmpty())
        lines << contact.join(QStringLiteral(" · "));
    const QString address =
        QStringList{c.street, QStringList{c.postcode, c.city}.join(QLatin1Char(' ')).trimmed(),
                    c.country == QLatin1String("DE") ? QString() : c.country}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", "));
    if (!address.isEmpty())
        lines << address;
    m_info->setText(lines.join(QLatin1Char('\n')));

    bool ok = true;
    const CustomerOverview o = m_store->overview(m_customerId, &ok);
    if (!ok) {
        m_balance->setText(tr("The balance could not be read from the store; the details are in "
                              "the log."));
        m_balance->setStyleSheet(QStringLiteral("color: #8a1c00;"));
        return;
    }
    QStringList balance;
    balance << tr("%n object(s) rented", nullptr, o.runningRentals);
    balance << tr("%n transaction(s)", nullptr, o.transactions);
    balance << (o.openPayments > 0 ? tr("open: %1 in %n payment(s)", nullptr, o.openPayments)
                                         .arg(o.openAmount.toString())
                                   : tr("nothing open"));
    if (o.activeVouchers > 0)
        balance << tr("voucher credit %1").arg(o.voucherCredit.toString());
    m_balance->setText(balance.join(QStringLiteral(" · ")));
    m_balance->setStyleSheet(o.openPayments > 0 ? QStringLiteral("color: #8a1c00;") : QString());
}

} // namespace rentdesk
