#include "customervalidator.h"
#include "clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace rentdesk {

namespace {

QDate parseDate(const QString &text)
{
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}

QString checkPostcode(const QString &code, const QString &country)
{
    static const QRegularExpression fiveDigits(QStringLiteral("^\\d{5}$"));
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression dutch(QStringLiteral("^\\d{4} ?[A-Z]{2}$"));
    static const QRegularExpression british(
        QStringLiteral("^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$"));
    static const QRegularExpression generic(QStringLiteral("^[A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9]$"));
    const QString upper = code.toUpper();
    if (country == QLatin1String("DE") || country == QLatin1String("FR") ||
        country == QLatin1String("IT") || country == QLatin1String("ES")) {
        if (!fiveDigits.match(upper).hasMatch())
            return QCoreApplication::translate("rentdesk::CustomerValidator",
                                               "A postcode in this country has five digits.");
    } else if (country == QLatin1String("AT") || country == QLatin1String("CH") ||
               country == QLatin1String("BE") || country == QLatin1String("DK") ||
               country == QLatin1String("LU")) {
        if (!fourDigits.match(upper).hasMatch())
            return QCoreApplication::translate("rentdesk::CustomerValidator",
                                               "A postcode in this country has four digits.");
    } else if (country == QLatin1String("NL")) {
        if (!dutch.match(upper).hasMatch())
            return QCoreApplication::translate(
                "rentdesk::CustomerValidator",
                "A Dutch postcode has four digits and two letters, like 1012 AB.");
    } else if (country == QLatin1String("GB")) {
        if (!british.match(upper).hasMatch())
            return QCoreApplication::translate("rentdesk::CustomerValidator",
                                               "This is not a British postcode (like SW1A 1AA).");
    } else if (!generic.match(upper).hasMatch()) {
        return QCoreApplication::translate("rentdesk::CustomerValidator",
                                           "A postcode has 3 to 10 letters and digits.");
    }
    return {};
}

} // namespace

CustomerValidator::Check CustomerValidator::checkField(CustomerField field, const QVariant &input,
                                                       const QString &country)
{
    Check c;
    if (fieldIsBool(field)) {
        c.value = input.toBool();
        return c;
    }
    if (field == CustomerField::BirthDate && input.typeId() == QMetaType::QDate) {
        c.value = input;
    } else {
        c.value = input.toString().trimmed();
    }
    const QString text = c.value.toString();
    auto tooLong = [&](int max) {
        if (text.size() > max)
            c.error =
                QCoreApplication::translate("rentdesk::CustomerValidator", "At most %1 characters.")
                    .arg(max);
    };

    switch (field) {
    case CustomerField::FirstName:
    case CustomerField::LastName:
    case CustomerField::Company:
    case CustomerField::Street:
    case CustomerField::City:
        tooLong(100);
        static const QRegularExpression controls(QStringLiteral("[\\x00-\\x1f]"));
        static const QRegularExpression invisible(QStringLiteral("[\\x{200B}\\x{2060}\\x{FEFF}]"));
        if (c.ok() && text.contains(controls))
            c.error = QCoreApplication::translate(
                "rentdesk::CustomerValidator",
                "Line breaks and control characters are not allowed here.");
        // Invisible characters make a name that looks right impossible to find or match.
        if (c.ok() && text.contains(invisible))
            c.error = QCoreApplication::translate(
                "rentdesk::CustomerValidator",
                "Invisible characters (such as a zero-width space) are not allowed here.");
        break;
    case CustomerField::Email: {
        static const QRegularExpression email(
            QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.]{2,}$"));
        tooLong(254);
        if (c.ok() && !text.isEmpty() &&
            (!email.match(text).hasMatch() || text.contains(QLatin1String(".."))))
            c.error = QCoreApplication::translate(
                "rentdesk::CustomerValidator", "This is not an e-mail address (name@example.com).");
        break;
    }
    case CustomerField::Phone: {
        static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()/.-]+$"));
        if (text.isEmpty())
            break;
        int digits = 0;
        for (const QChar ch : text)
            digits += ch.isDigit() ? 1 : 0;
        if (!allowed.match(text).hasMatch())
            c.error = QCoreApplication::translate(
                "rentdesk::CustomerValidator",
                "A phone number has digits, spaces and + ( ) / - only.");
        else if (digits < 5 || digits > 15)
            c.error = QCoreApplication::translate("rentdesk::CustomerValidator",
                                                  "A phone number has 5 to 15 digits.");
        break;
    }
    case CustomerField::Postcode:
        if (!text.isEmpty())
            c.error = checkPostcode(text, country.isEmpty() ? QStringLiteral("DE") : country);
        if (c.ok())
            c.value = text.toUpper();
        break;
    case CustomerField::Country: {
        const QString upper = text.toUpper();
        c.value = upper;
        if (upper.size() != 2 || QLocale::codeToTerritory(upper) == QLocale::AnyTerritory)
            c.error = QCoreApplication::translate(
                "rentdesk::CustomerValidator",
                "Enter a two-letter country code such as DE, AT or CH.");
        break;
    }
    case CustomerField::BirthDate: {
        // No birth date given: an empty text or an empty (invalid) date.
        if (input.typeId() == QMetaType::QDate ? !input.toDate().isValid() : text.isEmpty()) {
            c.value = QDate();
            break;
        }
        const QDate d = input.typeId() == QMetaType::QDate ? input.toDate() : parseDate(text);
        c.value = d;
        const QDate today = clock::today();
        if (!d.isValid())
            c.error = QCoreApplication::translate(
                "rentdesk::CustomerValidator",
                "Enter the date as DD.MM.YYYY, for example 24.12.1990.");
        else if (d > today)
            c.error = QCoreApplication::translate("rentdesk::CustomerValidator",
                                                  "A birth date cannot be in the future.");
        else if (d < today.addYears(-120))
            c.error = QCoreApplication::translate(
                "rentdesk::CustomerValidator",
                "A birth date more than 120 years ago is surely a typing error.");
        break;
    }
    case CustomerField::Language: {
        const QString lower = text.toLower();
        c.value = lower;
        if (lower.size() != 2 || QLocale::codeToLanguage(lower) == QLocale::AnyLanguage)
            c.error =
                QCoreApplication::translate("rentdesk::CustomerValidator",
                                            "Enter a two-letter language code such as de or en.");
        break;
    }
    case CustomerField::Group: break; // checked against the store's groups
    case CustomerField::BlockedReason: tooLong(500); break;
    case CustomerField::Note: tooLong(4000); break;
    case CustomerField::Blocked: break;
    }
    return c;
}

QHash<CustomerField, QString> CustomerValidator::checkCustomer(Customer &customer)
{
    QHash<CustomerField, QString> errors;
    // Country first: the postcode check depends on it.
    const QList<CustomerField> order = [] {
        QList<CustomerField> f = allCustomerFields();
        f.removeAll(CustomerField::Country);
        f.prepend(CustomerField::Country);
        return f;
    }();
    for (CustomerField field : order) {
        const Check c = checkField(field, customer.value(field), customer.country);
        if (!c.ok())
            errors.insert(field, c.error);
        else
            customer.setValue(field, c.value);
    }
    if (customer.lastName.isEmpty() && customer.company.isEmpty() &&
        !errors.contains(CustomerField::LastName))
        errors.insert(CustomerField::LastName,
                      QCoreApplication::translate("rentdesk::CustomerValidator",
                                                  "Enter a last name or a company."));
    return errors;
}

} // namespace rentdesk
