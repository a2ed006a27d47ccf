#pragma once

#include <QHash>
#include <QMainWindow>

class QAbstractItemModel;
class QAction;
class QDockWidget;
class QLineEdit;
class QPushButton;

namespace rentdesk {

class Store;
class HeaderPanel;
class TablePanel;
class MasterDataModel;
class RentedObjectsModel;
class TransactionsModel;
class DamagesModel;
class AccessesModel;
class VouchersModel;
class OpenPaymentsModel;
class OpenBalancesModel;
class DocumentsModel;
class PermissionsModel;
class ActivitiesModel;
class RentedObjectsPanel;
class TransactionWindow;

// The customer card: one window, one dock per panel, in the spec's default arrangement. Staff can
// move, stack, float and hide panels; the arrangement is remembered per user.
class CustomerCardWindow : public QMainWindow
{
    Q_OBJECT
public:
    CustomerCardWindow(Store *store, const QString &customerId, QWidget *parent = nullptr);
    ~CustomerCardWindow() override;

    QString customerId() const { return m_customerId; }
    QList<QDockWidget *> panels() const { return m_docks; }
    QDockWidget *panel(const QString &name) const;
    HeaderPanel *header() const { return m_header; }
    MasterDataModel *masterDataModel() const { return m_masterData; }

    void resetLayout();
    void editPersonalData();
    // Blocks the customer (a dialog asks why and until when) or, when blocked, lifts the block.
    void toggleBlock();
    // The counter's work: a new transaction, a return (the given lines ticked, else the
    // selected ones), a payment, one transaction in its window.
    void newTransaction();
    void returnObjects(const QStringList &lineIds = {});
    void takePayment();
    // Sells a voucher to this customer, or gives one free.
    void sellVoucher();
    TransactionWindow *openTransaction(const QString &transactionId);
    // A scanned code: an object this customer has out opens its return, a transaction of
    // theirs opens it; a code of another customer goes to the main window (scanElsewhere).
    // False when nothing has the code (the status bar says so).
    bool handleScan(const QString &code);
    RentedObjectsPanel *rentedObjectsPanel() const { return m_rentedPanel; }
    QLineEdit *scanField() const { return m_scan; }

signals:
    void searchRequested();
    void openCustomerRequested(const QString &customerId);
    void scanElsewhere(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QDockWidget *addPanel(const QString &name, const QString &title, QWidget *widget);
    // The dock's title counts the panel's rows.
    void countInTitle(QDockWidget *dock, TablePanel *panel, const QString &title);
    TablePanel *addTablePanel(const QString &name, const QString &title, QAbstractItemModel *model);
    void createPanels();
    void createMenus();
    void arrangeDefault();
    void applyDefaultSizes();
    void saveLayout() const;
    void updateTitle();
    void expandActivities();

    Store *m_store;
    QString m_customerId;
    QList<QDockWidget *> m_docks;
    HeaderPanel *m_header = nullptr;
    QPushButton *m_blockButton = nullptr;
    QAction *m_blockAction = nullptr;
    MasterDataModel *m_masterData = nullptr;
    RentedObjectsModel *m_rented = nullptr;
    RentedObjectsPanel *m_rentedPanel = nullptr;
    QLineEdit *m_scan = nullptr;
    TransactionsModel *m_transactions = nullptr;
    DamagesModel *m_damages = nullptr;
    AccessesModel *m_accesses = nullptr;
    VouchersModel *m_vouchers = nullptr;
    OpenPaymentsModel *m_openPayments = nullptr;
    OpenBalancesModel *m_openBalances = nullptr;
    DocumentsModel *m_documents = nullptr;
    PermissionsModel *m_permissions = nullptr;
    ActivitiesModel *m_activities = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_defaultSizesPending = false;
};

} // namespace rentdesk
