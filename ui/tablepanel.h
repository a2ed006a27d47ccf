#pragma once

#include <QWidget>

class QAbstractItemModel;
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

signals:
    void countChanged(const QString &countText);

private:
    QAbstractItemModel *m_model;
    QTableView *m_view;
    QVBoxLayout *m_layout;
    QLabel *m_error = nullptr;
};

} // namespace rentdesk
