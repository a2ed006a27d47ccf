#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace rentdesk {

class Store;

// Blocks a customer: why (colleagues read it on the card), and optionally until which day.
// A refused block says why next to the field and keeps what was typed.
class BlockDialog : public QDialog
{
    Q_OBJECT
public:
    BlockDialog(Store *store, const QString &customerId, QWidget *parent = nullptr);

    QPlainTextEdit *reasonField() const { return m_reason; }
    QCheckBox *untilBox() const { return m_hasEnd; }
    QDateEdit *untilField() const { return m_until; }
    QLabel *reasonError() const { return m_reasonError; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    Store *m_store;
    QString m_customerId;
    QPlainTextEdit *m_reason;
    QCheckBox *m_hasEnd;
    QDateEdit *m_until;
    QLabel *m_reasonError, *m_error;
};

} // namespace rentdesk
