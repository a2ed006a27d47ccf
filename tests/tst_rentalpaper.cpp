// The paper at the counter: the rental contract and the return receipt of a real transaction in
// a real store, in the customer's language, with the business from the settings, the lines,
// deposits, VAT and what is still to pay; written as a real PDF file (Qt Print Support).

#include "clock.h"
#include "rentalpaper.h"
#include "store.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace rentdesk;

class TestRentalPaper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void businessDetailsNeedAManagerAndAName();
    void contractInTheCustomersLanguage_data();
    void contractInTheCustomersLanguage();
    void receiptAfterALateReturn();
    void pdfIsWritten();
    void unwritablePathIsReported();

private:
    QString customer(const QString &language);
    QString handOut(const QString &customerId, int objects);
    static QString text(const QString &html)
    {
        QTextDocument doc;
        doc.setHtml(html);
        return doc.toPlainText();
    }
    // As the plain text of the paper writes an amount (its no-break space a plain one).
    static QString amount(qint64 minor, const QLocale &locale)
    {
        return Money{minor}.toString(locale).replace(QChar::Nbsp, QLatin1Char(' '));
    }

    uitest::DemoStore m_demo;
};

void TestRentalPaper::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_demo.open(40));
    // The demo data's business; a manager changes it.
    QCOMPARE(m_demo.store->businessDetails().name, QStringLiteral("RentDesk Verleih"));
}

void TestRentalPaper::businessDetailsNeedAManagerAndAName()
{
    Store *store = m_demo.store.get();
    const QString before = store->currentStaffId();
    QString manager;
    for (const StaffMember &m : store->staffMembers())
        if (m.role == StaffRole::Manager)
            manager = m.id;
    QVERIFY(!manager.isEmpty());
    store->setCurrentStaff(manager, true);
    // Someone at the counter may not change it.
    const WriteResult counter =
        store->addStaff(QStringLiteral("Kim Kasse"), StaffRole::Counter, QStringLiteral("4711"));
    QVERIFY2(counter.ok(), qPrintable(counter.error));
    store->setCurrentStaff(counter.id, true);
    BusinessDetails b{QStringLiteral("Skiverleih Oberhof"),
                      QStringLiteral("Zellaer Str. 3\n98559 Oberhof"),
                      QStringLiteral("+49 36842 1234"), QStringLiteral("info@ski.example"),
                      QStringLiteral("DE999999999")};
    WriteResult r = store->setBusinessDetails(b);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("manager")), qPrintable(r.error));
    QCOMPARE(store->businessDetails().name, QStringLiteral("RentDesk Verleih"));

    // A manager: a name is needed, then it is kept.
    store->setCurrentStaff(manager, true);
    QVERIFY(store->currentStaffIsManager());
    BusinessDetails nameless = b;
    nameless.name = QStringLiteral("  ");
    r = store->setBusinessDetails(nameless);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(store->businessDetails().name, QStringLiteral("RentDesk Verleih"));
    r = store->setBusinessDetails(b);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(store->businessDetails().address, b.address);
    QCOMPARE(store->businessDetails().vatId, b.vatId);
    store->setCurrentStaff(before);
}

QString TestRentalPaper::customer(const QString &language)
{
    Customer c;
    c.firstName = language == QLatin1String("de") ? QStringLiteral("Jörg") : QStringLiteral("Emma");
    c.lastName = QStringLiteral("Paper");
    c.street = QStringLiteral("Lindenweg 4");
    c.postcode = QStringLiteral("07743");
    c.city = QStringLiteral("Jena");
    c.birthDate = QDate(1985, 3, 1);
    c.language = language;
    const WriteResult r = m_demo.store->createCustomer(c);
    return r.ok() ? r.id : QString();
}

QString TestRentalPaper::handOut(const QString &customerId, int objects)
{
    Store *store = m_demo.store.get();
    TransactionDraft d;
    d.customerId = customerId;
    d.from = clock::nowUtc();
    d.to = d.from.addDays(2);
    for (const RentalObjectChoice &c : store->rentalObjectChoices({}, d.from, d.to, 300)) {
        LineDraft line;
        QString problem;
        if (c.hold.isFree() && !c.object.barcode.isEmpty() &&
            store->priceLine(customerId, c.object.id, d.from, d.to, 1, &line, &problem) &&
            line.depositMinor > 0)
            d.lines << line;
        if (d.lines.size() == objects)
            break;
    }
    return d.lines.size() == objects ? store->createTransaction(d).id : QString();
}

void TestRentalPaper::contractInTheCustomersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("German customer")
        << QStringLiteral("de")
        << QStringList{QStringLiteral("Mietvertrag"), QStringLiteral("Kaution"),
                       QStringLiteral("Noch zu zahlen"), QStringLiteral("inkl. 19 % MwSt."),
                       QStringLiteral("Kunde")};
    QTest::newRow("English customer")
        << QStringLiteral("en")
        << QStringList{QStringLiteral("Rental contract"), QStringLiteral("Deposit"),
                       QStringLiteral("Still to pay"), QStringLiteral("including 19 % VAT"),
                       QStringLiteral("Customer")};
}

void TestRentalPaper::contractInTheCustomersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    Store *store = m_demo.store.get();
    const QString id = customer(language);
    QVERIFY(!id.isEmpty());
    const QString tx = handOut(id, 2);
    QVERIFY(!tx.isEmpty());
    const TransactionDetail detail = store->transactionDetail(tx);
    const QString html = RentalPaper::html(RentalPaper::Kind::Contract, *store, tx);
    const QString plain = text(html);
    for (const QString &w : words)
        QVERIFY2(plain.contains(w), qPrintable(w + QStringLiteral(" missing in:\n") + plain));
    QVERIFY(plain.contains(store->businessDetails().name));
    QVERIFY(plain.contains(detail.number));
    QVERIFY(plain.contains(store->customer(id).displayName()));
    QVERIFY(plain.contains(store->customer(id).number));
    const QLocale locale = language == QLatin1String("de")
                               ? QLocale(QLocale::German, QLocale::Germany)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    qint64 rent = 0, deposit = 0;
    for (const TransactionDetail::Line &l : detail.lines) {
        QVERIFY(plain.contains(l.objectName));
        QVERIFY(plain.contains(l.barcode));
        rent += l.priceMinor;
        deposit += l.depositMinor;
    }
    // Amounts the way the customer's language writes money: "35,00 €" or "€35.00".
    QVERIFY2(plain.contains(amount(rent, locale)), qPrintable(plain));
    QVERIFY(plain.contains(amount(deposit, locale)));
    QVERIFY(plain.contains(amount(rent + deposit, locale))); // nothing paid yet
    QVERIFY(plain.contains(amount(vatIncluded(rent, 1900), locale)));
}

void TestRentalPaper::receiptAfterALateReturn()
{
    Store *store = m_demo.store.get();
    const QString id = customer(QStringLiteral("de"));
    const QString tx = handOut(id, 2);
    QVERIFY(!tx.isEmpty());
    // One object comes back four hours late; cash pays what is then open.
    const QList<OpenRentalLine> out = store->openRentalLines(id);
    QCOMPARE(out.size(), 2);
    ReturnDraft r;
    r.at = out.first().dueAt.addSecs(4 * 3600);
    ReturnLine back;
    back.lineId = out.first().lineId;
    back.lateFeeMinor = 1500;
    r.lines << back;
    r.payOpen = true;
    clock::setNowForTesting(r.at.addSecs(60));
    const WriteResult done = store->returnObjects(r);
    QVERIFY2(done.ok(), qPrintable(done.error));
    const TransactionDetail detail = store->transactionDetail(tx);
    const QString html = RentalPaper::html(RentalPaper::Kind::Receipt, *store, tx);
    const QString plain = text(html);
    const QString shots = qEnvironmentVariable("RENTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty() && QDir().mkpath(shots))
        QVERIFY(RentalPaper::writePdf(html, QDir(shots).filePath(QStringLiteral("receipt.pdf")),
                                      nullptr));
    for (const char *w : {"Rückgabebeleg", "Zurückgegeben", "Verspätungsgebühr", "Miete",
                          "Zahlungen", "Bar", "Noch gemietet: 1"})
        QVERIFY2(plain.contains(QString::fromUtf8(w)),
                 qPrintable(QString::fromUtf8(w) + QStringLiteral(" missing in:\n") + plain));
    const QLocale de(QLocale::German, QLocale::Germany);
    QVERIFY(plain.contains(amount(1500, de)));
    qint64 charged = 0, paid = 0, open = 0;
    for (const auto &c : detail.charges) {
        charged += c.amountMinor;
        open += std::max<qint64>(0, c.openMinor);
    }
    for (const auto &p : detail.payments)
        paid += p.amountMinor;
    QVERIFY(paid > 0);
    QVERIFY(plain.contains(amount(charged, de)));
    QVERIFY(plain.contains(amount(paid, de)));
    QVERIFY2(plain.contains(QStringLiteral("Noch zu zahlen\n") + amount(open, de)),
             qPrintable(plain));
}

void TestRentalPaper::pdfIsWritten()
{
    Store *store = m_demo.store.get();
    const QString tx = handOut(customer(QStringLiteral("de")), 1);
    QVERIFY(!tx.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(RentalPaper::suggestedFileName(
        RentalPaper::Kind::Contract, store->transactionDetail(tx).number));
    QString error;
    QVERIFY2(RentalPaper::writePdf(RentalPaper::html(RentalPaper::Kind::Contract, *store, tx), path,
                                   &error),
             qPrintable(error));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("%%EOF"));
    QVERIFY2(bytes.size() > 5000, "a page with text and its fonts");
    const QString out = qEnvironmentVariable("RENTDESK_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        QFile::remove(QDir(out).filePath(QStringLiteral("contract.pdf")));
        QFile::copy(path, QDir(out).filePath(QStringLiteral("contract.pdf")));
    }
}

void TestRentalPaper::unwritablePathIsReported()
{
    QString error;
    QVERIFY(!RentalPaper::writePdf(QStringLiteral("<p>x</p>"),
                                   QStringLiteral("/nonexistent-folder/contract.pdf"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-folder/contract.pdf")), qPrintable(error));
}

QTEST_MAIN(TestRentalPaper)
#include "tst_rentalpaper.moc"
