#include "documentsmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>
#include <QMimeDatabase>

namespace rentdesk {

QVariant DocumentsModel::cell(const DocumentRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Size) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole)
        return r.fileHere
                   ? tr("SHA-256 %1").arg(r.sha256)
                   : tr("The file is still on its way from the server (SHA-256 %1).").arg(r.sha256);
    if (role == Qt::ForegroundRole && !r.fileHere)
        return QColor(Qt::gray);
    if (role == Qt::FontRole && !r.fileHere && column == Column::Name) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Name: return r.fileHere ? r.fileName : tr("%1 (arriving)").arg(r.fileName);
    case Column::Type: {
        // In words ("PDF document", "JPEG image"), as the system names the type.
        const QMimeType type = QMimeDatabase().mimeTypeForName(r.mimeType);
        return type.isValid() && !type.comment().isEmpty() ? type.comment() : r.mimeType;
    }
    case Column::Size: return fileSizeText(r.sizeBytes);
    case Column::Added: return formatDateTime(r.createdAt);
    case Column::AddedBy: return r.addedBy;
    case Column::Note: return r.note;
    case Column::Count: break;
    }
    return {};
}

QString DocumentsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Name");
    case Column::Type: return tr("Type");
    case Column::Size: return tr("Size");
    case Column::Added: return tr("Added");
    case Column::AddedBy: return tr("Added by");
    case Column::Note: return tr("Note");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
