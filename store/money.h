#pragma once

#include <QLocale>
#include <QString>

namespace rentdesk {

// An amount in minor units (cents) with its currency. Never a double.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("EUR");

    QString toString(const QLocale &locale = QLocale()) const
    {
        const qint64 abs = minor < 0 ? -minor : minor;
        const QString units = locale.toString(abs / 100);
        const QString cents = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1%2%3%4 %5")
            .arg(minor < 0 ? QStringLiteral("-") : QString(), units, locale.decimalPoint(), cents,
                 currency);
    }
    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace rentdesk
