#include "desktopapp.h"

#include "aboutdialogs.h"
#include "backgroundsync.h"
#include "customercardwindow.h"
#include "demodata.h"
#include "desksession.h"
#include "documentspanel.h"
#include "mainwindow.h"
#include "store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace rentdesk {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/rentdesk.sqlite");
}

bool installTranslations(QApplication &app, const QString &language)
{
    QLocale::setDefault(
        QLocale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedKingdom));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/rentdesk_%1.qm").arg(language)))
        return false;
    QApplication::installTranslator(own);
    return true;
}

int runDesktopApp(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RentDesk"));
    QApplication::setApplicationName(QStringLiteral("RentDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.rentdesk.RentDesk"));

    // Parse once to find the language, so that --help is already translated.
    QString language = QLocale::system().language() == QLocale::German ? QStringLiteral("de")
                                                                       : QStringLiteral("en");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    if (language != QLatin1String("de") && language != QLatin1String("en")) {
        std::fprintf(stderr, "rentdesk: --lang takes de or en\n");
        return 2;
    }
    installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "rentdesk::App", "RentDesk: the customer card for the rental counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("rentdesk::App",
                                "The SQLite file of the local store (default: %1).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        QStringLiteral("path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("rentdesk::App", "Fill demo data when the store is empty."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("rentdesk::App", "Language: de or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QApplication::translate("rentdesk::App", "Open the card of the customer with this number."),
        QStringLiteral("number"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("rentdesk::App",
                                "Save a picture of the front window to this PNG file and quit."),
        QStringLiteral("file"));
    parser.addOptions({database, demo, lang, open, screenshot});
    parser.process(app);

    const QString path = parser.isSet(database) ? parser.value(database) : defaultDatabasePath();
    // The first start on this computer (or with a new file): say where the data is kept.
    const bool newStore = !QFileInfo::exists(path);
    Store store;
    if (!store.open(path)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("rentdesk::App", "RentDesk"),
            QApplication::translate("rentdesk::App", "The local store cannot be opened:\n%1")
                .arg(store.lastError()));
        return 1;
    }
    // Changes that rentdesk-cli or the sync module commit reach the open windows within a second.
    store.watchOtherWriters(500);

    if (parser.isSet(demo) && store.customerCount() == 0) {
        QProgressDialog progress(QApplication::translate("rentdesk::App", "Filling demo data…"),
                                 QString(), 0, 100);
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(500);
        DemoOptions options;
        options.customers = 2000;
        options.seed = 1;
        options.progress = [&progress](qint64 done, qint64 total) {
            progress.setValue(int(done * 100 / qMax<qint64>(1, total)));
        };
        QString error;
        if (!DemoData::fill(store, options, &error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("rentdesk::App", "RentDesk"),
                QApplication::translate("rentdesk::App", "The demo data could not be filled:\n%1")
                    .arg(error));
            return 1;
        }
    }

    // Copies of documents opened in an earlier run, for the system's viewer, are removed.
    DocumentsPanel::removeViewingCopies();
    // Who is at the desk: every change is credited to them. A picture taken for the README or
    // a bug report acts as the first manager (or the desk's own profile) without a sign-in.
    DeskSession session(&store);
    if (parser.isSet(screenshot)) {
        QString staffId;
        for (const StaffMember &m : store.staffMembers())
            if (staffId.isEmpty() && m.role == StaffRole::Manager)
                staffId = m.id;
        store.setCurrentStaff(staffId.isEmpty() ? store.ensureDeskStaff() : staffId);
    } else if (!session.start()) {
        return 0;
    }

    // The sync module with its own connection to the file, in its own thread.
    sync::BackgroundSync sync(path);
    MainWindow window(&store);
    window.show();
    QWidget *front = &window;
    if (parser.isSet(open)) {
        const Customer c = store.customerByNumber(parser.value(open));
        if (!c.isValid()) {
            QMessageBox::warning(
                &window, QApplication::translate("rentdesk::App", "RentDesk"),
                QApplication::translate("rentdesk::App", "There is no customer with the number %1.")
                    .arg(parser.value(open)));
        } else {
            front = window.openCustomer(c.id);
        }
    }
    if (newStore && !parser.isSet(screenshot))
        QTimer::singleShot(0, &window, [&window, path] {
            FirstStartDialog dialog(path, &window);
            dialog.exec();
        });
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1200, &app, [front, file, &app] {
            const bool saved = front->grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "rentdesk: cannot write %s\n", qPrintable(file));
            app.exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace rentdesk
