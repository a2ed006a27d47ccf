#include "customercardwindow.h"

#include "deskstatus.h"
#include "syncstatuswidget.h"

#include "accessesmodel.h"
#include "accessespanel.h"
#include "activitiesmodel.h"
#include "blockdialog.h"
#include "clock.h"
#include "customerdialog.h"
#include "damagesmodel.h"
#include "damagespanel.h"
#include "documentsmodel.h"
#include "documentspanel.h"
#include "headerpanel.h"
#include "masterdatadelegate.h"
#include "masterdatamodel.h"
#include "openbalancesmodel.h"
#include "openpaymentsmodel.h"
#include "paymentdialog.h"
#include "permissionsmodel.h"
#include "permissionspanel.h"
#include "rentalpaper.h"
#include "rentedobjectsmodel.h"
#include "rentedobjectspanel.h"
#include "returndialog.h"
#include "store.h"
#include "tablepanel.h"
#include "transactiondialog.h"
#include "transactionsmodel.h"
#include "transactionwindow.h"
#include "voucherdialog.h"
#include "vouchersmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rentdesk {

namespace {
// 2: three columns (saved layouts of version 1 give way to the new default once). 3: the
// rented objects with their row actions and the counter's actions take more of the left column.
constexpr int kLayoutVersion = 3;
const auto kStateKey = QStringLiteral("card/dockState");
const auto kGeometryKey = QStringLiteral("card/geometry");
} // namespace

CustomerCardWindow::CustomerCardWindow(Store *store, const QString &customerId, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerCard"));
    setAttribute(Qt::WA_DeleteOnClose);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
    setDockNestingEnabled(true);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);

    createPanels();
    createMenus();
    arrangeDefault();

    const QSettings settings;
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty() && restoreState(state, kLayoutVersion))
        m_defaultSizesPending = false;
    // A layout saved when the header could still be closed: it comes back.
    panel(QStringLiteral("header"))->show();
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect screen = QApplication::primaryScreen()
                                 ? QApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1366, 768);
        resize(qMin(screen.width(), 1600), qMin(screen.height(), 950));
    }
    updateTitle();
    connect(store, &Store::changed, this, [this](const StoreChange &change) {
        if (change.kind == StoreChange::Kind::Reset ||
            (change.is("customer") && change.id == m_customerId))
            updateTitle();
    });
    statusBar()->addPermanentWidget(new SyncStatusWidget(store, this));
    statusBar()->addPermanentWidget(new DeskStatus(store, this));
}

CustomerCardWindow::~CustomerCardWindow() = default;

void CustomerCardWindow::updateTitle()
{
    const Customer c = m_store->customer(m_customerId);
    setWindowTitle(tr("%1 · %2 – Customer card").arg(c.displayName(), c.number));
    const bool blocked = c.isBlockedOn(clock::today());
    m_blockButton->setText(blocked ? tr("Lift block") : tr("Block customer…"));
    m_blockAction->setText(blocked ? tr("&Lift block") : tr("&Block customer…"));
}

void CustomerCardWindow::toggleBlock()
{
    const Customer c = m_store->customer(m_customerId);
    if (!c.isBlockedOn(clock::today())) {
        BlockDialog dialog(m_store, m_customerId, this);
        dialog.exec();
        return;
    }
    if (QMessageBox::question(
            this, tr("Lift block"),
            tr("Lift the block of %1? It was: %2").arg(c.displayName(), c.blockedReason)) !=
        QMessageBox::Yes)
        return;
    const WriteResult r = m_store->unblockCustomer(m_customerId);
    if (!r.ok())
        QMessageBox::warning(this, tr("Lift block"), r.error);
    else
        statusBar()->showMessage(tr("The block is lifted."), 5000);
}

void CustomerCardWindow::newTransaction()
{
    TransactionDialog dialog(m_store, m_customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        tr("Transaction %1 is saved.").arg(m_store->transactionDetail(dialog.createdId()).number),
        5000);
    if (dialog.wantsContract())
        RentalPaper::offer(RentalPaper::Kind::Contract, m_store, dialog.createdId(), this);
}

void CustomerCardWindow::returnObjects(const QStringList &lineIds)
{
    m_rentedPanel->returnObjects(lineIds);
}

void CustomerCardWindow::takePayment()
{
    if (m_store->openAmount(m_customerId, {}) <= 0) {
        QMessageBox::information(this, tr("Take payment"),
                                 tr("Nothing is open for this customer."));
        return;
    }
    PaymentDialog dialog(m_store, m_customerId, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("The payment is booked."), 5000);
}

void CustomerCardWindow::sellVoucher()
{
    VoucherDialog dialog(m_store, m_customerId, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("Voucher %1 is issued.").arg(dialog.codeField()->text().trimmed().toUpper()), 5000);
}

TransactionWindow *CustomerCardWindow::openTransaction(const QString &transactionId)
{
    if (transactionId.isEmpty())
        return nullptr;
    auto *window = new TransactionWindow(m_store, transactionId, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

bool CustomerCardWindow::handleScan(const QString &code)
{
    const ScanHit hit = m_store->findCode(code);
    if (hit.kind == ScanHit::Kind::None) {
        statusBar()->showMessage(tr("Nothing has the code %1.").arg(code.trimmed()), 5000);
        return false;
    }
    if (hit.kind == ScanHit::Kind::Object && hit.customerId.isEmpty()) {
        statusBar()->showMessage(tr("%1 is not out with anyone.").arg(hit.label), 5000);
        return false;
    }
    if (hit.customerId != m_customerId) {
        emit scanElsewhere(code.trimmed());
        return true;
    }
    if (hit.kind == ScanHit::Kind::Object)
        returnObjects({hit.lineId});
    else if (hit.kind == ScanHit::Kind::Transaction)
        openTransaction(hit.transactionId);
    return true;
}

QDockWidget *CustomerCardWindow::addPanel(const QString &name, const QString &title,
                                          QWidget *widget)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    // The header (name and number) cannot be closed: which customer this is stays in sight.
    dock->setFeatures(name == QLatin1String("header")
                          ? QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                          : QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                                QDockWidget::DockWidgetFloatable);
    m_docks << dock;
    return dock;
}

TablePanel *CustomerCardWindow::addTablePanel(const QString &name, const QString &title,
                                              QAbstractItemModel *model)
{
    auto *panel = new TablePanel(model, this);
    countInTitle(addPanel(name, title, panel), panel, title);
    return panel;
}

void CustomerCardWindow::countInTitle(QDockWidget *dock, TablePanel *panel, const QString &title)
{
    auto retitle = [dock, title](const QString &count) {
        dock->setWindowTitle(QStringLiteral("%1 (%2)").arg(title, count));
    };
    connect(panel, &TablePanel::countChanged, dock, retitle);
}

void CustomerCardWindow::createPanels()
{
    m_header = new HeaderPanel(m_store, m_customerId, this);
    // Who this is stays whole: the tables below give way first.
    m_header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    connect(m_header, &HeaderPanel::editRequested, this, &CustomerCardWindow::editPersonalData);
    addPanel(QStringLiteral("header"), tr("Customer"), m_header);

    m_rented = new RentedObjectsModel(m_store, this);
    m_rentedPanel = new RentedObjectsPanel(m_store, m_rented, m_customerId, this);
    countInTitle(addPanel(QStringLiteral("rentedObjects"), tr("Rented objects"), m_rentedPanel),
                 m_rentedPanel, tr("Rented objects"));
    connect(m_rentedPanel, &RentedObjectsPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_transactions = new TransactionsModel(m_store, this);
    TablePanel *transactions =
        addTablePanel(QStringLiteral("transactions"), tr("Transactions"), m_transactions);
    transactions->view()->setToolTip(tr("Enter or a double click opens the transaction"));
    connect(transactions->view(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                openTransaction(index.data(int(ModelRole::Id)).toString());
            });
    m_damages = new DamagesModel(m_store, this);
    auto *damages = new DamagesPanel(m_store, m_damages, m_customerId, this);
    addPanel(QStringLiteral("damages"), tr("Damages"), damages);
    countInTitle(panel(QStringLiteral("damages")), damages, tr("Damages"));
    m_accesses = new AccessesModel(m_store, this);
    auto *accesses = new AccessesPanel(m_store, m_accesses, m_customerId, this);
    addPanel(QStringLiteral("accesses"), tr("Accesses"), accesses);
    countInTitle(panel(QStringLiteral("accesses")), accesses, tr("Accesses"));
    m_vouchers = new VouchersModel(m_store, this);
    TablePanel *vouchers = addTablePanel(QStringLiteral("vouchers"), tr("Vouchers"), m_vouchers);
    auto *sellVoucher = new QAction(tr("&Sell voucher…"), vouchers);
    sellVoucher->setObjectName(QStringLiteral("sellVoucher"));
    sellVoucher->setToolTip(tr("Sell a voucher, or give one free with a reason"));
    connect(sellVoucher, &QAction::triggered, this, &CustomerCardWindow::sellVoucher);
    vouchers->setActions({}, {sellVoucher}, 1);

    m_permissions = new PermissionsModel(m_store, this);
    auto *permissions = new PermissionsPanel(m_store, m_permissions, m_customerId, this);
    addPanel(QStringLiteral("permissions"), tr("Permissions"), permissions);
    countInTitle(panel(QStringLiteral("permissions")), permissions, tr("Permissions"));

    // Actions: what can be done with the whole customer.
    auto *actions = new QWidget(this);
    auto *actionsLayout = new QGridLayout(actions);
    auto *edit = new QPushButton(tr("Edit personal data…"), actions);
    edit->setObjectName(QStringLiteral("editAction"));
    connect(edit, &QPushButton::clicked, this, &CustomerCardWindow::editPersonalData);
    auto *copy = new QPushButton(tr("Copy customer number"), actions);
    copy->setObjectName(QStringLiteral("copyNumberAction"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_store->customer(m_customerId).number);
        statusBar()->showMessage(tr("Customer number copied."), 3000);
    });
    auto *search = new QPushButton(tr("Find another customer"), actions);
    connect(search, &QPushButton::clicked, this, &CustomerCardWindow::searchRequested);
    m_blockButton = new QPushButton(actions);
    m_blockButton->setObjectName(QStringLiteral("blockAction"));
    connect(m_blockButton, &QPushButton::clicked, this, &CustomerCardWindow::toggleBlock);
    auto *rent = new QPushButton(tr("New transaction…"), actions);
    rent->setObjectName(QStringLiteral("newTransactionAction"));
    rent->setToolTip(tr("Rent out, book, reserve or take a request (Ctrl+T)"));
    connect(rent, &QPushButton::clicked, this, &CustomerCardWindow::newTransaction);
    auto *back = new QPushButton(tr("Return…"), actions);
    back->setObjectName(QStringLiteral("returnAction"));
    back->setToolTip(tr("Check objects in (Ctrl+R)"));
    connect(back, &QPushButton::clicked, this, [this] { returnObjects(); });
    auto *pay = new QPushButton(tr("Take payment…"), actions);
    pay->setObjectName(QStringLiteral("paymentAction"));
    pay->setToolTip(tr("Cash, card, bank transfer or voucher (Ctrl+K)"));
    connect(pay, &QPushButton::clicked, this, &CustomerCardWindow::takePayment);
    m_scan = new QLineEdit(actions);
    m_scan->setObjectName(QStringLiteral("cardScan"));
    m_scan->setPlaceholderText(tr("Scan: object, transaction or customer number"));
    m_scan->setClearButtonEnabled(true);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (handleScan(m_scan->text()))
            m_scan->clear();
        else
            m_scan->selectAll();
    });
    actionsLayout->addWidget(rent, 0, 0);
    actionsLayout->addWidget(back, 0, 1);
    actionsLayout->addWidget(pay, 0, 2);
    actionsLayout->addWidget(edit, 1, 0);
    actionsLayout->addWidget(copy, 1, 1);
    actionsLayout->addWidget(m_blockButton, 1, 2);
    actionsLayout->addWidget(search, 2, 0);
    actionsLayout->addWidget(m_scan, 2, 1, 1, 2);
    actionsLayout->setRowStretch(3, 1);
    addPanel(QStringLiteral("actions"), tr("Actions"), actions);

    m_masterData = new MasterDataModel(m_store, this);
    TablePanel *master =
        addTablePanel(QStringLiteral("masterData"), tr("Master data"), m_masterData);
    master->view()->setItemDelegate(new MasterDataDelegate(m_store, master->view()));
    // Editing starts on F2, a double click or Enter only: a barcode scanner typing into a
    // focused cell must not overwrite and save a field.
    master->view()->setEditTriggers(QAbstractItemView::DoubleClicked |
                                    QAbstractItemView::EditKeyPressed);
    connect(master->view(), &QAbstractItemView::activated, master->view(),
            [view = master->view()](const QModelIndex &index) { view->edit(index); });
    master->view()->setSelectionBehavior(QAbstractItemView::SelectItems);
    master->view()->horizontalHeader()->setStretchLastSection(false);
    master->view()->horizontalHeader()->setSectionResizeMode(int(MasterDataModel::Column::Value),
                                                             QHeaderView::Stretch);
    // The reasons for refused values right under the table, seen without scrolling sideways.
    auto *problems = new QLabel(master);
    problems->setObjectName(QStringLiteral("masterDataProblems"));
    problems->setWordWrap(true);
    problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    problems->hide();
    master->panelLayout()->addWidget(problems);
    connect(m_masterData, &MasterDataModel::problemChanged, problems, [this, problems] {
        QStringList lines;
        for (CustomerField f : allCustomerFields())
            if (!m_masterData->problem(f).isEmpty())
                lines << tr("%1: %2").arg(fieldLabel(f), m_masterData->problem(f));
        problems->setText(lines.join(QLatin1Char('\n')));
        problems->setVisible(!lines.isEmpty());
    });
    m_documents = new DocumentsModel(m_store, this);
    auto *documents = new DocumentsPanel(m_store, m_documents, m_customerId, this);
    addPanel(QStringLiteral("documents"), tr("Documents"), documents);
    countInTitle(panel(QStringLiteral("documents")), documents, tr("Documents"));

    m_openPayments = new OpenPaymentsModel(m_store, this);
    addTablePanel(QStringLiteral("openPayments"), tr("Open payments"), m_openPayments);
    m_openBalances = new OpenBalancesModel(m_store, this);
    addTablePanel(QStringLiteral("openBalances"), tr("Open balances"), m_openBalances);

    m_activities = new ActivitiesModel(m_store, this);
    TablePanel *activities =
        addTablePanel(QStringLiteral("activities"), tr("Activities"), m_activities);
    // Readable without a tooltip in a narrow column: the description wraps.
    QTableView *activityView = activities->view();
    activityView->setWordWrap(true);
    activities->setFitColumnsOnChange(false);
    activityView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    activityView->horizontalHeader()->setSectionResizeMode(int(ActivitiesModel::Column::What),
                                                           QHeaderView::Stretch);
    activityView->setTextElideMode(Qt::ElideNone);
    // Once the layout has settled (column widths change with the dock's size).
    auto *fit = new QTimer(activityView);
    fit->setSingleShot(true);
    fit->setInterval(0);
    connect(fit, &QTimer::timeout, activityView,
            [activityView] { activityView->resizeRowsToContents(); });
    auto fitRows = [fit] { fit->start(); };
    connect(m_activities, &QAbstractItemModel::modelReset, activityView, fitRows);
    connect(m_activities, &QAbstractItemModel::rowsInserted, activityView, fitRows);
    connect(m_activities, &QAbstractItemModel::dataChanged, activityView, fitRows);
    connect(activityView->horizontalHeader(), &QHeaderView::sectionResized, activityView, fitRows);
    auto *expand = new QPushButton(tr("E&xpand"), activities);
    expand->setObjectName(QStringLiteral("expandActivities"));
    expand->setToolTip(tr("Show the whole list of changes"));
    connect(expand, &QPushButton::clicked, this, &CustomerCardWindow::expandActivities);
    activities->panelLayout()->addWidget(expand, 0, Qt::AlignRight);

    for (CustomerPanelModel *m : std::initializer_list<CustomerPanelModel *>{
             m_rented, m_transactions, m_damages, m_accesses, m_vouchers, m_permissions,
             m_masterData, m_documents, m_openPayments, m_openBalances, m_activities})
        m->setCustomer(m_customerId);
}

QDockWidget *CustomerCardWindow::panel(const QString &name) const
{
    for (QDockWidget *d : m_docks)
        if (d->objectName() == name)
            return d;
    return nullptr;
}

void CustomerCardWindow::arrangeDefault()
{
    // Three columns. Left: header, actions, rented objects, transactions, then damages |
    // accesses | vouchers | open payments as tabs. Middle: permissions, then master data |
    // documents | open balances. Right: the activities, the whole height. At 1366x768 every
    // permission, all 15 master data fields and more than ten activities are in sight, in
    // German as in English.
    for (QDockWidget *d : std::as_const(m_docks)) {
        d->setFloating(false);
        d->show();
    }
    auto p = [this](const char *name) { return panel(QString::fromLatin1(name)); };
    // Split first, tabify last: Qt tabs a dock that is split off a tabbed one into the tabs.
    addDockWidget(Qt::LeftDockWidgetArea, p("header"));
    addDockWidget(Qt::RightDockWidgetArea, p("permissions"));
    splitDockWidget(p("permissions"), p("activities"), Qt::Horizontal);
    splitDockWidget(p("header"), p("actions"), Qt::Vertical);
    splitDockWidget(p("actions"), p("rentedObjects"), Qt::Vertical);
    splitDockWidget(p("rentedObjects"), p("transactions"), Qt::Vertical);
    splitDockWidget(p("transactions"), p("damages"), Qt::Vertical);
    splitDockWidget(p("permissions"), p("masterData"), Qt::Vertical);
    tabifyDockWidget(p("damages"), p("accesses"));
    tabifyDockWidget(p("accesses"), p("vouchers"));
    tabifyDockWidget(p("vouchers"), p("openPayments"));
    tabifyDockWidget(p("masterData"), p("documents"));
    tabifyDockWidget(p("documents"), p("openBalances"));
    p("openPayments")->raise();
    p("masterData")->raise();
    // Sizes need the window's real size: apply them now when shown, else when it is shown.
    m_defaultSizesPending = true;
    if (isVisible())
        applyDefaultSizes();
}

void CustomerCardWindow::applyDefaultSizes()
{
    m_defaultSizesPending = false;
    auto p = [this](const char *name) { return panel(QString::fromLatin1(name)); };
    const int w = width(), h = height();
    resizeDocks({p("header"), p("permissions"), p("activities")},
                {w * 44 / 100, w * 25 / 100, w * 31 / 100}, Qt::Horizontal);
    // What a table of `rows` rows needs in a dock: title, column header, rows, frame.
    const int row = fontMetrics().height() + 8;
    const int title = fontMetrics().height() + 10;
    auto tableHeight = [row, title](int rows) { return title + row + rows * row + 16; };
    // The middle column: every permission, then master data with the rest.
    // The permissions panel has a row of buttons under its table.
    const int buttons = QPushButton().sizeHint().height() + 6;
    const int permissions = tableHeight(qMax(5, m_permissions->rowCount())) + buttons;
    resizeDocks({p("permissions"), p("masterData")},
                {permissions, qMax(tableHeight(15), h - permissions)}, Qt::Vertical);
    // The left column: the header and the actions as tall as they need, the rest shared.
    const int header = title + m_header->sizeHint().height();
    const int actions = title + p("actions")->widget()->sizeHint().height();
    const int rest = qMax(0, h - header - actions);
    resizeDocks(
        {p("header"), p("actions"), p("rentedObjects"), p("transactions"), p("openPayments")},
        {header, actions, rest * 42 / 100, rest * 36 / 100, rest * 22 / 100}, Qt::Vertical);
}

void CustomerCardWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultSizesPending)
        applyDefaultSizes();
}

void CustomerCardWindow::createMenus()
{
    QMenu *card = menuBar()->addMenu(tr("&Card"));
    QAction *edit =
        card->addAction(tr("&Edit personal data…"), this, &CustomerCardWindow::editPersonalData);
    edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *find =
        card->addAction(tr("&Find customer"), this, &CustomerCardWindow::searchRequested);
    find->setShortcut(QKeySequence::Find);
    m_blockAction = card->addAction(QString(), this, &CustomerCardWindow::toggleBlock);
    card->addSeparator();
    QAction *rent =
        card->addAction(tr("&New transaction…"), this, &CustomerCardWindow::newTransaction);
    rent->setShortcut(QKeySequence(tr("Ctrl+T")));
    QAction *back = card->addAction(tr("&Return…"), this, [this] { returnObjects(); });
    back->setShortcut(QKeySequence(tr("Ctrl+R")));
    QAction *pay = card->addAction(tr("Take &payment…"), this, &CustomerCardWindow::takePayment);
    pay->setShortcut(QKeySequence(tr("Ctrl+K")));
    card->addSeparator();
    card->addAction(tr("Sell &voucher…"), this, &CustomerCardWindow::sellVoucher);
    QAction *close = card->addAction(tr("&Close card"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : std::as_const(m_docks))
        if (d->features() & QDockWidget::DockWidgetClosable)
            m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *reset =
        m_viewMenu->addAction(tr("&Reset layout"), this, &CustomerCardWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayout"));
}

void CustomerCardWindow::resetLayout()
{
    arrangeDefault();
    QSettings settings;
    settings.remove(kStateKey);
}

void CustomerCardWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    settings.setValue(kGeometryKey, saveGeometry());
}

void CustomerCardWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void CustomerCardWindow::editPersonalData()
{
    CustomerDialog dialog(m_store, m_customerId, this);
    connect(&dialog, &CustomerDialog::openCustomerRequested, this,
            &CustomerCardWindow::openCustomerRequested);
    dialog.exec();
}

void CustomerCardWindow::expandActivities()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("allActivities"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("All activities – %1").arg(m_store->customer(m_customerId).displayName()));
    // Loaded a page at a time as the list is scrolled; the filter reads further pages until it
    // has a screenful of matches or the history ends.
    auto *model = new ActivitiesModel(m_store, dialog);
    model->setCustomer(m_customerId);
    auto *proxy = new QSortFilterProxyModel(dialog);
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *layout = new QVBoxLayout(dialog);
    auto *filter = new QLineEdit(dialog);
    filter->setObjectName(QStringLiteral("activityFilter"));
    filter->setPlaceholderText(tr("Filter: a word, a name, a field, a date…"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(filter);
    auto *panel = new TablePanel(proxy, dialog);
    panel->view()->setWordWrap(true);
    layout->addWidget(panel);
    auto *count = new QLabel(dialog);
    count->setObjectName(QStringLiteral("activityFilterCount"));
    layout->addWidget(count);
    auto update = [model, proxy, filter, count] {
        proxy->setFilterFixedString(filter->text().trimmed());
        while (proxy->rowCount() < 100 && model->canFetchMore({}))
            model->fetchMore({});
        count->setText(
            filter->text().trimmed().isEmpty()
                ? QString()
                : tr("%n matching entr(y/ies)", nullptr, proxy->rowCount()) +
                      (model->canFetchMore({}) ? tr(" so far; scroll for more") : QString()));
    };
    connect(filter, &QLineEdit::textChanged, dialog, update);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(900, 600);
    dialog->show();
    filter->setFocus();
}

} // namespace rentdesk
