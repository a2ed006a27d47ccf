#pragma once

#include <QHeaderView>
#include <QTableWidget>

namespace rentdesk {

// A table of rows to read and pick (not to edit in place): whole rows selected, no row numbers,
// the last column stretched.
inline QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// A cell that can be selected but not edited in place.
inline QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// Fills `row` with `cells`, the columns in `rightAligned` aligned right (amounts, counts).
inline void setTableRow(QTableWidget *t, int row, const QStringList &cells,
                        const QList<int> &rightAligned = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace rentdesk
