#include "customerimport.h"

#include "customervalidator.h"
#include "store.h"
#include "textfold.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>

namespace rentdesk {

// ---------------------------------------------------------------- reading the file

namespace {

// The decoded text split into rows; the text is freed as soon as it is parsed.
ImportSource fromText(ImportSource source, QString text, std::optional<QChar> delimiter)
{
    source.delimiter = delimiter ? *delimiter : csv::detectDelimiter(text);
    csv::Table table = csv::parse(text, source.delimiter);
    text.clear();
    if (!table.error.isEmpty()) {
        source.error = table.error;
        return source;
    }
    if (table.records.isEmpty()) {
        source.error = CustomerImport::tr("The file has no rows.");
        return source;
    }
    source.header = table.records.takeFirst().fields;
    source.rows = std::move(table.records);
    if (source.rows.isEmpty())
        source.error = CustomerImport::tr("The file has a header but no customers.");
    return source;
}

// Decodes `bytes`, detecting the encoding unless given; an error leaves `text` empty.
ImportSource decoded(const QByteArray &bytes, const QString &fileName,
                     std::optional<csv::Encoding> encoding, QString *text)
{
    ImportSource source;
    source.fileName = fileName;
    if (encoding) {
        source.encoding = *encoding;
        *text = csv::decode(bytes, *encoding);
        return source;
    }
    csv::Decoded d = csv::decode(bytes);
    source.encoding = d.encoding;
    source.error = d.error;
    *text = std::move(d.text);
    return source;
}

} // namespace

ImportSource readImportBytes(const QByteArray &bytes, const QString &fileName,
                             std::optional<csv::Encoding> encoding, std::optional<QChar> delimiter)
{
    QString text;
    ImportSource source = decoded(bytes, fileName, encoding, &text);
    if (!source.ok())
        return source;
    return fromText(std::move(source), std::move(text), delimiter);
}

ImportSource readImportFile(const QString &path, qint64 maxBytes)
{
    ImportSource failed;
    failed.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists() && path.contains(QChar::ReplacementCharacter)) {
        // A name in another character set than this system's: it cannot be opened by name.
        failed.error = CustomerImport::tr("The name of the file %1 cannot be read on this "
                                          "computer (its characters are in another encoding). "
                                          "Rename the file and choose it again.")
                           .arg(path);
        return failed;
    }
    if (!file.exists()) {
        failed.error = CustomerImport::tr("The file %1 does not exist.").arg(path);
        return failed;
    }
    if (QFileInfo(path).isDir()) {
        failed.error = CustomerImport::tr("%1 is a folder, not a file.").arg(path);
        return failed;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error =
            CustomerImport::tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return failed;
    }
    if (file.size() > maxBytes) {
        failed.error =
            CustomerImport::tr("The file is %1 MB; an import file may have at most %2 MB.")
                .arg(file.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024));
        return failed;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        failed.error =
            CustomerImport::tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return failed;
    }
    // The bytes go once decoded: a large file is not held three times over.
    QString text;
    ImportSource source = decoded(bytes, failed.fileName, std::nullopt, &text);
    bytes = QByteArray();
    if (!source.ok())
        return source;
    return fromText(std::move(source), std::move(text), std::nullopt);
}

// ---------------------------------------------------------------- the dry run

namespace {

bool parseYesNo(const QString &text, bool *value)
{
    static const QStringList yes{
        QStringLiteral("1"),   QStringLiteral("x"), QStringLiteral("ja"),   QStringLiteral("j"),
        QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("wahr")};
    static const QStringList no{
        QStringLiteral("0"),  QStringLiteral(""),      QStringLiteral("nein"),  QStringLiteral("n"),
        QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("falsch")};
    const QString t = text.trimmed().toLower();
    const QString yesWord = CustomerImport::tr("yes").toLower();
    const QString noWord = CustomerImport::tr("no").toLower();
    if (yes.contains(t) || t == yesWord)
        *value = true;
    else if (no.contains(t) || t == noWord)
        *value = false;
    else
        return false;
    return true;
}

// "Deutschland", "Germany", "Österreich" → DE, AT; a two-letter code stays as it is.
QString countryCode(const QString &text)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> t;
        for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
            const auto territory = QLocale::Territory(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            t.insert(searchFold(QLocale::territoryToString(territory)), code);
        }
        for (const QLocale &l : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                         QLocale::AnyTerritory))
            if (l.territory() != QLocale::AnyTerritory && !l.nativeTerritoryName().isEmpty())
                t.insert(searchFold(l.nativeTerritoryName()),
                         QLocale::territoryToCode(l.territory()));
        const char *const german[][2] = {
            {"Frankreich", "FR"}, {"Italien", "IT"},
            {"Spanien", "ES"},    {"Niederlande", "NL"},
            {"Holland", "NL"},    {"Belgien", "BE"},
            {"Dänemark", "DK"},   {"Polen", "PL"},
            {"Tschechien", "CZ"}, {"Großbritannien", "GB"},
            {"England", "GB"},    {"Vereinigtes Königreich", "GB"},
            {"USA", "US"},        {"Vereinigte Staaten", "US"},
            {"Luxemburg", "LU"},  {"Schweden", "SE"},
            {"Norwegen", "NO"},   {"Finnland", "FI"},
            {"Ungarn", "HU"},     {"Griechenland", "GR"},
            {"Türkei", "TR"},     {"Kroatien", "HR"},
            {"Slowenien", "SI"},  {"Slowakei", "SK"},
            {"Rumänien", "RO"},   {"Bulgarien", "BG"},
            {"Irland", "IE"},     {"Russland", "RU"},
            {"Ukraine", "UA"},    {"Kanada", "CA"},
            {"Japan", "JP"},      {"China", "CN"},
            {"Australien", "AU"},
        };
        for (const auto &g : german)
            t.insert(searchFold(QString::fromUtf8(g[0])), QString::fromLatin1(g[1]));
        return t;
    }();
    const QString trimmed = text.trimmed();
    if (trimmed.size() <= 2)
        return trimmed;
    return names.value(searchFold(trimmed), trimmed);
}

// A few characters of a long value, for a message.
QString shortened(const QString &text)
{
    return text.size() <= 40 ? text : text.left(37) + QStringLiteral("…");
}

// Rows joined by a shared key (same e-mail, or same name and birth date): union-find.
struct Groups
{
    QList<int> parent;
    int find(int i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
};

} // namespace

ImportPlan CustomerImport::plan(const Store &store, const ImportSource &source,
                                const QList<ImportField> &mapping,
                                const std::function<void(int, int)> &progress)
{
    ImportPlan plan;
    plan.fileName = source.fileName;
    plan.header = source.header;
    plan.mapping = mapping;
    const bool hasName =
        mapping.contains(ImportField::LastName) || mapping.contains(ImportField::Company);
    if (!hasName) {
        plan.error = tr("Choose the column with the last name (or the company): without it no "
                        "customer can be imported.");
        return plan;
    }
    // One read transaction for the whole check: a consistent view, and SQLite does not look at
    // the file anew for each of the row's lookups.
    QSqlDatabase db = store.database();
    const bool snapshot = db.transaction();
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            db.commit();
    });
    QHash<QString, QString> groupIds; // folded name → id
    for (const auto &[id, name] : store.customerGroups())
        groupIds.insert(name.toCaseFolded(), id);
    QSet<QString> newGroups;
    QSet<QString> numbersInFile;

    const int total = int(source.rows.size());
    plan.rows.reserve(total);
    for (int r = 0; r < total; ++r) {
        if (progress && r % 1000 == 0)
            progress(r, total);
        const csv::Record &record = source.rows.at(r);
        ImportRow row;
        row.row = r + 1;
        row.line = record.line;
        const qsizetype fieldCount = record.fields.size();
        bool extraText = false;
        for (qsizetype i = source.header.size(); i < fieldCount; ++i)
            extraText = extraText || !record.fields.at(i).trimmed().isEmpty();
        if (fieldCount < source.header.size() || extraText) {
            row.refusal =
                tr("The row has %n field(s); the header has %1.", nullptr, int(fieldCount))
                    .arg(source.header.size());
            plan.rows << row;
            continue;
        }
        Customer &c = row.customer;
        QStringList problems;
        for (qsizetype i = 0; i < mapping.size() && i < fieldCount; ++i) {
            const ImportField f = mapping.at(i);
            const QString value = csv::unprotect(record.fields.at(i)).trimmed();
            if (f == ImportField::Ignore || value.isEmpty())
                continue;
            switch (f) {
            case ImportField::Number: row.wantedNumber = value.toUpper(); break;
            case ImportField::Group: row.groupName = value; break;
            case ImportField::Country: c.country = countryCode(value); break;
            case ImportField::Phone:
                if (c.phone.isEmpty())
                    c.phone = value;
                break;
            case ImportField::Blocked: {
                bool blocked = false;
                if (!parseYesNo(value, &blocked))
                    problems << tr("%1: \"%2\" is neither yes nor no.")
                                    .arg(importFieldLabel(f), shortened(value));
                c.blocked = blocked;
                break;
            }
            case ImportField::BirthDate: {
                const auto check = CustomerValidator::checkField(CustomerField::BirthDate, value);
                if (!check.ok())
                    problems << tr("%1: %2 (\"%3\")")
                                    .arg(importFieldLabel(f), check.error, shortened(value));
                else
                    c.birthDate = check.value.toDate();
                break;
            }
            default: c.setValue(customerFieldOf(f), value); break;
            }
            if (f != ImportField::Number)
                row.given |= 1u << int(customerFieldOf(f));
        }
        // The customer number: kept when it is free, else the desk gives one.
        if (!row.wantedNumber.isEmpty()) {
            static const QRegularExpression controls(QStringLiteral("[\\x00-\\x1f\\x7f]"));
            if (row.wantedNumber.size() > 32 || row.wantedNumber.contains(controls)) {
                problems << tr("%1: at most 32 characters without line breaks.")
                                .arg(importFieldLabel(ImportField::Number));
            } else if (numbersInFile.contains(row.wantedNumber) ||
                       store.customerNumberTaken(row.wantedNumber)) {
                row.notes << tr("The number %1 is taken; the customer gets a new one.")
                                 .arg(row.wantedNumber);
                c.number.clear();
            } else {
                c.number = row.wantedNumber;
            }
            numbersInFile.insert(row.wantedNumber);
        }
        if (!row.groupName.isEmpty()) {
            if (row.groupName.size() > 100 || row.groupName.contains(QLatin1Char('\n'))) {
                problems << tr("%1: at most 100 characters on one line.")
                                .arg(importFieldLabel(ImportField::Group));
            } else {
                c.groupId = groupIds.value(row.groupName.toCaseFolded());
                if (c.groupId.isEmpty() && store.customerGroupDeleted(row.groupName))
                    problems << tr("%1: the group \"%2\" was deleted; name another one.")
                                    .arg(importFieldLabel(ImportField::Group), row.groupName);
            }
        }
        // The customer form's rules, field by field.
        const QString keptNumber = c.number;
        const QString groupId = c.groupId;
        const auto errors = problems.isEmpty() ? CustomerValidator::checkCustomer(c)
                                               : QHash<CustomerField, QString>();
        c.number = keptNumber;
        c.groupId = groupId;
        for (CustomerField f : allCustomerFields())
            if (errors.contains(f))
                problems << tr("%1: %2").arg(fieldLabel(f), errors.value(f));
        row.refusal = problems.join(QLatin1Char(' '));
        // A group the store lacks is made, once, if a row that is imported names it.
        const QString groupKey = row.groupName.toCaseFolded();
        if (row.refusal.isEmpty() && !row.groupName.isEmpty() && c.groupId.isEmpty() &&
            !newGroups.contains(groupKey)) {
            newGroups.insert(groupKey);
            plan.newGroups << row.groupName;
        }
        plan.rows << row;
    }

    // Likely duplicates: within the file by the same keys as against the store.
    Groups groups;
    groups.parent.resize(plan.rows.size());
    for (int i = 0; i < plan.rows.size(); ++i)
        groups.parent[i] = i;
    QHash<QString, int> firstWithKey;
    QHash<int, QList<CustomerSummary>> existingOf;
    QSet<int> byEmail; // rows that share their e-mail address with another row or customer
    for (int i = 0; i < plan.rows.size(); ++i) {
        const ImportRow &row = plan.rows.at(i);
        if (!row.refusal.isEmpty())
            continue;
        const Customer &c = row.customer;
        QStringList keys;
        if (!c.email.isEmpty())
            keys << QStringLiteral("e:") + c.email.toCaseFolded();
        if (!c.lastName.isEmpty() && c.birthDate.isValid())
            keys << QStringLiteral("n:") + nameKey(c.firstName, c.lastName, QString()) +
                        QLatin1Char('|') + c.birthDate.toString(Qt::ISODate);
        for (const QString &k : std::as_const(keys)) {
            const auto it = firstWithKey.constFind(k);
            if (it == firstWithKey.constEnd()) {
                firstWithKey.insert(k, i);
            } else {
                groups.join(*it, i);
                if (k.startsWith(QLatin1Char('e')))
                    byEmail << *it << i;
            }
        }
        const QList<CustomerSummary> existing = store.likelyDuplicates(c);
        if (!existing.isEmpty()) {
            existingOf.insert(i, existing);
            for (const CustomerSummary &e : existing) {
                plan.rows[i].matches << e.id;
                if (!c.email.isEmpty() && e.email.compare(c.email, Qt::CaseInsensitive) == 0)
                    byEmail << i;
            }
        }
    }
    QHash<int, int> groupOfRoot;
    QSet<int> groupsByEmail;
    for (int i = 0; i < plan.rows.size(); ++i) {
        if (!plan.rows.at(i).refusal.isEmpty())
            continue;
        const int root = groups.find(i);
        int g = groupOfRoot.value(root, -1);
        if (g < 0) {
            g = int(plan.duplicates.size());
            groupOfRoot.insert(root, g);
            plan.duplicates << DuplicateGroup{};
        }
        DuplicateGroup &group = plan.duplicates[g];
        group.rows << i;
        for (const CustomerSummary &e : existingOf.value(i)) {
            const bool known = std::any_of(group.existing.cbegin(), group.existing.cend(),
                                           [&](const CustomerSummary &x) { return x.id == e.id; });
            if (!known)
                group.existing << e;
        }
        if (byEmail.contains(i))
            groupsByEmail << g;
    }
    // Only groups of two or more rows, or with customers in the store, are duplicates.
    QList<DuplicateGroup> real;
    for (int index = 0; index < plan.duplicates.size(); ++index) {
        DuplicateGroup &g = plan.duplicates[index];
        if (g.rows.size() < 2 && g.existing.isEmpty())
            continue;
        const Customer &c = plan.rows.at(g.rows.first()).customer;
        g.reason =
            groupsByEmail.contains(index)
                ? tr("same e-mail address %1").arg(c.email)
                : tr("same name and birth date (%1, %2)")
                      .arg(c.displayName(), QLocale().toString(c.birthDate, QLocale::ShortFormat));
        for (int i : std::as_const(g.rows))
            plan.rows[i].duplicateGroup = int(real.size());
        real << g;
    }
    plan.duplicates = real;
    if (progress)
        progress(total, total);
    return plan;
}

int ImportPlan::refusedCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ImportRow &r) { return !r.refusal.isEmpty(); }));
}

namespace {

// What happens to one row: created, updated (into `target`: an existing customer's id, or the
// index of the row whose new customer it updates), or skipped.
struct Step
{
    enum class Kind { Create, Update, Skip, Refused } kind = Kind::Create;
    QString existingId;
    int createdByRow = -1;
};

QList<Step> stepsOf(const ImportPlan &plan)
{
    QList<Step> steps(plan.rows.size());
    for (int i = 0; i < plan.rows.size(); ++i)
        if (!plan.rows.at(i).refusal.isEmpty())
            steps[i].kind = Step::Kind::Refused;
    for (const DuplicateGroup &g : plan.duplicates) {
        for (int k = 0; k < g.rows.size(); ++k) {
            Step &step = steps[g.rows.at(k)];
            switch (g.choice) {
            case DuplicateChoice::Create: step.kind = Step::Kind::Create; break;
            case DuplicateChoice::Skip:
                step.kind =
                    (g.existing.isEmpty() && k == 0) ? Step::Kind::Create : Step::Kind::Skip;
                break;
            case DuplicateChoice::Update:
                if (!g.existing.isEmpty()) {
                    // Each row updates the one customer it matches itself; a row that matches
                    // several (a family's shared address) or none is skipped, never merged.
                    const QStringList &matches = plan.rows.at(g.rows.at(k)).matches;
                    step.kind = matches.size() == 1 ? Step::Kind::Update : Step::Kind::Skip;
                    step.existingId = matches.value(0);
                } else if (k == 0) {
                    step.kind = Step::Kind::Create;
                } else {
                    step.kind = Step::Kind::Update;
                    step.createdByRow = g.rows.first();
                }
                break;
            }
        }
    }
    return steps;
}

} // namespace

ImportPlan::Counts ImportPlan::counts() const
{
    Counts c;
    for (const Step &s : stepsOf(*this)) {
        switch (s.kind) {
        case Step::Kind::Create: ++c.create; break;
        case Step::Kind::Update: ++c.update; break;
        case Step::Kind::Skip: ++c.skip; break;
        case Step::Kind::Refused: ++c.refused; break;
        }
    }
    return c;
}

// ---------------------------------------------------------------- the import

CustomerImport::Report CustomerImport::run(Store &store, const ImportPlan &plan,
                                           const std::function<bool(int, int)> &progress)
{
    Report report;
    if (!plan.error.isEmpty()) {
        report.error = plan.error;
        return report;
    }
    const QList<Step> steps = stepsOf(plan);
    // The operations in order: new groups first, then the rows to create or update.
    QList<int> rowsToWrite;
    for (int i = 0; i < steps.size(); ++i) {
        switch (steps.at(i).kind) {
        case Step::Kind::Create:
        case Step::Kind::Update: rowsToWrite << i; break;
        case Step::Kind::Skip: ++report.skipped; break;
        case Step::Kind::Refused: ++report.refused; break;
        }
    }
    const int groupCount = int(plan.newGroups.size());
    const int total = groupCount + int(rowsToWrite.size());
    QHash<QString, QString> groupIds; // folded name → id
    for (const auto &[id, name] : store.customerGroups())
        groupIds.insert(name.toCaseFolded(), id);
    QHash<int, QString> createdIds; // row index → customer id
    int created = 0, updated = 0, unchanged = 0;

    const WriteResult result = store.writeBatch(
        total,
        [&](int index, WriteContext &ctx) {
            if (index < groupCount) {
                const QString &name = plan.newGroups.at(index);
                ctx.setOperation(QStringLiteral("customer_group.import"));
                QString id;
                if (!store.insertCustomerGroup(ctx, name, &id))
                    return false;
                groupIds.insert(name.toCaseFolded(), id);
                return true;
            }
            const int i = rowsToWrite.at(index - groupCount);
            const ImportRow &row = plan.rows.at(i);
            const Step &step = steps.at(i);
            Customer c = row.customer;
            if (!row.groupName.isEmpty())
                c.groupId = groupIds.value(row.groupName.toCaseFolded());
            // "FILE:ROW", which the activities panel puts in words in the reader's language.
            const QString where = plan.fileName + QLatin1Char(':') + QString::number(row.row);
            if (step.kind == Step::Kind::Create) {
                ctx.setOperation(QStringLiteral("customer.import"));
                if (!store.insertCustomer(ctx, c))
                    return false;
                createdIds.insert(i, c.id);
                ctx.addActivity(c.id, QStringLiteral("customer.imported"), QString(), where,
                                c.number);
                ++created;
                return true;
            }
            const QString id =
                step.existingId.isEmpty() ? createdIds.value(step.createdByRow) : step.existingId;
            QHash<CustomerField, QVariant> changes;
            for (CustomerField f : allCustomerFields())
                if (row.gives(f))
                    changes.insert(f, c.value(f));
            ctx.setOperation(QStringLiteral("customer.import_update"));
            if (!store.changeCustomer(ctx, id, changes))
                return false;
            if (ctx.activities.isEmpty()) {
                ++unchanged; // the store had these values already
                return true;
            }
            ctx.addActivity(id, QStringLiteral("customer.import_updated"), QString(), where,
                            QString());
            ++updated;
            return true;
        },
        [&](int done) { return !progress || progress(done, total); });
    if (result.cancelled) {
        report.cancelled = true;
        return report;
    }
    if (!result.ok()) {
        QString why = result.error;
        for (auto it = result.fieldErrors.begin(); it != result.fieldErrors.end(); ++it)
            why += (why.isEmpty() ? QString() : QStringLiteral(" ")) +
                   tr("%1: %2").arg(fieldLabel(it.key()), it.value());
        const int index = result.failedIndex;
        report.error = index >= groupCount && index < total
                           ? tr("Row %1 could not be saved, so nothing was imported: %2")
                                 .arg(plan.rows.at(rowsToWrite.at(index - groupCount)).row)
                                 .arg(why)
                           : tr("Nothing was imported: %1").arg(why);
        return report;
    }
    report.created = created;
    for (int i : std::as_const(rowsToWrite))
        if (createdIds.contains(i))
            report.createdIds << createdIds.value(i);
    report.updated = updated;
    report.skipped += unchanged;
    report.groupsCreated = groupCount;
    return report;
}

QByteArray CustomerImport::refusedRowsCsv(const ImportSource &source, const ImportPlan &plan)
{
    const QChar d = source.delimiter;
    QString out = csv::formatRecord(QStringList(source.header) << tr("Reason"), d);
    for (const ImportRow &row : plan.rows) {
        if (row.refusal.isEmpty())
            continue;
        QStringList fields = source.rows.at(row.row - 1).fields;
        while (fields.size() < source.header.size())
            fields << QString();
        out += csv::formatRecord(fields << row.refusal, d);
    }
    return csv::utf8WithBom(out);
}

QString CustomerImport::choiceWords(const DuplicateGroup &g)
{
    const bool inStore = !g.existing.isEmpty();
    switch (g.choice) {
    case DuplicateChoice::Skip: return inStore ? tr("skipped") : tr("only the first row");
    case DuplicateChoice::Create: return tr("every row imported");
    case DuplicateChoice::Update:
        return inStore ? tr("the existing customer updated") : tr("merged into the first row");
    }
    return {};
}

QString CustomerImport::reportText(const ImportPlan &plan)
{
    const ImportPlan::Counts c = plan.counts();
    QStringList lines;
    lines << tr("%1: %n row(s)", nullptr, int(plan.rows.size())).arg(plan.fileName);
    lines << tr("to import as new customers: %1").arg(c.create)
          << tr("to update existing customers with: %1").arg(c.update)
          << tr("to skip as duplicates: %1").arg(c.skip) << tr("refused: %1").arg(c.refused);
    if (!plan.newGroups.isEmpty())
        lines << tr("new customer groups: %1").arg(plan.newGroups.join(QStringLiteral(", ")));
    for (const ImportRow &row : plan.rows) {
        if (!row.refusal.isEmpty())
            lines << tr("row %1 (line %2) refused: %3").arg(row.row).arg(row.line).arg(row.refusal);
        for (const QString &note : row.notes)
            lines << tr("row %1 (line %2): %3").arg(row.row).arg(row.line).arg(note);
    }
    for (const DuplicateGroup &g : plan.duplicates) {
        QStringList rows;
        for (int i : g.rows)
            rows << QString::number(plan.rows.at(i).row);
        QStringList existing;
        for (const CustomerSummary &e : g.existing)
            existing << QStringLiteral("%1 %2").arg(e.number, e.name);
        lines << (existing.isEmpty()
                      ? tr("likely duplicates, %1: rows %2 (%3)")
                            .arg(g.reason, rows.join(QStringLiteral(", ")), choiceWords(g))
                      : tr("likely duplicates, %1: rows %2 and in the store %3 (%4)")
                            .arg(g.reason, rows.join(QStringLiteral(", ")),
                                 existing.join(QStringLiteral(", ")), choiceWords(g)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rentdesk
