#pragma once

#include <QDialog>

class QTableWidget;

namespace rentdesk {

class Store;

// Changes of this desk the server refused for good: when, what and why. The desk's own effect
// of each was undone by the server's answer; a person reads why, does it again if it still
// matters, and marks the list as seen so the status bar stops counting them.
class RejectionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RejectionsDialog(Store *store, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Marks every refused change as seen; the status bar stops counting them.
    void markSeen();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Store *m_store;
    QTableWidget *m_table;
};

// An operation name of the outbox ("customer.update") in words.
QString operationInWords(const QString &operation);

} // namespace rentdesk
