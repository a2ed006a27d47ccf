#include "activitiesmodel.h"

#include "format.h"
#include "permissions.h"
#include "rentals.h"

namespace rentdesk {

void ActivitiesModel::load()
{
    PagedPanelModel::load();
    m_groupNames.clear();
    if (m_store)
        for (const auto &[id, name] : m_store->customerGroups())
            m_groupNames.insert(id, name);
}

QString ActivitiesModel::valueText(const QString &field, const QString &value) const
{
    // Stored values as a person reads them: group names, yes/no, dates in the local format.
    if (value.isEmpty())
        return tr("(empty)");
    if (field == columnName(CustomerField::Group))
        return m_groupNames.value(value, value);
    if (field == columnName(CustomerField::Blocked))
        return value == QLatin1String("1") ? tr("yes") : tr("no");
    if (field == columnName(CustomerField::BirthDate)) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? formatDate(date) : value;
    }
    return value;
}

QString ActivitiesModel::describe(const ActivityRow &r) const
{
    QString fieldName = r.field;
    for (CustomerField f : allCustomerFields())
        if (columnName(f) == r.field)
            fieldName = fieldLabel(f);

    if (r.action == QLatin1String("customer.created"))
        return tr("Customer created with number %1").arg(r.newValue);
    // An import names its file and row as "FILE:ROW".
    const qsizetype colon = r.oldValue.lastIndexOf(QLatin1Char(':'));
    const QString file = colon < 0 ? r.oldValue : r.oldValue.left(colon);
    const QString row = colon < 0 ? QString() : r.oldValue.mid(colon + 1);
    if (r.action == QLatin1String("customer.imported"))
        return tr("Imported from %1, row %2, with number %3").arg(file, row, r.newValue);
    if (r.action == QLatin1String("customer.import_updated"))
        return tr("Updated by the import from %1, row %2").arg(file, row);
    if (r.action == QLatin1String("customer.changed"))
        return tr("%1 changed from %2 to %3")
            .arg(fieldName, valueText(r.field, r.oldValue), valueText(r.field, r.newValue));
    if (r.action == QLatin1String("customer.blocked")) {
        const QDate until = QDate::fromString(r.oldValue, Qt::ISODate);
        return until.isValid() ? tr("Blocked until %1: %2").arg(formatDate(until), r.newValue)
                               : tr("Blocked: %1").arg(r.newValue);
    }
    if (r.action == QLatin1String("customer.unblocked"))
        return r.oldValue.isEmpty() ? tr("Block lifted")
                                    : tr("Block lifted (it was: %1)").arg(r.oldValue);
    if (r.action == QLatin1String("damage.reported"))
        return tr("Damage reported: %1 (cost %2)")
            .arg(r.newValue, Money{r.oldValue.toLongLong()}.toString());
    if (r.action == QLatin1String("damage.charged"))
        return tr("Damage charged: %1, %2")
            .arg(r.oldValue, Money{r.newValue.toLongLong()}.toString());
    if (r.action == QLatin1String("damage.repaired"))
        return tr("Repaired after a damage: %1").arg(r.newValue);
    if (r.action == QLatin1String("damage.written_off"))
        return tr("Damage written off (%1): %2")
            .arg(Money{r.oldValue.toLongLong()}.toString(), r.newValue);
    if (r.action == QLatin1String("damage.closed"))
        return tr("Damage closed: %1").arg(r.newValue);
    if (r.action == QLatin1String("customer.permission")) {
        auto word = [](const QString &v) {
            if (v == QLatin1String("allowed"))
                return tr("allowed");
            if (v == QLatin1String("forbidden"))
                return tr("forbidden");
            return tr("as inherited");
        };
        return tr("%1: %2 → %3").arg(permissionLabel(r.field), word(r.oldValue), word(r.newValue));
    }
    if (r.action == QLatin1String("access.invited"))
        return tr("Invited to the online booking as %1").arg(r.newValue);
    if (r.action == QLatin1String("access.password_set"))
        return tr("New password set for the online access %1").arg(r.newValue);
    if (r.action == QLatin1String("access.deleted"))
        return tr("Online access %1 deleted").arg(r.oldValue);
    if (r.action == QLatin1String("document.added"))
        return tr("Document %1 added").arg(r.newValue);
    if (r.action == QLatin1String("document.renamed"))
        return tr("Document %1 renamed to %2").arg(r.oldValue, r.newValue);
    if (r.action == QLatin1String("document.removed"))
        return tr("Document %1 removed").arg(r.oldValue);
    const QString rentals = describeRentals(r);
    if (!rentals.isEmpty())
        return rentals;
    // Entries about the customer's transactions, payments and so on carry their own summary.
    if (!r.newValue.isEmpty())
        return r.field.isEmpty() ? r.newValue : tr("%1: %2").arg(fieldName, r.newValue);
    return r.action;
}

QString ActivitiesModel::describeRentals(const ActivityRow &r) const
{
    auto amount = [](const QString &minor) { return Money{minor.toLongLong()}.toString(); };
    if (r.action == QLatin1String("transaction.created"))
        return tr("%1 %2 made: %3").arg(transactionKindText(r.field), r.oldValue, r.newValue);
    if (r.action == QLatin1String("transaction.handed_out"))
        return tr("Handed out with %1: %2").arg(r.oldValue, r.newValue);
    if (r.action == QLatin1String("transaction.returned"))
        return r.field == QLatin1String("damaged")
                   ? tr("Returned damaged (%1): %2").arg(r.oldValue, r.newValue)
                   : tr("Returned (%1): %2").arg(r.oldValue, r.newValue);
    if (r.action == QLatin1String("transaction.line_changed")) {
        auto value = [&](const QString &v) {
            if (r.field == QLatin1String("price_minor"))
                return amount(v);
            if (r.field == QLatin1String("start_at") || r.field == QLatin1String("due_at"))
                return formatDateTime(QDateTime::fromString(v, Qt::ISODate));
            return v.isEmpty() ? tr("(empty)") : v;
        };
        const QString what = r.field == QLatin1String("price_minor") ? tr("Price")
                             : r.field == QLatin1String("start_at")  ? tr("Start")
                             : r.field == QLatin1String("due_at")    ? tr("Return due")
                             : r.field == QLatin1String("quantity")  ? tr("Quantity")
                             : r.field == QLatin1String("object")    ? tr("Object")
                                                                     : tr("Note");
        return tr("Line changed, %1: %2 → %3").arg(what, value(r.oldValue), value(r.newValue));
    }
    if (r.action == QLatin1String("transaction.price_reloaded"))
        return tr("Price of %1 reloaded: %2 → %3")
            .arg(r.field, amount(r.oldValue), amount(r.newValue));
    if (r.action == QLatin1String("transaction.line_deleted"))
        return tr("%1 removed from %2").arg(r.newValue, r.oldValue);
    if (r.action == QLatin1String("transaction.cancelled"))
        return tr("%1 cancelled (no line left)").arg(r.oldValue);
    if (r.action == QLatin1String("transaction.status"))
        return tr("%1: %2 → %3")
            .arg(r.field, transactionStatusText(r.oldValue), transactionStatusText(r.newValue));
    if (r.action == QLatin1String("payment.taken"))
        return r.oldValue.isEmpty()
                   ? tr("Payment of %1 received (%2)")
                         .arg(amount(r.newValue), paymentMethodLabel(r.field))
                   : tr("Payment of %1 with voucher %2").arg(amount(r.newValue), r.oldValue);
    if (r.action == QLatin1String("payment.refunded"))
        return tr("%1 paid back (%2)").arg(amount(r.newValue), paymentMethodLabel(r.field));
    // Vouchers: the code, how it was paid or why it was given, then "value price".
    if (r.action == QLatin1String("voucher.sold") || r.action == QLatin1String("voucher.given")) {
        const QString value = amount(r.newValue.section(QLatin1Char(' '), 0, 0));
        const QString price = amount(r.newValue.section(QLatin1Char(' '), 1, 1));
        return r.action == QLatin1String("voucher.sold")
                   ? tr("Voucher %1 worth %2 sold for %3 (%4)")
                         .arg(r.field, value, price, paymentMethodLabel(r.oldValue))
                   : tr("Voucher %1 worth %2 given free: %3").arg(r.field, value, r.oldValue);
    }
    return {};
}

QVariant ActivitiesModel::cell(const ActivityRow &r, int column, int role) const
{
    if (role == int(ModelRole::Id))
        return r.seq;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case Column::When: return formatDateTime(r.at);
    case Column::Who: return r.staffName;
    case Column::What: return describe(r);
    case Column::Count: break;
    }
    return {};
}

QString ActivitiesModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::When: return tr("When");
    case Column::Who: return tr("Who");
    case Column::What: return tr("What");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
