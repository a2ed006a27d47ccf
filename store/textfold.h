#pragma once

#include <QString>
#include <QStringList>

namespace rentdesk {

// Lower case with accents removed and a few letters spelled out (ß → ss, ø → o), so that
// "muller" finds "Müller" and "francois" finds "François".
QString fold(const QString &text);

// What the search compares: fold(), and then the German spellings without umlauts made equal to
// the plain letters (ae → a, oe → o, ue → u), so that "schafer", "schaefer" and "Schäfer" are one
// name. Used on both sides, the stored text and the typed one.
QString searchFold(const QString &text);

// Whether `text` has letters of a script written without spaces between given and family name
// or with few letters per name (Han, Kana, Hangul, and also Greek, Cyrillic, Arabic, Hebrew and
// the other non-Latin scripts): such names get two-letter search keys.
bool hasNonLatinLetters(const QString &text);

// The two-letter pieces of a name in a non-Latin script, each once, folded: what a substring of
// two characters is looked up by. Empty for names in Latin letters.
QStringList nameBigrams(const QString &firstName, const QString &lastName);

// Only the digits of `text`: "+49 (0)171 234-5678" → "4901712345678".
QString digitsOnly(const QString &text);

// How many leading digits of an international number are its country code (49, 1, 352 …).
int countryCodeLength(const QString &digits);

struct SearchFields
{
    QString number, firstName, lastName, company, email, phone, street, postcode, city;
};

// The text the search index holds for one customer.
QString searchDocument(const SearchFields &fields);

// The key the name tier of the ranking sorts and prefix-matches on: "mueller anna" style.
QString nameKey(const QString &firstName, const QString &lastName, const QString &company);

// Splits a search text into folded terms; digit runs inside a term are kept whole. A text that is
// a phone number as people write it ("0171/234 56-78", "+49 (171) 2345678") is one term of its
// digits.
QStringList searchTerms(const QString &text);

} // namespace rentdesk
