#pragma once

#include "tablepanel.h"

class QAction;
class QMimeType;

namespace rentdesk {

class DocumentsModel;
class Store;

// The documents panel with its actions: add files (a file dialog, or dropped on the panel),
// open with the system's viewer, rename, remove. Refusals (unreadable, too large, vanished) are
// said in a line above the table; nothing is lost and nothing crashes.
class DocumentsPanel : public TablePanel
{
    Q_OBJECT
public:
    DocumentsPanel(Store *store, DocumentsModel *model, const QString &customerId,
                   QWidget *parent = nullptr);

    // Opens a file dialog; each chosen file is added. Returns how many were added.
    int addFromDialog();
    // Adds the files; returns how many were added, and says why for the others.
    int addFiles(const QStringList &paths);
    void openSelected();
    void renameSelected();
    void removeSelected();
    // A copy of the document under its own name in a folder of its own in the temporary
    // location, for the system's viewer (which needs the name's extension); empty on failure.
    QString copyForViewing(const QString &documentId, QString *error) const;
    // The same for a document known by its file's hash and its name (a transaction's window).
    static QString copyForViewing(const Store *store, const QString &sha256, const QString &name,
                                  QString *error);
    // Opens such a copy with the system's viewer; false with *error set when it cannot.
    static bool openWithViewer(const Store *store, const QString &sha256, const QString &name,
                               QString *error);
    // Where those copies go; the desk app empties it when it starts.
    static QString viewingFolder();
    static void removeViewingCopies();
    // Programs and scripts (by name or content) are never opened from the card.
    static bool runsAsProgram(const QMimeType &type);

    QLabel *messageLabel() const { return m_message; }
    QAction *addAction() const { return m_add; }
    QAction *openAction() const { return m_open; }
    QAction *renameAction() const { return m_rename; }
    QAction *removeAction() const { return m_remove; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void say(const QString &text, bool problem);
    void updateActions();

    Store *m_store;
    DocumentsModel *m_model;
    QString m_customerId;
    QLabel *m_message;
    QAction *m_add, *m_open, *m_rename, *m_remove;
};

} // namespace rentdesk
