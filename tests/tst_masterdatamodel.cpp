// Editing master data in place: a refused value stays in the cell as typed with the reason next
// to it, nothing is stored; a corrected value is stored and the problem disappears.

#include "masterdatamodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rentdesk;

class TestMasterDataModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void refusedValueIsKeptWithReason_data();
    void refusedValueIsKeptWithReason();
    void correctedValueIsStored();
    void blockedIsACheckbox();
    void groupShowsName();
    void moveToAnotherCountry();

private:
    uitest::DemoStore m_demo;
    QString m_customer;
    std::unique_ptr<MasterDataModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QModelIndex valueIndex(CustomerField f) const
    {
        return m_model->index(MasterDataModel::rowOf(f), int(MasterDataModel::Column::Value));
    }
    QModelIndex problemIndex(CustomerField f) const
    {
        return m_model->index(MasterDataModel::rowOf(f), int(MasterDataModel::Column::Problem));
    }
};

void TestMasterDataModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_demo.open(20));
    m_customer = m_demo.longHistoryId();
}

void TestMasterDataModel::init()
{
    m_model = std::make_unique<MasterDataModel>(m_demo.store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setCustomer(m_customer);
}

void TestMasterDataModel::refusedValueIsKeptWithReason_data()
{
    QTest::addColumn<CustomerField>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("e-mail") << CustomerField::Email << QStringLiteral("anna@")
                            << QStringLiteral("This is not an e-mail address (name@example.com).");
    QTest::newRow("phone") << CustomerField::Phone << QStringLiteral("0171 abc")
                           << QStringLiteral(
                                  "A phone number has digits, spaces and + ( ) / - only.");
    QTest::newRow("postcode") << CustomerField::Postcode << QStringLiteral("1234")
                              << QStringLiteral("A postcode in this country has five digits.");
    QTest::newRow("birth date") << CustomerField::BirthDate << QStringLiteral("31.02.1990")
                                << QStringLiteral(
                                       "Enter the date as DD.MM.YYYY, for example 24.12.1990.");
    QTest::newRow("country") << CustomerField::Country << QStringLiteral("Germany")
                             << QStringLiteral(
                                    "Enter a two-letter country code such as DE, AT or CH.");
}

void TestMasterDataModel::refusedValueIsKeptWithReason()
{
    QFETCH(CustomerField, field);
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    const Customer before = m_demo.store->customer(m_customer);
    QSignalSpy problem(m_model.get(), &MasterDataModel::problemChanged);
    QVERIFY(!m_model->setData(valueIndex(field), typed));
    QCOMPARE(valueIndex(field).data(Qt::EditRole).toString(), typed); // nothing typed is lost
    QCOMPARE(problemIndex(field).data().toString(), reason);
    QCOMPARE(valueIndex(field).data(int(ModelRole::Error)).toString(), reason);
    QVERIFY(valueIndex(field).data(Qt::BackgroundRole).isValid());
    QCOMPARE(problem.count(), 1);
    const Customer after = m_demo.store->customer(m_customer);
    QCOMPARE(after.value(field), before.value(field)); // nothing stored
    QCOMPARE(after.updatedAt, before.updatedAt);
}

void TestMasterDataModel::correctedValueIsStored()
{
    QVERIFY(!m_model->setData(valueIndex(CustomerField::Email), QStringLiteral("anna@@example")));
    QVERIFY(!problemIndex(CustomerField::Email).data().toString().isEmpty());
    QVERIFY(m_model->setData(valueIndex(CustomerField::Email), QStringLiteral("anna@example.org")));
    QCOMPARE(problemIndex(CustomerField::Email).data().toString(), QString());
    QCOMPARE(valueIndex(CustomerField::Email).data().toString(),
             QStringLiteral("anna@example.org"));
    QCOMPARE(m_demo.store->customer(m_customer).email, QStringLiteral("anna@example.org"));

    QVERIFY(m_model->setData(valueIndex(CustomerField::BirthDate), QStringLiteral("24.12.1990")));
    QCOMPARE(m_demo.store->customer(m_customer).birthDate, QDate(1990, 12, 24));
    QCOMPARE(valueIndex(CustomerField::BirthDate).data(Qt::EditRole).toString(),
             QStringLiteral("24.12.1990"));
}

void TestMasterDataModel::blockedIsACheckbox()
{
    const QModelIndex blocked = valueIndex(CustomerField::Blocked);
    QVERIFY(m_model->flags(blocked) & Qt::ItemIsUserCheckable);
    QVERIFY(!(m_model->flags(blocked) & Qt::ItemIsEditable));
    const bool was = m_demo.store->customer(m_customer).blocked;
    QVERIFY(m_model->setData(blocked, was ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_demo.store->customer(m_customer).blocked, !was);
    QCOMPARE(blocked.data(Qt::CheckStateRole).toInt(), int(was ? Qt::Unchecked : Qt::Checked));
    QVERIFY(m_model->setData(blocked, was ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_demo.store->customer(m_customer).blocked, was);
}

void TestMasterDataModel::groupShowsName()
{
    const auto groups = m_demo.store->customerGroups();
    QVERIFY(!groups.isEmpty());
    QVERIFY(m_model->setData(valueIndex(CustomerField::Group), groups.first().first));
    QCOMPARE(valueIndex(CustomerField::Group).data().toString(), groups.first().second);
    QVERIFY(!m_model->setData(valueIndex(CustomerField::Group), QStringLiteral("no-such-group")));
    QCOMPARE(problemIndex(CustomerField::Group).data().toString(),
             QStringLiteral("This customer group does not exist."));
    QCOMPARE(m_demo.store->customer(m_customer).groupId, groups.first().first);
}

// A customer moves from Germany to Austria: the new country refuses the old postcode and the new
// postcode is refused against the old country; with both typed, both are stored.
void TestMasterDataModel::moveToAnotherCountry()
{
    QVERIFY(m_model->setData(valueIndex(CustomerField::Country), QStringLiteral("DE")));
    QVERIFY(m_model->setData(valueIndex(CustomerField::Postcode), QStringLiteral("10437")));
    QVERIFY(!m_model->setData(valueIndex(CustomerField::Country), QStringLiteral("AT")));
    QVERIFY(!problemIndex(CustomerField::Country).data().toString().isEmpty());
    QVERIFY(m_model->setData(valueIndex(CustomerField::Postcode), QStringLiteral("6020")));
    const Customer moved = m_demo.store->customer(m_customer);
    QCOMPARE(moved.country, QStringLiteral("AT"));
    QCOMPARE(moved.postcode, QStringLiteral("6020"));
    QCOMPARE(problemIndex(CustomerField::Country).data().toString(), QString());
    QCOMPARE(problemIndex(CustomerField::Postcode).data().toString(), QString());
    QCOMPARE(valueIndex(CustomerField::Country).data().toString(), QStringLiteral("AT"));
}

QTEST_MAIN(TestMasterDataModel)
#include "tst_masterdatamodel.moc"
