#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rentdesk::csv {

// Reading and writing the CSV files spreadsheets and older rental software write. Pure functions:
// no files, no database; the import and the export build on them.

enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

// The name of an encoding for people ("UTF-8 with BOM", "Windows-1252").
QString encodingName(Encoding encoding);

struct Decoded
{
    QString text;
    Encoding encoding = Encoding::Utf8;
    QString error; // empty when the bytes are text; otherwise why not, translated
};

// Detects the encoding and decodes: a UTF-8 or UTF-16 byte-order mark decides; otherwise valid
// UTF-8 is UTF-8 and anything else is Windows-1252 (what spreadsheets on German Windows write).
// Empty input, NUL bytes without a UTF-16 mark, and other binary content are an error.
Decoded decode(const QByteArray &bytes);
// Decodes with a given encoding (a person overrode the detection).
QString decode(const QByteArray &bytes, Encoding encoding);

// Comma, semicolon or tab: the one that splits the first lines (outside quotes) into the same,
// largest number of fields. A file with one column gives ','.
QChar detectDelimiter(const QString &text);

struct Record
{
    QStringList fields;
    int line = 0; // the file's line the record starts on, from 1
};

struct Table
{
    QList<Record> records; // every record, the header included
    QString error;         // a quote that is never closed: where it opened, translated
};

// RFC 4180 as spreadsheets write it: fields in double quotes may hold the delimiter, doubled
// quotes and line breaks; CRLF, LF and CR end a record; empty lines are skipped. `maxRecords`
// > 0 stops after that many records (the preview).
Table parse(const QString &text, QChar delimiter, int maxRecords = 0);

// One record as a line ending in CRLF. Fields with the delimiter, quotes, line breaks or leading
// or trailing spaces are quoted. A field a spreadsheet would run as a formula (it starts with
// =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, so
// "=HYPERLINK(...)" never reaches a spreadsheet as a formula.
QString formatRecord(const QStringList &fields, QChar delimiter = QLatin1Char(','));
// The reverse of that protection for a field read back: "'=1+2" → "=1+2", "'+49 171" → "+49 171".
QString unprotect(const QString &field);

// UTF-8 with a byte-order mark, which spreadsheets need to open UTF-8 correctly.
QByteArray utf8WithBom(const QString &text);

} // namespace rentdesk::csv
