#include "pricing.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace rentdesk {

qint64 PriceRule::daysPrice(qint64 days) const
{
    if (days <= 0)
        return 0;
    if (dayTiers.isEmpty())
        return days * perExtraDay;
    if (days <= dayTiers.size())
        return dayTiers.at(days - 1);
    return dayTiers.last() + (days - dayTiers.size()) * perExtraDay;
}

RentalSpan rentalSpan(const QDateTime &from, const QDateTime &to)
{
    RentalSpan span;
    if (!from.isValid() || !to.isValid() || to <= from)
        return span;
    const QDateTime localFrom = from.toLocalTime();
    const QDateTime localTo = to.toLocalTime();
    qint64 days = localFrom.date().daysTo(localTo.date());
    while (days > 0 && localFrom.addDays(days) > localTo)
        --days;
    const qint64 rest = localFrom.addDays(days).secsTo(localTo);
    span.days = days;
    span.hours = (rest + 3599) / 3600;
    if (span.hours >= 24) { // a day shortened by a daylight-saving change
        span.days += 1;
        span.hours = 0;
    }
    span.valid = true;
    return span;
}

namespace {

// The cheapest price of `days` whole days, with or without weeks; sets the weeks used.
qint64 cheapestDays(const PriceRule &rule, qint64 days, qint64 *weeksUsed)
{
    qint64 best = rule.daysPrice(days);
    *weeksUsed = 0;
    if (rule.perWeek > 0) {
        const qint64 maxWeeks = (days + 6) / 7;
        for (qint64 w = 1; w <= maxWeeks; ++w) {
            const qint64 p = w * rule.perWeek + rule.daysPrice(std::max<qint64>(0, days - 7 * w));
            if (p < best) {
                best = p;
                *weeksUsed = w;
            }
        }
    }
    return best;
}

} // namespace

PriceQuote quotePrice(const PriceRule &rule, const QDateTime &from, const QDateTime &to)
{
    PriceQuote quote;
    const RentalSpan span = rentalSpan(from, to);
    if (!span.valid)
        return quote;
    quote.valid = true;
    qint64 weeks = 0;
    qint64 best = std::numeric_limits<qint64>::max();
    // Whole days plus the hours begun, when hours are offered (or nothing is left over).
    if (span.hours == 0 || rule.perHour > 0) {
        const qint64 p =
            (span.days > 0 ? cheapestDays(rule, span.days, &weeks) : 0) + span.hours * rule.perHour;
        if (span.days > 0 || span.hours > 0) {
            best = p;
            quote.weeks = weeks;
            quote.hours = span.hours;
            quote.days = std::max<qint64>(0, span.days - 7 * weeks);
        }
    }
    // Or one more day instead of the hours.
    if (span.hours > 0) {
        const qint64 p = cheapestDays(rule, span.days + 1, &weeks);
        if (p < best) {
            best = p;
            quote.weeks = weeks;
            quote.hours = 0;
            quote.days = std::max<qint64>(0, span.days + 1 - 7 * weeks);
        }
    }
    quote.minor = best;
    return quote;
}

QString PriceQuote::ruleCode() const
{
    QStringList parts;
    if (weeks > 0)
        parts << QStringLiteral("%1w").arg(weeks);
    if (days > 0)
        parts << QStringLiteral("%1d").arg(days);
    if (hours > 0)
        parts << QStringLiteral("%1h").arg(hours);
    return parts.join(QLatin1Char(' '));
}

qint64 applyDiscount(qint64 minor, int discountPercent)
{
    const int p = std::clamp(discountPercent, 0, 100);
    return (minor * (100 - p) + 50) / 100;
}

qint64 vatIncluded(qint64 grossMinor, int rateBasisPoints)
{
    if (rateBasisPoints <= 0)
        return 0;
    const qint64 denominator = 10000 + rateBasisPoints;
    return (grossMinor * rateBasisPoints * 2 + denominator) / (2 * denominator);
}

qint64 lateFee(const LateFeeRule &rule, const QDateTime &due, const QDateTime &returned,
               int quantity)
{
    if (!due.isValid() || !returned.isValid())
        return 0;
    const qint64 late = due.secsTo(returned);
    if (late <= qint64(rule.graceMinutes) * 60)
        return 0;
    const qint64 hours = (late + 3599) / 3600;
    const qint64 days = hours / 24;
    const qint64 restHours = hours % 24;
    qint64 fee = 0;
    if (rule.perHour > 0) {
        const qint64 rest = restHours * rule.perHour;
        fee = days * (rule.perDay > 0 ? rule.perDay : 24 * rule.perHour) +
              (rule.perDay > 0 ? std::min(rest, rule.perDay) : rest);
    } else {
        fee = (days + (restHours > 0 ? 1 : 0)) * rule.perDay;
    }
    return fee * std::max(1, quantity);
}

} // namespace rentdesk
