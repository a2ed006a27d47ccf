#include "format.h"

#include <QCoreApplication>

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

QString formatDate(const QDate &date)
{
    return date.isValid()
               ? QLocale().toString(date, withFullYear(QLocale().dateFormat(QLocale::ShortFormat)))
               : QString();
}

QString formatDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid()
               ? QLocale().toString(dateTime.toLocalTime(),
                                    withFullYear(QLocale().dateTimeFormat(QLocale::ShortFormat)))
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
    if (status == QLatin1String("in_repair"))
        return QCoreApplication::translate("rentdesk::Format", "In repair");
    if (status == QLatin1String("charged"))
        return QCoreApplication::translate("rentdesk::Format", "Charged");
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

} // namespace rentdesk
