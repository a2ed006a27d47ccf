#include "customersearchmodel.h"

#include "customerpanelmodel.h"

#include <QColor>

namespace rentdesk {

CustomerSearchModel::CustomerSearchModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::changed, this, &CustomerSearchModel::onStoreChanged);
}

void CustomerSearchModel::setSearchText(const QString &text)
{
    beginResetModel();
    m_recent = false;
    m_text = text;
    if (!m_store)
        m_rows.clear();
    else
        m_rows =
            m_blockedOnly ? m_store->blockedCustomers(text, Limit) : m_store->search(text, Limit);
    endResetModel();
}

void CustomerSearchModel::setBlockedOnly(bool on)
{
    m_blockedOnly = on;
}

void CustomerSearchModel::showRecent(const QStringList &customerIds)
{
    beginResetModel();
    m_recent = true;
    m_rows = m_store ? m_store->summaries(customerIds) : QList<CustomerSummary>();
    endResetModel();
}

void CustomerSearchModel::onStoreChanged(const StoreChange &change)
{
    if (!change.is("customer") || !m_store)
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != change.id)
            continue;
        const QList<CustomerSummary> fresh = m_store->summaries({change.id});
        // Deleted (at this or another desk), or no longer blocked while the list shows only
        // blocked customers: it leaves the list.
        if (fresh.isEmpty() || (m_blockedOnly && !m_recent && !fresh.first().blocked)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            return;
        }
        m_rows[row] = fresh.first();
        emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
        return;
    }
}

QString CustomerSearchModel::customerIdAt(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).id : QString();
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerSummary &s = m_rows.at(index.row());
    if (role == int(ModelRole::Id))
        return s.id;
    if (role == Qt::ForegroundRole && s.blocked)
        return QColor(Qt::red);
    if (role == Qt::ToolTipRole && s.blocked)
        return tr("This customer is blocked.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Column::Number: return s.number;
    case Column::Name: return s.name;
    case Column::Email: return s.email;
    case Column::Phone: return s.phone;
    case Column::City: return s.city;
    case Column::Count: break;
    }
    return {};
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Number: return tr("No.");
    case Column::Name: return tr("Name");
    case Column::Email: return tr("E-mail");
    case Column::Phone: return tr("Phone");
    case Column::City: return tr("City");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
