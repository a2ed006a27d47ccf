#include "documentspanel.h"

#include "actionicons.h"
#include "documentsmodel.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace rentdesk {

DocumentsPanel::DocumentsPanel(Store *store, DocumentsModel *model, const QString &customerId,
                               QWidget *parent)
    : TablePanel(model, parent)
    , m_store(store)
    , m_model(model)
    , m_customerId(customerId)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("documentMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    panelLayout()->insertWidget(0, m_message);

    m_add =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add files…"), this);
    m_add->setObjectName(QStringLiteral("addDocument"));
    m_add->setToolTip(tr("Add files to the card; files can also be dropped on this panel"));
    m_open = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openDocument"));
    m_rename = new QAction(actionIcon(ActionIcon::GreenPen), tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("renameDocument"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove = new QAction(actionIcon(ActionIcon::RedCross), tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeDocument"));
    m_remove->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &DocumentsPanel::addFromDialog);
    connect(m_open, &QAction::triggered, this, &DocumentsPanel::openSelected);
    connect(m_rename, &QAction::triggered, this, &DocumentsPanel::renameSelected);
    connect(m_remove, &QAction::triggered, this, &DocumentsPanel::removeSelected);
    connect(view(), &QTableView::activated, this, &DocumentsPanel::openSelected);

    setActions({m_open, m_rename, m_remove}, {m_add});
    // Files dropped anywhere on the panel, the table included.
    setAcceptDrops(true);
    view()->viewport()->setAcceptDrops(true);
    view()->viewport()->installEventFilter(this);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocumentsPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &DocumentsPanel::updateActions);
    updateActions();
}

void DocumentsPanel::updateActions()
{
    const bool any = !selectedId().isEmpty();
    m_open->setEnabled(any);
    m_rename->setEnabled(any);
    m_remove->setEnabled(any);
}

void DocumentsPanel::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

int DocumentsPanel::addFromDialog()
{
    QFileDialog dialog(this, tr("Add documents to the card"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.setObjectName(QStringLiteral("addDocumentsDialog"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return addFiles(dialog.selectedFiles());
}

int DocumentsPanel::addFiles(const QStringList &paths)
{
    QStringList problems;
    int added = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString &path : paths) {
        const WriteResult r = m_store->addDocument(m_customerId, path);
        if (r.ok())
            ++added;
        else
            problems << r.error;
    }
    QApplication::restoreOverrideCursor();
    if (!problems.isEmpty())
        say(tr("Not added: %1").arg(problems.join(QLatin1Char('\n'))), true);
    else
        say(tr("%n document(s) added.", nullptr, added), false);
    return added;
}

QString DocumentsPanel::copyForViewing(const QString &documentId, QString *error) const
{
    QString sha, name;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (m_model->data(i, int(ModelRole::Id)).toString() != documentId)
            continue;
        sha = m_model->rowAt(r).sha256;
        name = m_model->rowAt(r).fileName;
    }
    if (sha.isEmpty()) {
        *error = tr("This document is no longer on the card.");
        return {};
    }
    return copyForViewing(m_store, sha, name, error);
}

QString DocumentsPanel::copyForViewing(const Store *store, const QString &sha, const QString &name,
                                       QString *error)
{
    const QString stored = store->filePath(sha);
    if (!QFileInfo::exists(stored)) {
        *error = tr("The file of %1 is not on this computer yet; it comes with the next sync.")
                     .arg(name);
        return {};
    }
    // Programs and scripts are not started from the card, whatever their name says.
    const QString safeName = documentSafeName(name);
    const QMimeDatabase mimes;
    if (runsAsProgram(mimes.mimeTypeForFile(safeName, QMimeDatabase::MatchExtension)) ||
        runsAsProgram(mimes.mimeTypeForFile(stored, QMimeDatabase::MatchContent))) {
        *error = tr("%1 is a program or script; RentDesk does not open it.").arg(name);
        return {};
    }
    // A folder of its own for each opening, readable by this user only: the name is the
    // document's name, never a path. Copies are removed when the program starts next.
    const QString root = viewingFolder();
    const QString dir =
        root + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (!QDir().mkpath(dir) || !QFile::setPermissions(root, ownerOnly) ||
        !QFile::setPermissions(dir, ownerOnly)) {
        *error = tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QString target = dir + QLatin1Char('/') + safeName;
    if (!QFile::copy(stored, target)) {
        *error = tr("%1 cannot be copied for viewing.").arg(name);
        return {};
    }
    return target;
}

QString DocumentsPanel::viewingFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
           QStringLiteral("/rentdesk-open");
}

void DocumentsPanel::removeViewingCopies()
{
    QDir(viewingFolder()).removeRecursively();
}

bool DocumentsPanel::runsAsProgram(const QMimeType &type)
{
    static const char *const programs[] = {"application/x-executable",
                                           "application/x-sharedlib",
                                           "application/x-ms-dos-executable",
                                           "application/x-msdownload",
                                           "application/x-msi",
                                           "application/x-ms-shortcut",
                                           "application/x-shellscript",
                                           "application/x-bat",
                                           "application/x-desktop",
                                           "application/x-java-archive",
                                           "application/x-perl",
                                           "text/x-python",
                                           "application/javascript",
                                           "application/x-powershell",
                                           "application/vnd.microsoft.portable-executable"};
    for (const char *p : programs)
        if (type.inherits(QString::fromLatin1(p)))
            return true;
    return false;
}

bool DocumentsPanel::openWithViewer(const Store *store, const QString &sha256, const QString &name,
                                    QString *error)
{
    const QString path = copyForViewing(store, sha256, name, error);
    if (path.isEmpty())
        return false;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        *error =
            tr("No program to show %1 was found on this computer.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

void DocumentsPanel::openSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QString error;
    const QString path = copyForViewing(id, &error);
    if (path.isEmpty()) {
        say(error, true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        say(tr("No program to show %1 was found on this computer.").arg(QFileInfo(path).fileName()),
            true);
    else
        say({}, false);
}

void DocumentsPanel::renameSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    QString name = m_model->rowAt(rows.first().row()).fileName;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename document"), tr("New name:"),
                                     QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        const WriteResult r = m_store->renameDocument(id, name);
        if (r.ok()) {
            say({}, false);
            return;
        }
        // Asked again with what was typed, and why it was refused.
        QMessageBox::warning(this, tr("Rename document"), r.error);
    }
}

void DocumentsPanel::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString name =
        m_model->rowAt(view()->selectionModel()->selectedRows().first().row()).fileName;
    if (QMessageBox::question(this, tr("Remove document"),
                              tr("Remove %1 from the card?").arg(name)) != QMessageBox::Yes)
        return;
    const WriteResult r = m_store->removeDocument(id);
    say(r.ok() ? QString() : r.error, !r.ok());
}

void DocumentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DocumentsPanel::dropEvent(QDropEvent *event)
{
    eventFilter(view()->viewport(), event);
}

bool DocumentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            QStringList paths;
            for (const QUrl &url : drop->mimeData()->urls())
                if (url.isLocalFile())
                    paths << url.toLocalFile();
            if (paths.isEmpty()) {
                say(tr("Only files from this computer can be added."), true);
            } else {
                addFiles(paths);
                drop->acceptProposedAction();
            }
            return true;
        }
    }
    return TablePanel::eventFilter(watched, event);
}

} // namespace rentdesk
