#include "rejectionsdialog.h"

#include "backgroundsync.h"
#include "store.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentdesk {

QString operationInWords(const QString &operation)
{
    if (operation == QLatin1String("customer.create"))
        return RejectionsDialog::tr("New customer");
    if (operation == QLatin1String("customer.update"))
        return RejectionsDialog::tr("Customer changed");
    if (operation == QLatin1String("customer.delete"))
        return RejectionsDialog::tr("Customer deleted");
    if (operation == QLatin1String("conflict.resolve"))
        return RejectionsDialog::tr("Conflict decided");
    if (operation == QLatin1String("staff.create"))
        return RejectionsDialog::tr("New staff member");
    if (operation == QLatin1String("document.add") || operation == QLatin1String("document.insert"))
        return RejectionsDialog::tr("Document added");
    if (operation == QLatin1String("payment.take"))
        return RejectionsDialog::tr("Payment taken");
    return operation;
}

RejectionsDialog::RejectionsDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Changes refused by the server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The server refused these changes of this desk for good; the "
                                "desk shows the server's data again. If a change still matters, "
                                "make it again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<Store::Rejection> rows = store->rejections();
    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(QStringLiteral("rejections"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    for (int i = 0; i < rows.size(); ++i) {
        const Store::Rejection &r = rows.at(i);
        const QDateTime at = QDateTime::fromString(r.createdAt, Qt::ISODate);
        const QStringList cells = {
            at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : r.createdAt,
            operationInWords(r.operation), r.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (!r.seen) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Reasons are sentences: they wrap in the width the last column gets.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *seen = buttons->addButton(tr("Mark as seen"), QDialogButtonBox::AcceptRole);
    seen->setObjectName(QStringLiteral("markSeen"));
    seen->setEnabled(
        std::any_of(rows.cbegin(), rows.cend(), [](const Store::Rejection &r) { return !r.seen; }));
    connect(seen, &QPushButton::clicked, this, [this] {
        markSeen();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

void RejectionsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_table->resizeRowsToContents(); // now that the columns have their widths
}

void RejectionsDialog::markSeen()
{
    m_store->markRejectionsSeen();
    if (auto *sync = sync::BackgroundSync::current())
        sync->refreshStatus();
}

} // namespace rentdesk
