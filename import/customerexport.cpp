#include "customerimport.h"
#include "store.h"

#include <QLocale>
#include <QSaveFile>

namespace rentdesk {

QChar CustomerExport::localDelimiter()
{
    // Spreadsheets split a CSV file at the list separator of the region: a semicolon where the
    // decimal separator is a comma (German), else a comma.
    return QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QByteArray CustomerExport::toCsv(const Store &store, QString *error, int *count, QChar delimiter)
{
    const QList<ImportField> fields = exportFields();
    QStringList header;
    for (ImportField f : fields)
        header << importFieldLabel(f);
    QString out = csv::formatRecord(header, delimiter);
    int n = 0;
    const bool ok = store.forEachCustomer([&](const Customer &c) {
        QStringList values;
        values.reserve(fields.size());
        for (ImportField f : fields) {
            switch (f) {
            case ImportField::Number: values << c.number; break;
            case ImportField::Group: values << c.groupName; break;
            case ImportField::BirthDate:
                values << (c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString());
                break;
            case ImportField::Blocked:
                values << (c.blocked ? CustomerImport::tr("yes") : CustomerImport::tr("no"));
                break;
            case ImportField::Ignore: break;
            default: values << c.value(customerFieldOf(f)).toString(); break;
            }
        }
        out += csv::formatRecord(values, delimiter);
        ++n;
    });
    if (!ok) {
        *error = tr("The customers could not be read from the store.");
        return {};
    }
    if (count)
        *count = n;
    return csv::utf8WithBom(out);
}

bool CustomerExport::write(const Store &store, const QString &path, QString *error, int *count)
{
    const QByteArray bytes = toCsv(store, error, count, localDelimiter());
    if (bytes.isEmpty())
        return false;
    // Written beside and renamed over the old file: a failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rentdesk
