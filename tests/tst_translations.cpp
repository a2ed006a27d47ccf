// German is the users' first language: the built-in German translation is loaded and used by the
// windows, and both .ts files are complete (every message translated, none left unfinished).

#include "customercardwindow.h"
#include "desktopapp.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace rentdesk;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void bothLanguagesHaveTheSameMessages();
    void everyTrStringIsInTheTsFiles_data();
    void everyTrStringIsInTheTsFiles();
    void germanCardSpeaksGerman();
};

namespace {
struct TsSummary
{
    QSet<QString> sources;
    QStringList problems;
};

TsSummary readTs(const QString &path)
{
    TsSummary s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        s.problems << QStringLiteral("cannot open ") + path;
        return s;
    }
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms live in <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                s.problems << context + QStringLiteral(": ") + source;
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                s.sources.insert(context + QLatin1Char('|') + source);
        }
    }
    if (xml.hasError())
        s.problems << xml.errorString();
    return s;
}
} // namespace

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << QStringLiteral(RENTDESK_TS_DIR "/rentdesk_de.ts");
    QTest::newRow("English") << QStringLiteral(RENTDESK_TS_DIR "/rentdesk_en.ts");
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, file);
    const TsSummary s = readTs(file);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY2(s.sources.size() > 150, qPrintable(QString::number(s.sources.size())));
}

void TestTranslations::bothLanguagesHaveTheSameMessages()
{
    const TsSummary de = readTs(QStringLiteral(RENTDESK_TS_DIR "/rentdesk_de.ts"));
    const TsSummary en = readTs(QStringLiteral(RENTDESK_TS_DIR "/rentdesk_en.ts"));
    QCOMPARE(de.sources, en.sources);
}

void TestTranslations::everyTrStringIsInTheTsFiles_data()
{
    tsFileIsComplete_data();
}

// lupdate over today's sources, into a copy of the committed file: a tr() string that was added
// or changed without refreshing the .ts files shows up as unfinished (or as a changed set).
void TestTranslations::everyTrStringIsInTheTsFiles()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString project = dir.filePath(QStringLiteral("project.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(RENTDESK_CMAKE),
                {QStringLiteral("-DIN_FILE=" RENTDESK_LUPDATE_PROJECT),
                 QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                 QStringLiteral(RENTDESK_LUPDATE_SCRIPT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());
    QProcess lupdate;
    lupdate.start(QStringLiteral(RENTDESK_LUPDATE),
                  {QStringLiteral("-project"), project, QStringLiteral("-ts"), copy,
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-silent")});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const TsSummary fresh = readTs(copy);
    QVERIFY2(fresh.problems.isEmpty(),
             qPrintable(QStringLiteral("not in %1 yet (run the update_translations target and "
                                       "translate):\n")
                            .arg(file) +
                        fresh.problems.mid(0, 10).join(QLatin1Char('\n'))));
    QCOMPARE(fresh.sources, readTs(file).sources);
}

void TestTranslations::germanCardSpeaksGerman()
{
    QStandardPaths::setTestModeEnabled(true);
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(installTranslations(*app, QStringLiteral("de")));
    uitest::DemoStore demo;
    QVERIFY(demo.open(5));
    CustomerCardWindow card(demo.store.get(), demo.longHistoryId());
    card.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(card.panel(QStringLiteral("rentedObjects"))
                ->windowTitle()
                .startsWith(QStringLiteral("Vermietete Objekte")));
    QVERIFY(card.panel(QStringLiteral("masterData"))
                ->windowTitle()
                .startsWith(QStringLiteral("Stammdaten")));
    QVERIFY(card.panel(QStringLiteral("openBalances"))
                ->windowTitle()
                .startsWith(QStringLiteral("Offene Salden")));
    QVERIFY(card.windowTitle().contains(QStringLiteral("Kundenkarte")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
