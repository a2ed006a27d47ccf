#pragma once

#include "store.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

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
    // Why the panel's rows could not be read, in words; empty when they could.
    QString readError() const { return m_readError; }

signals:
    void readErrorChanged(const QString &message);

protected:
    virtual void load() = 0; // fills the first page for m_customerId; called inside a reset
    // The changes of one commit that concern this customer or no customer in particular
    // (settings, articles), or a single Reset.
    virtual void storeChanged(const QList<StoreChange> &changes) { Q_UNUSED(changes); }
    // Records whether the last read worked and tells the panel when that changes.
    void setReadOk(bool ok);

    QPointer<Store> m_store;
    QString m_customerId;

private:
    QString m_readError;
};

// A panel model over pages of value rows, loaded lazily with canFetchMore/fetchMore and read by
// key. A subclass names the store's page reader, the entities whose changes touch its rows, and
// what each cell and column header shows.
template <class Row> class PagedPanelModel : public CustomerPanelModel
{
public:
    using Fetch = QList<Row> (Store::*)(const QString &customerId, const QVariantList &after,
                                        int limit, bool *ok) const;

    PagedPanelModel(Store *store, Fetch fetch, int columnCount, QStringList entities,
                    QObject *parent)
        : CustomerPanelModel(store, parent)
        , m_fetch(fetch)
        , m_columnCount(columnCount)
        , m_entities(std::move(entities))
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
        bool ok = false;
        const QList<Row> page =
            fetchPage(m_rows.isEmpty() ? QVariantList() : m_rows.last().pageKey, PageSize, &ok);
        setReadOk(ok);
        m_hasMore = ok && page.size() == PageSize;
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

    QList<Row> fetchPage(const QVariantList &after, int limit, bool *ok) const
    {
        *ok = true;
        return m_store ? (m_store->*m_fetch)(m_customerId, after, limit, ok) : QList<Row>();
    }
    void load() override
    {
        bool ok = true;
        m_rows = m_customerId.isEmpty() ? QList<Row>() : fetchPage({}, PageSize, &ok);
        m_hasMore = m_rows.size() == PageSize;
        setReadOk(ok);
    }
    void storeChanged(const QList<StoreChange> &changes) override
    {
        for (const StoreChange &c : changes)
            if (c.kind == StoreChange::Kind::Reset || m_entities.contains(c.entity)) {
                refresh();
                return;
            }
    }
    // Reads again the rows up to the last one the panel shows (rows that arrived in between
    // included) and applies the difference row by row.
    void refresh()
    {
        const int wanted = int(m_rows.size()) + PageSize;
        bool ok = true;
        QList<Row> fresh = fetchPage({}, wanted, &ok);
        setReadOk(ok);
        if (!ok)
            return; // keep what the panel shows; the panel says that reading failed
        bool more = fresh.size() == wanted;
        if (!m_rows.isEmpty()) {
            // Rows past the last one shown stay for the next page; when that row itself is
            // gone, the panel keeps as many rows as it had.
            const QString lastKey = rowKey(m_rows.last());
            qsizetype keep = std::min(m_rows.size(), fresh.size());
            for (qsizetype i = fresh.size() - 1; i >= 0; --i)
                if (rowKey(fresh.at(i)) == lastKey) {
                    keep = i + 1;
                    break;
                }
            if (keep < fresh.size()) {
                fresh.resize(keep);
                more = true;
            }
        } else if (fresh.size() > PageSize) {
            fresh.resize(PageSize);
            more = true;
        }
        m_hasMore = more;
        applyDifference(fresh);
    }

    // Turns the rows shown into `fresh` with fine-grained signals: removed rows, moved rows,
    // inserted rows, changed rows. Both lists are in the panel's order; rows are told apart by
    // rowKey().
    void applyDifference(const QList<Row> &fresh)
    {
        QSet<QString> freshKeys;
        for (const Row &r : fresh)
            freshKeys.insert(rowKey(r));
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (freshKeys.contains(rowKey(m_rows.at(i))))
                continue;
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
        for (int i = 0; i < fresh.size(); ++i) {
            const QString key = rowKey(fresh.at(i));
            if (i >= m_rows.size() || rowKey(m_rows.at(i)) != key) {
                int from = -1;
                for (int j = i + 1; j < m_rows.size() && from < 0; ++j)
                    if (rowKey(m_rows.at(j)) == key)
                        from = j;
                if (from < 0) {
                    beginInsertRows({}, i, i);
                    m_rows.insert(i, fresh.at(i));
                    endInsertRows();
                    continue;
                }
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                endMoveRows();
            }
            if (!(m_rows.at(i) == fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                emit dataChanged(index(i, 0), index(i, m_columnCount - 1));
            }
        }
    }

    QList<Row> m_rows;
    bool m_hasMore = false;

private:
    Fetch m_fetch;
    int m_columnCount;
    QStringList m_entities;
};

} // namespace rentdesk
