#pragma once

#include "customer.h"

#include <QHash>
#include <QVariant>

namespace rentdesk {

// Checks and normalizes what a person typed into a customer field. The error texts are
// translated and meant to be shown next to the field.
class CustomerValidator
{
public:
    struct Check
    {
        QVariant value; // normalized (trimmed, QDate for dates, upper-case country)
        QString error;  // empty when the value is fine
        bool ok() const { return error.isEmpty(); }
    };

    // `country` decides the postcode format.
    static Check checkField(CustomerField field, const QVariant &input,
                            const QString &country = QStringLiteral("DE"));

    // Checks every field and the rules between fields; normalizes `customer` in place.
    static QHash<CustomerField, QString> checkCustomer(Customer &customer);
};

} // namespace rentdesk
