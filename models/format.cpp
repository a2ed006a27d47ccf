#include "format.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace rentdesk {

namespace {

// The locale's short format, with four-digit years and without seconds.
QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    format.remove(QLatin1String(":ss"));
    return format;
}

} // namespace

QString dateTimeInputFormat()
{
    return withFullYear(QLocale().dateTimeFormat(QLocale::ShortFormat));
}

QString dateInputFormat()
{
    return withFullYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString formatDate(const QDate &date)
{
    return formatDate(date, QLocale());
}

QString formatDateTime(const QDateTime &dateTime)
{
    return formatDateTime(dateTime, QLocale());
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    return date.isValid()
               ? locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)))
               : QString();
}

QString formatDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return dateTime.isValid()
               ? locale.toString(dateTime.toLocalTime(),
                                 withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)))
               : QString();
}

QString transactionKindText(const QString &kind)
{
    if (kind == QLatin1String("request"))
        return QCoreApplication::translate("rentdesk::Format", "Request");
    if (kind == QLatin1String("reservation"))
        return QCoreApplication::translate("rentdesk::Format", "Reservation");
    if (kind == QLatin1String("booking"))
        return QCoreApplication::translate("rentdesk::Format", "Booking");
    if (kind == QLatin1String("rental"))
        return QCoreApplication::translate("rentdesk::Format", "Rental");
    return kind;
}

QString transactionStatusText(const QString &status)
{
    if (status == QLatin1String("request"))
        return QCoreApplication::translate("rentdesk::Format", "Request");
    if (status == QLatin1String("reservation"))
        return QCoreApplication::translate("rentdesk::Format", "Reserved");
    if (status == QLatin1String("booking"))
        return QCoreApplication::translate("rentdesk::Format", "Booked");
    if (status == QLatin1String("handed_out"))
        return QCoreApplication::translate("rentdesk::Format", "Handed out");
    if (status == QLatin1String("returned"))
        return QCoreApplication::translate("rentdesk::Format", "Returned");
    if (status == QLatin1String("closed"))
        return QCoreApplication::translate("rentdesk::Format", "Closed");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("rentdesk::Format", "Cancelled");
    return status;
}

QString damageStatusText(const QString &status)
{
    if (status == QLatin1String("open"))
        return QCoreApplication::translate("rentdesk::Format", "Open");
    if (status == QLatin1String("charged"))
        return QCoreApplication::translate("rentdesk::Format", "Charged");
    if (status == QLatin1String("repaired"))
        return QCoreApplication::translate("rentdesk::Format", "Repaired");
    if (status == QLatin1String("written_off"))
        return QCoreApplication::translate("rentdesk::Format", "Written off");
    if (status == QLatin1String("closed"))
        return QCoreApplication::translate("rentdesk::Format", "Closed");
    return status;
}

QString accessStateText(const QString &state)
{
    if (state == QLatin1String("invited"))
        return QCoreApplication::translate("rentdesk::Format", "Invited");
    if (state == QLatin1String("active"))
        return QCoreApplication::translate("rentdesk::Format", "Active");
    return state;
}

QString accessOriginText(const QString &createdVia)
{
    if (createdVia == QLatin1String("portal"))
        return QCoreApplication::translate("rentdesk::Format", "Registered online");
    if (createdVia == QLatin1String("invitation"))
        return QCoreApplication::translate("rentdesk::Format", "Invitation");
    return createdVia;
}

QString fileSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

bool parseMoney(const QString &text, qint64 *minor)
{
    QString t;
    for (const QChar c : text.trimmed())
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(','))
            t += c;
        else if (!c.isSpace() && c != QChar(0x20AC) && c != QLatin1Char('$') &&
                 c != QChar(0x00A3) && !c.isLetter())
            return false; // a minus sign, or something that is no amount
    if (t.isEmpty())
        return false;
    // The last separator followed by one or two digits is the decimal point; any other
    // separator groups thousands.
    const qsizetype sep =
        std::max(t.lastIndexOf(QLatin1Char('.')), t.lastIndexOf(QLatin1Char(',')));
    QString whole = t, cents;
    if (sep >= 0 && t.size() - sep - 1 <= 2) {
        whole = t.left(sep);
        cents = t.mid(sep + 1);
    }
    // Thousands groups are three digits each: "1.234" or "12,345,678", never "12,3".
    const QStringList groups = whole.split(QRegularExpression(QStringLiteral("[.,]")));
    for (qsizetype g = 1; g < groups.size(); ++g)
        if (groups.at(g).size() != 3 || groups.first().isEmpty() || groups.first().size() > 3)
            return false;
    whole.remove(QLatin1Char('.'));
    whole.remove(QLatin1Char(','));
    if (whole.isEmpty() && cents.isEmpty())
        return false;
    if (whole.size() > 12)
        return false;
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok)
        return false;
    const qint64 c = cents.isEmpty() ? 0 : cents.leftJustified(2, QLatin1Char('0')).toLongLong(&ok);
    if (!ok)
        return false;
    *minor = units * 100 + c;
    return true;
}

QString moneyInput(qint64 minor)
{
    const QLocale locale;
    return locale.toString(minor / 100) + locale.decimalPoint() +
           QStringLiteral("%1").arg(std::abs(minor % 100), 2, 10, QLatin1Char('0'));
}

QString priceRuleText(const QString &rule)
{
    QStringList parts;
    for (const QString &part : rule.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int n = part.left(part.size() - 1).toInt();
        if (part.endsWith(QLatin1Char('w')))
            parts << QCoreApplication::translate("rentdesk::Format", "%n week(s)", nullptr, n);
        else if (part.endsWith(QLatin1Char('d')))
            parts << QCoreApplication::translate("rentdesk::Format", "%n day(s)", nullptr, n);
        else if (part.endsWith(QLatin1Char('h')))
            parts << QCoreApplication::translate("rentdesk::Format", "%n hour(s)", nullptr, n);
        else if (part.startsWith(QLatin1Char('-')) && part.endsWith(QLatin1Char('%')))
            parts << QCoreApplication::translate("rentdesk::Format", "%1 % discount")
                         .arg(part.mid(1, part.size() - 2));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace rentdesk
