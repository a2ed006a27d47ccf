// The fields an import column can hold: their keys, names for people, and the German and English
// headers that name them in files from other programs.

#include "customerimport.h"
#include "textfold.h"

#include <QHash>

namespace rentdesk {

QList<ImportField> allImportFields()
{
    QList<ImportField> out{ImportField::Ignore};
    out << exportFields();
    return out;
}

QList<ImportField> exportFields()
{
    return {ImportField::Number,  ImportField::FirstName, ImportField::LastName,
            ImportField::Company, ImportField::Email,     ImportField::Phone,
            ImportField::Street,  ImportField::Postcode,  ImportField::City,
            ImportField::Country, ImportField::BirthDate, ImportField::Language,
            ImportField::Group,   ImportField::Blocked,   ImportField::BlockedReason,
            ImportField::Note};
}

QString importFieldKey(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return QStringLiteral("ignore");
    case ImportField::Number: return QStringLiteral("number");
    case ImportField::FirstName: return QStringLiteral("first_name");
    case ImportField::LastName: return QStringLiteral("last_name");
    case ImportField::Company: return QStringLiteral("company");
    case ImportField::Email: return QStringLiteral("email");
    case ImportField::Phone: return QStringLiteral("phone");
    case ImportField::Street: return QStringLiteral("street");
    case ImportField::Postcode: return QStringLiteral("postcode");
    case ImportField::City: return QStringLiteral("city");
    case ImportField::Country: return QStringLiteral("country");
    case ImportField::BirthDate: return QStringLiteral("birth_date");
    case ImportField::Language: return QStringLiteral("language");
    case ImportField::Group: return QStringLiteral("group");
    case ImportField::Blocked: return QStringLiteral("blocked");
    case ImportField::BlockedReason: return QStringLiteral("blocked_reason");
    case ImportField::Note: return QStringLiteral("note");
    }
    return {};
}

ImportField importFieldFromKey(const QString &key, bool *ok)
{
    for (ImportField f : allImportFields())
        if (importFieldKey(f) == key.trimmed().toLower()) {
            if (ok)
                *ok = true;
            return f;
        }
    if (ok)
        *ok = false;
    return ImportField::Ignore;
}

QString importFieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return CustomerImport::tr("(do not import)");
    case ImportField::Number: return CustomerImport::tr("Customer number");
    case ImportField::FirstName: return CustomerImport::tr("First name");
    case ImportField::LastName: return CustomerImport::tr("Last name");
    case ImportField::Company: return CustomerImport::tr("Company");
    case ImportField::Email: return CustomerImport::tr("E-mail");
    case ImportField::Phone: return CustomerImport::tr("Phone");
    case ImportField::Street: return CustomerImport::tr("Street");
    case ImportField::Postcode: return CustomerImport::tr("Postcode");
    case ImportField::City: return CustomerImport::tr("City");
    case ImportField::Country: return CustomerImport::tr("Country");
    case ImportField::BirthDate: return CustomerImport::tr("Birth date");
    case ImportField::Language: return CustomerImport::tr("Language");
    case ImportField::Group: return CustomerImport::tr("Customer group");
    case ImportField::Blocked: return CustomerImport::tr("Blocked");
    case ImportField::BlockedReason: return CustomerImport::tr("Reason for blocking");
    case ImportField::Note: return CustomerImport::tr("Note");
    }
    return {};
}

CustomerField customerFieldOf(ImportField f)
{
    switch (f) {
    case ImportField::FirstName: return CustomerField::FirstName;
    case ImportField::LastName: return CustomerField::LastName;
    case ImportField::Company: return CustomerField::Company;
    case ImportField::Email: return CustomerField::Email;
    case ImportField::Phone: return CustomerField::Phone;
    case ImportField::Street: return CustomerField::Street;
    case ImportField::Postcode: return CustomerField::Postcode;
    case ImportField::City: return CustomerField::City;
    case ImportField::Country: return CustomerField::Country;
    case ImportField::BirthDate: return CustomerField::BirthDate;
    case ImportField::Language: return CustomerField::Language;
    case ImportField::Group: return CustomerField::Group;
    case ImportField::Blocked: return CustomerField::Blocked;
    case ImportField::BlockedReason: return CustomerField::BlockedReason;
    case ImportField::Note: return CustomerField::Note;
    case ImportField::Ignore:
    case ImportField::Number: break;
    }
    return CustomerField::Note;
}

namespace {

// "E-Mail-Adresse" → "emailadresse", "Straße" → "strasse".
QString headerKey(const QString &header)
{
    QString out;
    for (const QChar c : fold(header.trimmed()))
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

const QHash<QString, ImportField> &knownHeaders()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        const auto add = [&](ImportField f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                t.insert(headerKey(QString::fromUtf8(n)), f);
        };
        add(ImportField::Number,
            {"Kundennummer", "Kundennr", "Kd-Nr", "KdNr", "K-Nr", "Nummer", "Nr", "Kunden-ID",
             "Customer number", "Customer no", "Customer ID", "Number", "No"});
        add(ImportField::FirstName,
            {"Vorname", "Vornamen", "First name", "Firstname", "Given name", "Forename"});
        add(ImportField::LastName,
            {"Nachname", "Name", "Familienname", "Zuname", "Last name", "Surname", "Family name"});
        add(ImportField::Company, {"Firma", "Firmenname", "Unternehmen", "Organisation", "Company",
                                   "Company name", "Organization"});
        add(ImportField::Email,
            {"E-Mail", "Email", "E-Mail-Adresse", "Mail", "E-mail address", "Email address"});
        add(ImportField::Phone, {"Telefon", "Tel", "Telefonnummer", "Handy", "Handynummer", "Mobil",
                                 "Mobiltelefon", "Mobilnummer", "Phone", "Phone number",
                                 "Telephone", "Mobile", "Mobile phone", "Cell phone"});
        add(ImportField::Street, {"Straße", "Strasse", "Str", "Straße und Hausnummer", "Adresse",
                                  "Anschrift", "Street", "Address", "Street address"});
        add(ImportField::Postcode,
            {"PLZ", "Postleitzahl", "Postcode", "Postal code", "Post code", "ZIP", "ZIP code"});
        add(ImportField::City, {"Ort", "Wohnort", "Stadt", "City", "Town"});
        add(ImportField::Country, {"Land", "Staat", "Country"});
        add(ImportField::BirthDate,
            {"Geburtsdatum", "Geburtstag", "Geboren", "Geb", "Geb.-Datum", "Birth date",
             "Date of birth", "Birthday", "Birthdate", "DOB"});
        add(ImportField::Language, {"Sprache", "Language"});
        add(ImportField::Group,
            {"Kundengruppe", "Gruppe", "Customer group", "Group", "Kundenkategorie"});
        add(ImportField::Blocked, {"Gesperrt", "Sperre", "Blocked"});
        add(ImportField::BlockedReason, {"Sperrgrund", "Grund der Sperre", "Reason for blocking",
                                         "Blocked reason", "Block reason"});
        add(ImportField::Note, {"Notiz", "Notizen", "Bemerkung", "Bemerkungen", "Anmerkung",
                                "Kommentar", "Note", "Notes", "Comment", "Comments", "Remarks"});
        return t;
    }();
    return table;
}

} // namespace

ImportField fieldForHeader(const QString &header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return ImportField::Ignore;
    // The export's own headers in the language of this program first.
    for (ImportField f : exportFields())
        if (headerKey(importFieldLabel(f)) == key)
            return f;
    return knownHeaders().value(key, ImportField::Ignore);
}

QList<ImportField> guessMapping(const QStringList &header)
{
    QList<ImportField> out;
    for (const QString &h : header) {
        ImportField f = fieldForHeader(h);
        if (f != ImportField::Phone && out.contains(f))
            f = ImportField::Ignore;
        out << f;
    }
    return out;
}

bool applyMappingFile(const QString &text, const QStringList &header, QList<ImportField> *mapping,
                      QString *error)
{
    int lineNumber = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = CustomerImport::tr("Line %1 of the mapping is not \"column = field\".")
                         .arg(lineNumber);
            return false;
        }
        const QString column = line.left(eq).trimmed();
        const QString key = line.mid(eq + 1).trimmed();
        bool known = false;
        const ImportField field = importFieldFromKey(key, &known);
        if (!known) {
            QStringList keys;
            for (ImportField f : allImportFields())
                keys << importFieldKey(f);
            *error =
                CustomerImport::tr("Line %1 of the mapping: \"%2\" is not a field. Fields: %3.")
                    .arg(lineNumber)
                    .arg(key, keys.join(QStringLiteral(", ")));
            return false;
        }
        const qsizetype index = header.indexOf(column);
        if (index < 0) {
            *error = CustomerImport::tr("Line %1 of the mapping: the file has no column \"%2\".")
                         .arg(lineNumber)
                         .arg(column);
            return false;
        }
        (*mapping)[index] = field;
    }
    return true;
}

QString duplicateChoiceKey(DuplicateChoice choice)
{
    switch (choice) {
    case DuplicateChoice::Skip: return QStringLiteral("skip");
    case DuplicateChoice::Create: return QStringLiteral("create");
    case DuplicateChoice::Update: return QStringLiteral("update");
    }
    return {};
}

} // namespace rentdesk
