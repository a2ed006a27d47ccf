#include "customer.h"

#include <QCoreApplication>

namespace rentdesk {

QList<CustomerField> allCustomerFields()
{
    QList<CustomerField> fields;
    for (int i = 0; i <= int(CustomerField::LastField); ++i)
        fields << CustomerField(i);
    return fields;
}

QString columnName(CustomerField field)
{
    switch (field) {
    case CustomerField::FirstName: return QStringLiteral("first_name");
    case CustomerField::LastName: return QStringLiteral("last_name");
    case CustomerField::Company: return QStringLiteral("company");
    case CustomerField::Email: return QStringLiteral("email");
    case CustomerField::Phone: return QStringLiteral("phone");
    case CustomerField::Street: return QStringLiteral("street");
    case CustomerField::Postcode: return QStringLiteral("postcode");
    case CustomerField::City: return QStringLiteral("city");
    case CustomerField::Country: return QStringLiteral("country");
    case CustomerField::BirthDate: return QStringLiteral("birth_date");
    case CustomerField::Language: return QStringLiteral("language");
    case CustomerField::Group: return QStringLiteral("group_id");
    case CustomerField::Blocked: return QStringLiteral("blocked");
    case CustomerField::BlockedReason: return QStringLiteral("blocked_reason");
    case CustomerField::Note: return QStringLiteral("note");
    }
    return {};
}

QString fieldLabel(CustomerField field)
{
    switch (field) {
    case CustomerField::FirstName:
        return QCoreApplication::translate("rentdesk::Customer", "First name");
    case CustomerField::LastName:
        return QCoreApplication::translate("rentdesk::Customer", "Last name");
    case CustomerField::Company:
        return QCoreApplication::translate("rentdesk::Customer", "Company");
    case CustomerField::Email: return QCoreApplication::translate("rentdesk::Customer", "E-mail");
    case CustomerField::Phone: return QCoreApplication::translate("rentdesk::Customer", "Phone");
    case CustomerField::Street: return QCoreApplication::translate("rentdesk::Customer", "Street");
    case CustomerField::Postcode:
        return QCoreApplication::translate("rentdesk::Customer", "Postcode");
    case CustomerField::City: return QCoreApplication::translate("rentdesk::Customer", "City");
    case CustomerField::Country:
        return QCoreApplication::translate("rentdesk::Customer", "Country");
    case CustomerField::BirthDate:
        return QCoreApplication::translate("rentdesk::Customer", "Birth date");
    case CustomerField::Language:
        return QCoreApplication::translate("rentdesk::Customer", "Language");
    case CustomerField::Group:
        return QCoreApplication::translate("rentdesk::Customer", "Customer group");
    case CustomerField::Blocked:
        return QCoreApplication::translate("rentdesk::Customer", "Blocked");
    case CustomerField::BlockedReason:
        return QCoreApplication::translate("rentdesk::Customer", "Reason for block");
    case CustomerField::Note: return QCoreApplication::translate("rentdesk::Customer", "Note");
    }
    return {};
}

bool fieldIsBool(CustomerField field)
{
    return field == CustomerField::Blocked;
}

QString Customer::displayName() const
{
    const QString person = QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
    if (person.isEmpty())
        return company;
    return person;
}

QVariant Customer::value(CustomerField field) const
{
    switch (field) {
    case CustomerField::FirstName: return firstName;
    case CustomerField::LastName: return lastName;
    case CustomerField::Company: return company;
    case CustomerField::Email: return email;
    case CustomerField::Phone: return phone;
    case CustomerField::Street: return street;
    case CustomerField::Postcode: return postcode;
    case CustomerField::City: return city;
    case CustomerField::Country: return country;
    case CustomerField::BirthDate: return birthDate;
    case CustomerField::Language: return language;
    case CustomerField::Group: return groupId;
    case CustomerField::Blocked: return blocked;
    case CustomerField::BlockedReason: return blockedReason;
    case CustomerField::Note: return note;
    }
    return {};
}

void Customer::setValue(CustomerField field, const QVariant &v)
{
    switch (field) {
    case CustomerField::FirstName: firstName = v.toString(); break;
    case CustomerField::LastName: lastName = v.toString(); break;
    case CustomerField::Company: company = v.toString(); break;
    case CustomerField::Email: email = v.toString(); break;
    case CustomerField::Phone: phone = v.toString(); break;
    case CustomerField::Street: street = v.toString(); break;
    case CustomerField::Postcode: postcode = v.toString(); break;
    case CustomerField::City: city = v.toString(); break;
    case CustomerField::Country: country = v.toString(); break;
    case CustomerField::BirthDate:
        // Stored as ISO 8601; typed as DD.MM.YYYY (the validator reports text it cannot read).
        if (v.typeId() == QMetaType::QDate) {
            birthDate = v.toDate();
        } else {
            birthDate = QDate::fromString(v.toString(), Qt::ISODate);
            if (!birthDate.isValid())
                birthDate = QDate::fromString(v.toString(), QStringLiteral("dd.MM.yyyy"));
        }
        break;
    case CustomerField::Language: language = v.toString(); break;
    case CustomerField::Group: groupId = v.toString(); break;
    case CustomerField::Blocked: blocked = v.toBool(); break;
    case CustomerField::BlockedReason: blockedReason = v.toString(); break;
    case CustomerField::Note: note = v.toString(); break;
    }
}

} // namespace rentdesk
