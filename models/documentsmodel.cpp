#include "documentsmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

QVariant DocumentsModel::cell(const DocumentRow &r, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    if (role == int(ModelRole::Id))
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return (column == Column::Size) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole)
        return tr("SHA-256 %1").arg(r.sha256);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Name: return r.fileName;
    case Column::Type: return r.mimeType;
    case Column::Size: return fileSizeText(r.sizeBytes);
    case Column::Added: return formatDateTime(r.createdAt);
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
    case Column::Note: return tr("Note");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
