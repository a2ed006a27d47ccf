#pragma once

#include "customerimport.h"

#include <QByteArray>
#include <QWizard>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace rentdesk {

class Store;

// Customers from a CSV file, in three steps: the file and which column holds what (with a
// preview), a dry run that says what would happen (refused rows, likely duplicates with a choice
// each), and the import itself, all or nothing, which can be cancelled.
//
// Widgets the tests look for by object name: "chooseFile", "fileName", "fileError", "encoding",
// "delimiter", "preview", "rowCount", "mappingHint" (page 1); "summary", "newGroups",
// "planError", "refused", "duplicates", "allChoices", "saveRefused" (page 2); "progress",
// "cancelImport", "outcome" (page 3).
class ImportDialog : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, CheckPage, ImportPage };

    explicit ImportDialog(Store *store, QWidget *parent = nullptr);

    // Reads the file and shows it (what "Choose file…" does after the file dialog).
    void openFile(const QString &path);
    // The field chooser above a column of the preview (null when there is no such column).
    QComboBox *mappingCombo(int column) const;
    // The dry run the check page shows, with the duplicate choices made there.
    const ImportPlan &plan() const { return m_plan; }
    // Entering the import page starts the import once the page shows (the event loop's next
    // turn); importFinished() says when it is over, lastReport() what it did. After a cancel or
    // a failure (nothing written) Back leads to another attempt; after an import it is disabled.
    CustomerImport::Report lastReport() const { return m_report; }
    bool importFinished() const { return m_finished; }
    // Stops the import at its next row, so nothing is written. It counts from entering the
    // import page (which forgets an earlier cancel) until the import ends.
    void cancelImport();
    // Writes the refused rows as CSV; the reason when that failed, else empty.
    QString saveRefusedRows(const QString &path) const;

    void initializePage(int id) override;
    void cleanupPage(int id) override;
    // While the import runs, closing the window cancels it instead.
    void reject() override;

private:
    class CheckedPage;

    CheckedPage *makeFilePage();
    QWidget *makeOptions(QWidget *parent);
    CheckedPage *makeCheckPage();
    CheckedPage *makeImportPage();
    QTableWidget *makeTable(const QStringList &labels, const QString &name);
    QComboBox *makeMappingCombo(int column);
    QComboBox *makeChoiceCombo(int group);
    void chooseFile();
    void reread();
    void showSource();
    void fillPreview();
    void updateMappingHint();
    bool hasNameColumn() const;
    bool canCheck() const;
    void runPlan();
    void showPlan();
    void fillRefused();
    void fillDuplicates();
    // "For every group": the same choice for all likely duplicates, listed or not.
    void chooseForAll();
    void updateSummary();
    void chooseRefusedFile();
    void runImport();
    void showOutcome();

    Store *m_store;
    QString m_path;
    QByteArray m_bytes; // the file as read, for reading again with another encoding or delimiter
    ImportSource m_source;
    QList<ImportField> m_mapping;
    ImportPlan m_plan;
    CustomerImport::Report m_report;
    bool m_cancel = false, m_importing = false, m_finished = false;

    CheckedPage *m_filePage, *m_checkPage, *m_importPage;
    QLabel *m_fileName, *m_fileError, *m_rowCount, *m_mappingHint;
    QWidget *m_options;
    QComboBox *m_encoding, *m_delimiter;
    QComboBox *m_allChoices = nullptr;
    QLabel *m_allChoicesLabel = nullptr;
    QTableWidget *m_preview;
    QLabel *m_summary, *m_newGroups, *m_planError, *m_refusedTitle, *m_duplicatesTitle;
    QTableWidget *m_refused, *m_duplicates;
    QPushButton *m_saveRefused;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_outcome;
};

} // namespace rentdesk
