#pragma once

#include "tablepanel.h"

class QAction;

namespace rentdesk {

class RentedObjectsModel;
class Store;

// The rented objects panel with its four row actions, as the help article shows them: edit
// (green pen), reload price (yellow calendar), delete (red X) and return (green check). Each is
// a button, an entry in the row's context menu and a key while the table has the focus.
class RentedObjectsPanel : public TablePanel
{
    Q_OBJECT
public:
    RentedObjectsPanel(Store *store, RentedObjectsModel *model, const QString &customerId,
                       QWidget *parent = nullptr);

    QAction *editAction() const { return m_edit; }
    QAction *reloadAction() const { return m_reload; }
    QAction *deleteAction() const { return m_delete; }
    QAction *returnAction() const { return m_return; }

    void editLine();
    void reloadPrice();
    void deleteLine();
    // The return dialog with the selected rows ticked (or, from a scan, the given lines).
    void returnObjects(const QStringList &lineIds = {});

signals:
    void message(const QString &text);

private:
    QStringList selectedIds() const;
    void updateActions();

    Store *m_store;
    QString m_customerId;
    QAction *m_edit, *m_reload, *m_delete, *m_return;
};

} // namespace rentdesk
