#include "aboutdialogs.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace rentdesk {

namespace {

QPushButton *showFolderButton(QDialogButtonBox *buttons, const QString &storePath)
{
    QPushButton *show =
        buttons->addButton(FirstStartDialog::tr("Show &folder"), QDialogButtonBox::ActionRole);
    QObject::connect(show, &QPushButton::clicked, show, [storePath] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(storePath).absolutePath()));
    });
    return show;
}

} // namespace

FirstStartDialog::FirstStartDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to RentDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("RentDesk keeps its customers, rentals and documents on this computer, so the desk "
           "works without a network. They are in this file:"),
        this);
    intro->setWordWrap(true);
    m_path = new QLabel(QDir::toNativeSeparators(storePath), this);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setStyleSheet(QStringLiteral("font-weight: bold"));
    auto *backup = new QLabel(
        tr("Include this folder in the computer's backup. To share the data with other desks, "
           "set this desk up for your RentDesk server under Sync → Set up server. Help → "
           "About RentDesk shows the path again."),
        this);
    backup->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole)->setDefault(true);
    showFolderButton(buttons, storePath);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(intro);
    layout->addWidget(m_path);
    layout->addWidget(backup);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

AboutDialog::AboutDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About RentDesk"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setOpenExternalLinks(true);
    const QString row = QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>");
    QString libraries =
        row.arg(QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
                tr("GNU LGPL version 3 (%1)")
                    .arg(QStringLiteral(
                        "<a href=\"https://www.qt.io/licensing/\">qt.io/licensing</a>"))) +
        row.arg(QStringLiteral("SQLite"), sqliteVersion(), tr("public domain"));
    if (qstrlen(RENTDESK_KEYCHAIN_VERSION) > 0) { // a build without it cannot sync
        libraries +=
            row.arg(QStringLiteral("QtKeychain"), QString::fromLatin1(RENTDESK_KEYCHAIN_VERSION),
                    tr("modified BSD licence (3 clauses)"));
#ifdef Q_OS_LINUX
        libraries += row.arg(QStringLiteral("libsecret"), QString(), tr("GNU LGPL version 2.1"));
#endif
    }
    m_text->setHtml(
        tr("<h2>RentDesk %1</h2><p>The customer card for the rental counter.</p>"
           "<p><b>Store:</b> %2</p>"
           "<h3>Libraries</h3><table cellspacing=\"6\"><tr><th align=\"left\">Library</th>"
           "<th align=\"left\">Version</th><th align=\"left\">Licence</th></tr>%3</table>"
           "<p>The licence texts come with the libraries' packages; Qt's source is available at "
           "download.qt.io.</p>")
            .arg(QApplication::applicationVersion(),
                 QDir::toNativeSeparators(storePath).toHtmlEscaped(), libraries));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    showFolderButton(buttons, storePath);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString AboutDialog::text() const
{
    return m_text->toPlainText();
}

QString AboutDialog::sqliteVersion()
{
    QString version;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("about-sqlite"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("about-sqlite"));
    return version;
}

} // namespace rentdesk
