#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rentdesk {

class Store;

// The settings' catalogue: articles with their prices in the chosen price list (today's at
// first; a new season's list from a date), and the rental objects of the selected article with
// barcode and state. Managers only (the settings are).
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    explicit CataloguePage(Store *store, QWidget *parent = nullptr);

    QTableWidget *articlesTable() const { return m_articles; }
    QTableWidget *objectsTable() const { return m_objects; }
    QComboBox *priceListBox() const { return m_priceList; }
    QString selectedPriceList() const;
    void addPriceList();
    void addArticle();
    void editArticle();
    void addObject();
    void editObject();
    void reload();

private:
    QString selectedArticle() const;
    QString selectedObject() const;
    void loadObjects();
    // Fills the price list choice and selects `select` (empty: keeps the choice, or today's).
    void loadPriceLists(const QString &select);

    Store *m_store;
    QComboBox *m_priceList;
    QTableWidget *m_articles, *m_objects;
    QPushButton *m_editArticle, *m_addObject, *m_editObject;
    QLabel *m_objectsTitle;
};

} // namespace rentdesk
