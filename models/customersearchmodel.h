#pragma once

#include "store.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace rentdesk {

// The customer list of the main window: search matches as the person types, or the recently
// opened customers while the search field is empty.
class CustomerSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Number, Name, Email, Phone, City, Count };
    static constexpr int Limit = 50;

    explicit CustomerSearchModel(Store *store, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Only customers blocked today: with an empty search text, all of them.
    void setBlockedOnly(bool on);
    bool blockedOnly() const { return m_blockedOnly; }
    void showRecent(const QStringList &customerIds);
    bool showsRecent() const { return m_recent; }
    QString customerIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onStoreChanged(const StoreChange &change);

    QPointer<Store> m_store;
    QList<CustomerSummary> m_rows;
    bool m_recent = false;
    bool m_blockedOnly = false;
    QString m_text;
};

} // namespace rentdesk
