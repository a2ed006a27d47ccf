#include "blockdialog.h"

#include "clock.h"
#include "problemlabel.h"
#include "store.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentdesk {

BlockDialog::BlockDialog(Store *store, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("blockDialog"));
    const Customer c = store->customer(customerId);
    setWindowTitle(tr("Block %1 · %2").arg(c.displayName(), c.number));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A blocked customer may not rent: the card shows a red banner "
                                "with the reason, and the customer list marks them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("blockReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. invoice of March unpaid after two reminders"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_reasonError = problemLabel(this);
    auto *reasonBox = new QWidget(this);
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    reasonLayout->addWidget(m_reason);
    reasonLayout->addWidget(m_reasonError);
    form->addRow(tr("&Reason:"), reasonBox);

    auto *untilRow = new QWidget(this);
    auto *untilLayout = new QHBoxLayout(untilRow);
    untilLayout->setContentsMargins(0, 0, 0, 0);
    m_hasEnd = new QCheckBox(tr("&until the end of"), untilRow);
    m_hasEnd->setObjectName(QStringLiteral("blockHasEnd"));
    m_until = new QDateEdit(clock::today().addMonths(1), untilRow);
    m_until->setObjectName(QStringLiteral("blockUntil"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(clock::today());
    m_until->setDisplayFormat(
        QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
            ? QLocale().dateFormat(QLocale::ShortFormat)
            : QStringLiteral("dd.MM.yyyy"));
    m_until->setEnabled(false);
    untilLayout->addWidget(m_hasEnd);
    untilLayout->addWidget(m_until);
    untilLayout->addStretch();
    form->addRow(tr("Blocked:"), untilRow);
    auto *hint = new QLabel(tr("Without an end, the block holds until someone lifts it."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    connect(m_hasEnd, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_reason, &QPlainTextEdit::textChanged, m_reasonError, &QWidget::hide);

    m_error = problemLabel(this);
    m_error->setObjectName(QStringLiteral("blockError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *block = buttons->addButton(tr("&Block"), QDialogButtonBox::AcceptRole);
    block->setObjectName(QStringLiteral("blockButton"));
    block->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BlockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BlockDialog::reject);
    resize(460, sizeHint().height());
}

void BlockDialog::accept()
{
    m_error->hide();
    const QString reasonProblem = checkBlockReason(m_reason->toPlainText());
    m_reasonError->setText(reasonProblem);
    m_reasonError->setVisible(!reasonProblem.isEmpty());
    if (!reasonProblem.isEmpty()) {
        m_reason->setFocus();
        return;
    }
    const WriteResult r = m_store->blockCustomer(m_customerId, m_reason->toPlainText(),
                                                 m_hasEnd->isChecked() ? m_until->date() : QDate());
    if (!r.ok()) {
        m_error->setText(r.error); // the form keeps what was typed
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rentdesk
