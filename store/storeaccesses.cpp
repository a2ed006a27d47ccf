// The customer's online accesses: invite (an access in state "invited"), set a new password
// (hashed with Argon2id at once; only the hash is stored and synced), delete, and delete and
// invite again. Each is one operation with its activity; the server sends invitations and
// applies password changes when the mutation reaches it (docs/sync-protocol.md).
#include "customervalidator.h"
#include "passwordrules.h"
#include "secrethash.h"
#include "store.h"

namespace rentdesk {

namespace {

const QString kAccess = QStringLiteral("access");

// The live access, or a failure in words.
bool readAccess(WriteContext &ctx, const QString &accessId, QVariantHash *row)
{
    *row = ctx.row(kAccess, accessId);
    if (row->isEmpty() || !row->value(QStringLiteral("deleted_at")).isNull()) {
        ctx.fail(Store::tr("This access no longer exists; it may have been deleted at another "
                           "desk."));
        return false;
    }
    return true;
}

} // namespace

bool Store::insertInvitation(WriteContext &ctx, const QString &customerId, const QString &email)
{
    const auto checked = CustomerValidator::checkField(CustomerField::Email, email);
    const QString login = checked.value.toString();
    if (!checked.ok() || login.isEmpty()) {
        ctx.fail(tr("An invitation needs a valid e-mail address."));
        return false;
    }
    if (ctx.scalar(QStringLiteral("SELECT 1 FROM accesses WHERE login = ? COLLATE NOCASE"), {login})
            .isValid()) {
        ctx.fail(tr("%1 is already the login of an online access.").arg(login));
        return false;
    }
    const QString id = newId();
    ctx.addActivity(customerId, QStringLiteral("access.invited"), QStringLiteral("login"), {},
                    login);
    return ctx.insert(kAccess, id,
                      {{QStringLiteral("customer_id"), customerId},
                       {QStringLiteral("login"), login},
                       {QStringLiteral("password_hash"), QVariant(QMetaType(QMetaType::QString))},
                       {QStringLiteral("state"), QStringLiteral("invited")},
                       {QStringLiteral("created_via"), QStringLiteral("invitation")},
                       {QStringLiteral("created_at"), ctx.now()}});
}

WriteResult Store::inviteCustomer(const QString &customerId, const QString &email)
{
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("access.invite"));
        if (!customer(customerId).isValid()) {
            ctx.fail(tr("This customer no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        return insertInvitation(ctx, customerId, email);
    });
}

WriteResult Store::setAccessPassword(const QString &accessId, const QString &password)
{
    WriteResult refused;
    QString login;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT login FROM accesses WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(accessId);
        if (q.exec() && q.next())
            login = q.value(0).toString();
    }
    refused.error = checkPassword(password, login);
    if (!refused.error.isEmpty())
        return refused;
    // Hashed before the write transaction (it takes a moment by design); the plain text goes
    // no further than this function.
    const QString hash = secrets::hash(password);
    if (hash.isEmpty()) {
        refused.error = tr("The password could not be protected (not enough memory). Nothing "
                           "was saved.");
        return refused;
    }
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("access.set_password"));
        QVariantHash row;
        if (!readAccess(ctx, accessId, &row))
            return false;
        const QString customerId = row.value(QStringLiteral("customer_id")).toString();
        ctx.addActivity(customerId, QStringLiteral("access.password_set"), QStringLiteral("login"),
                        {}, row.value(QStringLiteral("login")).toString());
        return ctx.update(kAccess, accessId,
                          {{QStringLiteral("password_hash"), hash},
                           {QStringLiteral("state"), QStringLiteral("active")}});
    });
}

WriteResult Store::deleteAccess(const QString &accessId, bool inviteAgain)
{
    return write([&](WriteContext &ctx) {
        ctx.setOperation(inviteAgain ? QStringLiteral("access.reinvite")
                                     : QStringLiteral("access.delete"));
        QVariantHash row;
        if (!readAccess(ctx, accessId, &row))
            return false;
        const QString customerId = row.value(QStringLiteral("customer_id")).toString();
        const QString login = row.value(QStringLiteral("login")).toString();
        ctx.addActivity(customerId, QStringLiteral("access.deleted"), QStringLiteral("login"),
                        login, {});
        if (inviteAgain) {
            // The access starts over as a new invitation to the same address: the password and
            // the last login are gone, and the server sends the invitation (operation
            // "access.reinvite"). One row keeps its login, so no other desk ever holds two rows
            // with it while it applies the change.
            ctx.addActivity(customerId, QStringLiteral("access.invited"), QStringLiteral("login"),
                            {}, login);
            return ctx.update(
                kAccess, accessId,
                {{QStringLiteral("password_hash"), QVariant(QMetaType(QMetaType::QString))},
                 {QStringLiteral("state"), QStringLiteral("invited")},
                 {QStringLiteral("created_via"), QStringLiteral("invitation")},
                 {QStringLiteral("created_at"), ctx.now()},
                 {QStringLiteral("last_login_at"), QVariant(QMetaType(QMetaType::QString))}});
        }
        // The tombstone gives up its login (unique among all accesses), so the address can be
        // invited again later, in a mutation of its own.
        return ctx.update(kAccess, accessId,
                          {{QStringLiteral("login"),
                            login + QStringLiteral("#deleted-") + accessId.left(8)}}) &&
               ctx.remove(kAccess, accessId);
    });
}

} // namespace rentdesk
