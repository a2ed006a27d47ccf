#pragma once

#include <QDateTime>
#include <QString>

// Staff at the desk: who signs in, with which role. The rules here are pure (no database), so
// the settings form and the store check a name or PIN the same way.
namespace rentdesk {

enum class StaffRole { Counter, Manager };

QString roleKey(StaffRole role); // "counter", "manager": the stored value
StaffRole roleFromKey(const QString &key);
QString roleLabel(StaffRole role); // translated, for people

struct StaffMember
{
    QString id, name, login;
    StaffRole role = StaffRole::Counter;
    bool hasPin = false;
    bool isValid() const { return !id.isEmpty(); }
};

// A PIN is 4 to 12 digits. Returns what is wrong in words, or an empty text.
QString checkPin(const QString &pin);
// A staff member's name: not empty, at most 80 characters, no line breaks.
QString checkStaffName(const QString &name);

// The outcome of a sign-in attempt.
struct SignInResult
{
    enum class Outcome { SignedIn, WrongPin, Locked, NoPin, Unknown, Failed };
    Outcome outcome = Outcome::Failed;
    int triesLeft = 0;     // after a wrong PIN: before the profile is locked
    QDateTime lockedUntil; // Locked (and the fifth wrong PIN): when it may try again
    QString message;       // in words, for the form
    bool ok() const { return outcome == Outcome::SignedIn; }
};

// Five wrong PINs in a row lock the profile at this desk for a minute.
inline constexpr int kSignInTries = 5;
inline constexpr int kSignInLockSeconds = 60;

} // namespace rentdesk
