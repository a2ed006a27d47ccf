#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace rentdesk {

// The customer's own fields (master data), in the order the master data panel lists them.
enum class CustomerField {
    FirstName,
    LastName,
    Company,
    Email,
    Phone,
    Street,
    Postcode,
    City,
    Country,
    BirthDate,
    Language,
    Group,
    Blocked,
    BlockedReason,
    Note,
    LastField = Note
};

QList<CustomerField> allCustomerFields();
QString columnName(CustomerField field); // the SQL column
QString fieldLabel(CustomerField field); // translated, for people
bool fieldIsBool(CustomerField field);

// Whether a block that lasts until `until` (invalid: no end) still holds on `day`.
inline bool blockedOn(const QDate &until, const QDate &day)
{
    return !until.isValid() || day <= until;
}

struct Customer
{
    QString id;
    QString number;
    QString firstName, lastName, company;
    QString email, phone;
    QString street, postcode, city, country = QStringLiteral("DE");
    QDate birthDate;
    QString language = QStringLiteral("de");
    QString groupId, groupName;
    bool blocked = false;
    QString blockedReason;
    QDate blockedUntil; // the last day of the block; invalid: until it is lifted
    QString note;
    QDateTime createdAt, updatedAt;

    bool isValid() const { return !id.isEmpty(); }
    // Blocked on `day`: a block with an end date ends after that day.
    bool isBlockedOn(const QDate &day) const { return blocked && blockedOn(blockedUntil, day); }
    QString displayName() const;
    QVariant value(CustomerField field) const;
    void setValue(CustomerField field, const QVariant &value);
};

// What the search list shows for one match.
struct CustomerSummary
{
    QString id, number, name, email, phone, city;
    bool blocked = false;
};

} // namespace rentdesk
