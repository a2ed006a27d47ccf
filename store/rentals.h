#pragma once

#include "money.h"
#include "pricing.h"
#include "records.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Value types of the counter's work: renting out, returning and paying (storerentals.cpp,
// storepayments.cpp).
namespace rentdesk {

// What a new transaction is: the customer asks (request), holds objects (reservation), has
// booked them (booking: the rent is due), or takes them with them now (hand-out).
enum class TransactionKind { Request, Reservation, Booking, HandOut };
QString transactionKindKey(TransactionKind kind);   // "request", … "rental": the stored kind
QString transactionStatusKey(TransactionKind kind); // the status a new transaction starts in

// Ways to pay at the counter.
enum class PaymentMethod { Cash, Card, Transfer, Voucher };
QString paymentMethodKey(PaymentMethod method); // "cash", "card", "transfer", "voucher"
QString paymentMethodLabel(const QString &key); // translated, for people

// A rental object as the counter sees it.
struct RentalObjectInfo
{
    QString id, articleId, name, barcode, articleName, state;
    bool isValid() const { return !id.isEmpty(); }
};

// Why an object cannot be added for a period; an empty problem: it is free.
struct ObjectHold
{
    QString problem; // in words: held by whom, in repair, retired
    QString transactionId, transactionNumber, customerName;
    bool isFree() const { return problem.isEmpty(); }
};

// An object offered for a period, with whether it is free.
struct RentalObjectChoice
{
    RentalObjectInfo object;
    ObjectHold hold;
};

// One line of a transaction before it is written: its price is frozen here.
struct LineDraft
{
    QString objectId, articleId, label; // label: the object's name, for messages
    int quantity = 1;
    qint64 priceMinor = 0;   // for the whole line (quantity and discount included)
    QString priceRule;       // how the price came about, e.g. "1w 2d" (pricing.h)
    QString priceListId;     // the price list it came from; empty for a price set by hand
    bool negotiated = false; // the price was agreed by hand
    qint64 depositMinor = 0;
    QString note;
};

struct TransactionDraft
{
    QString customerId;
    TransactionKind kind = TransactionKind::HandOut;
    QDateTime from, to;
    QList<LineDraft> lines;
    QString note;
    QString currency = QStringLiteral("EUR");
};

// One line as the edit dialog shows it.
struct LineInfo
{
    QString id, transactionId, transactionNumber, transactionStatus, customerId;
    QString objectId, objectName, articleId, priceRule, priceListId, note;
    QDateTime from, to;
    int quantity = 1;
    Money price, deposit;
    bool negotiated = false;
    bool isValid() const { return !id.isEmpty(); }
};

// A person's change of a line. Editing never reloads the price: the price is what is entered
// (a changed price counts as agreed by hand).
struct LineChange
{
    QDateTime from, to;
    QString objectId;
    int quantity = 1;
    qint64 priceMinor = 0;
    QString note;
};

// What becomes of money paid on a line whose price falls or that is deleted: it goes back to
// the customer, or stays on the transaction for what else is open there.
struct PaidMoneyChoice
{
    bool refund = true;
    QString refundMethod = QStringLiteral("cash");
};

// A line that is out with the customer, as the return dialog shows it.
struct OpenRentalLine
{
    QString lineId, transactionId, transactionNumber, objectId, objectName, barcode;
    int quantity = 1;
    QDateTime dueAt;
    LateFeeRule lateFeeRule;
    Money deposit;
};

// One line checked in.
struct ReturnLine
{
    QString lineId;
    bool damaged = false;
    QString damageNote;
    qint64 damageCostMinor = 0;
    qint64 lateFeeMinor = 0; // as shown, and perhaps changed, before confirming
};

// A damage reported at the card: to the customer and, where known, a transaction and its object.
struct DamageDraft
{
    QString customerId, transactionId, objectId; // transaction and object may be empty
    QDate on;                                    // when it was found
    QString description;
    qint64 costMinor = 0; // what it costs to mend; charged separately
};

// A damage case as its actions need it.
struct DamageCaseInfo
{
    QString id, customerId, transactionId, objectId, objectName, objectState, status;
    qint64 costMinor = 0; // the sum of its damages
    bool isValid() const { return !id.isEmpty(); }
};

struct ReturnDraft
{
    QDateTime at;
    QList<ReturnLine> lines;
    // Of the returned lines' deposits, what is kept (the rest is released), and why.
    qint64 depositKeptMinor = 0;
    QString depositReason;
    QString refundMethod = QStringLiteral("cash"); // how a paid deposit goes back
    // Settled at once: what is then open on the returned objects' transactions is paid in the
    // same operation (one commit), by this method.
    bool payOpen = false;
    PaymentMethod payMethod = PaymentMethod::Cash;
};

struct PaymentDraft
{
    QString customerId;
    QStringList transactionIds; // empty: everything open of the customer, oldest due first
    qint64 amountMinor = 0;
    PaymentMethod method = PaymentMethod::Cash;
    QString voucherCode; // with PaymentMethod::Voucher
};

// One transaction as its window shows it: lines, what is due, what came in, what came back.
// A voucher sold at the counter (soldMinor: the price paid, usually its value) or given free
// (soldMinor 0, with the reason in `note`).
struct VoucherDraft
{
    QString customerId, code, note;
    qint64 valueMinor = 0, soldMinor = 0;
    QDate expiresOn; // invalid: never expires
    PaymentMethod method = PaymentMethod::Cash;
};

// The business as its paper names it: the contract and the receipt carry these.
struct BusinessDetails
{
    QString name, address, phone, email, vatId; // address: several lines
};

struct TransactionDetail
{
    QString id, number, kind, status, customerId, note;
    QDateTime from, to;
    QString currency = QStringLiteral("EUR");
    struct Line
    {
        QString id, objectName, barcode, priceRule;
        int quantity = 1;
        QDateTime from, to, returnedAt;
        qint64 priceMinor = 0, depositMinor = 0;
        bool negotiated = false;
        int vatRateBp = 0; // the article's VAT rate, contained in the price
    };
    struct Charge
    {
        QString description;
        QDate dueOn;
        qint64 amountMinor = 0, openMinor = 0; // charged (less corrections), and still open
        QString kind;                          // rent, deposit, late_fee, damage, other
        int vatRateBp = 0;                     // the VAT contained (a deposit has none)
    };
    struct Payment
    {
        QDateTime at;
        QString method;
        qint64 amountMinor = 0; // negative: paid back
    };
    struct Return
    {
        QDateTime at;
        QString objectName, condition, staffName, note;
        qint64 lateFeeMinor = 0;
    };
    QList<Line> lines;
    QList<Charge> charges;
    QList<Payment> payments;
    QList<Return> returns;
    QList<DocumentRow> documents; // the newest first
    bool isValid() const { return !id.isEmpty(); }
};

// What a scanned or typed code is: a customer's number, a transaction's number or an object's
// barcode (with whoever has the object out).
struct ScanHit
{
    enum class Kind { None, Customer, Transaction, Object };
    Kind kind = Kind::None;
    QString customerId;    // the customer, the transaction's customer, or who has the object
    QString transactionId; // a transaction, or the one the object is out on
    QString lineId;        // the object's open line
    QString label;         // the object's name, the number, for messages
};

} // namespace rentdesk
