#pragma once

#include <QLocale>
#include <QString>

namespace rentdesk {

// An amount in minor units (cents) with its currency. Never a double.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("EUR");

    // As the locale writes money ("903,40 €", "€903.40"): the locale's pattern from
    // QLocale::toCurrencyString(), the digits exact from the minor units (no floating point).
    QString toString(const QLocale &locale = QLocale()) const
    {
        const qint64 abs = minor < 0 ? -minor : minor;
        const QString number = locale.toString(abs / 100) + locale.decimalPoint() +
                               QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
        const QString pattern =
            locale.toCurrencyString(qlonglong(minor < 0 ? -1 : 1), currencySymbol(locale));
        const qsizetype one = pattern.lastIndexOf(QLatin1Char('1'));
        return one < 0 ? number + QLatin1Char(' ') + currency
                       : QString(pattern).replace(one, 1, number);
    }
    QString currencySymbol(const QLocale &locale) const
    {
        if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode))
            return locale.currencySymbol(QLocale::CurrencySymbol);
        if (currency == QLatin1String("EUR"))
            return QStringLiteral("€");
        if (currency == QLatin1String("GBP"))
            return QStringLiteral("£");
        if (currency == QLatin1String("USD"))
            return QStringLiteral("$");
        return currency;
    }
    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace rentdesk
