#pragma once

// A demo store in a temporary folder, shared by the model and window tests.

#include "clock.h"
#include "demodata.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace uitest {

struct DemoStore
{
    QTemporaryDir dir;
    std::unique_ptr<rentdesk::Store> store = std::make_unique<rentdesk::Store>();

    // `customers` demo customers; K-10001 has the long history.
    bool open(qint64 customers = 150)
    {
        // A fixed "now" (mid-June, noon), so that overdue and due-today rows do not move at
        // midnight.
        rentdesk::clock::setNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toUTC());
        if (!dir.isValid() || !store->open(dir.filePath(QStringLiteral("desk.sqlite"))))
            return false;
        store->ensureDeskStaff();
        rentdesk::DemoOptions options;
        options.customers = customers;
        options.seed = 7;
        options.today = rentdesk::clock::today();
        QString error;
        if (!rentdesk::DemoData::fill(*store, options, &error)) {
            qWarning("demo data: %s", qPrintable(error));
            return false;
        }
        return true;
    }
    QString longHistoryId() const
    {
        return store->customerByNumber(rentdesk::DemoData::longHistoryCustomerNumber()).id;
    }
};

// Qt 6.4's tester calls fetchMore() from its own modelReset check while it still counts the reset
// as in flight, and then reports the rows that fetchMore inserts as a violation. The tests call
// fetchMore themselves and check its signals, so the tester leaves it alone.
inline std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(false);
    return tester;
}

} // namespace uitest
