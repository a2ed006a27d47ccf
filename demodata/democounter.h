#pragma once

#include "demodata.h"

#include <QCoreApplication>

namespace rentdesk {

class Store;

// The last four weeks at the counter, made through the store's own operations after the bulk
// demo data (democounter.cpp); DemoData::fill() runs it.
class DemoCounter
{
    Q_DECLARE_TR_FUNCTIONS(rentdesk::DemoCounter)

public:
    static bool run(Store &store, const DemoOptions &options, QString *error);
};

} // namespace rentdesk
