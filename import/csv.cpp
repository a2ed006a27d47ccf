#include "csv.h"

#include <QStringDecoder>
#include <QStringView>

#include <algorithm>
#include <array>
#include <map>

namespace rentdesk::csv {

namespace {

QString emptyFileError()
{
    return QCoreApplication::translate("rentdesk::csv", "The file is empty.");
}

QString binaryFileError()
{
    return QCoreApplication::translate("rentdesk::csv",
                                       "This is not a text file (it contains binary data).");
}

const QByteArray utf8Bom("\xEF\xBB\xBF", 3);
const QByteArray utf16LEBom("\xFF\xFE", 2);
const QByteArray utf16BEBom("\xFE\xFF", 2);

// Windows-1252 for 0x80–0x9F; the five bytes cp1252 leaves undefined map like Latin-1.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b <= 0x9F) ? cp1252High[b - 0x80] : char16_t(b);
    }
    return text;
}

// Decodes UTF-8 or UTF-16 without touching a byte-order mark (the caller has stripped it).
// `ok` tells whether the bytes were valid in that encoding.
QString decodeUnicode(QByteArrayView bytes, QStringConverter::Encoding encoding, bool *ok = nullptr)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless |
                                         QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (ok)
        *ok = !decoder.hasError();
    return text;
}

QByteArrayView withoutBom(QByteArrayView bytes, Encoding encoding)
{
    const QByteArray *bom = &utf8Bom; // also for Windows-1252: never text at the start of a CSV
    if (encoding == Encoding::Utf16LE)
        bom = &utf16LEBom;
    else if (encoding == Encoding::Utf16BE)
        bom = &utf16BEBom;
    return bytes.startsWith(*bom) ? bytes.sliced(bom->size()) : bytes;
}

// DOS-era programs end text files with Ctrl-Z; it is no part of the data.
QString withoutEofMarker(QString text)
{
    while (text.endsWith(QChar(0x1A)))
        text.chop(1);
    return text;
}

QString decodeWithoutBom(QByteArrayView bytes, Encoding encoding)
{
    QString text;
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom: text = decodeUnicode(bytes, QStringConverter::Utf8); break;
    case Encoding::Utf16LE: text = decodeUnicode(bytes, QStringConverter::Utf16LE); break;
    case Encoding::Utf16BE: text = decodeUnicode(bytes, QStringConverter::Utf16BE); break;
    case Encoding::Windows1252: text = decodeWindows1252(bytes); break;
    }
    return withoutEofMarker(std::move(text));
}

// File formats that are certainly not CSV, by their first bytes (Excel files among them).
bool hasBinaryMagic(const QByteArray &bytes)
{
    static const std::array<QByteArrayView, 12> magics = {
        QByteArrayView("%PDF", 4),
        QByteArrayView("PK\x03\x04", 4), // zip, xlsx, ods
        QByteArrayView("PK\x05\x06", 4), // empty zip
        QByteArrayView("\x89PNG", 4),
        QByteArrayView("\xD0\xCF\x11\xE0", 4), // xls, doc
        QByteArrayView("\xFF\xD8\xFF", 3),     // JPEG
        QByteArrayView("GIF8", 4),
        QByteArrayView("\x7F\x45LF", 4), // ELF
        QByteArrayView("\x1F\x8B", 2),   // gzip
        QByteArrayView("7z\xBC\xAF", 4),
        QByteArrayView("Rar!", 4),
        QByteArrayView("SQLite format 3", 15),
    };
    return std::any_of(magics.begin(), magics.end(),
                       [&](QByteArrayView magic) { return bytes.startsWith(magic); });
}

// Binary content that slipped through as text: a NUL, or more than 1 % control characters
// (other than tab and line breaks) in the first 64 KB, and more than a few: a stray one in a
// short file is a typing error the row checks report, not a binary file.
bool looksBinary(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if ((c < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || c == 0x7F)
            ++controls;
    }
    return controls > 8 && controls * 100 > n;
}

bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\'': return true;
    default: return false;
    }
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QCoreApplication::translate("rentdesk::csv", "UTF-8");
    case Encoding::Utf8Bom: return QCoreApplication::translate("rentdesk::csv", "UTF-8 with BOM");
    case Encoding::Utf16LE:
        return QCoreApplication::translate("rentdesk::csv", "UTF-16 (little endian)");
    case Encoding::Utf16BE:
        return QCoreApplication::translate("rentdesk::csv", "UTF-16 (big endian)");
    case Encoding::Windows1252: return QCoreApplication::translate("rentdesk::csv", "Windows-1252");
    }
    return QString();
}

Decoded decode(const QByteArray &bytes)
{
    Decoded result;
    if (hasBinaryMagic(bytes)) {
        result.error = binaryFileError();
        return result;
    }

    // A byte-order mark decides; without one, NUL bytes mean binary and valid UTF-8 is UTF-8.
    if (bytes.startsWith(utf8Bom) || bytes.startsWith(utf16LEBom) || bytes.startsWith(utf16BEBom)) {
        result.encoding = bytes.startsWith(utf8Bom)      ? Encoding::Utf8Bom
                          : bytes.startsWith(utf16LEBom) ? Encoding::Utf16LE
                                                         : Encoding::Utf16BE;
        result.text = decode(bytes, result.encoding);
    } else if (bytes.contains('\0')) {
        result.error = binaryFileError();
        return result;
    } else {
        bool validUtf8 = false;
        QString utf8 = decodeUnicode(bytes, QStringConverter::Utf8, &validUtf8);
        result.encoding = validUtf8 ? Encoding::Utf8 : Encoding::Windows1252;
        result.text = withoutEofMarker(validUtf8 ? std::move(utf8) : decodeWindows1252(bytes));
    }

    if (result.text.isEmpty()) {
        result.error = emptyFileError();
    } else if (looksBinary(result.text)) {
        result.text.clear();
        result.error = binaryFileError();
    }
    return result;
}

QString decode(const QByteArray &bytes, Encoding encoding)
{
    return decodeWithoutBom(withoutBom(bytes, encoding), encoding);
}

QChar detectDelimiter(const QString &text)
{
    // In order of preference on a tie: German spreadsheets write ';'.
    const std::array<QChar, 3> candidates = {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')};
    QChar best = QLatin1Char(',');
    int bestRecords = 0;
    int bestFields = 0;
    for (const QChar candidate : candidates) {
        // How many of the first records have each number of fields (more than one).
        std::map<int, int> recordsWithFieldCount;
        for (const Record &record : parse(text, candidate, 20).records) {
            if (record.fields.size() > 1)
                ++recordsWithFieldCount[int(record.fields.size())];
        }
        for (const auto &[fields, records] : recordsWithFieldCount) {
            if (records > bestRecords || (records == bestRecords && fields > bestFields)) {
                best = candidate;
                bestRecords = records;
                bestFields = fields;
            }
        }
    }
    return best;
}

Table parse(const QString &text, QChar delimiter, int maxRecords)
{
    Table table;
    const QChar *const begin = text.constData();
    const QChar *const end = begin + text.size();
    const QChar *p = begin;
    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');
    int line = 1;
    qsizetype fieldsPerRecord = 0;

    if (maxRecords > 0)
        table.records.reserve(std::min(maxRecords, 1024));

    while (p < end && (maxRecords <= 0 || table.records.size() < maxRecords)) {
        // An empty line is no record.
        if (*p == cr || *p == lf) {
            if (*p == cr && p + 1 < end && p[1] == lf)
                ++p;
            ++p;
            ++line;
            continue;
        }

        Record record;
        record.line = line;
        record.fields.reserve(fieldsPerRecord);
        for (;;) {
            QString field;
            if (p < end && *p == quote) {
                const int openedOn = line;
                ++p;
                for (;;) {
                    const QChar *const chunk = p;
                    while (p < end && *p != quote) {
                        if (*p == cr || (*p == lf && p[-1] != cr))
                            ++line;
                        ++p;
                    }
                    if (p == end) {
                        table.error = QCoreApplication::translate(
                                          "rentdesk::csv",
                                          "A quoted field that starts on line %1 is never closed.")
                                          .arg(openedOn);
                        return table;
                    }
                    if (field.isEmpty())
                        field = QString(chunk, p - chunk);
                    else
                        field.append(chunk, p - chunk);
                    ++p; // the closing quote, or the first of a doubled one
                    if (p < end && *p == quote) {
                        field.append(quote);
                        ++p;
                        continue;
                    }
                    break;
                }
                // Be lenient with text between the closing quote and the delimiter: keep it.
                const QChar *const rest = p;
                while (p < end && *p != delimiter && *p != cr && *p != lf)
                    ++p;
                if (p != rest)
                    field.append(rest, p - rest);
            } else {
                // Unquoted: a quote in here is an ordinary character.
                const QChar *const start = p;
                while (p < end && *p != delimiter && *p != cr && *p != lf)
                    ++p;
                field = QString(start, p - start);
            }
            record.fields.append(std::move(field));
            if (p < end && *p == delimiter) {
                ++p;
                continue;
            }
            break;
        }

        if (p < end) { // the line break that ends the record
            if (*p == cr && p + 1 < end && p[1] == lf)
                ++p;
            ++p;
            ++line;
        }
        fieldsPerRecord = record.fields.size(); // the next record likely has as many
        table.records.append(std::move(record));
    }
    return table;
}

QString formatRecord(const QStringList &fields, QChar delimiter)
{
    const QChar quote = QLatin1Char('"');
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        QString field = fields.at(i);
        // Keep spreadsheets from running the field as a formula.
        if (!field.isEmpty() && isFormulaStart(field.front()))
            field.prepend(QLatin1Char('\''));
        const bool needsQuotes =
            field.contains(delimiter) || field.contains(quote) ||
            field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
            field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
        // A record of one empty field would be an empty line, which readers skip.
        if (needsQuotes || (field.isEmpty() && fields.size() == 1)) {
            line += quote;
            line += field.replace(quote, QStringLiteral("\"\""));
            line += quote;
        } else {
            line += field;
        }
    }
    line += QLatin1String("\r\n");
    return line;
}

QString unprotect(const QString &field)
{
    if (field.size() >= 2 && field.front() == QLatin1Char('\'') && isFormulaStart(field.at(1)))
        return field.sliced(1);
    return field;
}

QByteArray utf8WithBom(const QString &text)
{
    return utf8Bom + text.toUtf8();
}

} // namespace rentdesk::csv
