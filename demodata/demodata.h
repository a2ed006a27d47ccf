#pragma once

#include "clock.h"
#include "staff.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace rentdesk {

class Store;

struct DemoOptions
{
    qint64 customers = 200;
    quint64 seed = 1;
    // Every date and time of the demo data is relative to this day, never to the wall clock.
    // Times are opening hours in the desk's local time zone (a rental due "today at 18:00"),
    // stored as UTC text; so the tables are byte-identical for the same seed, day and zone.
    QDate today = clock::today();
    // Called after every committed batch of about 20,000 customers with the customers written
    // so far; the last call has done == total.
    std::function<void(qint64 done, qint64 total)> progress;
};

// A member of the demo staff, with the PIN they sign in with (README.md).
struct DemoStaff
{
    QString name, login, pin;
    StaffRole role = StaffRole::Counter;
};

// Realistic demo data for an empty store: reference data (staff, groups, permissions, articles,
// rental objects, price lists) and customers with their whole history. The same seed and day
// give byte-identical tables (but for the PIN hashes, whose salt is random for each program run).
// Demo data is not a change a person makes: it is bulk-inserted with
// foreign keys on, server version 0 and no outbox entries, like the initial data a first desk
// uploads to a new server (docs/sync-store.md), and writes its own activity rows. The last four
// weeks at the counter are then made through the store's own operations (DemoCounter: rentals,
// returns, payments, bookings, by season), and the store drops their pending changes again.
// Customer K-10001 (Anna Müller) has the long history; document bytes go content-addressed into
// Store::fileStorePath().
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(rentdesk::DemoData)

public:
    // Returns false with `error` when the store holds customers already or a write fails.
    static bool fill(Store &store, const DemoOptions &options, QString *error);
    // The customer with a long history (hundreds of transactions), for benchmarks and demos.
    static QString longHistoryCustomerNumber();
    // The staff profiles demo data makes: a manager and two at the counter.
    static QList<DemoStaff> staff();
};

} // namespace rentdesk
