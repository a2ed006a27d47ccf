#pragma once

#include "catalogue.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rentdesk {

class Store;

// Adds or changes an article with its prices in a price list (today's unless the draft names one).
// A refused value is said next to its field and nothing typed is lost.
class ArticleDialog : public QDialog
{
    Q_OBJECT
public:
    ArticleDialog(Store *store, const ArticleDraft &article, QWidget *parent = nullptr);

    QLineEdit *field(const char *name) const;
    QLabel *problem() const { return m_problem; }
    QString savedId() const { return m_savedId; }
    void accept() override;

private:
    QLineEdit *moneyField(const char *name, qint64 minor, bool optional = false);
    void showProblem(QWidget *field, const QString &why);

    Store *m_store;
    ArticleDraft m_article;
    QString m_savedId;
    QLineEdit *m_name, *m_category, *m_description, *m_vat, *m_deposit, *m_perHour, *m_perDay,
        *m_tiers, *m_extraDay, *m_perWeek, *m_lateHour, *m_lateDay;
    QSpinBox *m_grace;
    QLabel *m_problem;
};

// Adds or changes one rental object of an article: name, barcode (scan it), state, deposit.
class RentalObjectDialog : public QDialog
{
    Q_OBJECT
public:
    RentalObjectDialog(Store *store, const RentalObjectDraft &object, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *barcodeField() const { return m_barcode; }
    QComboBox *stateBox() const { return m_state; }
    QLineEdit *depositField() const { return m_deposit; }
    QLabel *problem() const { return m_problem; }
    QString savedId() const { return m_savedId; }
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    Store *m_store;
    RentalObjectDraft m_object;
    QString m_savedId;
    QLineEdit *m_name, *m_barcode, *m_deposit;
    QComboBox *m_state;
    QLabel *m_problem;
};

// A new price list (a season's prices) from a day on, its prices copied from another list.
class PriceListDialog : public QDialog
{
    Q_OBJECT
public:
    PriceListDialog(Store *store, const QString &copyFrom, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QDateEdit *fromField() const { return m_from; }
    QComboBox *copyFromBox() const { return m_copyFrom; }
    QLabel *nameProblem() const { return m_nameProblem; }
    QLabel *fromProblem() const { return m_fromProblem; }
    QString savedId() const { return m_savedId; }
    void accept() override;

private:
    Store *m_store;
    QString m_savedId;
    QLineEdit *m_name;
    QDateEdit *m_from;
    QComboBox *m_copyFrom;
    QLabel *m_nameProblem, *m_fromProblem, *m_problem;
};

} // namespace rentdesk
