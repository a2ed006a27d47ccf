#include "permissionspage.h"

#include "problemlabel.h"
#include "readonlytable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentdesk {

DefaultPermissionsPage::DefaultPermissionsPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What every customer may do in the online booking, unless their "
                                "customer group or their own setting on the card says otherwise. "
                                "A change applies at once, to every desk after the next sync."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (Permission p : allPermissions()) {
        const QString key = permissionKey(p);
        auto *box = new QCheckBox(permissionLabel(p), this);
        box->setObjectName(QStringLiteral("default_") + key);
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { toggled(key, on); });
        m_boxes.insert(key, box);
        layout->addWidget(box);
    }
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    layout->addStretch();
    reload();
}

void DefaultPermissionsPage::reload()
{
    const QHash<QString, bool> defaults = m_store->defaultPermissions();
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker quiet(*it);
        (*it)->setChecked(defaults.value(it.key(), false));
    }
}

void DefaultPermissionsPage::toggled(const QString &key, bool allowed)
{
    const WriteResult r = m_store->setDefaultPermission(key, allowed);
    m_problem->setText(r.error);
    m_problem->setVisible(!r.ok());
    if (!r.ok()) {
        const QSignalBlocker quiet(m_boxes.value(key));
        m_boxes.value(key)->setChecked(!allowed); // what the store still says
    }
}

CustomerGroupsPage::CustomerGroupsPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A customer group gives its members a discount on every price "
                                "and can allow or forbid permissions for them; what a group does "
                                "not set follows the default."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = readOnlyTable({tr("Name"), tr("Discount"), tr("Permissions set by the group")}, this);
    m_table->setObjectName(QStringLiteral("customerGroups"));
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New group…"), this);
    add->setObjectName(QStringLiteral("addGroup"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editGroup"));
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &CustomerGroupsPage::addGroup);
    connect(m_edit, &QPushButton::clicked, this, &CustomerGroupsPage::editGroup);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CustomerGroupsPage::editGroup);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_edit->setEnabled(m_table->currentRow() >= 0); });
    reload();
}

void CustomerGroupsPage::reload()
{
    m_groups = m_store->customerGroupDetails();
    m_table->setRowCount(int(m_groups.size()));
    for (int row = 0; row < m_groups.size(); ++row) {
        const CustomerGroupDraft &g = m_groups.at(row);
        QStringList set;
        for (Permission p : allPermissions()) {
            const auto it = g.permissions.constFind(permissionKey(p));
            if (it != g.permissions.cend())
                set << (*it ? tr("%1: yes") : tr("%1: no")).arg(permissionLabel(p));
        }
        setTableRow(
            m_table, row,
            {g.name, tr("%1 %").arg(g.discountPercent),
             set.isEmpty() ? tr("none (all as the default)") : set.join(QStringLiteral("; "))},
            {1});
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(m_table->currentRow() >= 0);
}

void CustomerGroupsPage::addGroup()
{
    CustomerGroupDialog dialog(m_store, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CustomerGroupsPage::editGroup()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_groups.size())
        return;
    CustomerGroupDialog dialog(m_store, m_groups.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

CustomerGroupDialog::CustomerGroupDialog(Store *store, const CustomerGroupDraft &group,
                                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_group(group)
{
    setObjectName(QStringLiteral("customerGroupDialog"));
    setWindowTitle(group.id.isEmpty() ? tr("New customer group")
                                      : tr("Customer group – %1").arg(group.name));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(group.name, this);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_nameProblem = problemLabel(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    m_discount = new QSpinBox(this);
    m_discount->setObjectName(QStringLiteral("groupDiscount"));
    m_discount->setRange(0, 100);
    m_discount->setSuffix(tr(" %"));
    m_discount->setValue(group.discountPercent);
    m_discountProblem = problemLabel(this);
    form->addRow(tr("&Discount:"), m_discount);
    form->addRow(QString(), m_discountProblem);

    auto *heading = new QLabel(tr("<b>Permissions in the online booking</b>"), this);
    form->addRow(heading);
    const QHash<QString, bool> defaults = store->defaultPermissions();
    for (Permission p : allPermissions()) {
        const QString key = permissionKey(p);
        auto *choice = new QComboBox(this);
        choice->setObjectName(QStringLiteral("group_") + key);
        choice->addItem(defaults.value(key, false) ? tr("As the default (yes)")
                                                   : tr("As the default (no)"));
        choice->addItem(tr("Allowed"), true);
        choice->addItem(tr("Forbidden"), false);
        const auto it = group.permissions.constFind(key);
        if (it != group.permissions.cend())
            choice->setCurrentIndex(*it ? 1 : 2);
        m_permissions.insert(key, choice);
        form->addRow(permissionLabel(p) + QLatin1Char(':'), choice);
    }
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerGroupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CustomerGroupDialog::save()
{
    CustomerGroupDraft draft = m_group;
    draft.name = m_name->text();
    draft.discountPercent = m_discount->value();
    draft.permissions.clear();
    for (auto it = m_permissions.cbegin(); it != m_permissions.cend(); ++it)
        if ((*it)->currentIndex() > 0)
            draft.permissions.insert(it.key(), (*it)->currentData().toBool());
    Store::GroupField bad = Store::GroupField::None;
    const WriteResult r = m_store->saveCustomerGroup(draft, &bad);
    for (QLabel *l : {m_nameProblem, m_discountProblem, m_problem})
        l->hide();
    if (r.ok()) {
        m_savedId = r.id;
        accept();
        return;
    }
    QLabel *where = bad == Store::GroupField::Name       ? m_nameProblem
                    : bad == Store::GroupField::Discount ? m_discountProblem
                                                         : m_problem;
    where->setText(r.error);
    where->show();
    adjustSize(); // room for the wrapped reason
    if (bad == Store::GroupField::Name)
        m_name->setFocus();
    else if (bad == Store::GroupField::Discount)
        m_discount->setFocus();
}

} // namespace rentdesk
