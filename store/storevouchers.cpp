// Vouchers sold or given at the counter: a unique code, a value, an expiry; the price paid and
// how, or why it was given free. The voucher row records the sale (its value never changes);
// what is left is the value less its redemptions (voucher_balances), redeemed as payments.
#include "clock.h"
#include "store.h"
#include "storeinternal.h"

#include <QRandomGenerator>

namespace rentdesk {

using namespace storeinternal;

QString Store::newVoucherCode() const
{
    // No 0/O, 1/I/L: the code is read off paper and typed in.
    static const char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM vouchers WHERE code = ? COLLATE NOCASE"));
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString code = QStringLiteral("G-");
        for (int i = 0; i < 8; ++i) {
            if (i == 4)
                code += QLatin1Char('-');
            code += QLatin1Char(
                kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]);
        }
        q.addBindValue(code);
        if (execQuery(q) && !q.next())
            return code;
    }
    return {};
}

WriteResult Store::issueVoucher(const VoucherDraft &draft)
{
    WriteResult refused;
    const QString code = draft.code.trimmed().toUpper();
    if (draft.valueMinor <= 0)
        refused.error = tr("Enter the voucher's value.");
    else if (code.size() < 4)
        refused.error = tr("A voucher code has at least four characters.");
    else if (draft.expiresOn.isValid() && draft.expiresOn < clock::today())
        refused.error = tr("The expiry date has passed already.");
    else if (draft.soldMinor < 0 || draft.soldMinor > draft.valueMinor)
        refused.error = tr("The price is between nothing and the voucher's value.");
    else if (draft.soldMinor == 0 && draft.note.trimmed().isEmpty())
        refused.error = tr("A voucher given free needs a reason (for example a complaint).");
    else if (draft.soldMinor > 0 && draft.method == PaymentMethod::Voucher)
        refused.error = tr("A voucher cannot be paid with a voucher.");
    if (!refused.ok())
        return refused;
    const QString id = newId();
    WriteResult r = write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("voucher.issue"));
        QSqlQuery *taken = ctx.query(
            QStringLiteral("SELECT 1 FROM vouchers WHERE code = ? COLLATE NOCASE"), {code});
        if (!taken)
            return false;
        if (taken->next()) {
            ctx.fail(tr("There is a voucher %1 already.").arg(code));
            return false;
        }
        // Empty, never null: the columns are NOT NULL.
        const QString method =
            draft.soldMinor > 0 ? paymentMethodKey(draft.method) : QStringLiteral("");
        const QString note =
            draft.note.trimmed().isNull() ? QStringLiteral("") : draft.note.trimmed();
        if (!ctx.insert(
                QStringLiteral("voucher"), id,
                {{QStringLiteral("code"), code},
                 {QStringLiteral("customer_id"), draft.customerId},
                 {QStringLiteral("currency"), QStringLiteral("EUR")},
                 {QStringLiteral("value_minor"), draft.valueMinor},
                 {QStringLiteral("expires_on"),
                  draft.expiresOn.isValid() ? QVariant(draft.expiresOn.toString(Qt::ISODate))
                                            : nullText()},
                 {QStringLiteral("created_at"), ctx.now()},
                 {QStringLiteral("sold_minor"), draft.soldMinor},
                 {QStringLiteral("payment_method"), method},
                 {QStringLiteral("note"), note}}))
            return false;
        ctx.addActivity(draft.customerId,
                        draft.soldMinor > 0 ? QStringLiteral("voucher.sold")
                                            : QStringLiteral("voucher.given"),
                        code, method.isEmpty() ? note : method,
                        QString::number(draft.valueMinor) + QLatin1Char(' ') +
                            QString::number(draft.soldMinor));
        return true;
    });
    if (r.ok())
        r.id = id;
    return r;
}

} // namespace rentdesk
