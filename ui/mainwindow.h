#pragma once

#include <QMainWindow>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rentdesk {

class Store;
class CustomerSearchModel;
class CustomerCardWindow;

// The customer list: search as you type, recent customers, create a customer, open cards.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store *store, QWidget *parent = nullptr);

    CustomerCardWindow *openCustomer(const QString &customerId);
    void createCustomer();
    void importCustomers();
    void exportCustomers();
    // The settings, for a manager; others are told why not.
    void openSettings();
    void focusSearch();
    // A scanned code (Enter in the search field, or from a card): a customer number opens the
    // card, a transaction number its transaction, an object's barcode the return at the card of
    // whoever has it. False when the code is none of these.
    bool handleScan(const QString &code);
    QList<CustomerCardWindow *> openCards() const;

    QLineEdit *searchField() const { return m_search; }
    QCheckBox *blockedOnlyFilter() const { return m_blockedOnly; }
    QTableView *resultView() const { return m_results; }
    CustomerSearchModel *resultModel() const { return m_model; }
    QLabel *resultLabel() const { return m_resultLabel; }
    // Runs a pending search now instead of after the typing pause.
    void searchNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showRecent();
    void rememberRecent(const QString &customerId);
    void openSelected();
    void updateStatus();

    Store *m_store;
    CustomerSearchModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_blockedOnly;
    QTableView *m_results;
    QLabel *m_resultLabel;
    QPushButton *m_open;
    QTimer *m_typingPause;
    QList<QPointer<CustomerCardWindow>> m_cards;
};

} // namespace rentdesk
