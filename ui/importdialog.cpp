#include "importdialog.h"

#include "store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace rentdesk {

namespace {

constexpr int PreviewRows = 20;
// How many refused rows and duplicate groups the check page lists one by one: a file of 100,000
// rows imported a second time has 100,000 duplicates, which a choice for all groups decides.
constexpr int ListedRows = 500;
// How many row numbers or customers one cell of a duplicate group names.
constexpr int ListedInCell = 6;
const auto ErrorStyle = QLatin1String("color: #b00020;");

QLabel *label(const QString &name, QWidget *parent, bool error = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    if (error) {
        l->setStyleSheet(ErrorStyle);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->hide();
    }
    return l;
}

// Widgets side by side: the one at `stretch` takes the room left, else the room stays empty.
QHBoxLayout *sideBySide(std::initializer_list<QWidget *> widgets, int stretch = -1)
{
    auto *row = new QHBoxLayout;
    int i = 0;
    for (QWidget *w : widgets)
        row->addWidget(w, i++ == stretch ? 1 : 0);
    if (stretch < 0)
        row->addStretch(1);
    return row;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}

} // namespace

// A page whose Next (or Finish) follows a condition of the dialog.
class ImportDialog::CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {}
    bool isComplete() const override { return m_complete(); }
    void refresh() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

ImportDialog::ImportDialog(Store *store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
{
    setWindowTitle(tr("Import customers"));
    setMinimumSize(900, 600);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the import page has its own Cancel
    m_filePage = makeFilePage();
    m_checkPage = makeCheckPage();
    m_importPage = makeImportPage();
    setPage(FilePage, m_filePage);
    setPage(CheckPage, m_checkPage);
    setPage(ImportPage, m_importPage);
    updateMappingHint();
}

ImportDialog::CheckedPage *ImportDialog::makeFilePage()
{
    auto *page = new CheckedPage([this] { return canCheck(); });
    page->setTitle(tr("File and columns"));
    page->setSubTitle(tr("Choose the file and say what each column holds. Nothing is imported "
                         "yet."));
    auto *choose = new QPushButton(tr("Choose file…"), page);
    choose->setObjectName(QStringLiteral("chooseFile"));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    m_fileName = label(QStringLiteral("fileName"), page);
    m_fileName->setText(tr("(no file chosen)"));
    m_fileError = label(QStringLiteral("fileError"), page, true);

    m_options = makeOptions(page);
    // Row 0 holds the field choosers, so that they scroll with their columns.
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_rowCount = label(QStringLiteral("rowCount"), page);
    m_mappingHint = label(QStringLiteral("mappingHint"), page);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(sideBySide({choose, m_fileName, m_fileError}, 2));
    layout->addWidget(m_options);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_rowCount);
    layout->addWidget(m_mappingHint);
    return page;
}

// The encoding and the delimiter, detected and open to correction.
QWidget *ImportDialog::makeOptions(QWidget *parent)
{
    auto *options = new QWidget(parent);
    m_encoding = new QComboBox(options);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (csv::Encoding e : {csv::Encoding::Utf8, csv::Encoding::Utf8Bom, csv::Encoding::Utf16LE,
                            csv::Encoding::Utf16BE, csv::Encoding::Windows1252})
        m_encoding->addItem(csv::encodingName(e), int(e));
    m_delimiter = new QComboBox(options);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), options);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), options);
    delimiterLabel->setBuddy(m_delimiter);
    QHBoxLayout *row = sideBySide({encodingLabel, m_encoding, delimiterLabel, m_delimiter});
    row->setContentsMargins(0, 0, 0, 0);
    options->setLayout(row);
    options->hide(); // until a file is read
    return options;
}

ImportDialog::CheckedPage *ImportDialog::makeCheckPage()
{
    auto *page = new CheckedPage([this] { return m_plan.error.isEmpty(); });
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("What the import will do. Nothing has been written yet."));
    // Importing commits: after it there is no way back (unless it was cancelled or failed).
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary = label(QStringLiteral("summary"), page);
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_newGroups = label(QStringLiteral("newGroups"), page);
    m_planError = label(QStringLiteral("planError"), page, true);
    m_refusedTitle = label(QString(), page);
    m_refused = makeTable({tr("Row"), tr("Line"), tr("Reason")}, QStringLiteral("refused"));
    m_saveRefused = new QPushButton(tr("&Save refused rows…"), page);
    m_saveRefused->setObjectName(QStringLiteral("saveRefused"));
    connect(m_saveRefused, &QPushButton::clicked, this, &ImportDialog::chooseRefusedFile);
    m_duplicatesTitle = label(QString(), page);
    m_allChoices = new QComboBox(page);
    m_allChoices->setObjectName(QStringLiteral("allChoices"));
    m_allChoices->addItem(tr("(as chosen for each group)"), -1);
    m_allChoices->addItem(tr("Skip them all (from the file only the first row)"),
                          int(DuplicateChoice::Skip));
    m_allChoices->addItem(tr("Import every row"), int(DuplicateChoice::Create));
    m_allChoices->addItem(tr("Update the existing customers (or merge into the first row)"),
                          int(DuplicateChoice::Update));
    connect(m_allChoices, &QComboBox::currentIndexChanged, this, &ImportDialog::chooseForAll);
    m_allChoicesLabel = new QLabel(tr("For &every group:"), page);
    m_allChoicesLabel->setBuddy(m_allChoices);
    m_duplicates = makeTable({tr("Rows"), tr("In the store"), tr("Why"), tr("What to do")},
                             QStringLiteral("duplicates"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_newGroups);
    layout->addWidget(m_planError);
    layout->addLayout(sideBySide({m_refusedTitle, m_saveRefused}, 0));
    layout->addWidget(m_refused, 1);
    layout->addLayout(sideBySide({m_duplicatesTitle, m_allChoicesLabel, m_allChoices}, 0));
    layout->addWidget(m_duplicates, 1);
    return page;
}

ImportDialog::CheckedPage *ImportDialog::makeImportPage()
{
    auto *page = new CheckedPage([this] { return m_finished; });
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("All customers are written together: when the import is cancelled or "
                         "fails, the store stays as it was."));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_cancelButton = new QPushButton(tr("Cancel"), page);
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    m_outcome = label(QStringLiteral("outcome"), page);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(sideBySide({m_progress, m_cancelButton}, 0));
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    return page;
}

QTableWidget *ImportDialog::makeTable(const QStringList &labels, const QString &name)
{
    auto *table = new QTableWidget(0, int(labels.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(labels);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    return table;
}

// ---------------------------------------------------------------- page 1: file and columns

void ImportDialog::chooseFile()
{
    const QString folder = m_path.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_fileName->setText(QFileInfo(path).fileName());
    m_fileName->setToolTip(QDir::toNativeSeparators(path));
    m_bytes.clear();
    m_source = readImportFile(path);
    if (m_source.ok()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_bytes = file.readAll();
        if (m_bytes.isEmpty())
            m_source.error = tr("The file %1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    m_mapping = m_source.ok() ? guessMapping(m_source.header) : QList<ImportField>();
    // A file that is not text gets no choice of encoding: it would only show rubbish.
    m_options->setVisible(m_source.ok());
    showSource();
}

void ImportDialog::reread()
{
    if (m_bytes.isEmpty())
        return;
    const QStringList before = m_source.header;
    m_source = readImportBytes(m_bytes, QFileInfo(m_path).fileName(),
                               csv::Encoding(m_encoding->currentData().toInt()),
                               m_delimiter->currentData().toString().at(0));
    // Other columns (or the same ones spelled differently) are guessed again.
    if (m_source.header != before)
        m_mapping = guessMapping(m_source.header);
    showSource();
}

void ImportDialog::showSource()
{
    m_fileError->setText(m_source.error);
    m_fileError->setVisible(!m_source.ok());
    selectData(m_encoding, int(m_source.encoding));
    selectData(m_delimiter, QString(m_source.delimiter));
    fillPreview();
    const int rows = m_source.ok() ? int(m_source.rows.size()) : 0;
    m_rowCount->setText(
        rows == 0 ? QString()
        : rows <= PreviewRows
            ? tr("The file has %n customer row(s).", nullptr, rows)
            : tr("The file has %n customer row(s); the preview shows the first %1.", nullptr, rows)
                  .arg(PreviewRows));
    updateMappingHint();
}

void ImportDialog::fillPreview()
{
    // Removing the rows and columns removes the field choosers of the file before.
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!m_source.ok())
        return;
    const int columns = int(m_source.header.size());
    const int rows = int(qMin<qsizetype>(m_source.rows.size(), PreviewRows));
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows + 1);
    m_preview->setHorizontalHeaderLabels(m_source.header);
    QStringList rowLabels{tr("Import as")};
    for (int r = 0; r < rows; ++r) {
        const csv::Record &record = m_source.rows.at(r);
        rowLabels << QString::number(r + 1);
        for (int c = 0; c < columns && c < record.fields.size(); ++c)
            m_preview->setItem(r + 1, c, cell(record.fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    for (int c = 0; c < columns; ++c)
        m_preview->setCellWidget(0, c, makeMappingCombo(c));
    m_preview->resizeColumnsToContents();
    m_preview->resizeRowToContents(0);
}

QComboBox *ImportDialog::makeMappingCombo(int column)
{
    auto *combo = new QComboBox;
    for (ImportField f : allImportFields())
        combo->addItem(importFieldLabel(f), int(f));
    combo->setCurrentIndex(qMax(0, combo->findData(int(m_mapping.value(column)))));
    combo->setToolTip(tr("What the column \"%1\" holds").arg(m_source.header.value(column)));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
        if (column < m_mapping.size())
            m_mapping[column] = ImportField(combo->currentData().toInt());
        updateMappingHint();
    });
    return combo;
}

QComboBox *ImportDialog::mappingCombo(int column) const
{
    if (column < 0 || column >= m_preview->columnCount() || m_preview->rowCount() == 0)
        return nullptr;
    return qobject_cast<QComboBox *>(m_preview->cellWidget(0, column));
}

bool ImportDialog::hasNameColumn() const
{
    return m_mapping.contains(ImportField::LastName) || m_mapping.contains(ImportField::Company);
}

bool ImportDialog::canCheck() const
{
    return m_source.ok() && !m_source.rows.isEmpty() && hasNameColumn();
}

void ImportDialog::updateMappingHint()
{
    if (m_path.isEmpty())
        m_mappingHint->setText(tr("Choose the file with the customers: a CSV file from a "
                                  "spreadsheet or from the program used before."));
    else if (m_source.ok() && !hasNameColumn())
        m_mappingHint->setText(tr("Choose the column with the last name or the company."));
    else
        m_mappingHint->clear();
    m_mappingHint->setVisible(!m_mappingHint->text().isEmpty());
    m_filePage->refresh();
}

// ---------------------------------------------------------------- page 2: the dry run

void ImportDialog::runPlan()
{
    // A large file takes seconds to check: a progress window shows after half a second.
    QProgressDialog progress(tr("Checking every row…"), QString(), 0,
                             qMax(1, int(m_source.rows.size())), this);
    progress.setWindowTitle(tr("Import customers"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setCancelButton(nullptr);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_plan = CustomerImport::plan(*m_store, m_source, m_mapping,
                                  [&progress](int done, int) { progress.setValue(done); });
    QGuiApplication::restoreOverrideCursor();
}

void ImportDialog::showPlan()
{
    m_planError->setText(m_plan.error);
    m_planError->setVisible(!m_plan.error.isEmpty());
    m_summary->setVisible(m_plan.error.isEmpty());
    m_newGroups->setText(tr("New customer groups will be made: %1")
                             .arg(m_plan.newGroups.join(QStringLiteral(", "))));
    m_newGroups->setVisible(!m_plan.newGroups.isEmpty());
    fillRefused();
    fillDuplicates();
    updateSummary();
    m_checkPage->refresh();
    // Wrapped reasons get their height once the page is shown and the columns have their width.
    QTimer::singleShot(0, m_refused, &QTableWidget::resizeRowsToContents);
    QTimer::singleShot(0, m_duplicates, &QTableWidget::resizeRowsToContents);
}

void ImportDialog::fillRefused()
{
    m_refused->setRowCount(0);
    for (const ImportRow &row : std::as_const(m_plan.rows)) {
        if (m_refused->rowCount() >= ListedRows)
            break;
        QStringList texts;
        if (!row.refusal.isEmpty())
            texts << row.refusal;
        for (const QString &note : row.notes)
            texts << tr("Note: %1").arg(note);
        for (const QString &text : std::as_const(texts)) {
            const int r = m_refused->rowCount();
            m_refused->insertRow(r);
            m_refused->setItem(r, 0, cell(QString::number(row.row)));
            m_refused->setItem(r, 1, cell(QString::number(row.line)));
            m_refused->setItem(r, 2, cell(text));
        }
    }
    m_refused->resizeRowsToContents();
    const int refused = m_plan.refusedCount();
    m_refusedTitle->setText(
        refused == 0 ? tr("Refused rows: none")
        : refused <= ListedRows
            ? tr("Refused rows (they are not imported): %1").arg(refused)
            : tr("Refused rows (they are not imported): %1; the first %2 are listed, and "
                 "\"Save refused rows\" writes them all.")
                  .arg(refused)
                  .arg(ListedRows));
    m_saveRefused->setEnabled(refused > 0);
    // Refusals and notes (a taken number); with neither the room goes to the duplicates.
    m_refused->setVisible(m_refused->rowCount() > 0);
}

void ImportDialog::fillDuplicates()
{
    m_duplicates->setRowCount(0);
    const int groups = int(m_plan.duplicates.size());
    const int listed = qMin(groups, ListedRows);
    m_duplicates->setRowCount(listed);
    for (int g = 0; g < listed; ++g) {
        const DuplicateGroup &group = m_plan.duplicates.at(g);
        QStringList rows, existing;
        for (int i : group.rows)
            rows << QString::number(m_plan.rows.at(i).row);
        for (const CustomerSummary &e : group.existing)
            existing << QStringLiteral("%1 %2").arg(e.number, e.name);
        // A club's shared address can join dozens of rows: the cell names a few, the tooltip all.
        auto *rowsCell = cell(rows.size() <= ListedInCell
                                  ? rows.join(QStringLiteral(", "))
                                  : tr("%1 … (%n rows)", nullptr, int(rows.size()))
                                        .arg(rows.mid(0, ListedInCell).join(QStringLiteral(", "))));
        rowsCell->setToolTip(rows.join(QStringLiteral(", ")));
        m_duplicates->setItem(g, 0, rowsCell);
        auto *existingCell =
            cell(existing.isEmpty() ? QStringLiteral("—")
                 : existing.size() <= ListedInCell
                     ? existing.join(QLatin1Char('\n'))
                     : tr("%1\n… (%n customers)", nullptr, int(existing.size()))
                           .arg(existing.mid(0, ListedInCell).join(QLatin1Char('\n'))));
        existingCell->setToolTip(existing.join(QLatin1Char('\n')));
        m_duplicates->setItem(g, 1, existingCell);
        m_duplicates->setItem(g, 2, cell(group.reason));
        m_duplicates->setCellWidget(g, 3, makeChoiceCombo(g));
    }
    m_duplicates->resizeRowsToContents();
    m_duplicatesTitle->setText(
        groups == 0 ? tr("Likely duplicates: none")
        : groups <= ListedRows
            ? tr("Likely duplicates: %1").arg(groups)
            : tr("Likely duplicates: %1 (the first %2 are listed)").arg(groups).arg(ListedRows));
    m_allChoices->setVisible(groups > 1);
    m_allChoicesLabel->setVisible(groups > 1);
    const QSignalBlocker block(m_allChoices);
    m_allChoices->setCurrentIndex(0);
}

void ImportDialog::chooseForAll()
{
    const int choice = m_allChoices->currentData().toInt();
    if (choice < 0)
        return;
    for (DuplicateGroup &g : m_plan.duplicates)
        g.choice = DuplicateChoice(choice);
    for (int row = 0; row < m_duplicates->rowCount(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 3)))
            selectData(combo, choice);
    updateSummary();
}

QComboBox *ImportDialog::makeChoiceCombo(int group)
{
    const bool inStore = !m_plan.duplicates.at(group).existing.isEmpty();
    auto *combo = new QComboBox;
    combo->addItem(inStore ? tr("Skip") : tr("Keep only the first row"),
                   int(DuplicateChoice::Skip));
    combo->addItem(inStore ? tr("Import anyway") : tr("Import every row"),
                   int(DuplicateChoice::Create));
    combo->addItem(inStore ? tr("Update the existing customer") : tr("Merge into the first row"),
                   int(DuplicateChoice::Update));
    selectData(combo, int(m_plan.duplicates.at(group).choice));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, group, combo] {
        if (group >= m_plan.duplicates.size())
            return;
        m_plan.duplicates[group].choice = DuplicateChoice(combo->currentData().toInt());
        const QSignalBlocker block(m_allChoices);
        m_allChoices->setCurrentIndex(0); // the groups differ now
        updateSummary();
    });
    return combo;
}

void ImportDialog::updateSummary()
{
    const ImportPlan::Counts c = m_plan.counts();
    m_summary->setText(QStringList{
        tr("%n new customer(s)", nullptr, c.create), tr("%n update(s)", nullptr, c.update),
        tr("%n skipped", nullptr, c.skip), tr("%n refused", nullptr, c.refused)}
                           .join(QStringLiteral(", ")));
}

QString ImportDialog::saveRefusedRows(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray bytes = CustomerImport::refusedRowsCsv(m_source, m_plan);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

void ImportDialog::chooseRefusedFile()
{
    const QFileInfo info(m_path);
    const QString suggested =
        info.dir().filePath(tr("%1 - refused.csv").arg(info.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save refused rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = saveRefusedRows(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save refused rows"),
                             tr("The refused rows could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
}

// ---------------------------------------------------------------- page 3: the import

void ImportDialog::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == CheckPage) {
        runPlan();
        showPlan();
    } else if (id == ImportPage) {
        // A new attempt: the cancel of an earlier one is forgotten here, and only here.
        m_cancel = false;
        m_finished = false;
        m_report = {};
        const ImportPlan::Counts c = m_plan.counts();
        m_progress->setRange(0, qMax(1, int(m_plan.newGroups.size()) + c.create + c.update));
        m_progress->setValue(0);
        m_progress->show();
        m_cancelButton->show();
        m_cancelButton->setEnabled(true);
        m_outcome->setStyleSheet(QString());
        m_outcome->setText(tr("Importing…"));
        // After the page is shown, so that the progress can be seen.
        QTimer::singleShot(0, this, &ImportDialog::runImport);
    }
}

void ImportDialog::cleanupPage(int id)
{
    QWizard::cleanupPage(id);
    if (id == ImportPage)
        m_checkPage->setCommitPage(true); // back after a cancel: the next import is a commit
}

void ImportDialog::cancelImport()
{
    m_cancel = true;
    m_cancelButton->setEnabled(false);
    if (m_importing)
        m_outcome->setText(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (m_importing) {
        cancelImport();
        return;
    }
    QWizard::reject();
}

void ImportDialog::runImport()
{
    if (m_finished || m_importing || currentId() != ImportPage)
        return;
    m_importing = true;
    // The bar moves and Cancel is heard about 20 times a second, not at every row (100,000 rows
    // would spend seconds in the event loop).
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    m_report = CustomerImport::run(*m_store, m_plan, [this, &sinceEvents](int done, int total) {
        if (done < total && done > 1 && sinceEvents.elapsed() < 50)
            return !m_cancel;
        sinceEvents.restart();
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        QCoreApplication::processEvents();
        return !m_cancel;
    });
    m_importing = false;
    m_finished = true;
    m_progress->hide();
    m_cancelButton->hide();
    showOutcome();
    // After a cancel or a failure nothing was written: Back leads to another attempt.
    m_checkPage->setCommitPage(m_report.ok());
    m_importPage->refresh();
}

void ImportDialog::showOutcome()
{
    const CustomerImport::Report &r = m_report;
    if (r.cancelled) {
        m_outcome->setText(tr("Cancelled: nothing was imported. The store is as before."));
        return;
    }
    if (!r.error.isEmpty()) {
        m_outcome->setStyleSheet(ErrorStyle);
        m_outcome->setText(r.error);
        return;
    }
    QStringList parts{tr("%n new customer(s)", nullptr, r.created),
                      tr("%n updated", nullptr, r.updated), tr("%n skipped", nullptr, r.skipped),
                      tr("%n refused", nullptr, r.refused)};
    if (r.groupsCreated > 0)
        parts << tr("%n new customer group(s)", nullptr, r.groupsCreated);
    m_outcome->setText(tr("Imported: %1.").arg(parts.join(QStringLiteral(", "))));
}

} // namespace rentdesk
