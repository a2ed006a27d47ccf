// Reading and writing CSV files as a person at the counter meets them: files from spreadsheets in
// every encoding they write open with the umlauts intact, pictures and PDFs are refused, the
// delimiter is found, quoted fields survive, and an export never hands a spreadsheet a formula.

#include "csv.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rentdesk;
using csv::Encoding;

Q_DECLARE_METATYPE(rentdesk::csv::Encoding)

namespace {

const QString germanText = QStringLiteral("Müller;Straße;Ærø;€");

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray result;
    for (const int v : values)
        result.append(char(v));
    return result;
}

// "Müller;Straße;Ærø;€" in Windows-1252, byte by byte.
QByteArray germanWindows1252()
{
    return QByteArrayLiteral("M") + bytes({0xFC}) + QByteArrayLiteral("ller;Stra") + bytes({0xDF}) +
           QByteArrayLiteral("e;") + bytes({0xC6}) + QByteArrayLiteral("r") + bytes({0xF8}) +
           QByteArrayLiteral(";") + bytes({0x80});
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray result = littleEndian ? bytes({0xFF, 0xFE}) : bytes({0xFE, 0xFF});
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char low = char(u & 0xFF);
        const char high = char(u >> 8);
        result.append(littleEndian ? low : high);
        result.append(littleEndian ? high : low);
    }
    return result;
}

// Line breaks made visible, so a failing comparison shows where they are.
QString visible(QString text)
{
    return text.replace(QLatin1Char('\r'), QLatin1String("\\r"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"));
}

// A table as "line:field|field" per record, one record a line.
QString render(const csv::Table &table)
{
    QStringList lines;
    for (const csv::Record &record : table.records) {
        QStringList fields;
        for (const QString &field : record.fields)
            fields << visible(field);
        lines << QString::number(record.line) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList unprotected(const QStringList &fields)
{
    QStringList result;
    for (const QString &field : fields)
        result << csv::unprotect(field);
    return result;
}

QString binaryError()
{
    return QStringLiteral("This is not a text file (it contains binary data).");
}

} // namespace

class TstCsv : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryEncoding_data();
    void decodesEveryEncoding();
    void refusesWhatIsNoText_data();
    void refusesWhatIsNoText();
    void acceptsTextWithAFewControlCharacters();
    void dropsTrailingCtrlZ();
    void decodesWithAChosenEncoding_data();
    void decodesWithAChosenEncoding();
    void encodingNamesForPeople_data();
    void encodingNamesForPeople();

    void detectsDelimiter_data();
    void detectsDelimiter();

    void parses_data();
    void parses();
    void reportsUnclosedQuote_data();
    void reportsUnclosedQuote();
    void stopsAfterMaxRecords();
    void parsesAHugeField();
    void parsesManyRecords();

    void formatsRecord_data();
    void formatsRecord();
    void unprotects_data();
    void unprotects();
    void roundTrips_data();
    void roundTrips();
    void neverWritesAFormula_data();
    void neverWritesAFormula();
    void writesUtf8WithBom();
};

void TstCsv::decodesEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("UTF-8") << germanText.toUtf8() << Encoding::Utf8 << germanText;
    QTest::newRow("UTF-8 with BOM")
        << bytes({0xEF, 0xBB, 0xBF}) + germanText.toUtf8() << Encoding::Utf8Bom << germanText;
    QTest::newRow("UTF-16LE") << utf16(germanText, true) << Encoding::Utf16LE << germanText;
    QTest::newRow("UTF-16BE") << utf16(germanText, false) << Encoding::Utf16BE << germanText;
    QTest::newRow("Windows-1252") << germanWindows1252() << Encoding::Windows1252 << germanText;
    QTest::newRow("ASCII") << QByteArrayLiteral("Name;Ort\r\n") << Encoding::Utf8
                           << QStringLiteral("Name;Ort\r\n");
    // UTF-8 cut off in the middle of a character is not UTF-8.
    QTest::newRow("Windows-1252 ending like UTF-8")
        << QByteArrayLiteral("Caf\xC3") << Encoding::Windows1252 << QStringLiteral("CafÃ");
}

void TstCsv::decodesEveryEncoding()
{
    QFETCH(QByteArray, input);
    QFETCH(Encoding, encoding);
    QFETCH(QString, text);

    const csv::Decoded decoded = csv::decode(input);
    QCOMPARE(decoded.error, QString());
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
}

void TstCsv::refusesWhatIsNoText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    const QString empty = QStringLiteral("The file is empty.");

    QByteArray random;
    QRandomGenerator generator(4711);
    for (int i = 0; i < 4096; ++i)
        random.append(char(generator.bounded(256)));
    random[100] = '\0';

    QByteArray noNul;
    for (int i = 0; i < 4096; ++i)
        noNul.append(char(1 + generator.bounded(255)));

    QTest::newRow("PNG") << bytes({0x89, 'P',  'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0,
                                   0,    0x0D, 'I', 'H', 'D',  'R',  0,    0,    1, 0})
                         << binaryError();
    QTest::newRow("random bytes with NULs") << random << binaryError();
    QTest::newRow("PDF") << QByteArrayLiteral("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n")
                         << binaryError();
    QTest::newRow("xlsx") << QByteArrayLiteral("PK\x03\x04\x14\x00\x06\x00") << binaryError();
    QTest::newRow("text with a NUL")
        << QByteArrayLiteral("Name;Ort\nM\0ller;Berlin\n") << binaryError();
    QTest::newRow("random bytes without NULs") << noNul << binaryError();
    QTest::newRow("UTF-16 with NULs")
        << utf16(QStringLiteral("ab") + QChar(0) + QStringLiteral("c"), true) << binaryError();
    QTest::newRow("UTF-16 with one NUL in much text")
        << utf16(QString(500, QLatin1Char('a')) + QChar(0) + QString(500, QLatin1Char('b')), false)
        << binaryError();
    QTest::newRow("empty") << QByteArray() << empty;
    QTest::newRow("UTF-8 BOM only") << bytes({0xEF, 0xBB, 0xBF}) << empty;
    QTest::newRow("UTF-16LE BOM only") << bytes({0xFF, 0xFE}) << empty;
    QTest::newRow("UTF-16BE BOM only") << bytes({0xFE, 0xFF}) << empty;
}

void TstCsv::refusesWhatIsNoText()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    const csv::Decoded decoded = csv::decode(input);
    QCOMPARE(decoded.error, error);
    QCOMPARE(decoded.text, QString());
}

void TstCsv::acceptsTextWithAFewControlCharacters()
{
    // One form feed in 200 characters is a quirk of the program that wrote the file, not binary.
    const QString text =
        QString(99, QLatin1Char('a')) + QChar(0x0C) + QString(100, QLatin1Char('b'));
    const csv::Decoded decoded = csv::decode(text.toUtf8());
    QCOMPARE(decoded.error, QString());
    QCOMPARE(decoded.text, text);

    // A few in a short file are typing errors the row checks report, not binary content.
    QString few = text;
    for (int i = 1; i <= 7; ++i) // with the form feed: eight
        few[i * 10] = QChar(0x01);
    QCOMPARE(csv::decode(few.toUtf8()).error, QString());
    // Nine in 200 are too many.
    QString tooMany = few;
    tooMany[95] = QChar(0x02);
    QCOMPARE(csv::decode(tooMany.toUtf8()).error, binaryError());
}

void TstCsv::dropsTrailingCtrlZ()
{
    // Old DOS programs end their text files with Ctrl-Z.
    const csv::Decoded decoded =
        csv::decode(QByteArrayLiteral("Name;Ort\r\nM\xFCller;Berlin\r\n\x1A"));
    QCOMPARE(decoded.error, QString());
    QCOMPARE(decoded.encoding, Encoding::Windows1252);
    QCOMPARE(decoded.text, QStringLiteral("Name;Ort\r\nMüller;Berlin\r\n"));
}

void TstCsv::decodesWithAChosenEncoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("1252 as 1252") << germanWindows1252() << Encoding::Windows1252 << germanText;
    QTest::newRow("UTF-8 as 1252")
        << QStringLiteral("Müller").toUtf8() << Encoding::Windows1252 << QStringLiteral("MÃ¼ller");
    QTest::newRow("UTF-8 as UTF-8") << germanText.toUtf8() << Encoding::Utf8 << germanText;
    QTest::newRow("UTF-8 with BOM as UTF-8")
        << bytes({0xEF, 0xBB, 0xBF}) + germanText.toUtf8() << Encoding::Utf8 << germanText;
    QTest::newRow("UTF-8 without BOM as UTF-8 with BOM")
        << germanText.toUtf8() << Encoding::Utf8Bom << germanText;
    QTest::newRow("UTF-16LE") << utf16(germanText, true) << Encoding::Utf16LE << germanText;
    QTest::newRow("UTF-16BE") << utf16(germanText, false) << Encoding::Utf16BE << germanText;
    QTest::newRow("UTF-16LE without BOM")
        << utf16(germanText, true).mid(2) << Encoding::Utf16LE << germanText;
    QTest::newRow("1252 as UTF-8")
        << germanWindows1252().left(6) << Encoding::Utf8 << QStringLiteral("M\uFFFDller");
    // Every byte from 0x80 to 0x9F, where Windows-1252 differs from Latin-1, and two beyond.
    QTest::newRow("cp1252 0x80-0x9F")
        << bytes({0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B,
                  0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
                  0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xFF})
        << Encoding::Windows1252
        << QStringLiteral("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ\u00A0ÿ");
}

void TstCsv::decodesWithAChosenEncoding()
{
    QFETCH(QByteArray, input);
    QFETCH(Encoding, encoding);
    QFETCH(QString, text);

    QCOMPARE(csv::decode(input, encoding), text);
}

void TstCsv::encodingNamesForPeople_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("name");

    QTest::newRow("UTF-8") << Encoding::Utf8 << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 BOM") << Encoding::Utf8Bom << QStringLiteral("UTF-8 with BOM");
    QTest::newRow("UTF-16LE") << Encoding::Utf16LE << QStringLiteral("UTF-16 (little endian)");
    QTest::newRow("UTF-16BE") << Encoding::Utf16BE << QStringLiteral("UTF-16 (big endian)");
    QTest::newRow("Windows-1252") << Encoding::Windows1252 << QStringLiteral("Windows-1252");
}

void TstCsv::encodingNamesForPeople()
{
    QFETCH(Encoding, encoding);
    QFETCH(QString, name);

    QCOMPARE(csv::encodingName(encoding), name);
}

void TstCsv::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << QStringLiteral(
                                  "Name,Ort,PLZ\nMüller,Berlin,10115\nSchmidt,Köln,50667\n")
                           << QChar(QLatin1Char(','));
    QTest::newRow("semicolon")
        << QStringLiteral("Name;Ort;PLZ\r\nMüller;Berlin;10115\r\nSchmidt;Köln;50667\r\n")
        << QChar(QLatin1Char(';'));
    QTest::newRow("tab") << QStringLiteral("Name\tOrt\tPLZ\nMüller\tBerlin\t10115\n")
                         << QChar(QLatin1Char('\t'));
    QTest::newRow("semicolon, commas in quotes")
        << QStringLiteral("\"Name, Vorname\";\"Straße, Nr.\"\n"
                          "\"Müller, Anna\";\"Hauptstraße, 5\"\n"
                          "\"Schmidt, Jo, Dr.\";\"Weg, 1, a, b\"\n")
        << QChar(QLatin1Char(';'));
    QTest::newRow("semicolon, decimal commas")
        << QStringLiteral("Artikel;Preis;Kaution\nRad;12,50;100,00\nHelm;3,00;20,00\n")
        << QChar(QLatin1Char(';'));
    QTest::newRow("comma, semicolons in a multi-line quoted field")
        << QStringLiteral("Name,Notiz,Ort\nMüller,\"a;b\nc;d\",Berlin\nSchmidt,x,Köln\n")
        << QChar(QLatin1Char(','));
    QTest::newRow("more fields win a tie")
        << QStringLiteral("a,b,c;d\ne,f,g;h\n") << QChar(QLatin1Char(','));
    QTest::newRow("semicolon wins a full tie")
        << QStringLiteral("a;b,c\nd;e,f\n") << QChar(QLatin1Char(';'));
    QTest::newRow("comma before tab on a full tie")
        << QStringLiteral("a\tb,c\nd\te,f\n") << QChar(QLatin1Char(','));
    QTest::newRow("the most records of the same length win")
        << QStringLiteral("a;b;c,d,e,f\ng;h;i\nj;k;l\nm,n,o,p,q\n") << QChar(QLatin1Char(';'));
    QTest::newRow("one column") << QStringLiteral("Name\nMüller\nSchmidt\n")
                                << QChar(QLatin1Char(','));
    QTest::newRow("empty") << QString() << QChar(QLatin1Char(','));
}

void TstCsv::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);

    QCOMPARE(csv::detectDelimiter(text), delimiter);
}

void TstCsv::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("records");

    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');

    QTest::newRow("plain") << QStringLiteral("a,b,c\nd,e,f\n") << comma
                           << QStringLiteral("1:a|b|c\n2:d|e|f");
    QTest::newRow("no trailing line break")
        << QStringLiteral("a,b\nc,d") << comma << QStringLiteral("1:a|b\n2:c|d");
    QTest::newRow("trailing CRLF")
        << QStringLiteral("a,b\r\nc,d\r\n") << comma << QStringLiteral("1:a|b\n2:c|d");
    QTest::newRow("CR only") << QStringLiteral("a;b\rc;d\r\re;f") << semicolon
                             << QStringLiteral("1:a|b\n2:c|d\n4:e|f");
    QTest::newRow("empty lines skipped")
        << QStringLiteral("\n\na,b\n\n\r\nc,d\n\n") << comma << QStringLiteral("3:a|b\n6:c|d");
    QTest::newRow("only delimiters")
        << QStringLiteral("a,b,c\n,,\nd,e,f") << comma << QStringLiteral("1:a|b|c\n2:||\n3:d|e|f");
    QTest::newRow("empty fields at the ends")
        << QStringLiteral(",a,\n") << comma << QStringLiteral("1:|a|");
    QTest::newRow("spaces are data")
        << QStringLiteral(" a , b \n \n") << comma << QStringLiteral("1: a | b \n2: ");
    QTest::newRow("delimiter in quotes") << QStringLiteral("\"Müller, Anna\",Berlin\n") << comma
                                         << QStringLiteral("1:Müller, Anna|Berlin");
    QTest::newRow("other delimiter is data")
        << QStringLiteral("a,b;c,d\n") << semicolon << QStringLiteral("1:a,b|c,d");
    QTest::newRow("doubled quotes") << QStringLiteral("\"Er sagte \"\"Hallo\"\"\",\"\"\"\",\"\"\n")
                                    << comma << QStringLiteral("1:Er sagte \"Hallo\"|\"|");
    QTest::newRow("LF in quotes") << QStringLiteral("a,\"Zeile 1\nZeile 2\nZeile 3\"\nb,c\n")
                                  << comma
                                  << QStringLiteral("1:a|Zeile 1\\nZeile 2\\nZeile 3\n4:b|c");
    QTest::newRow("CRLF in quotes") << QStringLiteral("a;\"x\r\ny\"\r\nb;c\r\n") << semicolon
                                    << QStringLiteral("1:a|x\\r\\ny\n3:b|c");
    QTest::newRow("CR in quotes") << QStringLiteral("\"x\ry\rz\"\rb") << comma
                                  << QStringLiteral("1:x\\ry\\rz\n4:b");
    QTest::newRow("quoted field ends the file")
        << QStringLiteral("a,\"b\"") << comma << QStringLiteral("1:a|b");
    QTest::newRow("quote inside unquoted field")
        << QStringLiteral("Bildschirm 27\" Zoll,5\"x\"\n") << comma
        << QStringLiteral("1:Bildschirm 27\" Zoll|5\"x\"");
    QTest::newRow("text after closing quote")
        << QStringLiteral("\"abc\"def,g\n") << comma << QStringLiteral("1:abcdef|g");
    QTest::newRow("umlauts and emoji")
        << QStringLiteral("Ærø;€;😀\n") << semicolon << QStringLiteral("1:Ærø|€|😀");
    QTest::newRow("empty text") << QString() << comma << QString();
    QTest::newRow("only line breaks") << QStringLiteral("\r\n\n\r") << comma << QString();
}

void TstCsv::parses()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(QString, records);

    const csv::Table table = csv::parse(text, delimiter);
    QCOMPARE(table.error, QString());
    QCOMPARE(render(table), records);
}

void TstCsv::reportsUnclosedQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("records");
    QTest::addColumn<int>("line");

    QTest::newRow("third line") << QStringLiteral("a,b\nc,d\ne,\"f\ng,h\n")
                                << QStringLiteral("1:a|b\n2:c|d") << 3;
    QTest::newRow("after a multi-line field")
        << QStringLiteral("a,\"1\n2\n3\"\r\n\r\nb,\"oops") << QStringLiteral("1:a|1\\n2\\n3") << 5;
    QTest::newRow("first line") << QStringLiteral("\"abc") << QString() << 1;
    QTest::newRow("doubled quote at the end")
        << QStringLiteral("x\ny,\"abc\"\"") << QStringLiteral("1:x") << 2;
}

void TstCsv::reportsUnclosedQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, records);
    QFETCH(int, line);

    const csv::Table table = csv::parse(text, QLatin1Char(','));
    QCOMPARE(table.error,
             QStringLiteral("A quoted field that starts on line %1 is never closed.").arg(line));
    QCOMPARE(render(table), records);
}

void TstCsv::stopsAfterMaxRecords()
{
    const QString text = QStringLiteral("h1;h2\n\n1;a\n2;\"b\nb\"\n3;c\n4;\"never closed\n");
    QCOMPARE(render(csv::parse(text, QLatin1Char(';'), 3)),
             QStringLiteral("1:h1|h2\n3:1|a\n4:2|b\\nb"));
    QCOMPARE(render(csv::parse(text, QLatin1Char(';'), 1)), QStringLiteral("1:h1|h2"));

    // The preview stops before the broken quote, so it reports nothing.
    const csv::Table preview = csv::parse(text, QLatin1Char(';'), 4);
    QCOMPARE(preview.error, QString());
    QCOMPARE(preview.records.size(), 4);
    QCOMPARE(preview.records.last().fields,
             QStringList({QStringLiteral("3"), QStringLiteral("c")}));

    // Zero means all.
    const csv::Table all = csv::parse(text, QLatin1Char(';'), 0);
    QCOMPARE(all.records.size(), 4);
    QCOMPARE(all.error, QStringLiteral("A quoted field that starts on line 7 is never closed."));
}

void TstCsv::parsesAHugeField()
{
    QString huge;
    huge.reserve(100'000);
    for (int i = 0; huge.size() < 100'000; ++i)
        huge += QStringLiteral("Zeile %1, \"Notiz\"; ü\n").arg(i);
    huge.truncate(100'000);

    QString escaped = huge;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    const QString text =
        QStringLiteral("id,notiz,ende\r\n1,\"") + escaped + QStringLiteral("\",x\r\n2,kurz,y\r\n");
    const csv::Table table = csv::parse(text, QLatin1Char(','));

    QCOMPARE(table.error, QString());
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.at(1).fields.size(), 3);
    QCOMPARE(table.records.at(1).fields.at(1).size(), 100'000);
    QVERIFY(table.records.at(1).fields.at(1) == huge);
    QCOMPARE(table.records.at(1).fields.at(2), QStringLiteral("x"));
    QCOMPARE(table.records.at(2).line, 2 + int(huge.count(QLatin1Char('\n'))) + 1);
    QCOMPARE(table.records.at(2).fields,
             QStringList({QStringLiteral("2"), QStringLiteral("kurz"), QStringLiteral("y")}));
}

void TstCsv::parsesManyRecords()
{
    QString text = QStringLiteral("Nr;Name;Notiz\r\n");
    for (int i = 1; i <= 10'000; ++i) {
        text += QString::number(i) + QStringLiteral(";Müller ") + QString::number(i);
        text +=
            (i % 100 == 0) ? QStringLiteral(";\"zwei\r\nZeilen\"\r\n") : QStringLiteral(";\r\n");
    }
    const csv::Table table = csv::parse(text, csv::detectDelimiter(text));

    QCOMPARE(table.error, QString());
    QCOMPARE(table.records.size(), 10'001);
    // Every hundredth record takes two lines.
    QCOMPARE(table.records.at(150).line, 151 + 1);
    QCOMPARE(table.records.at(150).fields,
             QStringList({QStringLiteral("150"), QStringLiteral("Müller 150"), QString()}));
    QCOMPARE(table.records.at(200).fields.at(2), QStringLiteral("zwei\r\nZeilen"));
    // Record 10,000 is preceded by 99 records of two lines.
    QCOMPARE(table.records.last().line, 10'001 + 99);
}

void TstCsv::formatsRecord_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("line");

    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');

    QTest::newRow("plain") << QStringList({QStringLiteral("a"), QStringLiteral("b c")}) << comma
                           << QStringLiteral("a,b c\r\n");
    QTest::newRow("delimiter") << QStringList({QStringLiteral("Müller, Anna"), QStringLiteral("x")})
                               << comma << QStringLiteral("\"Müller, Anna\",x\r\n");
    QTest::newRow("other delimiter is not quoted")
        << QStringList({QStringLiteral("Müller, Anna"), QStringLiteral("x")}) << semicolon
        << QStringLiteral("Müller, Anna;x\r\n");
    QTest::newRow("quotes") << QStringList({QStringLiteral("27\" Zoll")}) << comma
                            << QStringLiteral("\"27\"\" Zoll\"\r\n");
    QTest::newRow("line break") << QStringList({QStringLiteral("a\nb"), QStringLiteral("c\rd")})
                                << comma << QStringLiteral("\"a\nb\",\"c\rd\"\r\n");
    QTest::newRow("spaces at the ends")
        << QStringList({QStringLiteral(" a"), QStringLiteral("b "), QStringLiteral("c d")})
        << semicolon << QStringLiteral("\" a\";\"b \";c d\r\n");
    QTest::newRow("formula") << QStringList({QStringLiteral("=1+2"), QStringLiteral("-5")}) << comma
                             << QStringLiteral("'=1+2,'-5\r\n");
    QTest::newRow("formula with delimiter") << QStringList({QStringLiteral("=SUM(A1,B1)")}) << comma
                                            << QStringLiteral("\"'=SUM(A1,B1)\"\r\n");
    QTest::newRow("empty fields") << QStringList({QString(), QString()}) << comma
                                  << QStringLiteral(",\r\n");
    QTest::newRow("one empty field")
        << QStringList({QString()}) << comma << QStringLiteral("\"\"\r\n");
}

void TstCsv::formatsRecord()
{
    QFETCH(QStringList, fields);
    QFETCH(QChar, delimiter);
    QFETCH(QString, line);

    QCOMPARE(visible(csv::formatRecord(fields, delimiter)), visible(line));
}

void TstCsv::unprotects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("result");

    QTest::newRow("formula") << QStringLiteral("'=1+2") << QStringLiteral("=1+2");
    QTest::newRow("phone") << QStringLiteral("'+49 171") << QStringLiteral("+49 171");
    QTest::newRow("negative") << QStringLiteral("'-5") << QStringLiteral("-5");
    QTest::newRow("at") << QStringLiteral("'@SUM(A1)") << QStringLiteral("@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("'\tx") << QStringLiteral("\tx");
    QTest::newRow("apostrophes") << QStringLiteral("''abc") << QStringLiteral("'abc");
    QTest::newRow("apostrophe and text") << QStringLiteral("'abc") << QStringLiteral("'abc");
    QTest::newRow("apostrophe") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("equals inside") << QStringLiteral("a'=b") << QStringLiteral("a'=b");
    QTest::newRow("empty") << QString() << QString();
}

void TstCsv::unprotects()
{
    QFETCH(QString, field);
    QFETCH(QString, result);

    QCOMPARE(csv::unprotect(field), result);
}

void TstCsv::roundTrips_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QChar>("delimiter");

    const QStringList fields = {
        QString(),
        QStringLiteral(" "),
        QStringLiteral("  links"),
        QStringLiteral("rechts  "),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("27\" Zoll"),
        QStringLiteral("\"zitiert\""),
        QStringLiteral(","),
        QStringLiteral(";"),
        QStringLiteral("\t"),
        QStringLiteral("Müller, Anna; Berlin\tMitte"),
        QStringLiteral("\n"),
        QStringLiteral("\r\n"),
        QStringLiteral("\r"),
        QStringLiteral("Zeile 1\nZeile 2\r\nZeile 3\rZeile 4\n"),
        QStringLiteral("=HYPERLINK(\"http://x\")"),
        QStringLiteral("+49 171 234"),
        QStringLiteral("-5"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\t=1"),
        QStringLiteral("\r=1"),
        QStringLiteral("'"),
        QStringLiteral("'="),
        QStringLiteral("''"),
        QStringLiteral("'abc"),
        QStringLiteral("Müller Straße Ærø €"),
        QStringLiteral("😀 Fahrrad 🚲"),
    };
    const QList<QChar> delimiters = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    for (const QChar delimiter : delimiters) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString name = QStringLiteral("%1 %2 [%3]")
                                     .arg(delimiter == QLatin1Char('\t') ? QStringLiteral("tab")
                                                                         : QString(delimiter))
                                     .arg(i)
                                     .arg(visible(fields.at(i)));
            QTest::newRow(name.toUtf8().constData()) << fields.at(i) << delimiter;
        }
    }
}

void TstCsv::roundTrips()
{
    QFETCH(QString, field);
    QFETCH(QChar, delimiter);

    const QList<QStringList> records = {
        {field},
        {QStringLiteral("a"), field, QStringLiteral("b")},
        {field, field},
        {QStringLiteral("Ende"), field},
    };
    QString text;
    for (const QStringList &record : records)
        text += csv::formatRecord(record, delimiter);

    const csv::Table table = csv::parse(text, delimiter);
    QCOMPARE(table.error, QString());
    QCOMPARE(table.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(unprotected(table.records.at(i).fields), records.at(i));
    // Each record starts on the line after the previous one ended.
    int line = 1;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(table.records.at(i).line, line);
        const QString written = csv::formatRecord(records.at(i), delimiter);
        line += int(written.count(QLatin1Char('\n')) + written.count(QLatin1Char('\r')) -
                    written.count(QStringLiteral("\r\n")));
    }
}

void TstCsv::neverWritesAFormula_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QChar>("delimiter");

    const QStringList formulas = {
        QStringLiteral("=HYPERLINK(\"http://x\")"),
        QStringLiteral("=1+2"),
        QStringLiteral("=SUM(A1,B1)"),
        QStringLiteral("+49 171 234"),
        QStringLiteral("-5"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\t=1+2"),
        QStringLiteral("\r=1+2"),
        QStringLiteral("= 1"),
    };
    const QList<QChar> delimiters = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    for (const QChar delimiter : delimiters) {
        for (const QString &formula : formulas) {
            const QString name = visible(QString(delimiter)) + QLatin1Char(' ') + visible(formula);
            QTest::newRow(name.toUtf8().constData()) << formula << delimiter;
        }
    }
}

void TstCsv::neverWritesAFormula()
{
    QFETCH(QString, field);
    QFETCH(QChar, delimiter);

    for (const QStringList &record : {QStringList{field}, QStringList{QStringLiteral("x"), field},
                                      QStringList{field, QStringLiteral("x")}}) {
        const QString line = csv::formatRecord(record, delimiter);
        const csv::Table table = csv::parse(line, delimiter);
        QCOMPARE(table.records.size(), 1);
        const QStringList written = table.records.first().fields;
        QCOMPARE(written.size(), record.size());
        const qsizetype at = record.indexOf(field);
        // What a spreadsheet sees in the cell starts with the apostrophe, never with the formula.
        QCOMPARE(written.at(at), QLatin1Char('\'') + field);
        // And in the raw text the field starts with the apostrophe, after the optional quote.
        const qsizetype start =
            at == 0 ? 0 : line.indexOf(delimiter) + 1; // "x" before it holds no delimiter
        const qsizetype first = line.at(start) == QLatin1Char('"') ? start + 1 : start;
        QCOMPARE(line.at(first), QLatin1Char('\''));
        QCOMPARE(line.at(first + 1), field.front());
    }
}

void TstCsv::writesUtf8WithBom()
{
    const QByteArray file = csv::utf8WithBom(germanText + QStringLiteral("\r\n"));
    QCOMPARE(file, bytes({0xEF, 0xBB, 0xBF}) + (germanText + QStringLiteral("\r\n")).toUtf8());
    QCOMPARE(file.size(), 3 + 27);

    const csv::Decoded decoded = csv::decode(file);
    QCOMPARE(decoded.error, QString());
    QCOMPARE(decoded.encoding, Encoding::Utf8Bom);
    QCOMPARE(decoded.text, germanText + QStringLiteral("\r\n"));
}

QTEST_GUILESS_MAIN(TstCsv)
#include "tst_csv.moc"
