#include "tablepanel.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace rentdesk {

TablePanel::TablePanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(2, 2, 2, 2);
    m_view = new QTableView(this);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_layout->addWidget(m_view);
    auto announce = [this] {
        m_view->resizeColumnsToContents();
        emit countChanged(countText());
    };
    connect(model, &QAbstractItemModel::modelReset, this, announce);
    connect(model, &QAbstractItemModel::rowsInserted, this, announce);
    connect(model, &QAbstractItemModel::rowsRemoved, this, announce);
    m_view->resizeColumnsToContents();
}

QString TablePanel::countText() const
{
    const int rows = m_model->rowCount();
    return m_model->canFetchMore({}) ? QStringLiteral("%1+").arg(rows) : QString::number(rows);
}

} // namespace rentdesk
