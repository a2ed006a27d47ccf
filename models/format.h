#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rentdesk {

// How the panels write dates, times and store codes for people.
QString formatDate(const QDate &date);
QString formatDateTime(const QDateTime &dateTime);
QString transactionKindText(const QString &kind);
QString transactionStatusText(const QString &status);
QString damageStatusText(const QString &status);
QString accessStateText(const QString &state);
QString accessOriginText(const QString &createdVia);
QString fileSizeText(qint64 bytes);

} // namespace rentdesk
