// Documents on the card, in the store: stored once by SHA-256 beside the store file, refused
// with a reason when unreadable, a folder, missing or over the size limit; renamed; removed,
// with the bytes going when nothing refers to them any more. Real files throughout.

#include "store.h"
#include "storetesthelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rentdesk;
using storetest::RawDb;

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addedOnceByHash();
    void refusedWithAReason();
    void sizeLimitFromTheSettings();
    void renameChecksTheName_data();
    void renameChecksTheName();
    void removedBytesGoWhenUnreferenced();
    void namesNeverBecomePaths_data();
    void namesNeverBecomePaths();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QList<DocumentRow> documentsOf(const QString &customerId)
    {
        return m_store->documents(customerId, {}, 50);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
    QString m_customer, m_other;
};

void TestDocuments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDocuments::init()
{
    storetest::fixClock();
    m_path = m_dir.filePath(QStringLiteral("documents-%1.sqlite").arg(++m_files));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->lastError()));
    m_store->ensureDeskStaff();
    m_customer = m_store
                     ->createCustomer(storetest::draft(
                         QStringLiteral("Eva"), QStringLiteral("Lang"), QStringLiteral("Jena")))
                     .id;
    m_other = m_store
                  ->createCustomer(storetest::draft(QStringLiteral("Jan"), QStringLiteral("Berg"),
                                                    QStringLiteral("Gera")))
                  .id;
    QVERIFY(!m_customer.isEmpty() && !m_other.isEmpty());
}

void TestDocuments::cleanup()
{
    m_store.reset();
    clock::setNowForTesting({});
}

QString TestDocuments::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("in-%1/").arg(m_files) + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestDocuments::addedOnceByHash()
{
    const QByteArray bytes = QByteArrayLiteral("%PDF-1.4 rental contract ") + QByteArray(5000, 'x');
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString a = writeFile(QStringLiteral("Vertrag.pdf"), bytes);
    const QString b = writeFile(QStringLiteral("Kopie vom Vertrag.pdf"), bytes);
    const int before = m_store->pendingOutboxCount();
    WriteResult r = m_store->addDocument(m_customer, a);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_store->pendingOutboxCount(), before + 1);
    r = m_store->addDocument(m_other, b);
    QVERIFY2(r.ok(), qPrintable(r.error));
    // Two documents, one file in the data folder, named by its hash, with the same bytes.
    QFile stored(m_store->filePath(sha));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), bytes);
    int files = 0;
    for (const QString &sub :
         QDir(m_store->fileStorePath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        files += int(
            QDir(m_store->fileStorePath() + QLatin1Char('/') + sub).entryList(QDir::Files).size());
    QCOMPARE(files, 1);
    const DocumentRow row = documentsOf(m_customer).first();
    QCOMPARE(row.fileName, QStringLiteral("Vertrag.pdf"));
    QCOMPARE(row.sha256, sha);
    QCOMPARE(row.sizeBytes, qint64(bytes.size()));
    QCOMPARE(row.mimeType, QStringLiteral("application/pdf"));
    QVERIFY(row.fileHere);
    QCOMPARE(row.addedBy, m_store->currentStaffName());
    const QList<ActivityRow> history = m_store->activities(m_customer, {}, 5);
    QCOMPARE(history.first().action, QStringLiteral("document.added"));
    QCOMPARE(history.first().newValue, QStringLiteral("Vertrag.pdf"));
}

void TestDocuments::refusedWithAReason()
{
    const int before = m_store->pendingOutboxCount();
    WriteResult r = m_store->addDocument(m_customer, m_dir.filePath(QStringLiteral("gone.pdf")));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("gone.pdf")));
    r = m_store->addDocument(m_customer, m_dir.path());
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("folder")));
    const QString locked = writeFile(QStringLiteral("locked.pdf"), "secret");
    QFile::setPermissions(locked, QFileDevice::Permissions());
    QFile probe(locked);
    if (probe.open(QIODevice::ReadOnly))
        qInfo("running as a user who reads any file: the unreadable case is not checked");
    else {
        r = m_store->addDocument(m_customer, locked);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QLatin1String("cannot be read")));
    }
    r = m_store->addDocument(Store::newId(), writeFile(QStringLiteral("a.txt"), "a"));
    QVERIFY(!r.ok());
    QCOMPARE(m_store->pendingOutboxCount(), before);
    QVERIFY(documentsOf(m_customer).isEmpty());
    // The file of the refused document (a customer that does not exist) is not kept.
    QVERIFY(!QFileInfo::exists(m_store->filePath(
        QString::fromLatin1(QCryptographicHash::hash("a", QCryptographicHash::Sha256).toHex()))));
}

void TestDocuments::sizeLimitFromTheSettings()
{
    QCOMPARE(m_store->documentSizeLimitMb(), Store::kDefaultDocumentLimitMb);
    QVERIFY(m_store->setDocumentSizeLimitMb(1));
    const QString big = writeFile(QStringLiteral("scan.tif"), QByteArray(1024 * 1024 + 1, 's'));
    const WriteResult r = m_store->addDocument(m_customer, big);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("1 MB")), qPrintable(r.error));
    QVERIFY(documentsOf(m_customer).isEmpty());
    QVERIFY(m_store->setDocumentSizeLimitMb(2));
    QVERIFY(m_store->addDocument(m_customer, big).ok());
}

void TestDocuments::renameChecksTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral("Mietvertrag 2026.pdf") << true;
    QTest::newRow("umlauts") << QStringLiteral("Übergabeprotokoll.pdf") << true;
    QTest::newRow("empty") << QStringLiteral("  ") << false;
    QTest::newRow("a path") << QStringLiteral("../../etc/passwd") << false;
    QTest::newRow("a windows path") << QStringLiteral("C:\\Windows\\x.pdf") << false;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("control") << QStringLiteral("a\nb.pdf") << false;
    QTest::newRow("too long") << QString(201, QLatin1Char('n')) << false;
}

void TestDocuments::renameChecksTheName()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QVERIFY(m_store->addDocument(m_customer, writeFile(QStringLiteral("Scan.pdf"), "scan")).ok());
    const QString id = documentsOf(m_customer).first().id;
    const WriteResult r = m_store->renameDocument(id, name);
    QCOMPARE(r.ok(), ok);
    QCOMPARE(documentsOf(m_customer).first().fileName,
             ok ? name.trimmed() : QStringLiteral("Scan.pdf"));
    if (ok)
        QCOMPARE(m_store->activities(m_customer, {}, 1).first().action,
                 QStringLiteral("document.renamed"));
}

void TestDocuments::removedBytesGoWhenUnreferenced()
{
    const QByteArray bytes = QByteArrayLiteral("photo of the scratch");
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY(m_store->addDocument(m_customer, writeFile(QStringLiteral("a.jpg"), bytes)).ok());
    QVERIFY(m_store->addDocument(m_other, writeFile(QStringLiteral("b.jpg"), bytes)).ok());
    // Pretend both were sent: nothing waits that needs the bytes.
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE sync_outbox SET state = 'applied'")));
    }
    QVERIFY(m_store->removeDocument(documentsOf(m_customer).first().id).ok());
    QVERIFY(QFileInfo::exists(m_store->filePath(sha))); // the other card still has it
    QVERIFY(m_store->removeDocument(documentsOf(m_other).first().id).ok());
    QVERIFY(!QFileInfo::exists(m_store->filePath(sha)));
    QCOMPARE(m_store->activities(m_other, {}, 1).first().action,
             QStringLiteral("document.removed"));

    // Added and removed before the next sync: the waiting change still names the bytes, which
    // the server will ask for, so they stay until it has been sent.
    QVERIFY(m_store->addDocument(m_customer, writeFile(QStringLiteral("c.jpg"), bytes)).ok());
    QVERIFY(m_store->removeDocument(documentsOf(m_customer).first().id).ok());
    QVERIFY(QFileInfo::exists(m_store->filePath(sha)));
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE sync_outbox SET state = 'applied'")));
    }
    QVERIFY(m_store->releaseFile(sha));
    QVERIFY(!QFileInfo::exists(m_store->filePath(sha)));
}

void TestDocuments::namesNeverBecomePaths_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << QStringLiteral("Vertrag.pdf") << QStringLiteral("Vertrag.pdf");
    QTest::newRow("up and out") << QStringLiteral("../../evil.sh") << QStringLiteral("evil.sh");
    QTest::newRow("windows") << QStringLiteral("C:\\x\\y.pdf") << QStringLiteral("y.pdf");
    QTest::newRow("drive only") << QStringLiteral("C:y.pdf") << QStringLiteral("C_y.pdf");
    QTest::newRow("dot dot") << QStringLiteral("..") << Store::tr("document");
    QTest::newRow("empty") << QString() << Store::tr("document");
}

void TestDocuments::namesNeverBecomePaths()
{
    QFETCH(QString, given);
    QFETCH(QString, safe);
    QCOMPARE(documentSafeName(given), safe);
}

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
