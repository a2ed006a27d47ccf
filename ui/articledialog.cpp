#include "articledialog.h"

#include "clock.h"
#include "format.h"
#include "problemlabel.h"
#include "store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rentdesk {

namespace {

// "19" or "7,5" as basis points.
bool parsePercent(const QString &text, int *basisPoints)
{
    qint64 hundredths = 0;
    QString t = text.trimmed();
    t.remove(QLatin1Char('%'));
    if (!parseMoney(t, &hundredths) || hundredths > 10000)
        return false;
    *basisPoints = int(hundredths);
    return true;
}

QString percentInput(int basisPoints)
{
    return basisPoints % 100 == 0 ? QLocale().toString(basisPoints / 100) : moneyInput(basisPoints);
}

} // namespace

ArticleDialog::ArticleDialog(Store *store, const ArticleDraft &article, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_article(article)
{
    setObjectName(QStringLiteral("articleDialog"));
    setMinimumWidth(480);
    setWindowTitle(article.id.isEmpty() ? tr("New article") : tr("Article – %1").arg(article.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto text = [this](const char *name, const QString &value) {
        auto *e = new QLineEdit(value, this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_name = text("name", article.name);
    m_category = text("category", article.category);
    m_description = text("description", article.description);
    m_vat = text("vat", percentInput(article.vatRateBp));
    m_deposit = moneyField("deposit", article.depositMinor);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&VAT %:"), m_vat);
    form->addRow(tr("De&posit:"), m_deposit);

    const QString listId =
        article.priceListId.isEmpty() ? store->currentPriceListId() : article.priceListId;
    QString listName;
    for (const PriceListInfo &l : store->priceLists())
        if (l.id == listId)
            listName = l.name;
    auto *prices = new QLabel(
        listName.isEmpty()
            ? tr("<b>Prices</b> (today's price list; lines already made keep their price)")
            : tr("<b>Prices</b> in the price list %1 (lines already made keep their price)")
                  .arg(listName.toHtmlEscaped()),
        this);
    prices->setWordWrap(true);
    form->addRow(prices);
    m_perHour = moneyField("perHour", article.perHourMinor);
    m_perDay = moneyField("perDay", article.perDayMinor);
    QStringList tiers;
    for (qint64 t : article.dayTiers)
        tiers << moneyInput(t);
    m_tiers = text("tiers", tiers.join(QStringLiteral("; ")));
    m_tiers->setPlaceholderText(
        tr("e.g. %1; %2 for 2 and 3 days in all").arg(moneyInput(3500), moneyInput(4500)));
    m_extraDay = moneyField("extraDay", article.extraDayMinor.value_or(0),
                            !article.extraDayMinor.has_value());
    m_extraDay->setPlaceholderText(tr("as one day"));
    m_perWeek = moneyField("perWeek", article.perWeekMinor);
    form->addRow(tr("Per &hour:"), m_perHour);
    form->addRow(tr("Per &day:"), m_perDay);
    form->addRow(tr("Day &tiers:"), m_tiers);
    form->addRow(tr("Each &further day:"), m_extraDay);
    form->addRow(tr("Per &week:"), m_perWeek);
    m_lateHour = moneyField("lateHour", article.lateFeePerHourMinor);
    m_lateDay = moneyField("lateDay", article.lateFeePerDayMinor);
    m_grace = new QSpinBox(this);
    m_grace->setObjectName(QStringLiteral("grace"));
    m_grace->setRange(0, 24 * 60);
    m_grace->setSuffix(tr(" min"));
    m_grace->setValue(article.lateGraceMinutes);
    form->addRow(tr("Late fee per ho&ur:"), m_lateHour);
    form->addRow(tr("Late fee per d&ay:"), m_lateDay);
    form->addRow(tr("&Grace time:"), m_grace);

    m_problem = problemLabel(this);
    m_problem->setObjectName(QStringLiteral("articleProblem"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit *ArticleDialog::moneyField(const char *name, qint64 minor, bool empty)
{
    auto *e = new QLineEdit(empty ? QString() : moneyInput(minor), this);
    e->setObjectName(QString::fromLatin1(name));
    e->setAlignment(Qt::AlignRight);
    return e;
}

QLineEdit *ArticleDialog::field(const char *name) const
{
    return findChild<QLineEdit *>(QString::fromLatin1(name));
}

void ArticleDialog::showProblem(QWidget *field, const QString &why)
{
    m_problem->setText(why);
    m_problem->show();
    if (field) {
        field->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->selectAll();
    }
}

void ArticleDialog::accept()
{
    m_problem->hide();
    ArticleDraft d = m_article;
    d.name = m_name->text();
    d.category = m_category->text();
    d.description = m_description->text();
    if (!parsePercent(m_vat->text(), &d.vatRateBp))
        return showProblem(m_vat, tr("Enter the VAT rate in percent, for example 19 or 7."));
    struct AmountField
    {
        QLineEdit *field;
        qint64 *value;
    };
    for (const AmountField &m :
         {AmountField{m_deposit, &d.depositMinor}, AmountField{m_perHour, &d.perHourMinor},
          AmountField{m_perDay, &d.perDayMinor}, AmountField{m_perWeek, &d.perWeekMinor},
          AmountField{m_lateHour, &d.lateFeePerHourMinor},
          AmountField{m_lateDay, &d.lateFeePerDayMinor}}) {
        if (m.field->text().trimmed().isEmpty()) {
            *m.value = 0;
        } else if (!parseMoney(m.field->text(), m.value)) {
            return showProblem(m.field,
                               tr("Enter an amount, for example %1.").arg(moneyInput(1500)));
        }
    }
    d.dayTiers.clear();
    for (const QString &part : m_tiers->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        qint64 tier = 0;
        if (!parseMoney(part, &tier))
            return showProblem(m_tiers, tr("Enter the prices of 2, 3, … days in all, separated "
                                           "by semicolons: %1; %2.")
                                            .arg(moneyInput(3500), moneyInput(4500)));
        d.dayTiers << tier;
    }
    d.extraDayMinor.reset();
    if (!m_extraDay->text().trimmed().isEmpty()) {
        qint64 extra = 0;
        if (!parseMoney(m_extraDay->text(), &extra))
            return showProblem(m_extraDay,
                               tr("Enter an amount, or leave it empty for the day price."));
        d.extraDayMinor = extra;
    }
    d.lateGraceMinutes = m_grace->value();
    Store::ArticleField bad = Store::ArticleField::None;
    const WriteResult r = m_store->saveArticle(d, &bad);
    if (!r.ok()) {
        QWidget *at = nullptr;
        switch (bad) {
        case Store::ArticleField::Name: at = m_name; break;
        case Store::ArticleField::Category: at = m_category; break;
        case Store::ArticleField::Vat: at = m_vat; break;
        case Store::ArticleField::PerDay: at = m_perDay; break;
        case Store::ArticleField::Tiers: at = m_tiers; break;
        case Store::ArticleField::Grace: at = m_grace; break;
        default: break;
        }
        return showProblem(at, r.error);
    }
    m_savedId = r.id;
    QDialog::accept();
}

RentalObjectDialog::RentalObjectDialog(Store *store, const RentalObjectDraft &object,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_object(object)
{
    setObjectName(QStringLiteral("rentalObjectDialog"));
    setWindowTitle(object.id.isEmpty() ? tr("New rental object")
                                       : tr("Rental object – %1").arg(object.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(object.name, this);
    m_name->setObjectName(QStringLiteral("objectName"));
    m_barcode = new QLineEdit(object.barcode, this);
    m_barcode->setObjectName(QStringLiteral("objectBarcode"));
    m_barcode->setPlaceholderText(tr("scan or type"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("objectState"));
    if (object.state == QLatin1String("rented")) {
        m_state->addItem(tr("rented (set by its return)"), QStringLiteral("rented"));
        m_state->setEnabled(false);
    } else {
        m_state->addItem(tr("available"), QStringLiteral("available"));
        m_state->addItem(tr("in repair"), QStringLiteral("maintenance"));
        m_state->addItem(tr("retired"), QStringLiteral("retired"));
        m_state->setCurrentIndex(std::max(0, m_state->findData(object.state)));
    }
    m_deposit =
        new QLineEdit(object.depositMinor ? moneyInput(*object.depositMinor) : QString(), this);
    m_deposit->setObjectName(QStringLiteral("objectDeposit"));
    m_deposit->setPlaceholderText(tr("as the article"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Barcode:"), m_barcode);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Deposit:"), m_deposit);
    m_problem = problemLabel(this);
    m_problem->setObjectName(QStringLiteral("objectProblem"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RentalObjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QPushButton *b : buttons->findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
}

void RentalObjectDialog::keyPressEvent(QKeyEvent *event)
{
    // A scanner ends the barcode with Enter: that moves on to the next field rather than save
    // half a form. Ctrl+Enter saves.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (event->modifiers() & Qt::ControlModifier)
            accept();
        else
            focusNextChild();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RentalObjectDialog::accept()
{
    m_problem->hide();
    RentalObjectDraft d = m_object;
    d.name = m_name->text();
    d.barcode = m_barcode->text();
    d.state = m_state->currentData().toString();
    d.depositMinor.reset();
    if (!m_deposit->text().trimmed().isEmpty()) {
        qint64 deposit = 0;
        if (!parseMoney(m_deposit->text(), &deposit)) {
            m_problem->setText(tr("Enter the deposit as an amount, or leave it empty for the "
                                  "article's deposit."));
            m_problem->show();
            m_deposit->setFocus();
            return;
        }
        d.depositMinor = deposit;
    }
    Store::ArticleField bad = Store::ArticleField::None;
    const WriteResult r = m_store->saveRentalObject(d, &bad);
    if (!r.ok()) {
        m_problem->setText(r.error);
        m_problem->show();
        (bad == Store::ArticleField::Barcode ? m_barcode : m_name)->setFocus();
        return;
    }
    m_savedId = r.id;
    QDialog::accept();
}

PriceListDialog::PriceListDialog(Store *store, const QString &copyFrom, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("priceListDialog"));
    setWindowTitle(tr("New price list"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A new season's prices: from its first day on, new lines are "
                                "priced by it. Its prices start as a copy of another list and "
                                "are changed in the catalogue."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("priceListName"));
    m_name->setPlaceholderText(
        tr("e.g. Winter %1/%2")
            .arg(clock::today().year())
            .arg((clock::today().year() + 1) % 100, 2, 10, QLatin1Char('0')));
    m_nameProblem = problemLabel(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    const QDate today = clock::today();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(1), this);
    m_from->setObjectName(QStringLiteral("priceListFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(dateInputFormat());
    m_from->setMinimumDate(today);
    m_fromProblem = problemLabel(this);
    form->addRow(tr("&Valid from:"), m_from);
    form->addRow(QString(), m_fromProblem);
    m_copyFrom = new QComboBox(this);
    m_copyFrom->setObjectName(QStringLiteral("priceListCopyFrom"));
    m_copyFrom->addItem(tr("no prices (start empty)"), QString());
    for (const PriceListInfo &l : store->priceLists()) {
        m_copyFrom->addItem(tr("%1 (from %2)").arg(l.name, formatDate(l.validFrom)), l.id);
        if (l.id == copyFrom)
            m_copyFrom->setCurrentIndex(m_copyFrom->count() - 1);
    }
    form->addRow(tr("&Copy prices from:"), m_copyFrom);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PriceListDialog::accept()
{
    for (QLabel *l : {m_nameProblem, m_fromProblem, m_problem})
        l->hide();
    Store::ArticleField bad = Store::ArticleField::None;
    const WriteResult r = m_store->addPriceList(m_name->text(), m_from->date(),
                                                m_copyFrom->currentData().toString(), &bad);
    if (r.ok()) {
        m_savedId = r.id;
        QDialog::accept();
        return;
    }
    QLabel *where = bad == Store::ArticleField::Name        ? m_nameProblem
                    : bad == Store::ArticleField::ValidFrom ? m_fromProblem
                                                            : m_problem;
    where->setText(r.error);
    where->show();
    adjustSize(); // room for the wrapped reason
    if (bad == Store::ArticleField::Name)
        m_name->setFocus();
    else if (bad == Store::ArticleField::ValidFrom)
        m_from->setFocus();
}

} // namespace rentdesk
