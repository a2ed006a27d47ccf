#include "damagespanel.h"

#include "actionicons.h"
#include "clock.h"
#include "damagesmodel.h"
#include "format.h"
#include "problemlabel.h"
#include "store.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rentdesk {

DamagesPanel::DamagesPanel(Store *store, DamagesModel *model, const QString &customerId,
                           QWidget *parent)
    : TablePanel(model, parent)
    , m_store(store)
    , m_customerId(customerId)
{
    m_report = new QAction(tr("&Report damage…"), this);
    m_report->setObjectName(QStringLiteral("reportDamage"));
    m_report->setToolTip(tr("A damage found outside a return: what, when, what it costs, and "
                            "which object (it goes to repair)"));
    m_charge = new QAction(tr("&Charge…"), this);
    m_charge->setObjectName(QStringLiteral("chargeDamage"));
    m_charge->setToolTip(tr("The cost becomes due from the customer (an open payment)"));
    m_repaired = new QAction(actionIcon(ActionIcon::GreenCheck), tr("Re&paired"), this);
    m_repaired->setObjectName(QStringLiteral("damageRepaired"));
    m_repaired->setToolTip(tr("The object is mended and can be rented again"));
    m_writeOff = new QAction(tr("&Write off…"), this);
    m_writeOff->setObjectName(QStringLiteral("writeOffDamage"));
    m_writeOff->setToolTip(tr("The cost is not claimed from the customer (managers)"));
    m_close = new QAction(tr("Cl&ose"), this);
    m_close->setObjectName(QStringLiteral("closeDamage"));
    m_attach = new QAction(tr("&Attach file…"), this);
    m_attach->setObjectName(QStringLiteral("attachToDamage"));
    m_attach->setToolTip(tr("Photos of the damage, the workshop's bill: kept with the case and "
                            "in the card's documents"));
    connect(m_attach, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Attach files to the damage"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
        if (!paths.isEmpty())
            attachFiles(paths);
    });
    connect(m_report, &QAction::triggered, this, &DamagesPanel::report);
    connect(m_charge, &QAction::triggered, this, &DamagesPanel::charge);
    connect(m_repaired, &QAction::triggered, this, &DamagesPanel::repaired);
    connect(m_writeOff, &QAction::triggered, this, &DamagesPanel::writeOff);
    connect(m_close, &QAction::triggered, this, &DamagesPanel::close);
    setActions({m_charge, m_repaired, m_writeOff, m_close, m_attach}, {m_report}, 3);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DamagesPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &DamagesPanel::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &DamagesPanel::updateActions);
    updateActions();
}

void DamagesPanel::updateActions()
{
    const DamageCaseInfo c = m_store->damageCase(selectedId());
    const bool unsettled =
        c.status == QLatin1String("open") || c.status == QLatin1String("repaired");
    m_charge->setEnabled(unsettled && c.costMinor > 0);
    m_repaired->setEnabled(c.objectState == QLatin1String("maintenance"));
    m_writeOff->setEnabled(unsettled);
    // Closed only when nothing is in repair any more (a written-off one may stay broken).
    m_attach->setEnabled(c.isValid());
    m_close->setEnabled(c.isValid() && c.status != QLatin1String("closed") &&
                        (c.objectState != QLatin1String("maintenance") ||
                         c.status == QLatin1String("written_off")));
}

void DamagesPanel::refused(const QString &title, const QString &why)
{
    QMessageBox::warning(this, title, why);
}

int DamagesPanel::attachFiles(const QStringList &paths)
{
    const DamageCaseInfo c = m_store->damageCase(selectedId());
    if (!c.isValid())
        return 0;
    QStringList problems;
    int added = 0;
    for (const QString &path : paths) {
        const WriteResult r = m_store->addDocument(c.customerId, path, c.id, c.transactionId);
        if (r.ok())
            ++added;
        else
            problems << r.error;
    }
    if (!problems.isEmpty())
        refused(tr("Attach files to the damage"), problems.join(QLatin1Char('\n')));
    return added;
}

void DamagesPanel::report()
{
    DamageDialog dialog(m_store, m_customerId, this);
    dialog.exec();
}

void DamagesPanel::charge()
{
    const DamageCaseInfo c = m_store->damageCase(selectedId());
    if (!c.isValid())
        return;
    if (QMessageBox::question(this, tr("Charge damage"),
                              tr("Charge %1 for this damage to the customer? It becomes an open "
                                 "payment, due today.")
                                  .arg(Money{c.costMinor}.toString())) != QMessageBox::Yes)
        return;
    const WriteResult r = m_store->chargeDamage(c.id);
    if (!r.ok())
        refused(tr("Charge damage"), r.error);
    updateActions();
}

void DamagesPanel::repaired()
{
    const WriteResult r = m_store->damageRepaired(selectedId());
    if (!r.ok())
        refused(tr("Repaired"), r.error);
    updateActions();
}

void DamagesPanel::writeOff()
{
    const DamageCaseInfo c = m_store->damageCase(selectedId());
    if (!c.isValid())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Write off damage"),
        tr("Why is the damage of %1 not claimed?").arg(Money{c.costMinor}.toString()),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const WriteResult r = m_store->writeOffDamage(c.id, reason);
    if (!r.ok())
        refused(tr("Write off damage"), r.error);
    updateActions();
}

void DamagesPanel::close()
{
    const WriteResult r = m_store->closeDamage(selectedId());
    if (!r.ok())
        refused(tr("Close damage"), r.error);
    updateActions();
}

DamageDialog::DamageDialog(Store *store, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("damageDialog"));
    setWindowTitle(tr("Report damage"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_transaction = new QComboBox(this);
    m_transaction->setObjectName(QStringLiteral("damageTransaction"));
    m_transaction->addItem(tr("none"), QString());
    for (const TransactionRow &t : store->transactions(customerId, {}, 100))
        m_transaction->addItem(tr("%1 (%2)").arg(t.number, transactionStatusText(t.status)), t.id);
    form->addRow(tr("&Transaction:"), m_transaction);
    m_object = new QComboBox(this);
    m_object->setObjectName(QStringLiteral("damageObject"));
    form->addRow(tr("&Object:"), m_object);
    m_on = new QDateEdit(clock::today(), this);
    m_on->setObjectName(QStringLiteral("damageDate"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(dateInputFormat());
    m_on->setMaximumDate(clock::today());
    form->addRow(tr("&Found on:"), m_on);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("damageDescription"));
    m_description->setPlaceholderText(tr("e.g. rim bent, paint scratched"));
    form->addRow(tr("&What:"), m_description);
    m_cost = new QLineEdit(moneyInput(0), this);
    m_cost->setObjectName(QStringLiteral("damageCost"));
    m_cost->setAlignment(Qt::AlignRight);
    form->addRow(tr("&Cost to mend:"), m_cost);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DamageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_transaction, &QComboBox::currentIndexChanged, this, &DamageDialog::loadObjects);
    loadObjects();
}

void DamageDialog::loadObjects()
{
    m_object->clear();
    m_object->addItem(tr("none"), QString());
    const QString transaction = m_transaction->currentData().toString();
    if (transaction.isEmpty())
        return;
    for (const TransactionDetail::Line &l : m_store->transactionDetail(transaction).lines) {
        const LineInfo info = m_store->lineInfo(l.id);
        if (!info.objectId.isEmpty())
            m_object->addItem(tr("%1 (%2)").arg(l.objectName, l.barcode), info.objectId);
    }
    if (m_object->count() == 2)
        m_object->setCurrentIndex(1); // the one object of the transaction
}

void DamageDialog::accept()
{
    m_problem->hide();
    DamageDraft d;
    d.customerId = m_customerId;
    d.transactionId = m_transaction->currentData().toString();
    d.objectId = m_object->currentData().toString();
    d.on = m_on->date();
    d.description = m_description->text();
    if (!parseMoney(m_cost->text(), &d.costMinor)) {
        m_problem->setText(
            tr("Enter the cost as an amount, for example %1.").arg(moneyInput(4550)));
        m_problem->show();
        m_cost->setFocus();
        m_cost->selectAll();
        return;
    }
    const WriteResult r = m_store->reportDamage(d);
    if (!r.ok()) {
        m_problem->setText(r.error);
        m_problem->show();
        m_description->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rentdesk
