#include "rentedobjectspanel.h"

#include "actionicons.h"
#include "customerpanelmodel.h"
#include "format.h"
#include "linedialog.h"
#include "rentalpaper.h"
#include "rentedobjectsmodel.h"
#include "returndialog.h"
#include "store.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace rentdesk {

RentedObjectsPanel::RentedObjectsPanel(Store *store, RentedObjectsModel *model,
                                       const QString &customerId, QWidget *parent)
    : TablePanel(model, parent)
    , m_store(store)
    , m_customerId(customerId)
{
    view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_edit = new QAction(actionIcon(ActionIcon::GreenPen), tr("&Edit line…"), this);
    m_edit->setObjectName(QStringLiteral("editLine"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Period, object, quantity, agreed price and note (F2)"));
    m_reload = new QAction(actionIcon(ActionIcon::YellowCalendar), tr("Reload &price…"), this);
    m_reload->setObjectName(QStringLiteral("reloadPrice"));
    m_reload->setShortcut(QKeySequence(Qt::Key_F5));
    m_reload->setToolTip(tr("Price the line again from today's price list (F5)"));
    m_delete = new QAction(actionIcon(ActionIcon::RedCross), tr("&Delete line…"), this);
    m_delete->setObjectName(QStringLiteral("deleteLine"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_return = new QAction(actionIcon(ActionIcon::GreenCheck), tr("&Return…"), this);
    m_return->setObjectName(QStringLiteral("returnLine"));
    m_return->setShortcut(QKeySequence(Qt::Key_Return));
    m_return->setToolTip(tr("Check the selected objects in (Enter)"));
    connect(m_edit, &QAction::triggered, this, &RentedObjectsPanel::editLine);
    connect(m_reload, &QAction::triggered, this, &RentedObjectsPanel::reloadPrice);
    connect(m_delete, &QAction::triggered, this, &RentedObjectsPanel::deleteLine);
    connect(m_return, &QAction::triggered, this, [this] { returnObjects(); });
    setActions({m_edit, m_reload, m_delete, m_return}, {}, 4);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RentedObjectsPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &RentedObjectsPanel::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RentedObjectsPanel::updateActions);
    updateActions();
}

QStringList RentedObjectsPanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : view()->selectionModel()->selectedRows())
        ids << row.data(int(ModelRole::Id)).toString();
    return ids;
}

void RentedObjectsPanel::updateActions()
{
    const qsizetype n = selectedIds().size();
    m_edit->setEnabled(n == 1);
    m_reload->setEnabled(n == 1);
    m_delete->setEnabled(n == 1);
    m_return->setEnabled(n >= 1);
}

void RentedObjectsPanel::editLine()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    LineDialog dialog(m_store, id, this);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("The line is changed."));
}

void RentedObjectsPanel::reloadPrice()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const LineInfo line = m_store->lineInfo(id);
    if (line.negotiated &&
        QMessageBox::warning(this, tr("Reload price"),
                             tr("The price of %1 (%2) was agreed by hand. Reloading replaces it "
                                "with the price list's. Go on?")
                                 .arg(line.objectName, line.price.toString()),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    LineDraft repriced;
    QString problem;
    if (!m_store->repriceLine(id, &repriced, &problem)) {
        QMessageBox::warning(this, tr("Reload price"), problem);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Reload price"),
                    tr("%1, %2 until %3")
                        .arg(line.objectName, formatDateTime(line.from), formatDateTime(line.to)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("reloadPriceQuestion"));
    box.setInformativeText(
        tr("Now: %1 (%2)\nFrom today's price list: %3 (%4)")
            .arg(line.price.toString(),
                 line.negotiated ? tr("agreed by hand") : priceRuleText(line.priceRule),
                 Money{repriced.priceMinor, line.price.currency}.toString(),
                 priceRuleText(repriced.priceRule)));
    QPushButton *apply = box.addButton(tr("Apply new price"), QMessageBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyNewPrice"));
    box.addButton(tr("Keep old price"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != apply)
        return;
    PaidMoneyChoice paid;
    const qint64 beyond = m_store->paidOnLine(id) - repriced.priceMinor - line.deposit.minor;
    if (beyond > 0 && !askPaidMoney(this, m_store, id, beyond, &paid))
        return;
    const WriteResult r = m_store->applyLinePrice(id, repriced, paid);
    if (!r.ok())
        QMessageBox::warning(this, tr("Reload price"), r.error);
    else
        emit message(tr("The new price applies."));
}

void RentedObjectsPanel::deleteLine()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const LineInfo line = m_store->lineInfo(id);
    if (QMessageBox::question(this, tr("Delete line"),
                              tr("Remove %1 from %2? Its rent and deposit are no longer due.")
                                  .arg(line.objectName, line.transactionNumber)) !=
        QMessageBox::Yes)
        return;
    PaidMoneyChoice paid;
    const qint64 onLine = m_store->paidOnLine(id);
    if (onLine > 0 && !askPaidMoney(this, m_store, id, onLine, &paid))
        return;
    const WriteResult r = m_store->deleteLine(id, paid);
    if (!r.ok())
        QMessageBox::warning(this, tr("Delete line"), r.error);
    else
        emit message(tr("The line is deleted."));
}

void RentedObjectsPanel::returnObjects(const QStringList &lineIds)
{
    ReturnDialog dialog(m_store, m_customerId, lineIds.isEmpty() ? selectedIds() : lineIds, this);
    if (dialog.lineCount() == 0) {
        QMessageBox::information(this, tr("Return"), tr("Nothing is out with this customer."));
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit message(tr("Checked in."));
    for (const QString &transactionId : dialog.receiptsWanted())
        RentalPaper::offer(RentalPaper::Kind::Receipt, m_store, transactionId, this);
}

} // namespace rentdesk
