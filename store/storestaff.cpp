// Staff at the desk: profiles with a role and a PIN hash, sign-in with a lock after five wrong
// PINs, and the manager role that the settings need.
#include "clock.h"
#include "secrethash.h"
#include "store.h"
#include "textfold.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rentdesk {

namespace {

constexpr auto kStaffColumns = "id, name, login, role, pin_hash IS NOT NULL AND pin_hash <> ''";

StaffMember staffFrom(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.login = q.value(2).toString();
    m.role = roleFromKey(q.value(3).toString());
    m.hasPin = q.value(4).toBool();
    return m;
}

// Whether no other live profile is a manager's; then the operation fails with the reason.
bool isOnlyManager(WriteContext &ctx, const QString &id)
{
    if (ctx.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE deleted_at IS NULL AND role = "
                                  "'manager' AND id <> ?"),
                   {id})
            .toInt() > 0)
        return false;
    ctx.fail(Store::tr("This is the only manager: make someone else a manager first."));
    return true;
}

} // namespace

QList<StaffMember> Store::staffMembers() const
{
    QList<StaffMember> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM staff WHERE deleted_at IS NULL ORDER BY name, id")
                   .arg(QLatin1String(kStaffColumns))))
        while (q.next())
            out << staffFrom(q);
    return out;
}

StaffMember Store::staffMember(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM staff WHERE id = ? AND deleted_at IS NULL")
                  .arg(QLatin1String(kStaffColumns)));
    q.addBindValue(id);
    return (q.exec() && q.next()) ? staffFrom(q) : StaffMember{};
}

bool Store::currentStaffIsManager() const
{
    return !m_staffId.isEmpty() && staffMember(m_staffId).role == StaffRole::Manager;
}

bool Store::needsFirstManager() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM staff WHERE deleted_at IS NULL AND role = "
                                 "'manager' AND pin_hash IS NOT NULL AND pin_hash <> ''")) &&
           q.next() && q.value(0).toInt() == 0;
}

QString Store::managerNeeded() const
{
    if (currentStaffIsManager() || needsFirstManager())
        return {};
    return tr("Only a manager can do this. Sign in as a manager (Ctrl+L) and try again.");
}

WriteResult Store::addStaff(const QString &name, StaffRole role, const QString &pin)
{
    WriteResult refused;
    refused.error = managerNeeded();
    if (refused.error.isEmpty() && needsFirstManager() && role != StaffRole::Manager)
        refused.error = tr("The first profile must be a manager's, who then adds the others.");
    if (refused.error.isEmpty())
        refused.error = checkStaffName(name);
    if (refused.error.isEmpty())
        refused.error = checkPin(pin);
    if (!refused.error.isEmpty())
        return refused;
    // Hashing takes a moment by design: before the write transaction, not inside it.
    const QString pinHash = secrets::hash(pin);
    if (pinHash.isEmpty()) {
        refused.error = tr("The PIN could not be protected (not enough memory). Nothing was "
                           "saved.");
        return refused;
    }
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("staff.create"));
        // A login from the name and a piece of the row's id: unique among every profile there
        // ever was, also when two desks make a profile for the same name before they sync.
        QString base = fold(name).remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
        if (base.isEmpty())
            base = QStringLiteral("staff");
        ctx.createdId = newId();
        const QString login = base.left(40) + QLatin1Char('-') + ctx.createdId.left(8);
        return ctx.insert(QStringLiteral("staff"), ctx.createdId,
                          {{QStringLiteral("name"), name.trimmed()},
                           {QStringLiteral("login"), login},
                           {QStringLiteral("role"), roleKey(role)},
                           {QStringLiteral("pin_hash"), pinHash},
                           {QStringLiteral("created_at"), ctx.now()}});
    });
}

WriteResult Store::changeStaff(const QString &id, const QString &name, StaffRole role,
                               const QString &newPin)
{
    WriteResult refused;
    refused.error = managerNeeded();
    if (refused.error.isEmpty())
        refused.error = checkStaffName(name);
    if (refused.error.isEmpty() && !newPin.isEmpty())
        refused.error = checkPin(newPin);
    if (!refused.error.isEmpty())
        return refused;
    QString pinHash;
    if (!newPin.isEmpty() && (pinHash = secrets::hash(newPin)).isEmpty()) {
        refused.error = tr("The PIN could not be protected (not enough memory). Nothing was "
                           "saved.");
        return refused;
    }
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("staff.update"));
        const QVariantHash before = ctx.row(QStringLiteral("staff"), id);
        if (before.isEmpty() || !before.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This profile no longer exists; it may have been removed at another "
                        "desk."));
            return false;
        }
        if (role != StaffRole::Manager &&
            before.value(QStringLiteral("role")).toString() == QLatin1String("manager") &&
            isOnlyManager(ctx, id))
            return false;
        QVariantHash values{{QStringLiteral("name"), name.trimmed()},
                            {QStringLiteral("role"), roleKey(role)}};
        if (!pinHash.isEmpty())
            values.insert(QStringLiteral("pin_hash"), pinHash);
        return ctx.update(QStringLiteral("staff"), id, values);
    });
}

WriteResult Store::removeStaff(const QString &id)
{
    WriteResult refused;
    refused.error = managerNeeded();
    if (refused.error.isEmpty() && id == m_staffId)
        refused.error = tr("You cannot remove your own profile while you are signed in with it.");
    if (!refused.error.isEmpty())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("staff.delete"));
        if (ctx.scalar(QStringLiteral("SELECT role FROM staff WHERE id = ? AND deleted_at IS "
                                      "NULL"),
                       {id})
                    .toString() == QLatin1String("manager") &&
            isOnlyManager(ctx, id))
            return false;
        // Tombstoned, so the activities that name this person still say who it was.
        return ctx.remove(QStringLiteral("staff"), id);
    });
}

SignInResult Store::signIn(const QString &staffId, const QString &pin)
{
    SignInResult r;
    const StaffMember member = staffMember(staffId);
    if (!member.isValid()) {
        r.outcome = SignInResult::Outcome::Unknown;
        r.message = tr("This profile no longer exists; it may have been removed at another desk.");
        return r;
    }
    const QDateTime now = clock::nowUtc();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT failures, locked_until FROM staff_sign_in WHERE staff_id = ?"));
    q.addBindValue(staffId);
    int failures = 0;
    QDateTime lockedUntil;
    if (q.exec() && q.next()) {
        failures = q.value(0).toInt();
        lockedUntil = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    }
    q.finish();
    if (lockedUntil.isValid() && lockedUntil > now) {
        r.outcome = SignInResult::Outcome::Locked;
        r.lockedUntil = lockedUntil;
        r.message = tr("Too many wrong PINs: %1 can try again in %n second(s).", nullptr,
                       int(now.secsTo(lockedUntil)))
                        .arg(member.name);
        return r;
    }
    QSqlQuery hashQ(m_db);
    hashQ.prepare(QStringLiteral("SELECT pin_hash FROM staff WHERE id = ?"));
    hashQ.addBindValue(staffId);
    const QString pinHash = (hashQ.exec() && hashQ.next()) ? hashQ.value(0).toString() : QString();
    if (pinHash.isEmpty()) {
        r.outcome = SignInResult::Outcome::NoPin;
        r.message = tr("%1 has no PIN yet: a manager sets it in the settings.").arg(member.name);
        return r;
    }
    QSqlQuery record(m_db);
    if (secrets::verify(pinHash, pin)) {
        record.prepare(QStringLiteral("DELETE FROM staff_sign_in WHERE staff_id = ?"));
        record.addBindValue(staffId);
        record.exec();
        m_staffId = staffId;
        m_signedIn = true;
        r.outcome = SignInResult::Outcome::SignedIn;
        emit staffChanged();
        return r;
    }
    // Counted in this desk's file (not synced): a restart does not reset the count.
    ++failures;
    if (failures >= kSignInTries) {
        r.outcome = SignInResult::Outcome::Locked;
        r.lockedUntil = now.addSecs(kSignInLockSeconds);
        r.message =
            tr("Wrong PIN, %n times in a row: %1 is locked for a minute.", nullptr, kSignInTries)
                .arg(member.name);
        failures = 0;
    } else {
        r.outcome = SignInResult::Outcome::WrongPin;
        r.triesLeft = kSignInTries - failures;
        r.message = tr("Wrong PIN. %n more try(s) before the profile is locked for a minute.",
                       nullptr, r.triesLeft);
    }
    record.prepare(QStringLiteral("INSERT INTO staff_sign_in(staff_id, failures, locked_until) "
                                  "VALUES (?, ?, ?) ON CONFLICT(staff_id) DO UPDATE SET "
                                  "failures = excluded.failures, locked_until = "
                                  "excluded.locked_until"));
    record.addBindValue(staffId);
    record.addBindValue(failures);
    record.addBindValue(r.lockedUntil.isValid()
                            ? QVariant(r.lockedUntil.toUTC().toString(Qt::ISODate))
                            : QVariant(QMetaType(QMetaType::QString)));
    if (!record.exec()) {
        r.outcome = SignInResult::Outcome::Failed;
        r.message =
            tr("The sign-in could not be recorded: %1").arg(errorInWords(record.lastError()));
    }
    return r;
}

void Store::signOut()
{
    m_staffId.clear();
    m_signedIn = false;
    emit staffChanged();
}

QString Store::deskSetting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return (q.exec() && q.next()) ? q.value(0).toString() : fallback;
}

bool Store::setDeskSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                             "UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    if (error)
        *error = errorInWords(q.lastError());
    return false;
}

BusinessDetails Store::businessDetails() const
{
    return {deskSetting(QStringLiteral("business_name")),
            deskSetting(QStringLiteral("business_address")),
            deskSetting(QStringLiteral("business_phone")),
            deskSetting(QStringLiteral("business_email")),
            deskSetting(QStringLiteral("business_vat_id"))};
}

WriteResult Store::setBusinessDetails(const BusinessDetails &details)
{
    WriteResult r;
    r.error = managerNeeded();
    if (!r.ok())
        return r;
    if (details.name.trimmed().isEmpty()) {
        r.error = tr("The business needs a name: it heads every contract and receipt.");
        return r;
    }
    const QList<std::pair<const char *, QString>> values = {
        {"business_name", details.name.trimmed()},
        {"business_address", details.address.trimmed()},
        {"business_phone", details.phone.trimmed()},
        {"business_email", details.email.trimmed()},
        {"business_vat_id", details.vatId.trimmed()}};
    if (!m_db.transaction()) {
        r.error = errorInWords(m_db.lastError());
        return r;
    }
    for (const auto &[key, value] : values)
        if (!setDeskSetting(QString::fromLatin1(key), value, &r.error)) {
            m_db.rollback();
            return r;
        }
    if (!m_db.commit()) {
        r.error = errorInWords(m_db.lastError());
        m_db.rollback();
    }
    return r;
}

} // namespace rentdesk
