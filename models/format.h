#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rentdesk {

// How the panels write dates, times and store codes for people.
QString formatDate(const QDate &date);
QString formatDateTime(const QDateTime &dateTime);
// The same in another locale's way (paper in the customer's language).
QString formatDate(const QDate &date, const QLocale &locale);
QString formatDateTime(const QDateTime &dateTime, const QLocale &locale);
// The format of a date and time field: the locale's short one with four-digit years.
QString dateTimeInputFormat();
// The same for a date field.
QString dateInputFormat();
QString transactionKindText(const QString &kind);
QString transactionStatusText(const QString &status);
QString damageStatusText(const QString &status);
QString accessStateText(const QString &state);
QString accessOriginText(const QString &createdVia);
QString fileSizeText(qint64 bytes);
// An amount typed at the counter: "35", "35,5", "1.234,50", "35.50 €". At most two decimals,
// never negative. False when it is not an amount.
bool parseMoney(const QString &text, qint64 *minor);
// An amount as it is typed back into a field: "35,00" (German), "35.00" (English).
QString moneyInput(qint64 minor);
// A line's price rule ("1w 2d 3h -10%") in words: "1 week, 2 days, 3 hours, 10 % discount".
QString priceRuleText(const QString &rule);

} // namespace rentdesk
