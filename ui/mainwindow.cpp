#include "mainwindow.h"

#include "aboutdialogs.h"
#include "backgroundsync.h"
#include "customercardwindow.h"
#include "customerdialog.h"
#include "customerimport.h"
#include "customersearchmodel.h"
#include "desksession.h"
#include "desksetupdialog.h"
#include "deskstatus.h"
#include "importdialog.h"
#include "rejectionsdialog.h"
#include "settingsdialog.h"
#include "store.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rentdesk {

namespace {
const auto kRecentKey = QStringLiteral("customers/recent");
constexpr int kRecentMax = 20;
} // namespace

MainWindow::MainWindow(Store *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new CustomerSearchModel(store, this))
{
    setObjectName(QStringLiteral("customerList"));
    setWindowTitle(tr("RentDesk – Customers"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(
        tr("Search by name, number, e-mail, phone, street, postcode or city (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    QFont bigger = m_search->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    m_search->setFont(bigger);
    top->addWidget(m_search, 1);
    m_blockedOnly = new QCheckBox(tr("Only &blocked"), central);
    m_blockedOnly->setObjectName(QStringLiteral("blockedOnly"));
    m_blockedOnly->setToolTip(tr("List only the customers who are blocked today"));
    top->addWidget(m_blockedOnly);
    auto *create =
        new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&New customer…"), central);
    create->setObjectName(QStringLiteral("newCustomer"));
    top->addWidget(create);
    layout->addLayout(top);

    m_resultLabel = new QLabel(central);
    layout->addWidget(m_resultLabel);

    m_results = new QTableView(central);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->installEventFilter(this);
    layout->addWidget(m_results, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    m_open = new QPushButton(tr("&Open card"), central);
    m_open->setObjectName(QStringLiteral("openCard"));
    m_open->setEnabled(false);
    bottom->addWidget(m_open);
    layout->addLayout(bottom);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&Customers"));
    QAction *newAction = file->addAction(tr("&New customer…"), this, &MainWindow::createCustomer);
    newAction->setShortcut(QKeySequence::New);
    QAction *find = file->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    file->addSeparator();
    QAction *importAction =
        file->addAction(tr("&Import customers…"), this, &MainWindow::importCustomers);
    importAction->setObjectName(QStringLiteral("importAction"));
    QAction *exportAction =
        file->addAction(tr("&Export customer list…"), this, &MainWindow::exportCustomers);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    QAction *syncNow = syncMenu->addAction(tr("Sync &now"), this, [] {
        if (auto *sync = sync::BackgroundSync::current())
            sync->syncNow();
    });
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    syncMenu->addAction(tr("Set up &server…"), this, [this] {
        DeskSetupDialog dialog(m_store, this);
        dialog.exec();
    });
    syncMenu->addAction(tr("&Refused changes…"), this, [this] {
        RejectionsDialog dialog(m_store, this);
        dialog.exec();
    });
    syncMenu->setEnabled(sync::BackgroundSync::current() != nullptr);
    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    QAction *lockAction = desk->addAction(tr("&Lock / switch staff member"), this, [] {
        if (auto *session = DeskSession::current())
            session->lock();
    });
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From every window of the program, the cards included.
    lockAction->setShortcutContext(Qt::ApplicationShortcut);
    lockAction->setEnabled(DeskSession::current() != nullptr);
    QAction *settingsAction = desk->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RentDesk"), this, [this] {
        AboutDialog dialog(m_store->path(), this);
        dialog.exec();
    });

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(120);
    connect(m_typingPause, &QTimer::timeout, this, &MainWindow::searchNow);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (handleScan(m_search->text()))
            return;
        searchNow();
        if (!m_results->currentIndex().isValid() && m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        openSelected();
    });
    connect(m_blockedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setBlockedOnly(on);
        searchNow();
    });
    connect(create, &QPushButton::clicked, this, &MainWindow::createCustomer);
    connect(m_open, &QPushButton::clicked, this, &MainWindow::openSelected);
    connect(m_results, &QTableView::activated, this, &MainWindow::openSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_open->setEnabled(false);
        m_results->resizeColumnsToContents();
        const bool noText = m_search->text().trimmed().isEmpty();
        if (m_model->showsRecent())
            m_resultLabel->setText(m_model->rowCount() ? tr("Recently opened customers")
                                                       : tr("Type to search for a customer."));
        else if (m_model->blockedOnly() && noText)
            m_resultLabel->setText(
                m_model->rowCount() == 0
                    ? tr("No customer is blocked.")
                    : tr("%n blocked customer(s)", nullptr, m_model->rowCount()) +
                          (m_model->rowCount() >= CustomerSearchModel::Limit
                               ? tr(" – showing the first %1; type to narrow down")
                                     .arg(CustomerSearchModel::Limit)
                               : QString()));
        else if (m_model->blockedOnly() && m_model->rowCount() == 0)
            m_resultLabel->setText(
                tr("No blocked customer matches “%1”.").arg(m_search->text().trimmed()));
        else if (m_model->rowCount() == 0)
            m_resultLabel->setText(tr("No customer matches “%1”.").arg(m_search->text().trimmed()));
        else
            m_resultLabel->setText(tr("%n customer(s) found", nullptr, m_model->rowCount()) +
                                   (m_model->rowCount() >= CustomerSearchModel::Limit
                                        ? tr(" – showing the best %1; type more to narrow down")
                                              .arg(CustomerSearchModel::Limit)
                                        : QString()));
        if (m_model->rowCount() > 0 && !m_model->showsRecent())
            m_results->selectRow(0);
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });
    connect(store, &Store::changed, this, [this](const StoreChange &change) {
        if (change.kind != StoreChange::Kind::Updated && change.is("customer"))
            updateStatus();
    });

    statusBar()->addPermanentWidget(new SyncStatusWidget(store, this));
    statusBar()->addPermanentWidget(new DeskStatus(store, this));
    showRecent();
    updateStatus();
    resize(1000, 640);
    m_search->setFocus();
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(tr("%n customer(s) in the store", nullptr,
                                int(qMin<qint64>(m_store->customerCount(), INT_MAX))));
}

void MainWindow::searchNow()
{
    m_typingPause->stop();
    if (m_search->text().trimmed().isEmpty() && !m_model->blockedOnly())
        showRecent();
    else
        m_model->setSearchText(m_search->text());
}

void MainWindow::showRecent()
{
    m_model->showRecent(QSettings().value(kRecentKey).toStringList());
}

void MainWindow::rememberRecent(const QString &customerId)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(customerId);
    recent.prepend(customerId);
    while (recent.size() > kRecentMax)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    if (m_model->showsRecent())
        showRecent();
}

void MainWindow::focusSearch()
{
    show();
    raise();
    activateWindow();
    m_search->setFocus();
    m_search->selectAll();
}

void MainWindow::openSelected()
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid())
        return;
    openCustomer(m_model->customerIdAt(current.row()));
}

QList<CustomerCardWindow *> MainWindow::openCards() const
{
    QList<CustomerCardWindow *> cards;
    for (const auto &c : m_cards)
        if (c)
            cards << c;
    return cards;
}

CustomerCardWindow *MainWindow::openCustomer(const QString &customerId)
{
    if (customerId.isEmpty() || !m_store->customer(customerId).isValid())
        return nullptr;
    for (CustomerCardWindow *card : openCards()) {
        if (card->customerId() == customerId) {
            card->show();
            card->raise();
            card->activateWindow();
            return card;
        }
    }
    auto *card = new CustomerCardWindow(m_store, customerId);
    connect(card, &CustomerCardWindow::searchRequested, this, &MainWindow::focusSearch);
    connect(card, &CustomerCardWindow::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(card, &CustomerCardWindow::scanElsewhere, this, &MainWindow::handleScan);
    m_cards.removeAll(nullptr);
    m_cards << card;
    card->show();
    rememberRecent(customerId);
    return card;
}

bool MainWindow::handleScan(const QString &code)
{
    const ScanHit hit = m_store->findCode(code);
    if (hit.kind == ScanHit::Kind::None || hit.customerId.isEmpty())
        return false;
    CustomerCardWindow *card = openCustomer(hit.customerId);
    if (!card)
        return false;
    // After the card is up, so the dialog opens over it.
    if (hit.kind == ScanHit::Kind::Object)
        QTimer::singleShot(0, card, [card, line = hit.lineId] { card->returnObjects({line}); });
    else if (hit.kind == ScanHit::Kind::Transaction)
        card->openTransaction(hit.transactionId);
    return true;
}

void MainWindow::createCustomer()
{
    CustomerDialog dialog(m_store, QString(), this);
    connect(&dialog, &CustomerDialog::openCustomerRequested, this, &MainWindow::openCustomer);
    if (dialog.exec() == QDialog::Accepted)
        openCustomer(dialog.customerId());
}

void MainWindow::openSettings()
{
    // Staff and settings are a manager's to change.
    const QString refused = m_store->managerNeeded();
    if (!refused.isEmpty()) {
        QMessageBox::information(this, tr("Settings"), refused);
        return;
    }
    SettingsDialog dialog(m_store, DeskSession::current(), this);
    dialog.exec();
}

void MainWindow::importCustomers()
{
    ImportDialog dialog(m_store, this);
    dialog.exec();
    // The list shows what the search finds; imported customers are found from now on.
    if (dialog.lastReport().ok() && dialog.importFinished())
        searchNow();
}

void MainWindow::exportCustomers()
{
    // Every customer's personal data leaves the program: a manager's decision.
    if (const QString refused = m_store->managerNeeded(); !refused.isEmpty()) {
        QMessageBox::information(this, tr("Export customer list"), refused);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export customer list"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("customers.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    int count = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = CustomerExport::write(*m_store, path, &error, &count);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export customer list"), error);
    else
        statusBar()->showMessage(tr("%n customer(s) written to %1", nullptr, count).arg(path),
                                 10000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
            m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->selectRow(0);
            return true;
        }
        if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openSelected();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the customer list ends the program: close the cards so their layout is saved.
    for (CustomerCardWindow *card : openCards())
        card->close();
    QMainWindow::closeEvent(event);
}

} // namespace rentdesk
