#include "masterdatadelegate.h"

#include "masterdatamodel.h"
#include "store.h"

#include <QComboBox>

namespace rentdesk {

MasterDataDelegate::MasterDataDelegate(Store *store, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
{}

QWidget *MasterDataDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (MasterDataModel::fieldAt(index.row()) == CustomerField::Group) {
        auto *box = new QComboBox(parent);
        box->addItem(tr("(none)"), QString());
        for (const auto &[id, name] : m_store->customerGroups())
            box->addItem(name, id);
        return box;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void MasterDataDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MasterDataDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rentdesk
