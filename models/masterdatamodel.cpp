#include "masterdatamodel.h"

#include "format.h"

#include <QColor>

namespace rentdesk {

int MasterDataModel::rowCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !m_customer.isValid()) ? 0 : int(CustomerField::LastField) + 1;
}

int MasterDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

void MasterDataModel::load()
{
    m_pending.clear();
    m_errors.clear();
    m_customer =
        (m_store && !m_customerId.isEmpty()) ? m_store->customer(m_customerId) : Customer();
}

void MasterDataModel::emitRow(CustomerField field)
{
    const int row = rowOf(field);
    emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

void MasterDataModel::storeChanged(const QList<StoreChange> &changes)
{
    if (!m_store)
        return;
    QStringList fields;
    bool all = false;
    for (const StoreChange &c : changes) {
        if (c.kind == StoreChange::Kind::Reset)
            all = true;
        else if (c.is("customer") && c.id == m_customerId)
            fields << c.fields;
    }
    if (!all && fields.isEmpty())
        return;
    m_customer = m_store->customer(m_customerId);
    for (CustomerField f : allCustomerFields()) {
        if (!all && !fields.contains(columnName(f)))
            continue;
        // A value typed here and refused stays until the person corrects it, unless the field
        // itself changed (here or at another desk).
        if (!all) {
            m_pending.remove(f);
            if (m_errors.remove(f))
                emit problemChanged(f, QString());
        }
        emitRow(f);
    }
}

QVariant MasterDataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerField field = fieldAt(index.row());
    const auto column = Column(index.column());
    const bool hasProblem = m_errors.contains(field);
    if (role == int(ModelRole::Id))
        return columnName(field);
    if (role == int(ModelRole::Error))
        return m_errors.value(field);
    if (role == Qt::BackgroundRole && hasProblem)
        return QColor(255, 228, 228);
    if (role == Qt::ForegroundRole && column == Column::Problem)
        return QColor(Qt::darkRed);
    if (role == Qt::ToolTipRole && hasProblem)
        return m_errors.value(field);

    switch (column) {
    case Column::Field: return role == Qt::DisplayRole ? QVariant(fieldLabel(field)) : QVariant();
    case Column::Problem:
        return role == Qt::DisplayRole ? QVariant(m_errors.value(field)) : QVariant();
    case Column::Value: break;
    case Column::Count: return {};
    }

    const QVariant value =
        m_pending.contains(field) ? m_pending.value(field) : m_customer.value(field);
    if (fieldIsBool(field)) {
        if (role == Qt::CheckStateRole)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return value.toBool() ? tr("yes") : tr("no");
        return {};
    }
    if (role == Qt::EditRole) {
        if (field == CustomerField::BirthDate && value.typeId() == QMetaType::QDate)
            return value.toDate().isValid() ? value.toDate().toString(QStringLiteral("dd.MM.yyyy"))
                                            : QString();
        return value;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (field == CustomerField::BirthDate && value.typeId() == QMetaType::QDate)
        return formatDate(value.toDate());
    if (field == CustomerField::Group && !m_pending.contains(field)) {
        if (m_customer.groupName.isEmpty())
            return tr("(none)");
        return m_customer.groupName;
    }
    return value;
}

bool MasterDataModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        Column(index.column()) != Column::Value || !m_store)
        return false;
    const CustomerField field = fieldAt(index.row());
    QVariant input = value;
    if (fieldIsBool(field)) {
        if (role != Qt::CheckStateRole)
            return false;
        input = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    // Country and postcode are checked together: a move from DE to AT needs both at once, so
    // a refused value of the other one waiting in its cell goes along.
    QHash<CustomerField, QVariant> changes{{field, input}};
    for (CustomerField pair : {CustomerField::Country, CustomerField::Postcode})
        if (pair != field && m_pending.contains(pair))
            changes.insert(pair, m_pending.value(pair));
    const WriteResult result = m_store->updateCustomer(m_customerId, changes);
    if (result.ok()) {
        // The store's change notice updates the rows; a value equal to the stored one clears
        // the problem here.
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            m_pending.remove(it.key());
            if (m_errors.remove(it.key())) {
                emit problemChanged(it.key(), QString());
                emitRow(it.key());
            }
        }
        return true;
    }
    QStringList reasons;
    if (result.fieldErrors.contains(field))
        reasons << result.fieldErrors.value(field);
    for (auto it = result.fieldErrors.begin(); it != result.fieldErrors.end(); ++it)
        if (it.key() != field)
            reasons << tr("%1: %2").arg(fieldLabel(it.key()), it.value());
    QString message = reasons.join(QStringLiteral("; "));
    if (message.isEmpty())
        message = result.error;
    m_pending.insert(field, input);
    m_errors.insert(field, message);
    emitRow(field);
    emit problemChanged(field, message);
    return false;
}

Qt::ItemFlags MasterDataModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || Column(index.column()) != Column::Value)
        return f;
    return fieldIsBool(fieldAt(index.row())) ? (f | Qt::ItemIsUserCheckable)
                                             : (f | Qt::ItemIsEditable);
}

QVariant MasterDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Field: return tr("Field");
    case Column::Value: return tr("Value");
    case Column::Problem: return tr("Problem");
    case Column::Count: break;
    }
    return {};
}

} // namespace rentdesk
