#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

// What the customer may do in the online booking flow, and where each answer comes from.
class PermissionsModel : public CustomerPanelModel
{
    Q_OBJECT
public:
    enum class Column { Permission, Allowed, Source, Count };
    using CustomerPanelModel::CustomerPanelModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The row as the store resolved it (`row` must be valid).
    const PermissionRow &rowAt(int row) const { return m_rows.at(row); }

protected:
    void load() override;
    void storeChanged(const QList<StoreChange> &changes) override;

private:
    QList<PermissionRow> m_rows;
};

} // namespace rentdesk
