#include "transactiondialog.h"

#include "clock.h"
#include "format.h"
#include "problemlabel.h"
#include "readonlytable.h"
#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentdesk {

namespace {

// The next full quarter hour from now, in local time.
QDateTime nextQuarter()
{
    QDateTime t = clock::nowUtc().toLocalTime();
    t.setTime(QTime(t.time().hour(), t.time().minute() / 15 * 15));
    return t.addSecs(15 * 60);
}

} // namespace

TransactionDialog::TransactionDialog(Store *store, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("transactionDialog"));
    const Customer customer = store->customer(customerId);
    setWindowTitle(tr("New transaction – %1").arg(customer.displayName()));
    auto *layout = new QVBoxLayout(this);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("blockedWarning"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral(
        "QLabel { background: #b00020; color: white; padding: 6px; font-weight: bold; }"));
    m_blocked->setText(tr("This customer is blocked: %1").arg(customer.blockedReason));
    m_blocked->setVisible(customer.isBlockedOn(clock::today()));
    layout->addWidget(m_blocked);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("transactionKind"));
    m_kind->addItem(tr("Hand out now"), int(TransactionKind::HandOut));
    m_kind->addItem(tr("Booking (rent due)"), int(TransactionKind::Booking));
    m_kind->addItem(tr("Reservation (holds the objects)"), int(TransactionKind::Reservation));
    m_kind->addItem(tr("Request (holds nothing yet)"), int(TransactionKind::Request));
    form->addRow(tr("&What:"), m_kind);

    auto *period = new QHBoxLayout;
    m_from = new QDateTimeEdit(nextQuarter().addSecs(-15 * 60), this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateTimeEdit(m_from->dateTime().addDays(1), this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateTimeInputFormat());
    }
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("until"), this));
    period->addWidget(m_to);
    period->addStretch();
    form->addRow(tr("Period:"), period);
    m_periodError = problemLabel(this);
    form->addRow(QString(), m_periodError);

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setPlaceholderText(tr("Scan a barcode or type it and press Enter"));
    form->addRow(tr("&Scan:"), m_scan);
    m_scanError = problemLabel(this);
    m_scanError->setObjectName(QStringLiteral("scanError"));
    form->addRow(QString(), m_scanError);
    layout->addLayout(form);

    // Picking from the list, with whether each object is free for the period.
    auto *pickRow = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("pickFilter"));
    m_filter->setPlaceholderText(tr("Find an object by name, article or barcode"));
    m_filter->setClearButtonEnabled(true);
    pickRow->addWidget(m_filter);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addPicked"));
    pickRow->addWidget(add);
    layout->addLayout(pickRow);
    m_choices = new QTableWidget(0, 4, this);
    m_choices->setObjectName(QStringLiteral("objectChoices"));
    m_choices->setHorizontalHeaderLabels(
        {tr("Object"), tr("Article"), tr("Barcode"), tr("Available in this period")});
    m_choices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_choices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_choices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_choices->verticalHeader()->hide();
    m_choices->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_choices, 2);

    layout->addWidget(new QLabel(tr("Lines (the price can be agreed by hand):"), this));
    m_linesTable = new QTableWidget(0, int(LineColumn::Count), this);
    m_linesTable->setObjectName(QStringLiteral("transactionLines"));
    m_linesTable->setHorizontalHeaderLabels(
        {tr("Object"), tr("Barcode"), tr("Qty"), tr("Price"), tr("Price rule"), tr("Deposit")});
    m_linesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesTable->verticalHeader()->hide();
    m_linesTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_linesTable, 2);
    auto *lineRow = new QHBoxLayout;
    auto *remove = new QPushButton(tr("&Remove line"), this);
    remove->setObjectName(QStringLiteral("removeLine"));
    lineRow->addWidget(remove);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("transactionTotal"));
    lineRow->addWidget(m_total, 1, Qt::AlignRight);
    layout->addLayout(lineRow);
    m_linesError = problemLabel(this);
    layout->addWidget(m_linesError);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("transactionNote"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 3);
    layout->addWidget(m_note);
    m_error = problemLabel(this);
    m_error->setObjectName(QStringLiteral("transactionError"));
    layout->addWidget(m_error);
    // The contract goes with every hand-out unless the clerk says otherwise (remembered).
    m_printContract = new QCheckBox(tr("Print the &contract or save it as PDF afterwards"), this);
    m_printContract->setObjectName(QStringLiteral("printContract"));
    m_printContract->setChecked(
        QSettings().value(QStringLiteral("paper/contractAtHandOut"), true).toBool());
    connect(m_printContract, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("paper/contractAtHandOut"), on); });
    layout->addWidget(m_printContract);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Hand out"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createTransaction"));
    m_create->setToolTip(tr("Ctrl+Enter"));
    layout->addWidget(buttons);
    // Enter belongs to the scan field: a scanner ends every code with it.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto *createKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(createKey, &QShortcut::activated, this, &TransactionDialog::accept);

    connect(buttons, &QDialogButtonBox::accepted, this, &TransactionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] { addByBarcode(m_scan->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, &TransactionDialog::refreshChoices);
    auto addPicked = [this] {
        const int row = m_choices->currentRow();
        if (row < 0)
            return;
        QString problem;
        if (!addObject(m_choices->item(row, 0)->data(Qt::UserRole).toString(), &problem)) {
            m_linesError->setText(problem);
            m_linesError->show();
        }
    };
    connect(add, &QPushButton::clicked, this, addPicked);
    connect(m_choices, &QTableWidget::cellDoubleClicked, this, addPicked);
    connect(remove, &QPushButton::clicked, this, &TransactionDialog::removeSelectedLine);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_linesTable);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &TransactionDialog::removeSelectedLine);
    connect(m_linesTable, &QTableWidget::cellChanged, this, &TransactionDialog::lineEdited);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TransactionDialog::periodChanged);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TransactionDialog::periodChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        static const char *const labels[] = {QT_TR_NOOP("Save request"), QT_TR_NOOP("Reserve"),
                                             QT_TR_NOOP("Book"), QT_TR_NOOP("Hand out")};
        m_create->setText(tr(labels[int(kind())]));
        m_printContract->setVisible(kind() == TransactionKind::HandOut);
        refreshChoices();
        updateTotals();
    });

    refreshChoices();
    updateTotals();
    resize(900, 700);
    m_scan->setFocus();
}

TransactionKind TransactionDialog::kind() const
{
    return TransactionKind(m_kind->currentData().toInt());
}

bool TransactionDialog::addByBarcode(const QString &barcode)
{
    const QString code = barcode.trimmed();
    m_scanError->hide();
    if (code.isEmpty())
        return false;
    const RentalObjectInfo object = m_store->rentalObjectByBarcode(code);
    QString problem;
    if (!object.isValid())
        problem = tr("No object has the barcode %1.").arg(code);
    if (object.isValid() && addObject(object.id, &problem)) {
        m_scan->clear();
        return true;
    }
    {
        m_scanError->setText(problem);
        m_scanError->show();
        m_scan->selectAll();
        return false;
    }
}

bool TransactionDialog::addObject(const QString &objectId, QString *problem)
{
    for (const LineDraft &l : std::as_const(m_lines)) {
        if (l.objectId == objectId) {
            *problem = tr("%1 is on this transaction already.").arg(l.label);
            return false;
        }
    }
    const QDateTime from = m_from->dateTime().toUTC(), to = m_to->dateTime().toUTC();
    if (kind() != TransactionKind::Request) {
        const ObjectHold hold = m_store->objectHold(objectId, from, to);
        if (!hold.isFree()) {
            *problem = hold.problem;
            return false;
        }
    }
    LineDraft line;
    if (!m_store->priceLine(m_customerId, objectId, from, to, 1, &line, problem))
        return false;
    m_lines << line;
    m_linesError->hide();
    m_error->hide();
    showLines();
    refreshChoices();
    return true;
}

void TransactionDialog::periodChanged()
{
    const QDateTime from = m_from->dateTime().toUTC(), to = m_to->dateTime().toUTC();
    if (to <= from) {
        m_periodError->setText(tr("The period ends before it starts."));
        m_periodError->show();
        return;
    }
    m_periodError->hide();
    // Prices follow the period, except prices agreed by hand.
    QStringList problems;
    for (LineDraft &l : m_lines) {
        if (l.negotiated)
            continue;
        LineDraft fresh;
        QString problem;
        if (m_store->priceLine(m_customerId, l.objectId, from, to, l.quantity, &fresh, &problem)) {
            fresh.note = l.note;
            l = fresh;
        } else {
            problems << problem;
        }
    }
    m_linesError->setText(problems.join(QLatin1Char('\n')));
    m_linesError->setVisible(!problems.isEmpty());
    showLines();
    refreshChoices();
}

void TransactionDialog::refreshChoices()
{
    const QDateTime from = m_from->dateTime().toUTC(), to = m_to->dateTime().toUTC();
    const QList<RentalObjectChoice> choices =
        m_store->rentalObjectChoices(m_filter->text(), from, to, 50);
    m_choices->setRowCount(0);
    for (const RentalObjectChoice &c : choices) {
        const int row = m_choices->rowCount();
        m_choices->insertRow(row);
        auto *name = readOnly(c.object.name);
        name->setData(Qt::UserRole, c.object.id);
        m_choices->setItem(row, 0, name);
        m_choices->setItem(row, 1, readOnly(c.object.articleName));
        m_choices->setItem(row, 2, readOnly(c.object.barcode));
        const bool free = c.hold.isFree() || kind() == TransactionKind::Request;
        auto *state = readOnly(free ? tr("free") : c.hold.problem);
        state->setForeground(free ? QColor(Qt::darkGreen) : QColor(0xb0, 0x00, 0x20));
        m_choices->setItem(row, 3, state);
    }
    m_choices->resizeColumnsToContents();
}

void TransactionDialog::showLines()
{
    m_filling = true;
    m_linesTable->setRowCount(0);
    for (const LineDraft &l : std::as_const(m_lines)) {
        const int row = m_linesTable->rowCount();
        m_linesTable->insertRow(row);
        const RentalObjectInfo object = m_store->rentalObject(l.objectId);
        m_linesTable->setItem(row, int(LineColumn::Object), readOnly(l.label));
        m_linesTable->setItem(row, int(LineColumn::Barcode), readOnly(object.barcode));
        auto *qty = new QTableWidgetItem(QString::number(l.quantity));
        qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_linesTable->setItem(row, int(LineColumn::Quantity), qty);
        auto *price = new QTableWidgetItem(moneyInput(l.priceMinor));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_linesTable->setItem(row, int(LineColumn::Price), price);
        m_linesTable->setItem(
            row, int(LineColumn::Rule),
            readOnly(l.negotiated ? tr("agreed by hand") : priceRuleText(l.priceRule)));
        auto *deposit = readOnly(Money{l.depositMinor}.toString());
        deposit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_linesTable->setItem(row, int(LineColumn::Deposit), deposit);
    }
    m_linesTable->resizeColumnsToContents();
    m_filling = false;
    updateTotals();
}

void TransactionDialog::lineEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_lines.size())
        return;
    LineDraft &line = m_lines[row];
    const QString text = m_linesTable->item(row, column)->text();
    QString problem;
    if (column == int(LineColumn::Price)) {
        qint64 minor = 0;
        if (!parseMoney(text, &minor))
            problem = tr("%1: \"%2\" is not an amount; the price stays %3.")
                          .arg(line.label, text, Money{line.priceMinor}.toString());
        else if (minor != line.priceMinor) {
            line.priceMinor = minor;
            line.negotiated = true;
        }
    } else if (column == int(LineColumn::Quantity)) {
        bool ok = false;
        const int qty = text.trimmed().toInt(&ok);
        if (!ok || qty < 1 || qty > 999)
            problem = tr("%1: the quantity is a whole number from 1 to 999.").arg(line.label);
        else if (qty != line.quantity) {
            LineDraft fresh;
            if (m_store->priceLine(m_customerId, line.objectId, m_from->dateTime().toUTC(),
                                   m_to->dateTime().toUTC(), qty, &fresh, &problem)) {
                if (line.negotiated) // a price agreed by hand scales with the quantity
                    fresh.priceMinor = line.priceMinor / line.quantity * qty;
                fresh.negotiated = line.negotiated;
                fresh.note = line.note;
                line = fresh;
            }
        }
    }
    m_linesError->setText(problem);
    m_linesError->setVisible(!problem.isEmpty());
    showLines();
}

void TransactionDialog::removeSelectedLine()
{
    const int row = m_linesTable->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines.removeAt(row);
    showLines();
    refreshChoices();
}

void TransactionDialog::updateTotals()
{
    qint64 rent = 0, deposit = 0;
    for (const LineDraft &l : std::as_const(m_lines)) {
        rent += l.priceMinor;
        deposit += l.depositMinor;
    }
    const bool due = kind() == TransactionKind::HandOut || kind() == TransactionKind::Booking;
    m_total->setText(due ? tr("Rent %1 · deposit %2 · due now %3")
                               .arg(Money{rent}.toString(), Money{deposit}.toString(),
                                    Money{rent + deposit}.toString())
                         : tr("Rent %1 · deposit %2 · nothing due yet")
                               .arg(Money{rent}.toString(), Money{deposit}.toString()));
}

void TransactionDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter ends a scanned code; it never saves the transaction (Ctrl+Enter or the button do).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void TransactionDialog::accept()
{
    m_error->hide();
    if (m_to->dateTime() <= m_from->dateTime()) {
        m_periodError->setText(tr("The period ends before it starts."));
        m_periodError->show();
        return;
    }
    if (m_lines.isEmpty()) {
        m_error->setText(tr("Add at least one object: scan it or pick it from the list."));
        m_error->show();
        return;
    }
    const Customer customer = m_store->customer(m_customerId);
    if (customer.isBlockedOn(clock::today()) &&
        QMessageBox::warning(this, tr("Blocked customer"),
                             tr("%1 is blocked: %2\n\nGo on anyway?")
                                 .arg(customer.displayName(), customer.blockedReason),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    TransactionDraft draft;
    draft.customerId = m_customerId;
    draft.kind = kind();
    draft.from = m_from->dateTime().toUTC();
    draft.to = m_to->dateTime().toUTC();
    draft.lines = m_lines;
    draft.note = m_note->toPlainText();
    const WriteResult r = m_store->createTransaction(draft);
    if (!r.ok()) {
        // Everything stays as it was typed; the reason is shown.
        m_error->setText(r.error);
        m_error->show();
        refreshChoices();
        return;
    }
    m_createdId = r.id;
    QDialog::accept();
}

} // namespace rentdesk
