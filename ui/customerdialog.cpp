#include "customerdialog.h"

#include "customervalidator.h"
#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentdesk {

CustomerDialog::CustomerDialog(Store *store, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    m_original = customerId.isEmpty() ? Customer() : store->customer(customerId);
    setWindowTitle(customerId.isEmpty()
                       ? tr("New customer")
                       : tr("Edit %1 · %2").arg(m_original.displayName(), m_original.number));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    auto line = [this](CustomerField f, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::editingFinished, this, [this, f] { checkOne(f); });
        return edit;
    };
    addRow(form, CustomerField::FirstName, line(CustomerField::FirstName));
    addRow(form, CustomerField::LastName, line(CustomerField::LastName));
    addRow(form, CustomerField::Company, line(CustomerField::Company));
    addRow(form, CustomerField::Email, line(CustomerField::Email, tr("name@example.com")));
    addRow(form, CustomerField::Phone, line(CustomerField::Phone, tr("+49 171 2345678")));
    addRow(form, CustomerField::Street, line(CustomerField::Street));
    addRow(form, CustomerField::Postcode, line(CustomerField::Postcode));
    addRow(form, CustomerField::City, line(CustomerField::City));
    addRow(form, CustomerField::Country, line(CustomerField::Country, tr("DE")));
    addRow(form, CustomerField::BirthDate, line(CustomerField::BirthDate, tr("DD.MM.YYYY")));

    auto *language = new QComboBox(this);
    // The languages customers are written to in, each named in itself; the customer's own
    // language is kept even when it is not one of these.
    QStringList codes = {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"),
                         QStringLiteral("it"), QStringLiteral("es"), QStringLiteral("nl"),
                         QStringLiteral("pl"), QStringLiteral("cs"), QStringLiteral("pt")};
    if (!m_original.language.isEmpty() && !codes.contains(m_original.language))
        codes << m_original.language;
    for (const QString &code : std::as_const(codes))
        language->addItem(QLocale(code).nativeLanguageName(), code);
    addRow(form, CustomerField::Language, language);

    auto *group = new QComboBox(this);
    group->addItem(tr("(none)"), QString());
    for (const auto &[id, name] : store->customerGroups())
        group->addItem(name, id);
    addRow(form, CustomerField::Group, group);

    auto *blocked = new QCheckBox(tr("Blocked: may not rent"), this);
    addRow(form, CustomerField::Blocked, blocked);
    addRow(form, CustomerField::BlockedReason, line(CustomerField::BlockedReason));
    auto *note = new QPlainTextEdit(this);
    note->setTabChangesFocus(true);
    note->setFixedHeight(60);
    addRow(form, CustomerField::Note, note);

    // Fill from the customer being edited (or the defaults of a new one).
    const Customer &c = m_original;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const QVariant v = c.value(it.key());
        if (auto *e = qobject_cast<QLineEdit *>(it.value()))
            e->setText(it.key() == CustomerField::BirthDate
                           ? (c.birthDate.isValid()
                                  ? c.birthDate.toString(QStringLiteral("dd.MM.yyyy"))
                                  : QString())
                           : v.toString());
        else if (auto *b = qobject_cast<QComboBox *>(it.value()))
            b->setCurrentIndex(qMax(0, b->findData(v.toString())));
        else if (auto *x = qobject_cast<QCheckBox *>(it.value()))
            x->setChecked(v.toBool());
        else if (auto *p = qobject_cast<QPlainTextEdit *>(it.value()))
            p->setPlainText(v.toString());
    }

    // A new customer with an e-mail can be invited to the online booking at once.
    if (customerId.isEmpty()) {
        m_invite =
            new QCheckBox(tr("&Invite to the online booking (an e-mail to set a password)"), this);
        m_invite->setObjectName(QStringLiteral("inviteOnline"));
        m_invite->setEnabled(false);
        layout->addWidget(m_invite);
        auto *email = qobject_cast<QLineEdit *>(m_editors.value(CustomerField::Email));
        connect(email, &QLineEdit::textChanged, m_invite,
                [this](const QString &text) { m_invite->setEnabled(!text.trimmed().isEmpty()); });
    }

    m_duplicates = new QLabel(this);
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid "
                                               "#e0b400; padding: 6px; }"));
    m_duplicates->hide();
    connect(m_duplicates, &QLabel::linkActivated, this,
            [this](const QString &id) { emit openCustomerRequested(id); });
    layout->addWidget(m_duplicates);

    m_generalError = new QLabel(this);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_generalError->hide();
    layout->addWidget(m_generalError);

    // Blocks only the window it belongs to: a card opened from the duplicate link stays usable.
    setWindowModality(Qt::WindowModal);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    layout->addWidget(m_buttons);
}

void CustomerDialog::addRow(QFormLayout *form, CustomerField field, QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(editor);
    auto *problem = new QLabel(box);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setWordWrap(true);
    problem->hide();
    v->addWidget(problem);
    editor->setObjectName(columnName(field));
    problem->setObjectName(columnName(field) + QStringLiteral("_problem"));
    form->addRow(fieldLabel(field), box);
    m_editors.insert(field, editor);
    m_problems.insert(field, problem);
}

QWidget *CustomerDialog::editorFor(CustomerField field) const
{
    return m_editors.value(field);
}

QString CustomerDialog::problemShown(CustomerField field) const
{
    QLabel *l = m_problems.value(field);
    return (l && !l->isHidden()) ? l->text() : QString();
}

QPushButton *CustomerDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QVariant CustomerDialog::editorValue(CustomerField field) const
{
    QWidget *w = m_editors.value(field);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->text();
    if (auto *b = qobject_cast<QComboBox *>(w))
        return b->currentData();
    if (auto *x = qobject_cast<QCheckBox *>(w))
        return x->isChecked();
    if (auto *p = qobject_cast<QPlainTextEdit *>(w))
        return p->toPlainText();
    return {};
}

void CustomerDialog::showProblem(CustomerField field, const QString &message)
{
    QLabel *l = m_problems.value(field);
    if (!l)
        return;
    l->setText(message);
    l->setVisible(!message.isEmpty());
    if (QWidget *e = m_editors.value(field))
        e->setStyleSheet(message.isEmpty() ? QString()
                                           : QStringLiteral("border: 1px solid #b00020;"));
}

void CustomerDialog::checkOne(CustomerField field)
{
    const QString country = editorValue(CustomerField::Country).toString().trimmed().toUpper();
    const auto check = CustomerValidator::checkField(field, editorValue(field), country);
    showProblem(field, check.error);
    if (field == CustomerField::Country)
        checkOne(CustomerField::Postcode);
}

void CustomerDialog::accept()
{
    // Check every field as typed (dates as text, so "31.02." is reported, not dropped).
    QHash<CustomerField, QString> problems;
    const QString country = editorValue(CustomerField::Country).toString().trimmed().toUpper();
    Customer draft = m_original;
    for (CustomerField f : allCustomerFields()) {
        const auto check = CustomerValidator::checkField(f, editorValue(f), country);
        if (!check.ok())
            problems.insert(f, check.error);
        else
            draft.setValue(f, check.value);
    }
    if (problems.isEmpty()) {
        const auto whole = CustomerValidator::checkCustomer(draft);
        problems.insert(whole);
    }
    for (CustomerField f : allCustomerFields())
        showProblem(f, problems.value(f));
    m_generalError->hide();
    if (!problems.isEmpty()) {
        for (CustomerField f : allCustomerFields()) {
            if (problems.contains(f)) {
                m_editors.value(f)->setFocus(); // the first problem in the form's order
                break;
            }
        }
        return;
    }

    if (m_customerId.isEmpty()) {
        const QList<CustomerSummary> dups = m_store->likelyDuplicates(draft);
        QStringList ids;
        for (const CustomerSummary &d : dups)
            ids << d.id;
        if (!dups.isEmpty() && ids != m_acknowledgedDuplicates) {
            QStringList links;
            for (const CustomerSummary &d : dups)
                links << QStringLiteral("<a href=\"%1\">%2 %3</a> %4")
                             .arg(d.id, d.number.toHtmlEscaped(), d.name.toHtmlEscaped(),
                                  d.email.toHtmlEscaped());
            m_duplicates->setText(tr("<b>This customer may already exist:</b><br>%1<br>Open the "
                                     "existing card, or press <i>Save anyway</i> to create a new "
                                     "customer.")
                                      .arg(links.join(QStringLiteral("<br>"))));
            m_duplicates->show();
            m_acknowledgedDuplicates = ids;
            saveButton()->setText(tr("Save anyway"));
            return;
        }
        const WriteResult result = m_store->createCustomer(
            draft, m_invite && m_invite->isEnabled() && m_invite->isChecked());
        if (!result.ok()) {
            for (auto it = result.fieldErrors.begin(); it != result.fieldErrors.end(); ++it)
                showProblem(it.key(), it.value());
            if (!result.error.isEmpty()) {
                m_generalError->setText(tr("The customer was not saved: %1").arg(result.error));
                m_generalError->show();
            }
            return;
        }
        m_customerId = result.id;
        QDialog::accept();
        return;
    }

    QHash<CustomerField, QVariant> changes;
    for (CustomerField f : allCustomerFields()) {
        const QVariant now = draft.value(f);
        const QVariant before = m_original.value(f);
        if (now != before)
            changes.insert(f, now);
    }
    if (!changes.isEmpty()) {
        const WriteResult result = m_store->updateCustomer(m_customerId, changes);
        if (!result.ok()) {
            for (auto it = result.fieldErrors.begin(); it != result.fieldErrors.end(); ++it)
                showProblem(it.key(), it.value());
            if (!result.error.isEmpty()) {
                m_generalError->setText(tr("The changes were not saved: %1").arg(result.error));
                m_generalError->show();
            }
            return;
        }
    }
    QDialog::accept();
}

} // namespace rentdesk
