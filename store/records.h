#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantList>

// Value rows the store hands to the panels' models: one struct per panel, no SQL outside the store.
namespace rentdesk {

struct RentedObjectRow
{
    QString lineId, transactionId, transactionNumber;
    QString objectName, barcode, articleName;
    int quantity = 1;
    QDateTime startAt, dueAt;
    Money price;
    QVariantList pageKey; // the sort key and id, for the next page
    friend bool operator==(const RentedObjectRow &, const RentedObjectRow &) = default;
};

struct TransactionRow
{
    QString id, number, kind, status;
    QDateTime startAt, endAt;
    Money total, open;
    QVariantList pageKey; // the sort key and id, for the next page
    Money paid;
    friend bool operator==(const TransactionRow &, const TransactionRow &) = default;
};

struct DamageCaseRow
{
    QString id, transactionNumber, objectName, status, description;
    QDate openedOn;
    int damageCount = 0;
    Money cost;
    QVariantList pageKey; // the sort key and id, for the next page
    int fileCount = 0;    // documents attached to the case
    friend bool operator==(const DamageCaseRow &, const DamageCaseRow &) = default;
};

struct AccessRow
{
    QString id, login, state, createdVia;
    bool hasPassword = false;
    QDateTime createdAt, lastLoginAt;
    QVariantList pageKey; // the sort key and id, for the next page
    friend bool operator==(const AccessRow &, const AccessRow &) = default;
};

struct VoucherRow
{
    QString id, code;
    Money value, remaining;
    QDate expiresOn;
    QVariantList pageKey; // the sort key and id, for the next page
    friend bool operator==(const VoucherRow &, const VoucherRow &) = default;
};

struct OpenPaymentRow
{
    QString id, transactionNumber, description;
    Money amount;
    QDate dueOn;
    QVariantList pageKey; // the sort key and id, for the next page
    friend bool operator==(const OpenPaymentRow &, const OpenPaymentRow &) = default;
};

struct OpenBalanceRow
{
    QString transactionId, transactionNumber, status;
    int openPayments = 0;
    Money open;
    QDate oldestDue;
    QVariantList pageKey; // the sort key and id, for the next page
    friend bool operator==(const OpenBalanceRow &, const OpenBalanceRow &) = default;
};

struct DocumentRow
{
    QString id, fileName, mimeType, sha256, note;
    qint64 sizeBytes = 0;
    QDateTime createdAt;
    QVariantList pageKey; // the sort key and id, for the next page
    bool fileHere = true; // false while the file is still on its way from the server
    QString addedBy;      // the staff member's name; empty when not known
    friend bool operator==(const DocumentRow &, const DocumentRow &) = default;
};

struct PermissionRow
{
    enum class Source { Default, Group, Customer };
    QString key, label;
    bool allowed = false;
    Source source = Source::Default;
    friend bool operator==(const PermissionRow &, const PermissionRow &) = default;
};

struct ActivityRow
{
    qint64 seq = 0;
    QDateTime at;
    QString staffName, action, field, oldValue, newValue;
    QVariantList pageKey; // the sort key and id, for the next page
    friend bool operator==(const ActivityRow &, const ActivityRow &) = default;
};

// The identity of a panel row, for telling which rows a change added, changed or removed.
inline QString rowKey(const RentedObjectRow &r)
{
    return r.lineId;
}
inline QString rowKey(const TransactionRow &r)
{
    return r.id;
}
inline QString rowKey(const DamageCaseRow &r)
{
    return r.id;
}
inline QString rowKey(const AccessRow &r)
{
    return r.id;
}
inline QString rowKey(const VoucherRow &r)
{
    return r.id;
}
inline QString rowKey(const OpenPaymentRow &r)
{
    return r.id;
}
inline QString rowKey(const OpenBalanceRow &r)
{
    return r.transactionId;
}
inline QString rowKey(const DocumentRow &r)
{
    return r.id;
}
inline QString rowKey(const ActivityRow &r)
{
    return QString::number(r.seq);
}
inline QString rowKey(const PermissionRow &r)
{
    return r.key;
}

// A sync conflict the server found on one of the customer's rows: which value it kept and which
// it set aside, with who (desk code, staff name) and when for each (docs/sync-protocol.md).
struct ConflictRow
{
    QString id, entity, rowId, field;
    QString keptValue, otherValue; // as people read them; empty text for an empty value
    QString keptDesk, keptStaff, otherDesk, otherStaff;
    QDateTime keptAt, otherAt;
    // An edit of a deleted row, or a customer number given twice: only "keep" makes sense.
    bool canUseOther = true;
    friend bool operator==(const ConflictRow &, const ConflictRow &) = default;
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
