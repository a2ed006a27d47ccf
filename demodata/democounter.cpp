// The counter's last four weeks of the demo data, made through the store's own operations:
// hand-outs (skis and boards in winter, bikes in summer, tools all year, event gear with
// quantities above one at weekends), returns on time or late with their late fees, now and then
// damage, payments by cash or card, and a few bookings for the coming days. So the activities
// show what the counter does, written by the same code the desk runs.
//
// Like the bulk data it stays byte-identical for a seed and a day: times come from a fixed
// clock, ids from a generator seeded with the demo's seed, and transaction numbers continue the
// demo's own "V-2026-000123" series. Afterwards the store is a first desk's initial data again:
// no outbox entries or pending fields, and of the change log only the last entry, which open
// windows count on from (docs/sync-store.md).
#include "democounter.h"

#include "clock.h"
#include "pricing.h"
#include "store.h"

#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace rentdesk {

namespace {

enum class Step { HandOut, Return };

struct Planned
{
    Step event;
    QString customerId;
    QString transactionId; // Return: the transaction whose lines come back
    int theme = 0;         // HandOut: 0 season, 1 tools, 2 event gear, 3 booking ahead
};

class Counter
{
public:
    Counter(Store &store, const DemoOptions &options)
        : m_store(store)
        , m_options(options)
        , m_rng(options.seed * 0x9E3779B97F4A7C15ULL + 77)
    {}

    bool run(QString *error);

private:
    QDateTime at(const QDate &day, int hour, int minute) const
    {
        return QDateTime(day, QTime(hour, minute), QTimeZone::systemTimeZone()).toUTC();
    }
    qint64 below(qint64 n) { return qint64(m_rng.bounded(quint64(n))); }
    QStringList objectsOf(const QStringList &categories) const;
    QStringList customers() const;
    void handOut(const QDateTime &now, const Planned &p);
    void giveBack(const QDateTime &now, const Planned &p);
    bool renumber(QString *error);

    Store &m_store;
    const DemoOptions &m_options;
    QRandomGenerator64 m_rng;
    std::multimap<QDateTime, Planned> m_plan;
    QStringList m_staff, m_customers, m_made;
    QString m_problem;
};

QStringList Counter::objectsOf(const QStringList &categories) const
{
    QSqlQuery q(m_store.database());
    QString in;
    for (int i = 0; i < categories.size(); ++i)
        in += (i ? QStringLiteral(", ?") : QStringLiteral("?"));
    q.prepare(QStringLiteral("SELECT o.id FROM rental_objects o JOIN articles a ON a.id = "
                             "o.article_id WHERE o.deleted_at IS NULL AND o.state <> 'retired' "
                             "AND a.category IN (%1) ORDER BY o.barcode")
                  .arg(in));
    for (const QString &c : categories)
        q.addBindValue(c);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList Counter::customers() const
{
    QSqlQuery q(m_store.database());
    // Not the long-history customer, whose figures the benchmarks know.
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL AND blocked = 0 "
                             "AND number <> ? ORDER BY number LIMIT 300"));
    q.addBindValue(DemoData::longHistoryCustomerNumber());
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void Counter::handOut(const QDateTime &now, const Planned &p)
{
    const QDate day = now.toLocalTime().date();
    const bool winter = day.month() >= 11 || day.month() <= 3;
    TransactionDraft d;
    d.customerId = p.customerId;
    int quantity = 1, lines = 1 + int(below(2));
    QStringList pool;
    switch (p.theme) {
    case 1:
        pool = objectsOf({QStringLiteral("Werkzeug"), QStringLiteral("Baumaschine"),
                          QStringLiteral("Reinigung")});
        d.from = now;
        d.to = below(2) ? now.addSecs(4 * 3600) : at(day.addDays(1), 10, 0);
        lines = 1;
        break;
    case 2: // an event order: a few kinds of gear, several of each, over the weekend
        pool = objectsOf({QStringLiteral("Festbedarf"), QStringLiteral("Zelt")});
        d.from = now;
        d.to = at(day.addDays(1 + below(2)), 18, 0);
        quantity = 2 + int(below(7));
        lines = 2;
        d.note = winter ? QStringLiteral("Weihnachtsfeier") : QStringLiteral("Sommerfest");
        break;
    case 3: // booked ahead for the coming days
        pool = winter ? objectsOf({QStringLiteral("Ski"), QStringLiteral("Snowboard")})
                      : objectsOf({QStringLiteral("E-Bike"), QStringLiteral("Fahrrad")});
        d.kind = below(2) ? TransactionKind::Booking : TransactionKind::Reservation;
        d.from = at(day.addDays(3 + below(10)), 9, 30);
        d.to = d.from.addDays(1 + below(4));
        break;
    default:
        pool = winter ? objectsOf({QStringLiteral("Ski"), QStringLiteral("Snowboard"),
                                   QStringLiteral("Schuhe")})
                      : objectsOf({QStringLiteral("Fahrrad"), QStringLiteral("E-Bike"),
                                   QStringLiteral("Zubehör")});
        d.from = now;
        d.to = at(day.addDays(1 + below(3)), 17, 30);
        break;
    }
    if (pool.isEmpty())
        return;
    for (int tries = 0; tries < 30 && d.lines.size() < lines; ++tries) {
        const QString object = pool.at(int(below(pool.size())));
        bool taken = false;
        for (const LineDraft &l : std::as_const(d.lines))
            taken = taken || l.objectId == object;
        LineDraft line;
        QString problem;
        if (!taken && m_store.objectHold(object, d.from, d.to).isFree() &&
            m_store.priceLine(p.customerId, object, d.from, d.to, quantity, &line, &problem))
            d.lines << line;
    }
    if (d.lines.isEmpty())
        return;
    const WriteResult r = m_store.createTransaction(d);
    if (!r.ok()) {
        m_problem = r.error;
        return;
    }
    m_made << r.id;
    if (d.kind != TransactionKind::HandOut)
        return;
    // Half pay at once; the rest at the return.
    if (below(2) == 0)
        m_store.takePayment({p.customerId,
                             {r.id},
                             m_store.openAmount(p.customerId, {r.id}),
                             below(3) ? PaymentMethod::Card : PaymentMethod::Cash,
                             {}});
    // Most come back on time, some late (in opening hours: a late evening return is there the
    // next morning), never after the object's next rental starts; what is due after the demo's
    // "now" is still out.
    QDateTime back = d.to.addSecs(-60 * (10 + below(80)));
    if (below(6) == 0) {
        back = d.to.addSecs(60 * (40 + below(5 * 60)));
        const QDateTime local = back.toLocalTime();
        if (local.time() > QTime(18, 45))
            back = at(local.date().addDays(1), 9, int(below(30)));
    }
    QSqlQuery next(m_store.database());
    next.prepare(QStringLiteral("SELECT min(l.start_at) FROM transaction_lines l JOIN "
                                "transaction_lines mine ON mine.rental_object_id = "
                                "l.rental_object_id WHERE mine.transaction_id = ? AND "
                                "l.transaction_id <> ? AND l.deleted_at IS NULL AND l.start_at "
                                ">= ?"));
    next.addBindValue(r.id);
    next.addBindValue(r.id);
    next.addBindValue(d.from.toString(Qt::ISODate));
    if (next.exec() && next.next() && !next.value(0).isNull() &&
        back >= QDateTime::fromString(next.value(0).toString(), Qt::ISODate))
        back = d.to.addSecs(-30 * 60);
    m_plan.insert({back, {Step::Return, p.customerId, r.id, 0}});
}

void Counter::giveBack(const QDateTime &now, const Planned &p)
{
    ReturnDraft d;
    d.at = now;
    for (const OpenRentalLine &l : m_store.openRentalLines(p.customerId)) {
        if (l.transactionId != p.transactionId)
            continue;
        ReturnLine r;
        r.lineId = l.lineId;
        r.lateFeeMinor = lateFee(l.lateFeeRule, l.dueAt, now, l.quantity);
        if (below(25) == 0) {
            r.damaged = true;
            r.damageNote = below(2) ? QStringLiteral("Kratzer am Rahmen")
                                    : QStringLiteral("Verschluss defekt");
            r.damageCostMinor = 2500 + below(6) * 1000;
        }
        d.lines << r;
    }
    if (d.lines.isEmpty())
        return;
    d.payOpen = below(5) != 0;
    d.payMethod = below(2) ? PaymentMethod::Card : PaymentMethod::Cash;
    const WriteResult r = m_store.returnObjects(d);
    if (!r.ok())
        m_problem = r.error;
}

bool Counter::run(QString *error)
{
    QSqlQuery staff(m_store.database());
    staff.prepare(QStringLiteral("SELECT id FROM staff WHERE deleted_at IS NULL AND login = ?"));
    for (const DemoStaff &person : DemoData::staff()) {
        staff.addBindValue(person.login);
        if (staff.exec() && staff.next())
            m_staff << staff.value(0).toString();
    }
    m_customers = customers();
    if (m_staff.isEmpty() || m_customers.isEmpty())
        return true;

    const QDateTime fixedBefore = clock::fixedNow();
    const QString staffBefore = m_store.currentStaffId();
    Store::setIdSource([this] {
        const quint64 a = m_rng.generate(), b = m_rng.generate();
        const QString hex = QStringLiteral("%1%2")
                                .arg(a, 16, 16, QLatin1Char('0'))
                                .arg(b, 16, 16, QLatin1Char('0'));
        return QStringLiteral("%1-%2-4%3-a%4-%5")
            .arg(hex.left(8), hex.mid(8, 4), hex.mid(13, 3), hex.mid(17, 3), hex.mid(20, 12));
    });

    // The plan: each opening day of the last four weeks, hand-outs in the morning; on Fridays
    // and Saturdays an event order; every third day a booking for the coming days.
    const QDate today = m_options.today;
    for (QDate day = today.addDays(-27); day <= today; day = day.addDays(1)) {
        if (day.dayOfWeek() == 7)
            continue; // closed on Sundays
        // A small demo has a quiet counter: about one rental a day per 25 customers, 2 to 4
        // from a hundred on.
        const int busy = int(std::clamp<qsizetype>(m_customers.size() / 25, 1, 4));
        const int count = busy <= 1 ? int(below(2)) : busy / 2 + int(below(busy / 2 + 1));
        for (int i = 0; i < count; ++i)
            m_plan.insert({at(day, 9 + int(below(3)), int(below(60))),
                           {Step::HandOut,
                            m_customers.at(int(below(m_customers.size()))),
                            {},
                            below(4) == 0 ? 1 : 0}});
        if (busy >= 2 && (day.dayOfWeek() == 5 || day.dayOfWeek() == 6))
            m_plan.insert({at(day, 11, int(below(60))),
                           {Step::HandOut, m_customers.at(int(below(m_customers.size()))), {}, 2}});
        if (day.day() % (busy >= 2 ? 3 : 7) == 0)
            m_plan.insert({at(day, 12, int(below(60))),
                           {Step::HandOut, m_customers.at(int(below(m_customers.size()))), {}, 3}});
    }
    // Until the demo's "now", ten in the morning of its day (or the wall clock's now, if
    // earlier): what is due later is still out.
    QDateTime end = at(today, 10, 0);
    if (today == clock::today())
        end = std::min(end, clock::nowUtc());
    while (!m_plan.empty() && m_plan.begin()->first < end) {
        const auto [when, planned] = *m_plan.begin();
        m_plan.erase(m_plan.begin());
        clock::setNowForTesting(when);
        m_store.setCurrentStaff(m_staff.at(int(below(m_staff.size()))));
        if (planned.event == Step::HandOut)
            handOut(when, planned);
        else
            giveBack(when, planned);
        if (!m_problem.isEmpty())
            break;
    }
    Store::setIdSource({});
    clock::setNowForTesting(fixedBefore);
    m_store.setCurrentStaff(staffBefore);
    if (!m_problem.isEmpty()) {
        *error = DemoCounter::tr("The counter's demo days stopped: %1").arg(m_problem);
        return false;
    }
    return renumber(error);
}

bool Counter::renumber(QString *error)
{
    // The demo's transactions count per year in one series; the operations drew numbers of this
    // desk ("V-2026-P-…-0001"), which differ from file to file. They join the series, in the
    // activities too, and the store drops its pending changes: it is initial data.
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    std::map<int, qint64> next;
    auto fail = [&](const QSqlQuery &failed) {
        *error = failed.lastError().text();
        db.rollback();
        return false;
    };
    for (const QString &id : std::as_const(m_made)) {
        q.prepare(QStringLiteral("SELECT number, substr(start_at, 1, 4) FROM transactions WHERE "
                                 "id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return fail(q);
        const QString old = q.value(0).toString();
        const int year = q.value(1).toInt();
        if (!next.count(year)) {
            QSqlQuery max(db);
            max.prepare(QStringLiteral("SELECT max(number) FROM transactions WHERE number GLOB "
                                       "?"));
            max.addBindValue(QStringLiteral("V-%1-[0-9][0-9][0-9][0-9][0-9][0-9]").arg(year));
            if (!max.exec() || !max.next())
                return fail(max);
            next[year] = max.value(0).toString().section(QLatin1Char('-'), 2).toLongLong();
        }
        const QString number =
            QStringLiteral("V-%1-%2").arg(year).arg(++next[year], 6, 10, QLatin1Char('0'));
        q.prepare(QStringLiteral("UPDATE transactions SET number = ? WHERE id = ?"));
        q.addBindValue(number);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q);
        // The number is also written in the activities and in the charges' descriptions.
        for (const auto &[table, column] :
             {std::pair{"activities", "field"}, std::pair{"activities", "old_value"},
              std::pair{"activities", "new_value"}, std::pair{"charges", "description"}}) {
            q.prepare(QStringLiteral("UPDATE %1 SET %2 = replace(%2, ?, ?) WHERE %2 LIKE '%' || "
                                     "? || '%'")
                          .arg(QLatin1String(table), QLatin1String(column)));
            q.addBindValue(old);
            q.addBindValue(number);
            q.addBindValue(old);
            if (!q.exec())
                return fail(q);
        }
    }
    // The counter days ran in the past of the bulk data's rentals: an object one of them gave
    // back may be out again in the bulk data now. Its state follows its running lines.
    const char *running = "SELECT l.rental_object_id FROM transaction_lines l JOIN transactions "
                          "t ON t.id = l.transaction_id WHERE t.status = 'handed_out' AND "
                          "l.returned_at IS NULL AND l.deleted_at IS NULL AND l.rental_object_id "
                          "IS NOT NULL";
    if (!q.exec(QStringLiteral("UPDATE rental_objects SET state = 'rented' WHERE state <> "
                               "'rented' AND id IN (%1)")
                    .arg(QLatin1String(running))) ||
        !q.exec(QStringLiteral("UPDATE rental_objects SET state = 'available' WHERE state = "
                               "'rented' AND id NOT IN (%1)")
                    .arg(QLatin1String(running))))
        return fail(q);
    // Of the change log the last entry stays: open windows read on from its number.
    for (const char *sql : {"DELETE FROM sync_outbox", "DELETE FROM sync_pending_fields",
                            "DELETE FROM change_log WHERE seq < (SELECT max(seq) FROM change_log)",
                            "DELETE FROM sync_state WHERE key LIKE 'transaction_next_%'"})
        if (!q.exec(QString::fromLatin1(sql)))
            return fail(q);
    if (!db.commit())
        return fail(q);
    return true;
}

} // namespace

bool DemoCounter::run(Store &store, const DemoOptions &options, QString *error)
{
    Counter counter(store, options);
    return counter.run(error);
}

} // namespace rentdesk
