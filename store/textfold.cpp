#include "textfold.h"

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

QString digitsOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

QString searchDocument(const SearchFields &f)
{
    // One line of folded words; the phone number appears both as typed and as bare digits so
    // that a run of digits matches across spaces and dashes.
    const QStringList parts = {f.number,  f.firstName, f.lastName,
                               f.company, f.email,     digitsOnly(f.phone),
                               f.street,  f.postcode,  f.city};
    QStringList folded;
    folded.reserve(parts.size());
    for (const QString &p : parts)
        if (!p.isEmpty())
            folded << fold(p);
    return folded.join(QLatin1String(" | "));
}

QString nameKey(const QString &firstName, const QString &lastName, const QString &company)
{
    QString key = fold(lastName).trimmed();
    const QString first = fold(firstName).trimmed();
    if (!first.isEmpty())
        key += QLatin1Char(' ') + first;
    if (key.isEmpty())
        key = fold(company).trimmed();
    return key;
}

QStringList searchTerms(const QString &text)
{
    QStringList terms;
    const QString folded = fold(text);
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
