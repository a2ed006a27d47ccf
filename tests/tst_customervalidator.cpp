// Checks of what staff type into the master data fields: bad values are refused with a message
// next to the right field, good values are stored normalized, and the store writes nothing that
// the checks refused.

#include "customervalidator.h"
#include "store.h"
#include "storetesthelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rentdesk;
using storetest::RawDb;

namespace {

// A customer every check accepts; each row below spoils one field of it.
Customer validCustomer()
{
    return storetest::draft(QStringLiteral("Anna"), QStringLiteral("Müller"),
                            QStringLiteral("Berlin"), QStringLiteral("anna@example.de"),
                            QStringLiteral("+49 171 234-5678"), QStringLiteral("10115"),
                            QStringLiteral("Hauptstraße 5"));
}

QString keysOf(const QHash<CustomerField, QString> &errors)
{
    QStringList keys;
    for (auto it = errors.begin(); it != errors.end(); ++it)
        keys << columnName(it.key()) + QStringLiteral(" (") + it.value() + QLatin1Char(')');
    keys.sort();
    return keys.join(QStringLiteral(", "));
}

} // namespace

class TestCustomerValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void badValueIsRejected_data();
    void badValueIsRejected();
    void goodValueIsNormalized_data();
    void goodValueIsNormalized();
    void lastNameOrCompanyIsRequired_data();
    void lastNameOrCompanyIsRequired();
    void birthDateIsOptional();

    void createWithBadFieldWritesNothing_data();
    void createWithBadFieldWritesNothing();
    void createStoresNormalizedValues();
    void updateWithBadValueKeepsStoredValue_data();
    void updateWithBadValueKeepsStoredValue();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestCustomerValidator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    storetest::fixClock();
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    Customer c = validCustomer();
    const QHash<CustomerField, QString> errors = CustomerValidator::checkCustomer(c);
    QVERIFY2(errors.isEmpty(), qPrintable(keysOf(errors)));
}

void TestCustomerValidator::badValueIsRejected_data()
{
    QTest::addColumn<CustomerField>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("message"); // the exact English text, where one is pinned down

    const QString de = QStringLiteral("DE");
    const QString emailMessage =
        QStringLiteral("This is not an e-mail address (name@example.com).");
    const QDate today = rentdesk::clock::today();
    const QString longName(101, QLatin1Char('a'));

    QTest::newRow("e-mail without domain")
        << CustomerField::Email << QVariant(QStringLiteral("anna@")) << de << emailMessage;
    QTest::newRow("e-mail with two @")
        << CustomerField::Email << QVariant(QStringLiteral("anna@@x.de")) << de << emailMessage;
    QTest::newRow("e-mail with a space")
        << CustomerField::Email << QVariant(QStringLiteral("anna müller@x.de")) << de
        << emailMessage;
    QTest::newRow("e-mail with two dots")
        << CustomerField::Email << QVariant(QStringLiteral("a..b@x.de")) << de << emailMessage;
    QTest::newRow("e-mail without top-level domain")
        << CustomerField::Email << QVariant(QStringLiteral("anna@example")) << de << QString();
    QTest::newRow("e-mail without @")
        << CustomerField::Email << QVariant(QStringLiteral("anna.example.de")) << de << QString();

    QTest::newRow("phone with letters")
        << CustomerField::Phone << QVariant(QStringLiteral("12ab34")) << de
        << QStringLiteral("A phone number has digits, spaces and + ( ) / - only.");
    QTest::newRow("phone too short") << CustomerField::Phone << QVariant(QStringLiteral("123"))
                                     << de << QStringLiteral("A phone number has 5 to 15 digits.");
    QTest::newRow("phone too long")
        << CustomerField::Phone << QVariant(QStringLiteral("+49 1234 5678 9012 3456")) << de
        << QStringLiteral("A phone number has 5 to 15 digits.");

    QTest::newRow("DE postcode with four digits")
        << CustomerField::Postcode << QVariant(QStringLiteral("1234")) << de
        << QStringLiteral("A postcode in this country has five digits.");
    QTest::newRow("AT postcode with five digits")
        << CustomerField::Postcode << QVariant(QStringLiteral("12345")) << QStringLiteral("AT")
        << QStringLiteral("A postcode in this country has four digits.");
    QTest::newRow("DE postcode with letters")
        << CustomerField::Postcode << QVariant(QStringLiteral("ABCDE")) << de << QString();
    QTest::newRow("NL postcode without letters")
        << CustomerField::Postcode << QVariant(QStringLiteral("1012")) << QStringLiteral("NL")
        << QString();

    QTest::newRow("31 February") << CustomerField::BirthDate
                                 << QVariant(QStringLiteral("31.02.1990")) << de
                                 << QStringLiteral(
                                        "Enter the date as DD.MM.YYYY, for example 24.12.1990.");
    QTest::newRow("tomorrow as a date")
        << CustomerField::BirthDate << QVariant(today.addDays(1)) << de
        << QStringLiteral("A birth date cannot be in the future.");
    QTest::newRow("tomorrow as text")
        << CustomerField::BirthDate
        << QVariant(today.addDays(1).toString(QStringLiteral("dd.MM.yyyy"))) << de
        << QStringLiteral("A birth date cannot be in the future.");
    QTest::newRow("1 January 1850")
        << CustomerField::BirthDate << QVariant(QStringLiteral("01.01.1850")) << de << QString();
    QTest::newRow("yesterday as a word")
        << CustomerField::BirthDate << QVariant(QStringLiteral("yesterday")) << de << QString();

    QTest::newRow("country XX") << CustomerField::Country << QVariant(QStringLiteral("XX")) << de
                                << QStringLiteral(
                                       "Enter a two-letter country code such as DE, AT or CH.");
    QTest::newRow("country Germany")
        << CustomerField::Country << QVariant(QStringLiteral("Germany")) << de << QString();
    QTest::newRow("language german")
        << CustomerField::Language << QVariant(QStringLiteral("german")) << de
        << QStringLiteral("Enter a two-letter language code such as de or en.");
    QTest::newRow("language xx") << CustomerField::Language << QVariant(QStringLiteral("xx")) << de
                                 << QString();

    const QList<QPair<CustomerField, const char *>> nameFields{
        {CustomerField::FirstName, "first name"},
        {CustomerField::LastName, "last name"},
        {CustomerField::Company, "company"},
        {CustomerField::Street, "street"},
        {CustomerField::City, "city"}};
    for (const auto &[f, name] : nameFields) {
        QTest::addRow("%s of 101 characters", name)
            << f << QVariant(longName) << de << QStringLiteral("At most 100 characters.");
        QTest::addRow("%s with a line break", name)
            << f << QVariant(QStringLiteral("Anna\nMaria")) << de
            << QStringLiteral("Line breaks and control characters are not allowed here.");
    }
    QTest::newRow("reason for block of 501 characters")
        << CustomerField::BlockedReason << QVariant(QString(501, QLatin1Char('x'))) << de
        << QString();
    QTest::newRow("note of 4001 characters")
        << CustomerField::Note << QVariant(QString(4001, QLatin1Char('x'))) << de << QString();
}

void TestCustomerValidator::badValueIsRejected()
{
    QFETCH(CustomerField, field);
    QFETCH(QVariant, input);
    QFETCH(QString, country);
    QFETCH(QString, message);

    const CustomerValidator::Check check = CustomerValidator::checkField(field, input, country);
    QVERIFY2(!check.ok(), qPrintable(QStringLiteral("accepted as %1").arg(check.value.toString())));
    QVERIFY(!check.error.trimmed().isEmpty());
    if (!message.isEmpty())
        QCOMPARE(check.error, message);

    // In a whole customer the message lands on that field and on no other.
    const bool representable =
        field != CustomerField::BirthDate || input.typeId() == QMetaType::QDate;
    if (!representable)
        return; // a Customer holds a QDate, not what was typed
    Customer c = validCustomer();
    c.country = country;
    c.setValue(field, input);
    const QHash<CustomerField, QString> errors = CustomerValidator::checkCustomer(c);
    QCOMPARE(keysOf(errors),
             columnName(field) + QStringLiteral(" (") + check.error + QLatin1Char(')'));
}

void TestCustomerValidator::goodValueIsNormalized_data()
{
    QTest::addColumn<CustomerField>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QVariant>("expected");

    const QString de = QStringLiteral("DE");
    const auto text = [](const char *s) { return QVariant(QString::fromUtf8(s)); };
    QTest::newRow("country de") << CustomerField::Country << text("de") << de << text("DE");
    QTest::newRow("country ' at '") << CustomerField::Country << text(" at ") << de << text("AT");
    QTest::newRow("e-mail with spaces around")
        << CustomerField::Email << text(" anna@x.de ") << de << text("anna@x.de");
    QTest::newRow("e-mail with subdomain and plus")
        << CustomerField::Email << text("anna+rent@mail.example.co.uk") << de
        << text("anna+rent@mail.example.co.uk");
    QTest::newRow("no e-mail") << CustomerField::Email << text("") << de << text("");
    QTest::newRow("birth date DD.MM.YYYY")
        << CustomerField::BirthDate << text("24.12.1990") << de << QVariant(QDate(1990, 12, 24));
    QTest::newRow("birth date D.M.YYYY")
        << CustomerField::BirthDate << text("1.2.1990") << de << QVariant(QDate(1990, 2, 1));
    QTest::newRow("birth date ISO")
        << CustomerField::BirthDate << text("1990-12-24") << de << QVariant(QDate(1990, 12, 24));
    QTest::newRow("birth date with spaces")
        << CustomerField::BirthDate << text(" 24.12.1990 ") << de << QVariant(QDate(1990, 12, 24));
    QTest::newRow("birth date as QDate") << CustomerField::BirthDate << QVariant(QDate(1970, 1, 1))
                                         << de << QVariant(QDate(1970, 1, 1));
    QTest::newRow("born today") << CustomerField::BirthDate << QVariant(rentdesk::clock::today())
                                << de << QVariant(rentdesk::clock::today());
    QTest::newRow("DE postcode") << CustomerField::Postcode << text("10115") << de << text("10115");
    QTest::newRow("AT postcode with spaces")
        << CustomerField::Postcode << text(" 1010 ") << QStringLiteral("AT") << text("1010");
    QTest::newRow("NL postcode lower case")
        << CustomerField::Postcode << text("1012 ab") << QStringLiteral("NL") << text("1012 AB");
    QTest::newRow("GB postcode lower case")
        << CustomerField::Postcode << text("sw1a 1aa") << QStringLiteral("GB") << text("SW1A 1AA");
    QTest::newRow("phone as written")
        << CustomerField::Phone << text("+49 (0)171 234-5678") << de << text("+49 (0)171 234-5678");
    QTest::newRow("phone with 15 digits")
        << CustomerField::Phone << text("+49 1234 5678 90123") << de << text("+49 1234 5678 90123");
    QTest::newRow("language EN") << CustomerField::Language << text("EN") << de << text("en");
    QTest::newRow("first name with spaces")
        << CustomerField::FirstName << text("  Anna ") << de << text("Anna");
    QTest::newRow("first name Łukasz")
        << CustomerField::FirstName << text("Łukasz") << de << text("Łukasz");
    QTest::newRow("last name of 100 characters")
        << CustomerField::LastName << QVariant(QString(100, QLatin1Char('a'))) << de
        << QVariant(QString(100, QLatin1Char('a')));
    QTest::newRow("last name with apostrophe")
        << CustomerField::LastName << text("O'Brien-Schmidt") << de << text("O'Brien-Schmidt");
}

void TestCustomerValidator::goodValueIsNormalized()
{
    QFETCH(CustomerField, field);
    QFETCH(QVariant, input);
    QFETCH(QString, country);
    QFETCH(QVariant, expected);

    const CustomerValidator::Check check = CustomerValidator::checkField(field, input, country);
    QVERIFY2(check.ok(), qPrintable(check.error));
    if (expected.typeId() == QMetaType::QDate) {
        QCOMPARE(check.value.typeId(), QMetaType::QDate);
        QCOMPARE(check.value.toDate(), expected.toDate());
    } else {
        QCOMPARE(check.value.toString(), expected.toString());
    }
}

void TestCustomerValidator::lastNameOrCompanyIsRequired_data()
{
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("company");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("neither") << QString() << QString() << false;
    QTest::newRow("only spaces") << QStringLiteral("  ") << QStringLiteral(" ") << false;
    QTest::newRow("last name") << QStringLiteral("Müller") << QString() << true;
    QTest::newRow("company") << QString() << QStringLiteral("Müller Verleih GmbH") << true;
    QTest::newRow("both") << QStringLiteral("Müller") << QStringLiteral("Müller Verleih GmbH")
                          << true;
}

void TestCustomerValidator::lastNameOrCompanyIsRequired()
{
    QFETCH(QString, lastName);
    QFETCH(QString, company);
    QFETCH(bool, accepted);
    Customer c = validCustomer();
    c.lastName = lastName;
    c.company = company;
    const QHash<CustomerField, QString> errors = CustomerValidator::checkCustomer(c);
    if (accepted) {
        QVERIFY2(errors.isEmpty(), qPrintable(keysOf(errors)));
    } else {
        QCOMPARE(keysOf(errors), QStringLiteral("last_name (Enter a last name or a company.)"));
    }
}

void TestCustomerValidator::birthDateIsOptional()
{
    // Most customers at a rental desk never give a birth date; the card must save them.
    Customer c = validCustomer();
    c.birthDate = QDate();
    const QHash<CustomerField, QString> errors = CustomerValidator::checkCustomer(c);
    QVERIFY2(errors.isEmpty(), qPrintable(keysOf(errors)));

    Customer minimal;
    minimal.lastName = QStringLiteral("Müller");
    const QHash<CustomerField, QString> minimalErrors = CustomerValidator::checkCustomer(minimal);
    QVERIFY2(minimalErrors.isEmpty(), qPrintable(keysOf(minimalErrors)));

    // And an empty birth date field as typed is fine.
    QVERIFY(CustomerValidator::checkField(CustomerField::BirthDate, QStringLiteral("")).ok());
}

void TestCustomerValidator::createWithBadFieldWritesNothing_data()
{
    QTest::addColumn<CustomerField>("field");
    QTest::addColumn<QVariant>("input");
    QTest::newRow("e-mail") << CustomerField::Email << QVariant(QStringLiteral("anna@"));
    QTest::newRow("phone") << CustomerField::Phone << QVariant(QStringLiteral("123"));
    QTest::newRow("postcode") << CustomerField::Postcode << QVariant(QStringLiteral("1234"));
    QTest::newRow("country") << CustomerField::Country << QVariant(QStringLiteral("XX"));
    QTest::newRow("birth date") << CustomerField::BirthDate
                                << QVariant(rentdesk::clock::today().addDays(1));
    QTest::newRow("last name") << CustomerField::LastName
                               << QVariant(QString(101, QLatin1Char('a')));
    QTest::newRow("language") << CustomerField::Language << QVariant(QStringLiteral("german"));
}

void TestCustomerValidator::createWithBadFieldWritesNothing()
{
    QFETCH(CustomerField, field);
    QFETCH(QVariant, input);
    Store store;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("create-%1.sqlite").arg(++m_files))),
             qPrintable(store.lastError()));
    QVERIFY(store.addNumberBlock(10001, 10100, QStringLiteral("server")));

    Customer c = validCustomer();
    c.setValue(field, input);
    const WriteResult r = store.createCustomer(c);
    QVERIFY(!r.ok());
    QVERIFY2(r.fieldErrors.contains(field), qPrintable(storetest::describe(r)));
    QVERIFY(!r.fieldErrors.value(field).isEmpty());
    QCOMPARE(r.fieldErrors.size(), 1);
    QVERIFY(r.id.isEmpty());

    QCOMPARE(store.customerCount(), qint64(0));
    QCOMPARE(store.numbersLeftInBlocks(), qint64(100));
    QCOMPARE(store.pendingOutboxCount(), 0);
    RawDb raw(store.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 0);
}

void TestCustomerValidator::createStoresNormalizedValues()
{
    Store store;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("normalized.sqlite"))),
             qPrintable(store.lastError()));
    Customer c = validCustomer();
    c.firstName = QStringLiteral("  Anna ");
    c.email = QStringLiteral(" anna@x.de ");
    c.country = QStringLiteral("at");
    c.postcode = QStringLiteral(" 1010 ");
    c.language = QStringLiteral("DE");
    const WriteResult r = store.createCustomer(c);
    QVERIFY2(r.ok(), qPrintable(storetest::describe(r)));
    const Customer stored = store.customer(r.id);
    QCOMPARE(stored.firstName, QStringLiteral("Anna"));
    QCOMPARE(stored.email, QStringLiteral("anna@x.de"));
    QCOMPARE(stored.country, QStringLiteral("AT"));
    QCOMPARE(stored.postcode, QStringLiteral("1010"));
    QCOMPARE(stored.language, QStringLiteral("de"));
}

void TestCustomerValidator::updateWithBadValueKeepsStoredValue_data()
{
    QTest::addColumn<CustomerField>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<CustomerField>("markedField");
    QTest::newRow("e-mail") << CustomerField::Email << QVariant(QStringLiteral("anna@@x.de"))
                            << CustomerField::Email;
    QTest::newRow("phone") << CustomerField::Phone << QVariant(QStringLiteral("12ab34"))
                           << CustomerField::Phone;
    QTest::newRow("postcode") << CustomerField::Postcode << QVariant(QStringLiteral("ABCDE"))
                              << CustomerField::Postcode;
    QTest::newRow("birth date") << CustomerField::BirthDate << QVariant(QDate(1850, 1, 1))
                                << CustomerField::BirthDate;
    QTest::newRow("city with line break")
        << CustomerField::City << QVariant(QStringLiteral("Ber\nlin")) << CustomerField::City;
    // A new country re-checks the postcode that was fine before: 10115 is no Austrian postcode.
    QTest::newRow("country makes postcode wrong")
        << CustomerField::Country << QVariant(QStringLiteral("AT")) << CustomerField::Postcode;
    QTest::newRow("last name removed, no company")
        << CustomerField::LastName << QVariant(QString()) << CustomerField::LastName;
}

void TestCustomerValidator::updateWithBadValueKeepsStoredValue()
{
    QFETCH(CustomerField, field);
    QFETCH(QVariant, input);
    QFETCH(CustomerField, markedField);
    Store store;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("update-%1.sqlite").arg(++m_files))),
             qPrintable(store.lastError()));
    const WriteResult created = store.createCustomer(validCustomer());
    QVERIFY2(created.ok(), qPrintable(storetest::describe(created)));
    const Customer before = store.customer(created.id);
    const int outboxBefore = store.pendingOutboxCount();

    const WriteResult r = store.updateCustomer(created.id, {{field, input}});
    QVERIFY(!r.ok());
    QVERIFY2(r.fieldErrors.contains(markedField), qPrintable(storetest::describe(r)));
    QVERIFY(!r.fieldErrors.value(markedField).isEmpty());

    const Customer after = store.customer(created.id);
    QCOMPARE(after.value(field), before.value(field));
    QCOMPARE(after.value(markedField), before.value(markedField));
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(store.pendingOutboxCount(), outboxBefore);
    QCOMPARE(store.activities(created.id, {}, 100).size(), 1); // only "customer.created"
    RawDb raw(store.path());
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(columnName(field)),
                   {created.id})
            .toString(),
        before.value(field).typeId() == QMetaType::QDate
            ? before.value(field).toDate().toString(Qt::ISODate)
            : before.value(field).toString());
}

QTEST_GUILESS_MAIN(TestCustomerValidator)
#include "tst_customervalidator.moc"
