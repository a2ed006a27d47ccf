#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace rentdesk {

// Shown once, when RentDesk starts with a store file it has just made: where the customer data
// is kept on this computer, so that a person knows what to back up.
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstStartDialog(const QString &storePath, QWidget *parent = nullptr);
    QLabel *pathLabel() const { return m_path; }

private:
    QLabel *m_path;
};

// Help → About: the version, the store's path, and the libraries RentDesk ships with their
// versions and licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &storePath, QWidget *parent = nullptr);
    QString text() const; // what the dialog says, as plain text
    static QString sqliteVersion();

private:
    QTextBrowser *m_text;
};

} // namespace rentdesk
