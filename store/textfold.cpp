#include "textfold.h"

#include <QRegularExpression>

namespace rentdesk {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing: continue;
        default: break;
        }
        switch (c.unicode()) {
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            out += QLatin1String("ss");
            break;
        case 0x00E6: // æ
        case 0x00C6: out += QLatin1String("ae"); break;
        case 0x0153: // œ
        case 0x0152: out += QLatin1String("oe"); break;
        case 0x00F8: // ø
        case 0x00D8: out += QLatin1Char('o'); break;
        case 0x0142: // ł
        case 0x0141: out += QLatin1Char('l'); break;
        case 0x0111: // đ
        case 0x0110: out += QLatin1Char('d'); break;
        case 0x0131: // dotless i
            out += QLatin1Char('i');
            break;
        default: out += c.toLower();
        }
    }
    return out;
}

QString searchFold(const QString &text)
{
    const QString folded = fold(text);
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        out += c;
        if ((c == QLatin1Char('a') || c == QLatin1Char('o') || c == QLatin1Char('u')) &&
            i + 1 < folded.size() && folded.at(i + 1) == QLatin1Char('e'))
            ++i; // the "e" of ae, oe, ue
    }
    return out;
}

bool hasNonLatinLetters(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetter() && c.script() != QChar::Script_Latin &&
            c.script() != QChar::Script_Common && c.script() != QChar::Script_Inherited)
            return true;
    return false;
}

namespace {

// A name in a script without spaces is typed as one word, family name first or last ("王芳" and
// "芳王"): both, folded. Empty for names in Latin letters.
QStringList namesRunTogether(const QString &firstName, const QString &lastName)
{
    if (!hasNonLatinLetters(firstName) && !hasNonLatinLetters(lastName))
        return {};
    const QString first = searchFold(firstName).remove(QLatin1Char(' '));
    const QString last = searchFold(lastName).remove(QLatin1Char(' '));
    return {last + first, first + last};
}

} // namespace

QStringList nameBigrams(const QString &firstName, const QString &lastName)
{
    QStringList out;
    for (const QString &name : namesRunTogether(firstName, lastName))
        for (qsizetype i = 0; i + 1 < name.size(); ++i) {
            const QString gram = name.mid(i, 2);
            if (gram.front().isLetterOrNumber() && gram.back().isLetterOrNumber() &&
                !out.contains(gram))
                out << gram;
        }
    return out;
}

QString digitsOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

int countryCodeLength(const QString &digits)
{
    // ITU-T E.164: 1 and 7 are one digit; these two-digit codes are whole; all others have three.
    static const QStringList twoDigits = [] {
        QStringList t;
        for (const char *c : {"20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41",
                              "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54",
                              "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
                              "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"})
            t << QLatin1String(c);
        return t;
    }();
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return 1;
    return twoDigits.contains(digits.left(2)) ? 2 : 3;
}

QString searchDocument(const SearchFields &f)
{
    // One line of folded words; the phone number appears both as typed and as bare digits so
    // that a run of digits matches across spaces and dashes.
    const QStringList parts = {f.number,  f.firstName, f.lastName,
                               f.company, f.email,     digitsOnly(f.phone),
                               f.street,  f.postcode,  f.city};
    QStringList folded;
    folded.reserve(parts.size() + 2);
    for (const QString &p : parts)
        if (!p.isEmpty())
            folded << searchFold(p);
    // "+49 171 …" is typed "0171 …" at home, and "+49 (0)171 …" also "+49 171 …".
    QString international = f.phone.trimmed().remove(QLatin1String("(0)"));
    if (international.startsWith(QLatin1String("00")))
        international.replace(0, 2, QLatin1Char('+'));
    if (international.startsWith(QLatin1Char('+'))) {
        const QString digits = digitsOnly(international);
        if (digits != digitsOnly(f.phone)) // "+49 (0)171 …", "0049 …": not in the parts yet
            folded << digits;
        folded << QLatin1Char('0') + digits.mid(countryCodeLength(digits));
    }
    folded << namesRunTogether(f.firstName, f.lastName);
    return folded.join(QLatin1String(" | "));
}

QString nameKey(const QString &firstName, const QString &lastName, const QString &company)
{
    QString key = searchFold(lastName).trimmed();
    const QString first = searchFold(firstName).trimmed();
    if (!first.isEmpty())
        key += QLatin1Char(' ') + first;
    if (key.isEmpty())
        key = searchFold(company).trimmed();
    return key;
}

QStringList searchTerms(const QString &text)
{
    QStringList terms;
    // A phone number as written: its digits, whatever separates them.
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9(][0-9 ()/.-]*[0-9]$"));
    const QString trimmed = text.trimmed();
    if (phone.match(trimmed).hasMatch()) {
        QString digits = digitsOnly(trimmed);
        if (digits.startsWith(QLatin1String("00"))) // "0049 …" is "+49 …"
            digits.remove(0, 2);
        if (digits.size() >= 5)
            return {digits};
    }
    const QString folded = searchFold(text);
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            terms << current;
        current.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c == QLatin1Char('@') || c == QLatin1Char('.') ||
            c == QLatin1Char('-') || c == QLatin1Char('_'))
            current += c;
        else
            flush();
    }
    flush();
    // Strip punctuation at the ends of a term ("müller," or "-12") but keep it inside ("a.b@c.de").
    for (QString &t : terms) {
        while (!t.isEmpty() && !t.front().isLetterOrNumber())
            t.remove(0, 1);
        while (!t.isEmpty() && !t.back().isLetterOrNumber())
            t.chop(1);
    }
    terms.removeAll(QString());
    return terms;
}

} // namespace rentdesk
