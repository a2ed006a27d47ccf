#include "documentsmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace rentdesk {

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QList<DocumentRow> DocumentsModel::fetchPage(int offset, int limit) const
{
    return m_store ? m_store->documents(m_customerId, offset, limit) : QList<DocumentRow>();
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const auto &r = rowAt(index.row());
    const auto column = Column(index.column());
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

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
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
