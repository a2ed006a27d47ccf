#include "settingsdialog.h"

#include "cataloguepage.h"
#include "desksession.h"
#include "permissionspage.h"
#include "staffdialog.h"
#include "store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentdesk {

SettingsDialog::SettingsDialog(Store *store, DeskSession *session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    // Staff: who may sign in at every desk (profiles sync like customers).
    auto *staffPage = new QWidget(tabs);
    auto *staffLayout = new QVBoxLayout(staffPage);
    auto *staffIntro = new QLabel(tr("Everyone who works at the counter signs in with their own "
                                     "profile; every change is recorded under their name. "
                                     "Profiles reach every desk with the next sync."),
                                  staffPage);
    staffIntro->setWordWrap(true);
    staffLayout->addWidget(staffIntro);
    m_staff = new QTableWidget(0, 3, staffPage);
    m_staff->setObjectName(QStringLiteral("staffTable"));
    m_staff->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("PIN")});
    m_staff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staff->setSelectionMode(QAbstractItemView::SingleSelection);
    m_staff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staff->verticalHeader()->hide();
    m_staff->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    staffLayout->addWidget(m_staff, 1);
    m_staffError = new QLabel(staffPage);
    m_staffError->setObjectName(QStringLiteral("staffError"));
    m_staffError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_staffError->setWordWrap(true);
    m_staffError->hide();
    staffLayout->addWidget(m_staffError);
    auto *staffButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), staffPage);
    add->setObjectName(QStringLiteral("addStaff"));
    m_edit = new QPushButton(tr("&Edit…"), staffPage);
    m_edit->setObjectName(QStringLiteral("editStaff"));
    m_remove = new QPushButton(tr("&Remove"), staffPage);
    m_remove->setObjectName(QStringLiteral("removeStaff"));
    staffButtons->addWidget(add);
    staffButtons->addWidget(m_edit);
    staffButtons->addWidget(m_remove);
    staffButtons->addStretch();
    staffLayout->addLayout(staffButtons);
    tabs->addTab(staffPage, tr("&Staff"));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addStaff);
    connect(m_edit, &QPushButton::clicked, this, &SettingsDialog::editStaff);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeStaff);
    connect(m_staff, &QTableWidget::cellActivated, this, &SettingsDialog::editStaff);
    connect(m_staff, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(!selectedStaffId().isEmpty());
        m_remove->setEnabled(!selectedStaffId().isEmpty());
    });

    // This desk: when it locks itself.
    auto *deskPage = new QWidget(tabs);
    auto *deskForm = new QFormLayout(deskPage);
    m_deskError = new QLabel(deskPage);
    m_deskError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_deskError->setWordWrap(true);
    m_deskError->hide();
    if (session) {
        m_lockMinutes = new QSpinBox(deskPage);
        m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
        m_lockMinutes->setRange(0, 240);
        m_lockMinutes->setSpecialValueText(tr("never"));
        m_lockMinutes->setSuffix(tr(" min"));
        m_lockMinutes->setValue(session->lockAfterMinutes());
        deskForm->addRow(tr("Lock the desk after it was &idle for:"), m_lockMinutes);
        auto *hint = new QLabel(tr("A locked desk covers every window until someone signs in "
                                   "with their PIN. Lock by hand with Ctrl+L."),
                                deskPage);
        hint->setWordWrap(true);
        deskForm->addRow(hint);
        connect(m_lockMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
            QString error;
            const bool saved = m_session->setLockAfterMinutes(minutes, &error);
            m_deskError->setText(tr("The setting could not be saved: %1").arg(error));
            m_deskError->setVisible(!saved);
        });
    }
    m_documentLimit = new QSpinBox(deskPage);
    m_documentLimit->setObjectName(QStringLiteral("documentLimit"));
    m_documentLimit->setRange(1, 2048);
    m_documentLimit->setSuffix(tr(" MB"));
    m_documentLimit->setValue(store->documentSizeLimitMb());
    deskForm->addRow(tr("&Largest document that can be added:"), m_documentLimit);
    connect(m_documentLimit, &QSpinBox::valueChanged, this, [this](int mb) {
        QString error;
        const bool saved = m_store->setDocumentSizeLimitMb(mb, &error);
        m_deskError->setText(tr("The setting could not be saved: %1").arg(error));
        m_deskError->setVisible(!saved);
    });
    deskForm->addRow(m_deskError);
    tabs->addTab(deskPage, tr("This &desk"));
    tabs->addTab(businessPage(), tr("&Business"));
    m_catalogue = new CataloguePage(store, tabs);
    tabs->addTab(m_catalogue, tr("&Catalogue"));
    m_defaultPermissions = new DefaultPermissionsPage(store, tabs);
    tabs->addTab(m_defaultPermissions, tr("Default &permissions"));
    m_groups = new CustomerGroupsPage(store, tabs);
    tabs->addTab(m_groups, tr("Customer &groups"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    loadStaff();
    // Someone who is not a manager took over the desk (Ctrl+L, or after the idle lock).
    connect(store, &Store::staffChanged, this, [this] {
        if (!m_store->managerNeeded().isEmpty())
            reject();
    });
    resize(760, 560);
}

QWidget *SettingsDialog::businessPage()
{
    // The business on the contract and the receipt: this location's name and address.
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(tr("The contract at hand-out and the receipt at return are headed "
                                "with these details of this location."),
                             page);
    intro->setWordWrap(true);
    form->addRow(intro);
    const BusinessDetails b = m_store->businessDetails();
    m_businessName = new QLineEdit(b.name, page);
    m_businessName->setObjectName(QStringLiteral("businessName"));
    m_businessNameError = new QLabel(page);
    m_businessNameError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_businessNameError->setWordWrap(true);
    m_businessNameError->hide();
    m_businessAddress = new QPlainTextEdit(b.address, page);
    m_businessAddress->setObjectName(QStringLiteral("businessAddress"));
    m_businessAddress->setTabChangesFocus(true);
    m_businessAddress->setFixedHeight(m_businessAddress->fontMetrics().lineSpacing() * 4 + 12);
    m_businessPhone = new QLineEdit(b.phone, page);
    m_businessEmail = new QLineEdit(b.email, page);
    m_businessVatId = new QLineEdit(b.vatId, page);
    form->addRow(tr("&Name:"), m_businessName);
    form->addRow(QString(), m_businessNameError);
    form->addRow(tr("&Address:"), m_businessAddress);
    form->addRow(tr("&Phone:"), m_businessPhone);
    form->addRow(tr("&E-mail:"), m_businessEmail);
    form->addRow(tr("&VAT ID:"), m_businessVatId);
    auto *save = new QPushButton(tr("&Save business details"), page);
    save->setObjectName(QStringLiteral("saveBusiness"));
    m_businessSaved = new QLabel(page);
    auto *row = new QHBoxLayout;
    row->addWidget(save);
    row->addWidget(m_businessSaved, 1);
    form->addRow(QString(), row);
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveBusiness);
    return page;
}

void SettingsDialog::saveBusiness()
{
    const WriteResult r = m_store->setBusinessDetails(
        {m_businessName->text(), m_businessAddress->toPlainText(), m_businessPhone->text(),
         m_businessEmail->text(), m_businessVatId->text()});
    // A refusal is said next to the name; what was typed stays.
    m_businessNameError->setText(r.error);
    m_businessNameError->setVisible(!r.ok());
    m_businessSaved->setText(r.ok() ? tr("Saved.") : QString());
}

void SettingsDialog::loadStaff()
{
    const QString selected = selectedStaffId();
    m_staff->setRowCount(0);
    for (const StaffMember &m : m_store->staffMembers()) {
        const int row = m_staff->rowCount();
        m_staff->insertRow(row);
        auto *name = new QTableWidgetItem(m.name);
        name->setData(Qt::UserRole, m.id);
        m_staff->setItem(row, 0, name);
        m_staff->setItem(row, 1, new QTableWidgetItem(roleLabel(m.role)));
        m_staff->setItem(row, 2, new QTableWidgetItem(m.hasPin ? tr("set") : tr("not set")));
        if (m.id == selected)
            m_staff->selectRow(row);
    }
    m_edit->setEnabled(!selectedStaffId().isEmpty());
    m_remove->setEnabled(!selectedStaffId().isEmpty());
}

QString SettingsDialog::selectedStaffId() const
{
    const int row = m_staff->currentRow();
    if (row < 0 || !m_staff->item(row, 0) || !m_staff->item(row, 0)->isSelected())
        return {};
    return m_staff->item(row, 0)->data(Qt::UserRole).toString();
}

void SettingsDialog::addStaff()
{
    m_staffError->hide();
    StaffDialog dialog(m_store, StaffDialog::Mode::Add, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadStaff();
    for (int row = 0; row < m_staff->rowCount(); ++row)
        if (m_staff->item(row, 0)->data(Qt::UserRole).toString() == dialog.staffId())
            m_staff->selectRow(row);
}

void SettingsDialog::editStaff()
{
    m_staffError->hide();
    const QString id = selectedStaffId();
    if (id.isEmpty())
        return;
    StaffDialog dialog(m_store, StaffDialog::Mode::Edit, id, this);
    if (dialog.exec() == QDialog::Accepted)
        loadStaff();
}

void SettingsDialog::removeStaff()
{
    const QString id = selectedStaffId();
    if (id.isEmpty())
        return;
    const StaffMember m = m_store->staffMember(id);
    if (QMessageBox::question(this, tr("Remove staff member"),
                              tr("Remove the profile of %1? They can no longer sign in; what "
                                 "they did stays recorded under their name.")
                                  .arg(m.name)) != QMessageBox::Yes)
        return;
    const WriteResult r = m_store->removeStaff(id);
    m_staffError->setText(r.error);
    m_staffError->setVisible(!r.ok());
    if (r.ok())
        loadStaff();
}

} // namespace rentdesk
