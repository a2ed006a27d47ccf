#include "clock.h"

#include <atomic>

namespace rentdesk::clock {

namespace {
std::atomic<qint64> g_fixedMsecs{0}; // 0: the wall clock
}

QDateTime nowUtc()
{
    const qint64 fixed = g_fixedMsecs.load();
    return fixed ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

QDate today()
{
    return nowUtc().toLocalTime().date();
}

QDateTime fixedNow()
{
    const qint64 fixed = g_fixedMsecs.load();
    return fixed ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC) : QDateTime();
}

void setNowForTesting(const QDateTime &utc)
{
    g_fixedMsecs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : 0);
}

} // namespace rentdesk::clock
