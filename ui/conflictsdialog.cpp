#include "conflictsdialog.h"

#include "customer.h"
#include "store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rentdesk {

QString syncFieldLabel(const QString &entity, const QString &field)
{
    if (field == QLatin1String("deleted_at"))
        return ConflictsDialog::tr("deleted");
    if (field == QLatin1String("number"))
        return ConflictsDialog::tr("customer number");
    if (entity == QLatin1String("customer"))
        for (CustomerField f : allCustomerFields())
            if (columnName(f) == field)
                return fieldLabel(f);
    return field;
}

namespace {

QString who(const QString &staff, const QString &desk, const QDateTime &at)
{
    QStringList parts;
    if (!staff.isEmpty())
        parts << staff;
    if (!desk.isEmpty())
        parts << ConflictsDialog::tr("desk %1").arg(desk);
    if (at.isValid())
        parts << QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ConflictsDialog::ConflictsDialog(Store *store, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    setWindowTitle(tr("Sync conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Two desks changed the same thing differently. The server kept "
                                "the later change; decide which value is right."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Kept (now on every desk)"), tr("Set aside")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keep = buttons->addButton(tr("&Keep the kept value"), QDialogButtonBox::ActionRole);
    m_keep->setObjectName(QStringLiteral("keepValue"));
    m_other = buttons->addButton(tr("&Use the set-aside value"), QDialogButtonBox::ActionRole);
    m_other->setObjectName(QStringLiteral("useOtherValue"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_other, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_keep->setEnabled(row >= 0);
        m_other->setEnabled(row >= 0 && row < m_rows.size() && m_rows.at(row).canUseOther);
    });
    connect(store, &Store::changesCommitted, this, [this](const QList<StoreChange> &changes) {
        for (const StoreChange &c : changes)
            if (c.kind == StoreChange::Kind::Reset || c.is("conflict")) {
                reload();
                return;
            }
    });
    reload();
    resize(760, 360);
    // Row heights follow the wrapped text once the columns have their width.
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
}

void ConflictsDialog::reload()
{
    bool ok = true;
    m_rows = m_store->conflicts(m_customerId, &ok);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const ConflictRow &r = m_rows.at(i);
        auto cell = [](const QString &value, const QString &by) {
            return new QTableWidgetItem((value.isEmpty() ? tr("(empty)") : value) +
                                        (by.isEmpty() ? QString() : QStringLiteral("\n") + by));
        };
        m_table->setItem(i, 0, new QTableWidgetItem(syncFieldLabel(r.entity, r.field)));
        m_table->setItem(i, 1, cell(r.keptValue, who(r.keptStaff, r.keptDesk, r.keptAt)));
        m_table->setItem(i, 2, cell(r.otherValue, who(r.otherStaff, r.otherDesk, r.otherAt)));
    }
    m_table->resizeRowsToContents();
    if (!ok) {
        m_error->setText(tr("The conflicts could not be read from the store; the details are "
                            "in the log."));
        m_error->show();
    }
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
    m_keep->setEnabled(!m_rows.isEmpty());
    m_other->setEnabled(!m_rows.isEmpty() && m_rows.first().canUseOther);
}

bool ConflictsDialog::decide(bool useOther)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return false;
    const WriteResult r = m_store->resolveConflict(m_rows.at(row).id, useOther);
    if (!r.ok()) {
        m_error->setText(r.error);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    return true;
}

} // namespace rentdesk
