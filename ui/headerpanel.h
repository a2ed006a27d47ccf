#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rentdesk {

class Store;
struct StoreChange;

// Top left of the card: name, number and the general information, with the Edit button.
class HeaderPanel : public QWidget
{
    Q_OBJECT
public:
    HeaderPanel(Store *store, const QString &customerId, QWidget *parent = nullptr);
    void refresh();
    QPushButton *editButton() const { return m_edit; }
    // Shown while the customer has sync conflicts nobody decided; opens the list.
    QPushButton *conflictBadge() const { return m_conflicts; }
    QString nameText() const;
    QString infoText() const;

signals:
    void editRequested();

private:
    Store *m_store;
    QString m_customerId;
    QLabel *m_name, *m_number, *m_info, *m_balance, *m_blocked;
    QPushButton *m_edit, *m_conflicts;
};

} // namespace rentdesk
