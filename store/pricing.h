#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Prices and late fees as pure functions: no database, so tests call them with a table of cases
// and the store, the dialogs and the demo data all compute a price the same way. Amounts are
// integer minor units (cents) throughout.
namespace rentdesk {

// An article's prices in one price list.
struct PriceRule
{
    qint64 perHour = 0;     // 0: not rented by the hour
    QList<qint64> dayTiers; // the price of 1, 2, … days (each the whole price for that many days)
    qint64 perExtraDay = 0; // each day beyond the tiers
    qint64 perWeek = 0;     // 0: no week price
    // The price of exactly `days` whole days without weeks.
    qint64 daysPrice(qint64 days) const;
};

// How long a period is, in the desk's local time: whole calendar days (the same clock time on a
// later day, so a day across a daylight-saving change is still one day) and the hours begun
// after them.
struct RentalSpan
{
    qint64 days = 0;
    qint64 hours = 0;
    bool valid = false; // false when the period ends before it starts or is empty
};
RentalSpan rentalSpan(const QDateTime &from, const QDateTime &to);

// The cheapest combination of weeks, days and hours for a period.
struct PriceQuote
{
    qint64 minor = 0; // for one piece, before the group discount
    qint64 weeks = 0, days = 0, hours = 0;
    bool valid = false;
    // The combination, for the line's price rule: "1w 2d 3h" (parts that are zero left out).
    QString ruleCode() const;
};
PriceQuote quotePrice(const PriceRule &rule, const QDateTime &from, const QDateTime &to);

// `minor` less a discount in percent, rounded half up to the minor unit.
qint64 applyDiscount(qint64 minor, int discountPercent);
// The VAT contained in a gross amount, for a rate in basis points (19 % = 1900), rounded half up.
qint64 vatIncluded(qint64 grossMinor, int rateBasisPoints);

// An article's late-fee rule: nothing inside the grace period, then per hour begun, at most the
// day rate per day begun (with no hour rate: the day rate per day begun).
struct LateFeeRule
{
    int graceMinutes = 30;
    qint64 perHour = 0;
    qint64 perDay = 0;
};
// The late fee for `quantity` pieces due at `due` and returned at `returned`.
qint64 lateFee(const LateFeeRule &rule, const QDateTime &due, const QDateTime &returned,
               int quantity = 1);

} // namespace rentdesk
