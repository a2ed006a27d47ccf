// rentdesk-cli import and export-customers: the import dialog's work without the dialog.

#include "clisupport.h"
#include "customerimport.h"

#include <QFile>
#include <QSaveFile>

namespace rentdesk {

int importCustomers(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parse(arguments,
                                {QStringLiteral("database"), QStringLiteral("mapping"),
                                 QStringLiteral("on-duplicate"), QStringLiteral("report")},
                                {QStringLiteral("dry-run")});
    if (!c.error.isEmpty())
        return badCommandLine(err, c.error);
    QString path;
    if (!needDatabase(c, err, &path))
        return BadCommandLine;
    if (c.words.size() != 1)
        return badCommandLine(
            err, c.words.isEmpty()
                     ? Cli::tr("Name the CSV file to import.")
                     : Cli::tr("Import one file at a time, not %1.").arg(c.words.size()));
    DuplicateChoice choice = DuplicateChoice::Skip;
    const QString onDuplicate =
        c.options.value(QStringLiteral("on-duplicate"), QStringLiteral("skip"));
    if (onDuplicate == QLatin1String("create"))
        choice = DuplicateChoice::Create;
    else if (onDuplicate == QLatin1String("update"))
        choice = DuplicateChoice::Update;
    else if (onDuplicate != QLatin1String("skip"))
        return badCommandLine(
            err, Cli::tr("--on-duplicate is skip, create or update, not \"%1\".").arg(onDuplicate));
    QString mappingText;
    if (c.options.contains(QStringLiteral("mapping"))) {
        QFile mapping(c.options.value(QStringLiteral("mapping")));
        if (!mapping.open(QIODevice::ReadOnly))
            return badCommandLine(err, Cli::tr("The mapping file %1 cannot be read: %2")
                                           .arg(mapping.fileName(), mapping.errorString()));
        mappingText = QString::fromUtf8(mapping.readAll());
    }

    Store store;
    if (!openExisting(store, path, err))
        return Failure;
    ImportSource source = readImportFile(c.words.first());
    if (!source.ok()) {
        err << source.error << Qt::endl;
        return Failure;
    }
    QList<ImportField> mapping = guessMapping(source.header);
    QString error;
    if (!mappingText.isEmpty() && !applyMappingFile(mappingText, source.header, &mapping, &error))
        return badCommandLine(err, error);
    ImportPlan plan = CustomerImport::plan(store, source, mapping);
    source.rows = {}; // the plan holds what the import needs
    if (!plan.error.isEmpty()) {
        err << plan.error << Qt::endl;
        return Failure;
    }
    for (DuplicateGroup &g : plan.duplicates)
        g.choice = choice;
    const QString report = CustomerImport::reportText(plan);
    out << report;
    if (c.options.contains(QStringLiteral("report"))) {
        QSaveFile file(c.options.value(QStringLiteral("report")));
        const QByteArray bytes = report.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            err << Cli::tr("The report could not be written to %1: %2")
                       .arg(file.fileName(), file.errorString())
                << Qt::endl;
            return Failure;
        }
    }
    const int refused = plan.refusedCount();
    if (c.options.contains(QStringLiteral("dry-run"))) {
        out << Cli::tr("Dry run: nothing was written.") << Qt::endl;
        return refused > 0 ? Failure : Success;
    }
    const CustomerImport::Report result =
        CustomerImport::run(store, plan, [&err](int done, int total) {
            if (done % 10000 == 0 || done == total)
                err << Cli::tr("%1 of %2 written").arg(done).arg(total) << Qt::endl;
            return true;
        });
    if (!result.ok()) {
        err << result.error << Qt::endl;
        return Failure;
    }
    out << Cli::tr("Imported: %1 new, %2 updated, %3 skipped, %4 refused.")
               .arg(result.created)
               .arg(result.updated)
               .arg(result.skipped)
               .arg(result.refused)
        << Qt::endl;
    return refused > 0 ? Failure : Success;
}

int exportCustomers(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parse(arguments, {QStringLiteral("database")});
    if (!c.error.isEmpty())
        return badCommandLine(err, c.error);
    QString path;
    if (!needDatabase(c, err, &path))
        return BadCommandLine;
    if (c.words.size() != 1)
        return badCommandLine(err, Cli::tr("Name the CSV file to write."));
    Store store;
    if (!openExisting(store, path, err, Store::OpenMode::ReadOnly))
        return Failure;
    QString error;
    int count = 0;
    if (!CustomerExport::write(store, c.words.first(), &error, &count)) {
        err << error << Qt::endl;
        return Failure;
    }
    out << Cli::tr("Wrote %1 customers to %2.").arg(count).arg(c.words.first()) << Qt::endl;
    return Success;
}

} // namespace rentdesk
