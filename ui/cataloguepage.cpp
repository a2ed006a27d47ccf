#include "cataloguepage.h"

#include "articledialog.h"
#include "format.h"
#include "money.h"
#include "readonlytable.h"
#include "store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentdesk {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    QTableWidget *t = readOnlyTable(headers, parent);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void setRow(QTableWidget *t, int row, const QString &id, const QStringList &cells,
            const QList<int> &right)
{
    setTableRow(t, row, cells, right);
    t->item(row, 0)->setData(Qt::UserRole, id);
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("available"))
        return CataloguePage::tr("available");
    if (state == QLatin1String("rented"))
        return CataloguePage::tr("rented");
    if (state == QLatin1String("maintenance"))
        return CataloguePage::tr("in repair");
    return CataloguePage::tr("retired");
}

QString selectedId(QTableWidget *t)
{
    const int row = t->currentRow();
    if (row < 0 || !t->item(row, 0) || !t->item(row, 0)->isSelected())
        return {};
    return t->item(row, 0)->data(Qt::UserRole).toString();
}

void select(QTableWidget *t, const QString &id)
{
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, 0)->data(Qt::UserRole).toString() == id)
            t->selectRow(row);
}

} // namespace

CataloguePage::CataloguePage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("cataloguePage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What can be rented: articles with their prices in a price list, "
                                "and each article's objects with their barcodes. A changed price "
                                "applies to new lines; lines already made keep theirs. A season's "
                                "prices are a price list of their own, valid from its first day."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *lists = new QHBoxLayout;
    m_priceList = new QComboBox(this);
    m_priceList->setObjectName(QStringLiteral("priceList"));
    m_priceList->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *listLabel = new QLabel(tr("&Price list:"), this);
    listLabel->setBuddy(m_priceList);
    auto *newList = new QPushButton(tr("New price &list…"), this);
    newList->setObjectName(QStringLiteral("addPriceList"));
    lists->addWidget(listLabel);
    lists->addWidget(m_priceList);
    lists->addWidget(newList);
    lists->addStretch();
    layout->addLayout(lists);
    connect(m_priceList, &QComboBox::activated, this, [this] { reload(); });
    connect(newList, &QPushButton::clicked, this, &CataloguePage::addPriceList);
    auto *split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split, 1);

    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_articles = table({tr("Article"), tr("Category"), tr("Per day"), tr("Per week"), tr("Deposit"),
                        tr("VAT"), tr("Objects")},
                       top);
    m_articles->setObjectName(QStringLiteral("articlesTable"));
    topLayout->addWidget(m_articles, 1);
    auto *articleButtons = new QHBoxLayout;
    auto *addArticle = new QPushButton(tr("New &article…"), top);
    addArticle->setObjectName(QStringLiteral("addArticle"));
    m_editArticle = new QPushButton(tr("Edit a&rticle…"), top);
    m_editArticle->setObjectName(QStringLiteral("editArticle"));
    articleButtons->addWidget(addArticle);
    articleButtons->addWidget(m_editArticle);
    articleButtons->addStretch();
    topLayout->addLayout(articleButtons);

    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_objectsTitle = new QLabel(bottom);
    bottomLayout->addWidget(m_objectsTitle);
    m_objects = table({tr("Object"), tr("Barcode"), tr("State"), tr("Deposit")}, bottom);
    m_objects->setObjectName(QStringLiteral("objectsTable"));
    bottomLayout->addWidget(m_objects, 1);
    auto *objectButtons = new QHBoxLayout;
    m_addObject = new QPushButton(tr("New &object…"), bottom);
    m_addObject->setObjectName(QStringLiteral("addObject"));
    m_editObject = new QPushButton(tr("Edit ob&ject…"), bottom);
    m_editObject->setObjectName(QStringLiteral("editObject"));
    objectButtons->addWidget(m_addObject);
    objectButtons->addWidget(m_editObject);
    objectButtons->addStretch();
    bottomLayout->addLayout(objectButtons);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    connect(addArticle, &QPushButton::clicked, this, &CataloguePage::addArticle);
    connect(m_editArticle, &QPushButton::clicked, this, &CataloguePage::editArticle);
    connect(m_articles, &QTableWidget::cellActivated, this, &CataloguePage::editArticle);
    connect(m_articles, &QTableWidget::itemSelectionChanged, this, &CataloguePage::loadObjects);
    connect(m_addObject, &QPushButton::clicked, this, &CataloguePage::addObject);
    connect(m_editObject, &QPushButton::clicked, this, &CataloguePage::editObject);
    connect(m_objects, &QTableWidget::cellActivated, this, &CataloguePage::editObject);
    connect(m_objects, &QTableWidget::itemSelectionChanged, this,
            [this] { m_editObject->setEnabled(!selectedObject().isEmpty()); });
    reload();
}

QString CataloguePage::selectedArticle() const
{
    return selectedId(m_articles);
}

QString CataloguePage::selectedObject() const
{
    return selectedId(m_objects);
}

QString CataloguePage::selectedPriceList() const
{
    return m_priceList->currentData().toString();
}

void CataloguePage::loadPriceLists(const QString &select)
{
    const QString current = m_store->currentPriceListId();
    const QString keep = select.isEmpty() ? selectedPriceList() : select;
    m_priceList->clear();
    for (const PriceListInfo &l : m_store->priceLists()) {
        QString text =
            l.validTo.isValid()
                ? tr("%1 (%2 – %3)").arg(l.name, formatDate(l.validFrom), formatDate(l.validTo))
                : tr("%1 (from %2)").arg(l.name, formatDate(l.validFrom));
        if (l.id == current)
            text = tr("%1 – valid today").arg(text);
        m_priceList->addItem(text, l.id);
    }
    const int at = m_priceList->findData(keep.isEmpty() ? current : keep);
    m_priceList->setCurrentIndex(at >= 0 ? at : m_priceList->findData(current));
}

void CataloguePage::addPriceList()
{
    PriceListDialog dialog(m_store, selectedPriceList(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadPriceLists(dialog.savedId());
    reload();
}

void CataloguePage::reload()
{
    if (m_priceList->count() == 0)
        loadPriceLists({});
    const QString selected = selectedArticle();
    const QList<ArticleDraft> articles = m_store->catalogueArticles(selectedPriceList());
    m_articles->setRowCount(int(articles.size()));
    for (int row = 0; row < articles.size(); ++row) {
        const ArticleDraft &a = articles.at(row);
        setRow(m_articles, row, a.id,
               {a.name, a.category, Money{a.perDayMinor}.toString(),
                a.perWeekMinor > 0 ? Money{a.perWeekMinor}.toString() : QString(),
                Money{a.depositMinor}.toString(),
                QStringLiteral("%1 %").arg(QLocale().toString(a.vatRateBp / 100.0)),
                QString::number(a.objectCount)},
               {2, 3, 4, 5, 6});
    }
    m_articles->resizeColumnsToContents();
    select(m_articles, selected);
    loadObjects();
}

void CataloguePage::loadObjects()
{
    const QString article = selectedArticle();
    m_editArticle->setEnabled(!article.isEmpty());
    m_addObject->setEnabled(!article.isEmpty());
    const QString selected = selectedObject();
    const QList<RentalObjectDraft> objects =
        article.isEmpty() ? QList<RentalObjectDraft>() : m_store->catalogueObjects(article);
    m_objectsTitle->setText(
        article.isEmpty()
            ? tr("Pick an article to see its objects.")
            : tr("Objects of %1:").arg(m_articles->item(m_articles->currentRow(), 0)->text()));
    m_objects->setRowCount(int(objects.size()));
    for (int row = 0; row < objects.size(); ++row) {
        const RentalObjectDraft &o = objects.at(row);
        setRow(m_objects, row, o.id,
               {o.name, o.barcode, stateText(o.state),
                o.depositMinor ? Money{*o.depositMinor}.toString() : tr("as the article")},
               {3});
    }
    m_objects->resizeColumnsToContents();
    select(m_objects, selected);
    m_editObject->setEnabled(!selectedObject().isEmpty());
}

void CataloguePage::addArticle()
{
    ArticleDraft draft;
    draft.priceListId = selectedPriceList();
    ArticleDialog dialog(m_store, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadPriceLists({}); // a store without a price list has one now
    reload();
    select(m_articles, dialog.savedId());
}

void CataloguePage::editArticle()
{
    const QString id = selectedArticle();
    for (const ArticleDraft &a : m_store->catalogueArticles(selectedPriceList()))
        if (a.id == id) {
            ArticleDialog dialog(m_store, a, this);
            if (dialog.exec() == QDialog::Accepted)
                reload();
            return;
        }
}

void CataloguePage::addObject()
{
    const QString article = selectedArticle();
    if (article.isEmpty())
        return;
    RentalObjectDraft draft;
    draft.articleId = article;
    const int count = int(m_store->catalogueObjects(article).size());
    draft.name = QStringLiteral("%1 #%2")
                     .arg(m_articles->item(m_articles->currentRow(), 0)->text())
                     .arg(count + 1);
    RentalObjectDialog dialog(m_store, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(m_objects, dialog.savedId());
}

void CataloguePage::editObject()
{
    const QString id = selectedObject();
    for (const RentalObjectDraft &o : m_store->catalogueObjects(selectedArticle()))
        if (o.id == id) {
            RentalObjectDialog dialog(m_store, o, this);
            if (dialog.exec() == QDialog::Accepted)
                loadObjects();
            return;
        }
}

} // namespace rentdesk
