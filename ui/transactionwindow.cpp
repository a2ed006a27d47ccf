#include "transactionwindow.h"

#include "documentspanel.h"
#include "format.h"
#include "linedialog.h"
#include "paymentdialog.h"
#include "problemlabel.h"
#include "readonlytable.h"
#include "rentalpaper.h"
#include "returndialog.h"
#include "store.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentdesk {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    return readOnlyTable(headers, parent);
}

void addRow(QTableWidget *t, const QStringList &cells, const QList<int> &rightAligned = {})
{
    const int row = t->rowCount();
    t->insertRow(row);
    setTableRow(t, row, cells, rightAligned);
}

// The button text of a step of the status flow.
QString stepText(const QString &status)
{
    if (status == QLatin1String("reservation"))
        return TransactionWindow::tr("Make a &reservation");
    if (status == QLatin1String("booking"))
        return TransactionWindow::tr("&Book");
    if (status == QLatin1String("handed_out"))
        return TransactionWindow::tr("&Hand out");
    if (status == QLatin1String("cancelled"))
        return TransactionWindow::tr("&Cancel transaction");
    if (status == QLatin1String("closed"))
        return TransactionWindow::tr("C&lose");
    return status;
}

} // namespace

TransactionWindow::TransactionWindow(Store *store, const QString &transactionId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_id(transactionId)
{
    setObjectName(QStringLiteral("transactionWindow"));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("transactionHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);
    m_tabs = new QTabWidget(this);
    m_lines = table({tr("Object"), tr("Barcode"), tr("Qty"), tr("From"), tr("Until"), tr("Price"),
                     tr("Price rule"), tr("Deposit"), tr("Back")},
                    this);
    m_lines->setObjectName(QStringLiteral("detailLines"));
    m_charges = table({tr("What"), tr("Due"), tr("Amount"), tr("Open")}, this);
    m_charges->setObjectName(QStringLiteral("detailCharges"));
    m_payments = table({tr("When"), tr("How"), tr("Amount")}, this);
    m_payments->setObjectName(QStringLiteral("detailPayments"));
    m_returns = table(
        {tr("When"), tr("Object"), tr("Condition"), tr("Late fee"), tr("Who"), tr("Note")}, this);
    m_returns->setObjectName(QStringLiteral("detailReturns"));
    m_tabs->addTab(m_lines, tr("Lines"));
    m_tabs->addTab(m_charges, tr("Due"));
    m_tabs->addTab(m_payments, tr("Payments"));
    m_tabs->addTab(m_returns, tr("Returns"));
    m_tabs->addTab(documentsPage(), tr("Documents"));
    layout->addWidget(m_tabs, 1);

    auto *actions = new QHBoxLayout;
    for (const char *status : {"reservation", "booking", "handed_out", "closed", "cancelled"}) {
        auto *b = new QPushButton(stepText(QString::fromLatin1(status)), this);
        b->setObjectName(QStringLiteral("step_") + QString::fromLatin1(status));
        b->setProperty("status", QString::fromLatin1(status));
        connect(b, &QPushButton::clicked, this,
                [this, s = QString::fromLatin1(status)] { advance(s); });
        m_statusButtons << b;
        actions->addWidget(b);
    }
    actions->addStretch();
    m_pay = new QPushButton(tr("Take &payment…"), this);
    m_pay->setObjectName(QStringLiteral("detailPay"));
    m_return = new QPushButton(tr("Re&turn…"), this);
    m_return->setObjectName(QStringLiteral("detailReturn"));
    m_contract = new QPushButton(tr("C&ontract…"), this);
    m_contract->setObjectName(QStringLiteral("detailContract"));
    m_receipt = new QPushButton(tr("Rec&eipt…"), this);
    m_receipt->setObjectName(QStringLiteral("detailReceipt"));
    actions->addWidget(m_pay);
    actions->addWidget(m_return);
    actions->addWidget(m_contract);
    actions->addWidget(m_receipt);
    connect(m_contract, &QPushButton::clicked, this,
            [this] { RentalPaper::offer(RentalPaper::Kind::Contract, m_store, m_id, this); });
    connect(m_receipt, &QPushButton::clicked, this,
            [this] { RentalPaper::offer(RentalPaper::Kind::Receipt, m_store, m_id, this); });
    layout->addLayout(actions);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_pay, &QPushButton::clicked, this, [this] {
        PaymentDialog dialog(m_store, m_detail.customerId, {m_id}, this);
        dialog.exec();
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const TransactionDetail::Line &l : std::as_const(m_detail.lines))
            if (!l.returnedAt.isValid())
                lines << l.id;
        ReturnDialog dialog(m_store, m_detail.customerId, lines, this);
        dialog.exec();
    });
    connect(store, &Store::changesCommitted, this, &TransactionWindow::reload);
    reload();
    resize(900, 480);
}

QWidget *TransactionWindow::documentsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_documents = table({tr("Name"), tr("Type"), tr("Size"), tr("Added"), tr("By")}, page);
    m_documents->setObjectName(QStringLiteral("detailDocuments"));
    m_documents->setToolTip(tr("Enter or a double click shows the document"));
    layout->addWidget(m_documents);
    m_documentProblem = problemLabel(page);
    m_documentProblem->setObjectName(QStringLiteral("detailDocumentProblem"));
    layout->addWidget(m_documentProblem);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add document…"), page);
    add->setObjectName(QStringLiteral("detailAddDocument"));
    add->setToolTip(tr("A signed contract, a delivery note, a photo: it belongs to this "
                       "transaction and shows on the card's documents too"));
    m_viewDocument = new QPushButton(tr("&View"), page);
    m_viewDocument->setObjectName(QStringLiteral("detailViewDocument"));
    buttons->addWidget(add);
    buttons->addWidget(m_viewDocument);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Add documents to %1").arg(m_detail.number));
        if (!paths.isEmpty())
            addDocuments(paths);
    });
    connect(m_viewDocument, &QPushButton::clicked, this, &TransactionWindow::viewDocument);
    connect(m_documents, &QTableWidget::cellActivated, this, &TransactionWindow::viewDocument);
    connect(m_documents, &QTableWidget::itemSelectionChanged, this,
            [this] { m_viewDocument->setEnabled(m_documents->currentRow() >= 0); });
    return page;
}

int TransactionWindow::addDocuments(const QStringList &paths)
{
    QStringList problems;
    int added = 0;
    for (const QString &path : paths) {
        const WriteResult r = m_store->addDocument(m_detail.customerId, path, {}, m_id);
        if (r.ok())
            ++added;
        else
            problems << r.error;
    }
    m_documentProblem->setText(problems.join(QLatin1Char('\n')));
    m_documentProblem->setVisible(!problems.isEmpty());
    return added;
}

void TransactionWindow::viewDocument()
{
    const int row = m_documents->currentRow();
    if (row < 0 || row >= m_detail.documents.size())
        return;
    const DocumentRow &d = m_detail.documents.at(row);
    QString error;
    const bool shown = DocumentsPanel::openWithViewer(m_store, d.sha256, d.fileName, &error);
    m_documentProblem->setText(error);
    m_documentProblem->setVisible(!shown);
}

QPushButton *TransactionWindow::statusButton(const QString &status) const
{
    for (QPushButton *b : m_statusButtons)
        if (b->property("status").toString() == status && b->isVisible())
            return b;
    return nullptr;
}

void TransactionWindow::reload()
{
    m_detail = m_store->transactionDetail(m_id);
    if (!m_detail.isValid()) {
        m_header->setText(tr("This transaction no longer exists."));
        return;
    }
    const Customer customer = m_store->customer(m_detail.customerId);
    setWindowTitle(tr("%1 – %2").arg(m_detail.number, customer.displayName()));
    qint64 charged = 0, open = 0, paid = 0;
    for (const auto &c : std::as_const(m_detail.charges)) {
        charged += c.amountMinor;
        open += std::max<qint64>(0, c.openMinor);
    }
    for (const auto &p : std::as_const(m_detail.payments))
        paid += p.amountMinor;
    auto money = [this](qint64 minor) { return Money{minor, m_detail.currency}.toString(); };
    m_header->setText(
        tr("%1 · %2 · %3\n%4 until %5 · charged %6 · paid %7 · open %8%9")
            .arg(m_detail.number, transactionKindText(m_detail.kind),
                 transactionStatusText(m_detail.status), formatDateTime(m_detail.from),
                 formatDateTime(m_detail.to), money(charged), money(paid), money(open),
                 m_detail.note.isEmpty() ? QString() : QStringLiteral("\n") + m_detail.note));

    m_lines->setRowCount(0);
    for (const auto &l : std::as_const(m_detail.lines))
        addRow(m_lines,
               {l.objectName, l.barcode, QString::number(l.quantity), formatDateTime(l.from),
                formatDateTime(l.to), money(l.priceMinor),
                l.negotiated ? tr("agreed by hand") : priceRuleText(l.priceRule),
                money(l.depositMinor), formatDateTime(l.returnedAt)},
               {2, 5, 7});
    m_charges->setRowCount(0);
    for (const auto &c : std::as_const(m_detail.charges))
        addRow(m_charges,
               {c.description, formatDate(c.dueOn), money(c.amountMinor), money(c.openMinor)},
               {2, 3});
    m_payments->setRowCount(0);
    for (const auto &p : std::as_const(m_detail.payments))
        addRow(m_payments,
               {formatDateTime(p.at),
                p.amountMinor < 0 ? tr("paid back: %1").arg(paymentMethodLabel(p.method))
                                  : paymentMethodLabel(p.method),
                money(p.amountMinor)},
               {2});
    m_returns->setRowCount(0);
    for (const auto &r : std::as_const(m_detail.returns))
        addRow(m_returns,
               {formatDateTime(r.at), r.objectName,
                r.condition == QLatin1String("damaged") ? tr("damaged") : tr("OK"),
                money(r.lateFeeMinor), r.staffName, r.note},
               {3});
    m_documents->setRowCount(0);
    const QMimeDatabase mimes;
    for (const DocumentRow &d : std::as_const(m_detail.documents)) {
        const QMimeType type = mimes.mimeTypeForName(d.mimeType);
        addRow(m_documents,
               {d.fileName,
                type.isValid() && !type.comment().isEmpty() ? type.comment() : d.mimeType,
                fileSizeText(d.sizeBytes), formatDateTime(d.createdAt), d.addedBy},
               {2});
    }
    m_viewDocument->setEnabled(m_documents->currentRow() >= 0);
    m_tabs->setTabText(m_tabs->indexOf(m_documents->parentWidget()),
                       m_detail.documents.isEmpty()
                           ? tr("Documents")
                           : tr("Documents (%1)").arg(m_detail.documents.size()));
    for (QTableWidget *t : {m_lines, m_charges, m_payments, m_returns, m_documents})
        t->resizeColumnsToContents();

    const QStringList next = m_store->nextStatuses(m_detail.status);
    for (QPushButton *b : std::as_const(m_statusButtons))
        b->setVisible(next.contains(b->property("status").toString()));
    m_pay->setEnabled(open > 0);
    bool anyOut = false;
    for (const auto &l : std::as_const(m_detail.lines))
        anyOut = anyOut || !l.returnedAt.isValid();
    m_return->setVisible(m_detail.status == QLatin1String("handed_out") && anyOut);
    // A contract for what was handed out; a receipt once something came back.
    const bool wasOut = m_detail.status == QLatin1String("handed_out") ||
                        m_detail.status == QLatin1String("returned") ||
                        m_detail.status == QLatin1String("closed");
    m_contract->setVisible(wasOut);
    m_receipt->setVisible(!m_detail.returns.isEmpty() || !m_detail.payments.isEmpty());
}

void TransactionWindow::advance(const QString &status)
{
    PaidMoneyChoice paid;
    if (status == QLatin1String("cancelled")) {
        if (QMessageBox::question(
                this, tr("Cancel transaction"),
                tr("Cancel %1? What was due on it is no longer due.").arg(m_detail.number)) !=
            QMessageBox::Yes)
            return;
        qint64 paidIn = 0;
        for (const auto &l : std::as_const(m_detail.lines))
            paidIn += m_store->paidOnLine(l.id);
        if (paidIn > 0 && !m_detail.lines.isEmpty() &&
            !askPaidMoney(this, m_store, m_detail.lines.first().id, paidIn, &paid, false))
            return;
    }
    const WriteResult r = m_store->advanceTransaction(m_id, status, paid);
    if (!r.ok())
        QMessageBox::warning(this, stepText(status).remove(QLatin1Char('&')), r.error);
    else if (status == QLatin1String("handed_out"))
        RentalPaper::offer(RentalPaper::Kind::Contract, m_store, m_id, this);
}

} // namespace rentdesk
