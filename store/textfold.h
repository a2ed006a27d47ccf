#pragma once

#include <QString>
#include <QStringList>

namespace rentdesk {

// Lower case with accents removed and a few letters spelled out (ß → ss, ø → o), so that
// "muller" finds "Müller" and "francois" finds "François".
QString fold(const QString &text);

// Only the digits of `text`: "+49 (0)171 234-5678" → "4901712345678".
QString digitsOnly(const QString &text);

struct SearchFields
{
    QString number, firstName, lastName, company, email, phone, street, postcode, city;
};

// The text the search index holds for one customer.
QString searchDocument(const SearchFields &fields);

// The key the name tier of the ranking sorts and prefix-matches on: "mueller anna" style.
QString nameKey(const QString &firstName, const QString &lastName, const QString &company);

// Splits a search text into folded terms; digit runs inside a term are kept whole.
QStringList searchTerms(const QString &text);

} // namespace rentdesk
