#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rentdesk {

// An article as the settings edit it: what it is, its VAT and deposit, and its prices in the
// price list valid today (lines freeze their price, so a change applies to new lines only).
struct ArticleDraft
{
    QString id; // empty: a new article
    QString name, category, description;
    int vatRateBp = 1900;
    qint64 depositMinor = 0;
    qint64 perHourMinor = 0, perDayMinor = 0;
    QList<qint64> dayTiers; // the price of 2, 3, … days in all; empty: per day × days
    std::optional<qint64> extraDayMinor; // each day after the tiers; none: the day price
    qint64 perWeekMinor = 0;
    qint64 lateFeePerHourMinor = 0, lateFeePerDayMinor = 0;
    int lateGraceMinutes = 30;
    int objectCount = 0; // read only: live rental objects
    QString priceListId; // the list these prices are in; empty: the one valid today
};

// A price list: from its first day on it prices new lines, until a list of a later first day
// begins (or its own last day, when it has one). A season's prices are a list of their own.
struct PriceListInfo
{
    QString id, name;
    QDate validFrom, validTo; // validTo: invalid when open-ended
    int entries = 0;          // articles priced in it
};

// A rental object: one bike with its barcode. `state` is "available", "maintenance" (in
// repair) or "retired"; "rented" is set by hand-outs and returns only.
struct RentalObjectDraft
{
    QString id; // empty: a new object
    QString articleId, name, barcode, state = QStringLiteral("available");
    std::optional<qint64> depositMinor; // none: the article's deposit
};

} // namespace rentdesk
