#include "tablepanel.h"

#include "customerpanelmodel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
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
    // A list that could not be read says so instead of looking empty.
    if (auto *panelModel = qobject_cast<CustomerPanelModel *>(model)) {
        m_error = new QLabel(this);
        m_error->setObjectName(QStringLiteral("readError"));
        m_error->setWordWrap(true);
        m_error->setStyleSheet(QStringLiteral("color: #8a1c00; font-weight: bold;"));
        m_error->setVisible(!panelModel->readError().isEmpty());
        m_error->setText(panelModel->readError());
        m_layout->insertWidget(0, m_error);
        connect(panelModel, &CustomerPanelModel::readErrorChanged, this,
                [this](const QString &message) {
                    m_error->setText(message);
                    m_error->setVisible(!message.isEmpty());
                });
    }
    auto announce = [this] {
        if (m_fitColumns)
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

void TablePanel::setActions(const QList<QAction *> &rowActions,
                            const QList<QAction *> &otherActions, int perRow)
{
    // `perRow` buttons a row (two by default), so a panel in a narrow column stays narrow.
    auto *grid = new QGridLayout;
    int n = 0;
    for (QAction *a : otherActions + rowActions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        grid->addWidget(button, n / perRow, n % perRow);
        ++n;
    }
    m_layout->addLayout(grid);
    for (QAction *a : rowActions) {
        if (a->shortcut().isEmpty())
            continue;
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this, rowActions, otherActions](const QPoint &pos) {
                QMenu menu(this);
                menu.addActions(rowActions);
                menu.addSeparator();
                menu.addActions(otherActions);
                menu.exec(m_view->viewport()->mapToGlobal(pos));
            });
}

QString TablePanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->data(rows.first(), int(ModelRole::Id)).toString();
}

} // namespace rentdesk
