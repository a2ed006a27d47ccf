#pragma once

#include "store.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace rentdesk {

// Roles every panel model answers besides Qt's own.
enum class ModelRole {
    Id = Qt::UserRole + 1, // the row's id in the store
    Error,                 // a problem to show at the cell (master data)
};

// Base of the card's panel models: bound to one customer at a time, told by the store what
// changed. A new customer resets the model; changes of the same customer update single rows.
class CustomerPanelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;

    explicit CustomerPanelModel(Store *store, QObject *parent = nullptr);
    void setCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }

protected:
    virtual void load() = 0; // fills the first page for m_customerId; called inside a reset
    virtual void storeChanged(const StoreChange &change) { Q_UNUSED(change); }

    QPointer<Store> m_store;
    QString m_customerId;
};

// A panel model over pages of value rows, loaded lazily with canFetchMore/fetchMore. A subclass
// names the store's page reader and says what each cell and column header shows.
template <class Row> class PagedPanelModel : public CustomerPanelModel
{
public:
    using Fetch = QList<Row> (Store::*)(const QString &customerId, int offset, int limit) const;

    PagedPanelModel(Store *store, Fetch fetch, int columnCount, QObject *parent)
        : CustomerPanelModel(store, parent)
        , m_fetch(fetch)
        , m_columnCount(columnCount)
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                   QAbstractItemModel::CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return columnTitle(section);
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_hasMore;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || !m_hasMore)
            return;
        const QList<Row> page = fetchPage(int(m_rows.size()), PageSize);
        m_hasMore = page.size() == PageSize;
        if (page.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    virtual QVariant cell(const Row &row, int column, int role) const = 0;
    virtual QString columnTitle(int column) const = 0;

    QList<Row> fetchPage(int offset, int limit) const
    {
        return m_store ? (m_store->*m_fetch)(m_customerId, offset, limit) : QList<Row>();
    }
    void load() override
    {
        m_rows = m_customerId.isEmpty() ? QList<Row>() : fetchPage(0, PageSize);
        m_hasMore = m_rows.size() == PageSize;
    }

    QList<Row> m_rows;
    bool m_hasMore = false;

private:
    Fetch m_fetch;
    int m_columnCount;
};

} // namespace rentdesk
