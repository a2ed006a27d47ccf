#pragma once

#include <QStyledItemDelegate>

namespace rentdesk {

class Store;

// Editors for the master data cells: a list of the customer groups for the group, a line edit
// for the rest.
class MasterDataDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MasterDataDelegate(Store *store, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Store *m_store;
};

} // namespace rentdesk
