#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace rentdesk {

// A panel of the card that shows one model in a table; the dock title counts the rows.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    TablePanel(QAbstractItemModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QVBoxLayout *panelLayout() const { return m_layout; }
    // "12" or "100+" while more rows wait to be loaded.
    QString countText() const;
    // The line above the table that says a read failed; null for models that cannot fail.
    QLabel *errorLabel() const { return m_error; }
    // Whether columns are fitted to their contents when rows arrive (the default); a panel
    // with a stretched, wrapping column sets its own column modes instead.
    void setFitColumnsOnChange(bool fit) { m_fitColumns = fit; }
    // The panel's actions: `rowActions` act on the selected row and `otherActions` on the
    // panel; all get a button under the table and an entry in the row's context menu, and the
    // row actions' keys work while the table has the focus. `perRow` buttons side by side.
    void setActions(const QList<QAction *> &rowActions, const QList<QAction *> &otherActions,
                    int perRow = 2);
    // The store id of the selected row (ModelRole::Id), or an empty text.
    QString selectedId() const;

signals:
    void countChanged(const QString &countText);

private:
    QAbstractItemModel *m_model;
    QTableView *m_view;
    QVBoxLayout *m_layout;
    QLabel *m_error = nullptr;
    bool m_fitColumns = true;
};

} // namespace rentdesk
