// Taking money at the counter: a payment is appended rows against what is open (oldest due
// first), never a changed sum; a voucher payment redeems the voucher in the same operation.
#include "clock.h"
#include "store.h"
#include "storeinternal.h"

#include <QCoreApplication>

namespace rentdesk {

using namespace storeinternal;

QString paymentMethodKey(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return QStringLiteral("cash");
    case PaymentMethod::Card: return QStringLiteral("card");
    case PaymentMethod::Transfer: return QStringLiteral("transfer");
    case PaymentMethod::Voucher: return QStringLiteral("voucher");
    }
    return {};
}

QString paymentMethodLabel(const QString &key)
{
    if (key == QLatin1String("cash"))
        return QCoreApplication::translate("rentdesk::Payment", "Cash");
    if (key == QLatin1String("card"))
        return QCoreApplication::translate("rentdesk::Payment", "Card");
    if (key == QLatin1String("transfer"))
        return QCoreApplication::translate("rentdesk::Payment", "Bank transfer");
    if (key == QLatin1String("voucher"))
        return QCoreApplication::translate("rentdesk::Payment", "Voucher");
    if (key == QLatin1String("moved"))
        return QCoreApplication::translate("rentdesk::Payment", "moved within the transaction");
    if (key == QLatin1String("paypal"))
        return QStringLiteral("PayPal");
    return key;
}

namespace {

// The customer's open charges of some transactions (all with an empty list), oldest due first.
struct OpenCharge
{
    QString id, transactionId, currency;
    qint64 open = 0;
};

QList<OpenCharge> openCharges(QSqlDatabase db, const QString &customerId,
                              const QStringList &transactionIds, bool *ok)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(RENTDESK_CUSTOMER_CHARGES
                             "SELECT b.id, coalesce(b.transaction_id, ''), b.currency, "
                             "b.open_minor FROM b WHERE b.open_minor > 0 ORDER BY b.due_on, b.id"));
    q.bindValue(QStringLiteral(":customer"), customerId);
    QList<OpenCharge> out;
    *ok = execQuery(q);
    while (*ok && q.next()) {
        OpenCharge c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toLongLong()};
        if (transactionIds.isEmpty() || transactionIds.contains(c.transactionId))
            out << c;
    }
    return out;
}

} // namespace

qint64 Store::openAmount(const QString &customerId, const QStringList &transactionIds) const
{
    bool ok = false;
    qint64 sum = 0;
    for (const auto &c : openCharges(m_db, customerId, transactionIds, &ok))
        sum += c.open;
    return sum;
}

WriteResult Store::takePayment(const PaymentDraft &draft)
{
    WriteResult refused;
    if (draft.amountMinor <= 0)
        refused.error = tr("Enter the amount paid.");
    else if (draft.method == PaymentMethod::Voucher && draft.voucherCode.trimmed().isEmpty())
        refused.error = tr("Enter or scan the voucher's code.");
    if (!refused.error.isEmpty())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("payment.take"));
        return insertPayment(ctx, draft);
    });
}

bool Store::insertPayment(WriteContext &ctx, const PaymentDraft &draft)
{
    const QString method = paymentMethodKey(draft.method);
    {
        bool ok = false;
        const QList<OpenCharge> charges =
            openCharges(ctx.db(), draft.customerId, draft.transactionIds, &ok);
        if (!ok) {
            ctx.fail(tr("What is open could not be read."));
            return false;
        }
        qint64 open = 0;
        for (const OpenCharge &c : charges)
            open += c.open;
        if (open == 0) {
            ctx.fail(tr("Nothing is open here (perhaps it was paid at another desk)."));
            return false;
        }
        if (draft.amountMinor > open) {
            ctx.fail(tr("%1 is more than is open (%2).")
                         .arg(Money{draft.amountMinor}.toString(), Money{open}.toString()));
            return false;
        }
        // A voucher: live, not expired, with enough left.
        QString voucherId;
        if (draft.method == PaymentMethod::Voucher) {
            QSqlQuery *v = ctx.query(QStringLiteral("SELECT id, remaining_minor, expires_on, "
                                                    "customer_id FROM voucher_balances WHERE code "
                                                    "= ? COLLATE NOCASE"),
                                     {draft.voucherCode.trimmed()});
            if (!v)
                return false;
            if (!v->next()) {
                v->finish();
                ctx.fail(tr("There is no voucher %1.").arg(draft.voucherCode.trimmed()));
                return false;
            }
            voucherId = v->value(0).toString();
            const qint64 remaining = v->value(1).toLongLong();
            const QDate expires = parseDay(v->value(2));
            const QString owner = v->value(3).toString();
            v->finish();
            if (!owner.isEmpty() && owner != draft.customerId) {
                ctx.fail(
                    tr("Voucher %1 belongs to another customer.").arg(draft.voucherCode.trimmed()));
                return false;
            }
            if (expires.isValid() && expires < clock::today()) {
                ctx.fail(tr("Voucher %1 expired on %2.")
                             .arg(draft.voucherCode.trimmed(),
                                  QLocale().toString(expires, QLocale::ShortFormat)));
                return false;
            }
            if (remaining < draft.amountMinor) {
                ctx.fail(tr("Voucher %1 has only %2 left.")
                             .arg(draft.voucherCode.trimmed(), Money{remaining}.toString()));
                return false;
            }
        }
        qint64 left = draft.amountMinor;
        QHash<QString, qint64> perTransaction;
        for (const OpenCharge &c : charges) {
            if (left == 0)
                break;
            const qint64 part = std::min(left, c.open);
            left -= part;
            perTransaction[c.transactionId] += part;
            if (!ctx.insert(QStringLiteral("payment"), newId(),
                            {{QStringLiteral("customer_id"), draft.customerId},
                             {QStringLiteral("transaction_id"),
                              c.transactionId.isEmpty() ? nullText() : QVariant(c.transactionId)},
                             {QStringLiteral("charge_id"), c.id},
                             {QStringLiteral("amount_minor"), part},
                             {QStringLiteral("currency"), c.currency},
                             {QStringLiteral("method"), method},
                             {QStringLiteral("paid_at"), ctx.now()}}))
                return false;
        }
        if (!voucherId.isEmpty()) {
            for (auto it = perTransaction.cbegin(); it != perTransaction.cend(); ++it)
                if (!ctx.insert(QStringLiteral("voucher_redemption"), newId(),
                                {{QStringLiteral("voucher_id"), voucherId},
                                 {QStringLiteral("transaction_id"),
                                  it.key().isEmpty() ? nullText() : QVariant(it.key())},
                                 {QStringLiteral("amount_minor"), it.value()},
                                 {QStringLiteral("redeemed_at"), ctx.now()}}))
                    return false;
        }
        ctx.addActivity(draft.customerId, QStringLiteral("payment.taken"), method,
                        draft.voucherCode.trimmed(), QString::number(draft.amountMinor));
        return true;
    }
}

} // namespace rentdesk
