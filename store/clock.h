#pragma once

#include <QDate>
#include <QDateTime>

namespace rentdesk::clock {

// The time the program works with: the wall clock, or a fixed time a test sets, so that checks
// against "today" (overdue, birth dates, voucher expiry) do not change their answer at midnight.
QDateTime nowUtc();
QDate today(); // in the desk's local time zone
// Tests, and the demo data's counter days: an invalid time goes back to the wall clock.
void setNowForTesting(const QDateTime &utc);
// The time set by setNowForTesting(), or invalid for the wall clock.
QDateTime fixedNow();

} // namespace rentdesk::clock
