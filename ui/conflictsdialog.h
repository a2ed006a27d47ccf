#pragma once

#include "records.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rentdesk {

class Store;

// The customer's sync conflicts: for each, the value the server kept and the one it set aside,
// with desk, staff member and time. A person keeps one; the decision syncs to every desk.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(Store *store, const QString &customerId, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Decides the selected conflict; false (with the reason shown) when refused.
    bool decide(bool useOther);

private:
    void reload();
    Store *m_store;
    QString m_customerId;
    QList<ConflictRow> m_rows;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_keep, *m_other;
};

// What a synced field is called for people.
QString syncFieldLabel(const QString &entity, const QString &field);

} // namespace rentdesk
