#pragma once

#include "csv.h"
#include "customer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rentdesk {

class Store;

// What a column of an import file holds.
enum class ImportField {
    Ignore,
    Number,
    FirstName,
    LastName,
    Company,
    Email,
    Phone,
    Street,
    Postcode,
    City,
    Country,
    BirthDate,
    Language,
    Group,
    Blocked,
    BlockedReason,
    Note,
};

// Every field a column can be mapped to, Ignore first; and the order the export writes.
QList<ImportField> allImportFields();
QList<ImportField> exportFields();
// The customer's field a column fills (Ignore and Number have none: Note is returned).
CustomerField customerFieldOf(ImportField field);
// The key a mapping file names a field by ("first_name", "ignore").
QString importFieldKey(ImportField field);
// Ignore for an unknown key; *ok (when given) says whether the key was known.
ImportField importFieldFromKey(const QString &key, bool *ok = nullptr);
// The field's name for people, and the header the export writes.
QString importFieldLabel(ImportField field);
// The field a column header names, in German or English ("Vorname", "first name", "E-Mail",
// "Handy", "PLZ", "Kundennummer" …), ignoring case, spaces, dashes and underscores.
ImportField fieldForHeader(const QString &header);

// An import file read and split into rows, before any column is mapped.
struct ImportSource
{
    QString fileName; // without folder: what the activities say it came from
    csv::Encoding encoding = csv::Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<csv::Record> rows; // without the header
    QString error;           // why the file cannot be imported, translated
    bool ok() const { return error.isEmpty(); }
};

// Reads and checks a file: not found, unreadable, too large, binary, empty, a header only, a
// quote never closed all give an error in words. `maxBytes` guards against a wrong file.
ImportSource readImportFile(const QString &path, qint64 maxBytes = 512LL * 1024 * 1024);
// The same from bytes; the encoding and delimiter are detected unless given.
ImportSource readImportBytes(const QByteArray &bytes, const QString &fileName,
                             std::optional<csv::Encoding> encoding = std::nullopt,
                             std::optional<QChar> delimiter = std::nullopt);

// The columns' fields as their headers suggest (a field named twice keeps the first column,
// except the phone, which takes the first non-empty of its columns: Telefon, Handy).
QList<ImportField> guessMapping(const QStringList &header);
// A mapping file: lines "Column header = field_key"; '#' starts a comment. Columns the file
// does not name keep `mapping`'s field. False with `error` for an unknown header or key.
bool applyMappingFile(const QString &text, const QStringList &header, QList<ImportField> *mapping,
                      QString *error);

enum class DuplicateChoice {
    Skip,   // against the store: import none of the rows; within the file: only the first
    Create, // import every row as a new customer
    Update, // update the existing customer (or the group's first row) with the other rows
};
QString duplicateChoiceKey(DuplicateChoice choice); // "skip", "create", "update"

struct ImportRow
{
    int row = 0;             // the data row, from 1 (the header is row 0)
    int line = 0;            // the file's line it starts on
    Customer customer;       // checked and normalized (when not refused)
    QString groupName;       // as the file names it (empty: none)
    QString wantedNumber;    // from the file (empty: none)
    QString refusal;         // why the row cannot be imported; empty when it can
    QStringList notes;       // what will be different from the file (a taken number …)
    int duplicateGroup = -1; // index into ImportPlan::duplicates
    quint32 given = 0;       // the fields with a value in the file: bit 1 << CustomerField
    bool gives(CustomerField f) const { return given & (1u << int(f)); }
    QStringList matches; // ids of the store's customers this row is likely one of
};

struct DuplicateGroup
{
    QList<int> rows;                 // indexes into ImportPlan::rows, in file order
    QList<CustomerSummary> existing; // customers in the store it matches
    QString reason;                  // "same e-mail address …", translated
    DuplicateChoice choice = DuplicateChoice::Skip;
};

// The dry run: every row checked, nothing written.
struct ImportPlan
{
    QString fileName;
    QStringList header;
    QList<ImportField> mapping;
    QList<ImportRow> rows;
    QList<DuplicateGroup> duplicates;
    QStringList newGroups; // customer groups the file names that the store lacks: made first
    QString error;         // the mapping cannot work (no name column …)

    int refusedCount() const;
    // What the import will do with the duplicate choices as they are now.
    struct Counts
    {
        int create = 0, update = 0, skip = 0, refused = 0;
    };
    Counts counts() const;
};

class CustomerImport
{
    Q_DECLARE_TR_FUNCTIONS(rentdesk::CustomerImport)

public:
    // Checks every row with the customer form's rules and finds likely duplicates within the
    // file and against the store. `progress` (rows done, total) may be called often.
    static ImportPlan plan(const Store &store, const ImportSource &source,
                           const QList<ImportField> &mapping,
                           const std::function<void(int, int)> &progress = {});

    struct Report
    {
        int created = 0, updated = 0, skipped = 0, refused = 0, groupsCreated = 0;
        QStringList createdIds; // the new customers, in file order
        bool cancelled = false;
        QString error; // the import failed: nothing was written
        bool ok() const { return error.isEmpty() && !cancelled; }
    };
    // Writes the plan through the store's one write path: each customer (and each new group) an
    // operation with its activity ("imported from FILE, row N") and outbox entry, all in one
    // transaction. A cancel (`progress` returns false) or a failure leaves the store as it was.
    static Report run(Store &store, const ImportPlan &plan,
                      const std::function<bool(int done, int total)> &progress = {});

    // The refused rows as CSV (UTF-8 with BOM): the file's header and original fields plus a
    // column with the reason, to be fixed and imported again.
    static QByteArray refusedRowsCsv(const ImportSource &source, const ImportPlan &plan);
    // A report in words: the counts, then each refused row and each duplicate group.
    static QString reportText(const ImportPlan &plan);
    // What happens to a duplicate group, in words ("skipped", "merged into the first row").
    static QString choiceWords(const DuplicateGroup &group);
};

// The customer list as CSV (UTF-8 with BOM, the fields of exportFields() with translated
// headers, by number), which the import reads back unchanged. write() separates the fields as
// the region's spreadsheets expect (localDelimiter()).
class CustomerExport
{
    Q_DECLARE_TR_FUNCTIONS(rentdesk::CustomerExport)

public:
    static bool write(const Store &store, const QString &path, QString *error,
                      int *count = nullptr);
    static QByteArray toCsv(const Store &store, QString *error, int *count = nullptr,
                            QChar delimiter = QLatin1Char(','));
    // ';' where numbers are written with a decimal comma, else ','.
    static QChar localDelimiter();
};

} // namespace rentdesk
