#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Value rows the store hands to the panels' models: one struct per panel, no SQL outside the store.
namespace rentdesk {

struct RentedObjectRow
{
    QString lineId, transactionId, transactionNumber;
    QString objectName, barcode, articleName;
    int quantity = 1;
    QDateTime startAt, dueAt;
    Money price;
};

struct TransactionRow
{
    QString id, number, kind, status;
    QDateTime startAt, endAt;
    Money total, open;
};

struct DamageCaseRow
{
    QString id, transactionNumber, objectName, status, description;
    QDate openedOn;
    int damageCount = 0;
    Money cost;
};

struct AccessRow
{
    QString id, login, state, createdVia;
    bool hasPassword = false;
    QDateTime createdAt, lastLoginAt;
};

struct VoucherRow
{
    QString id, code;
    Money value, remaining;
    QDate expiresOn;
};

struct OpenPaymentRow
{
    QString id, transactionNumber, description;
    Money amount;
    QDate dueOn;
};

struct OpenBalanceRow
{
    QString transactionId, transactionNumber, status;
    int openPayments = 0;
    Money open;
    QDate oldestDue;
};

struct DocumentRow
{
    QString id, fileName, mimeType, sha256, note;
    qint64 sizeBytes = 0;
    QDateTime createdAt;
};

struct PermissionRow
{
    enum class Source { Default, Group, Customer };
    QString key, label;
    bool allowed = false;
    Source source = Source::Default;
};

struct ActivityRow
{
    qint64 seq = 0;
    QDateTime at;
    QString staffName, action, field, oldValue, newValue;
};

// What the header shows besides the customer's own fields.
struct CustomerOverview
{
    int runningRentals = 0;
    int transactions = 0;
    Money openAmount;
    int openPayments = 0;
    int activeVouchers = 0;
    Money voucherCredit;
};

} // namespace rentdesk
