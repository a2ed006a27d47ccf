#include "staffdialog.h"

#include "problemlabel.h"
#include "store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rentdesk {

namespace {

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

StaffDialog::StaffDialog(Store *store, Mode mode, const QString &staffId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_mode(mode)
    , m_staffId(staffId)
{
    setObjectName(QStringLiteral("staffDialog"));
    const StaffMember member = store->staffMember(staffId);
    switch (mode) {
    case Mode::FirstManager: setWindowTitle(tr("RentDesk – set up the first manager")); break;
    case Mode::Add: setWindowTitle(tr("New staff member")); break;
    case Mode::Edit: setWindowTitle(tr("Edit %1").arg(member.name)); break;
    }
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::FirstManager) {
        auto *intro = new QLabel(
            tr("Nobody can sign in at this desk yet. Make the first profile: a manager, who can "
               "then add colleagues in the settings. Everything done at the desk is recorded "
               "under the name of the person signed in."),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    auto withError = [this, form](const QString &label, QWidget *field, QLabel *error) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(field);
        v->addWidget(error);
        form->addRow(label, box);
    };
    m_name = new QLineEdit(member.name, this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_nameError = problemLabel(this);
    withError(tr("&Name:"), m_name, m_nameError);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("staffRole"));
    m_role->addItem(roleLabel(StaffRole::Counter), roleKey(StaffRole::Counter));
    m_role->addItem(roleLabel(StaffRole::Manager), roleKey(StaffRole::Manager));
    m_role->setCurrentIndex(
        m_role->findData(roleKey(mode == Mode::FirstManager ? StaffRole::Manager : member.role)));
    m_role->setEnabled(mode != Mode::FirstManager);
    m_role->setToolTip(tr("Managers change staff, settings and permissions; soon also delete, "
                          "merge and export customers."));
    form->addRow(tr("&Role:"), m_role);

    auto pinEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), edit));
        return edit;
    };
    m_pin = pinEdit(QStringLiteral("staffPin"));
    m_pin->setPlaceholderText(mode == Mode::Edit ? tr("leave empty to keep the PIN")
                                                 : tr("4 to 12 digits"));
    m_pinError = problemLabel(this);
    withError(tr("&PIN:"), m_pin, m_pinError);
    m_repeat = pinEdit(QStringLiteral("staffPinRepeat"));
    m_repeatError = problemLabel(this);
    withError(tr("PIN &again:"), m_repeat, m_repeatError);

    m_error = problemLabel(this);
    m_error->setObjectName(QStringLiteral("staffError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (mode == Mode::FirstManager)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit RentDesk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffDialog::reject);
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { showError(m_nameError, checkStaffName(m_name->text())); });
    resize(440, sizeHint().height());
}

bool StaffDialog::checkFields()
{
    const QString nameError = checkStaffName(m_name->text());
    showError(m_nameError, nameError);
    const QString pin = m_pin->text();
    QString pinError, repeatError;
    if (m_mode != Mode::Edit || !pin.isEmpty() || !m_repeat->text().isEmpty()) {
        pinError = checkPin(pin);
        if (pinError.isEmpty() && m_repeat->text() != pin)
            repeatError = tr("The two PINs differ. Type the same PIN twice.");
    }
    showError(m_pinError, pinError);
    showError(m_repeatError, repeatError);
    if (!nameError.isEmpty())
        m_name->setFocus();
    else if (!pinError.isEmpty())
        m_pin->setFocus();
    else if (!repeatError.isEmpty())
        m_repeat->setFocus();
    return nameError.isEmpty() && pinError.isEmpty() && repeatError.isEmpty();
}

void StaffDialog::accept()
{
    showError(m_error, {});
    if (!checkFields())
        return;
    const StaffRole role = roleFromKey(m_role->currentData().toString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const WriteResult r = m_mode == Mode::Edit
                              ? m_store->changeStaff(m_staffId, m_name->text(), role, m_pin->text())
                              : m_store->addStaff(m_name->text(), role, m_pin->text());
    QApplication::restoreOverrideCursor();
    if (!r.ok()) {
        showError(m_error, r.error); // the form stays as it was
        return;
    }
    if (m_mode != Mode::Edit)
        m_staffId = r.id;
    QDialog::accept();
}

} // namespace rentdesk
