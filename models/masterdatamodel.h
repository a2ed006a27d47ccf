#pragma once

#include "customerpanelmodel.h"

#include <QHash>

namespace rentdesk {

// The customer's master data, one field a row, edited in place. A value the store refuses stays
// in the cell as typed, with the reason in the Problem column, until it is corrected.
class MasterDataModel : public CustomerPanelModel
{
    Q_OBJECT
public:
    enum class Column { Field, Value, Problem, Count };
    using CustomerPanelModel::CustomerPanelModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static CustomerField fieldAt(int row) { return CustomerField(row); }
    static int rowOf(CustomerField field) { return int(field); }
    QString problem(CustomerField field) const { return m_errors.value(field); }

signals:
    void problemChanged(rentdesk::CustomerField field, const QString &message);

protected:
    void load() override;
    void storeChanged(const QList<StoreChange> &changes) override;

private:
    void emitRow(CustomerField field);

    Customer m_customer;
    QHash<CustomerField, QVariant> m_pending; // refused input, kept so nothing typed is lost
    QHash<CustomerField, QString> m_errors;
};

} // namespace rentdesk
