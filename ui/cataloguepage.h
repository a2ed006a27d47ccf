#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rentdesk {

class Store;

// The settings' catalogue: articles with their prices in today's price list, and the rental
// objects of the selected article with barcode and state. Managers only (the settings are).
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    explicit CataloguePage(Store *store, QWidget *parent = nullptr);

    QTableWidget *articlesTable() const { return m_articles; }
    QTableWidget *objectsTable() const { return m_objects; }
    void addArticle();
    void editArticle();
    void addObject();
    void editObject();
    void reload();

private:
    QString selectedArticle() const;
    QString selectedObject() const;
    void loadObjects();

    Store *m_store;
    QTableWidget *m_articles, *m_objects;
    QPushButton *m_editArticle, *m_addObject, *m_editObject;
    QLabel *m_objectsTitle;
};

} // namespace rentdesk
