#include "rentalpaper.h"

#include "clock.h"
#include "format.h"
#include "money.h"
#include "pricing.h"
#include "store.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTranslator>

#include <map>

namespace rentdesk {

namespace {

constexpr const char *kContext = "rentdesk::RentalPaper";

// The texts of the paper, translated into the customer's language rather than the desk's.
class Words
{
public:
    explicit Words(const QString &language)
        : m_locale(language == QLatin1String("de")
                       ? QLocale(QLocale::German, QLocale::Germany)
                       : QLocale(QLocale::English, QLocale::UnitedKingdom))
    {
        if (language == QLatin1String("de"))
            m_loaded = m_translator.load(QStringLiteral(":/i18n/rentdesk_de.qm"));
    }
    QString operator()(const char *source) const
    {
        const QString t = m_loaded ? m_translator.translate(kContext, source) : QString();
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }
    const QLocale &locale() const { return m_locale; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
    QLocale m_locale;
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

const char *chargeKindText(const QString &kind)
{
    if (kind == QLatin1String("rent"))
        return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Rent");
    if (kind == QLatin1String("deposit"))
        return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Deposit");
    if (kind == QLatin1String("late_fee"))
        return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Late fee");
    if (kind == QLatin1String("damage"))
        return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Damage");
    return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Other");
}

const char *methodText(const QString &method)
{
    if (method == QLatin1String("cash"))
        return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Cash");
    if (method == QLatin1String("card"))
        return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Card");
    if (method == QLatin1String("transfer"))
        return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Bank transfer");
    if (method == QLatin1String("voucher"))
        return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Voucher");
    return QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Moved to another transaction");
}

QString percent(int basisPoints, const QLocale &locale)
{
    return basisPoints % 100 == 0 ? locale.toString(basisPoints / 100)
                                  : locale.toString(basisPoints / 100.0, 'f', 2);
}

// A line of the totals, in the right half of the page.
QString totalRow(const QString &label, const QString &amount, bool bold = false)
{
    const QString b = bold ? QStringLiteral("<b>") : QString();
    const QString e = bold ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td width=55%></td><td>%1%2%3</td><td align=right>%1%4%3</td></tr>")
        .arg(b, esc(label), e, esc(amount));
}

// "incl. 19 % VAT 5.59" lines for amounts grouped by their rate.
QString vatLines(const std::map<int, qint64> &grossByRate, const QString &currency, const Words &w)
{
    QString html;
    for (const auto &[rate, gross] : grossByRate) {
        if (rate <= 0 || gross == 0)
            continue;
        html +=
            totalRow(QString(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "including %1 % VAT")))
                         .arg(percent(rate, w.locale())),
                     Money{vatIncluded(gross, rate), currency}.toString(w.locale()));
    }
    return html;
}

QString head(const QString &title, const TransactionDetail &t, const Customer &c,
             const BusinessDetails &b, const Words &w)
{
    QString business = QStringLiteral("<b>%1</b>").arg(esc(b.name));
    for (const QString &part : {b.address, b.phone, b.email})
        if (!part.trimmed().isEmpty())
            business += QStringLiteral("<br>") + esc(part.trimmed());
    if (!b.vatId.trimmed().isEmpty())
        business += QStringLiteral("<br>") +
                    esc(QString(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "VAT ID: %1")))
                            .arg(b.vatId.trimmed()));
    QString customer = QStringLiteral("<b>%1</b>").arg(esc(c.displayName()));
    if (!c.street.isEmpty())
        customer += QStringLiteral("<br>") + esc(c.street);
    if (!c.city.isEmpty())
        customer +=
            QStringLiteral("<br>") + esc((c.postcode + QLatin1Char(' ') + c.city).trimmed());
    customer += QStringLiteral("<br>") +
                esc(QString(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Customer no. %1")))
                        .arg(c.number));
    if (!c.phone.isEmpty())
        customer += QStringLiteral("<br>") + esc(c.phone);
    return QStringLiteral("<table width=100%><tr><td valign=top>%1</td><td valign=top "
                          "align=right>%2</td></tr></table><h2>%3 %4</h2>")
        .arg(business, customer, esc(title), esc(t.number));
}

QString tableStart(const QStringList &headers)
{
    QString html = QStringLiteral(
        "<table width=100% cellspacing=0 cellpadding=3 border=1 style='border-collapse: "
        "collapse'><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th align=left>%1</th>").arg(esc(h));
    return html + QStringLiteral("</tr>");
}

QString row(const QStringList &cells, const QList<int> &right = {})
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        html += QStringLiteral("<td%1>%2</td>")
                    .arg(right.contains(i) ? QStringLiteral(" align=right") : QString(),
                         esc(cells.at(i)));
    return html + QStringLiteral("</tr>");
}

QString signatures(const QString &staffName, const Words &w)
{
    return QStringLiteral("<br><br><table width=100%><tr><td width=45%>"
                          "______________________________<br>%1</td><td width=10%></td><td "
                          "width=45%>______________________________<br>%2</td></tr></table>")
        .arg(esc(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Customer"))),
             esc(QString(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "For the business: %1")))
                     .arg(staffName)));
}

QString contract(const TransactionDetail &t, const Customer &c, const BusinessDetails &b,
                 const QString &staffName, const Words &w)
{
    const QLocale &l = w.locale();
    auto money = [&](qint64 minor) { return Money{minor, t.currency}.toString(l); };
    QString html =
        head(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Rental contract")), t, c, b, w);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(
                QString(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Rental period: %1 until %2")))
                    .arg(formatDateTime(t.from, l), formatDateTime(t.to, l))));
    html += tableStart({w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Object")),
                        w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "No.")),
                        w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Qty")),
                        w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Until")),
                        w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Price")),
                        w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Deposit"))});
    qint64 rent = 0, deposit = 0;
    std::map<int, qint64> byRate;
    for (const TransactionDetail::Line &line : t.lines) {
        html += row({line.objectName, line.barcode, l.toString(line.quantity),
                     formatDateTime(line.to, l), money(line.priceMinor), money(line.depositMinor)},
                    {2, 4, 5});
        rent += line.priceMinor;
        deposit += line.depositMinor;
        byRate[line.vatRateBp] += line.priceMinor;
    }
    html += QStringLiteral("</table><br><table width=100% cellpadding=2>");
    html += totalRow(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Rent")), money(rent));
    html += vatLines(byRate, t.currency, w);
    html += totalRow(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Deposit")), money(deposit));
    qint64 paid = 0;
    for (const TransactionDetail::Payment &p : t.payments)
        paid += p.amountMinor;
    html += totalRow(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Paid")), money(paid));
    html += totalRow(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Still to pay")),
                     money(std::max<qint64>(0, rent + deposit - paid)), true) +
            QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(w(QT_TRANSLATE_NOOP(
                    "rentdesk::RentalPaper",
                    "The customer receives the objects above in good condition and returns "
                    "them by the time given. A later return is charged by the price list; "
                    "damage and loss are charged at cost. The deposit is paid back at the "
                    "return, less what is then due."))));
    if (!t.note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(t.note));
    return html + signatures(staffName, w);
}

QString receipt(const TransactionDetail &t, const Customer &c, const BusinessDetails &b,
                const QString &staffName, const Words &w)
{
    const QLocale &l = w.locale();
    auto money = [&](qint64 minor) { return Money{minor, t.currency}.toString(l); };
    QString html =
        head(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Return receipt")), t, c, b, w);
    if (!t.returns.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Returned"))));
        html += tableStart({w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "When")),
                            w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Object")),
                            w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Condition")),
                            w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Late fee"))});
        for (const TransactionDetail::Return &r : t.returns)
            html += row({formatDateTime(r.at, l), r.objectName,
                         r.condition == QLatin1String("damaged")
                             ? w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "damaged"))
                             : w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "OK")),
                         money(r.lateFeeMinor)},
                        {3});
        html += QStringLiteral("</table>");
    }
    int stillOut = 0;
    for (const TransactionDetail::Line &line : t.lines)
        stillOut += line.returnedAt.isValid() ? 0 : 1;
    if (stillOut > 0)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(QString(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper",
                                                         "Objects still rented: %1")))
                                 .arg(l.toString(stillOut))));

    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Charged"))));
    html += tableStart({w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "What")),
                        w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Amount"))});
    qint64 charged = 0, open = 0;
    std::map<int, qint64> byRate;
    for (const TransactionDetail::Charge &ch : t.charges) {
        if (ch.amountMinor == 0)
            continue;
        html += row({w(chargeKindText(ch.kind)), money(ch.amountMinor)}, {1});
        charged += ch.amountMinor;
        open += std::max<qint64>(0, ch.openMinor);
        byRate[ch.vatRateBp] += ch.amountMinor;
    }
    html += QStringLiteral("</table>");
    qint64 paid = 0;
    if (!t.payments.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Payments"))));
        html += tableStart({w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "When")),
                            w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "How")),
                            w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Amount"))});
        for (const TransactionDetail::Payment &p : t.payments) {
            const QString how =
                p.amountMinor < 0
                    ? QString(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "paid back: %1")))
                          .arg(w(methodText(p.method)))
                    : w(methodText(p.method));
            html += row({formatDateTime(p.at, l), how, money(p.amountMinor)}, {2});
            paid += p.amountMinor;
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<br><table width=100% cellpadding=2>");
    html += totalRow(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Charged")), money(charged));
    html += vatLines(byRate, t.currency, w);
    html += totalRow(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Paid")), money(paid));
    html +=
        totalRow(w(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Still to pay")), money(open), true) +
        QStringLiteral("</table>");
    return html + signatures(staffName, w);
}

} // namespace

QString RentalPaper::html(Kind kind, const TransactionDetail &transaction, const Customer &customer,
                          const BusinessDetails &business, const QString &staffName,
                          const QString &language)
{
    const Words words(language);
    const QString body = kind == Kind::Contract
                             ? contract(transaction, customer, business, staffName, words)
                             : receipt(transaction, customer, business, staffName, words);
    return QStringLiteral("<html><head><meta charset='utf-8'></head><body style='font-family: "
                          "sans-serif; font-size: 10pt'>%1<p style='font-size: 8pt'>%2</p>"
                          "</body></html>")
        .arg(body, esc(QString(words(QT_TRANSLATE_NOOP("rentdesk::RentalPaper", "Printed %1")))
                           .arg(formatDateTime(clock::nowUtc(), words.locale()))));
}

QString RentalPaper::html(Kind kind, const Store &store, const QString &transactionId)
{
    const TransactionDetail t = store.transactionDetail(transactionId);
    const Customer c = store.customer(t.customerId);
    return html(kind, t, c, store.businessDetails(), store.currentStaffName(), c.language);
}

QString RentalPaper::title(Kind kind)
{
    return kind == Kind::Contract ? tr("Rental contract") : tr("Return receipt");
}

QString RentalPaper::suggestedFileName(Kind kind, const QString &transactionNumber)
{
    return QStringLiteral("%1 %2.pdf")
        .arg(transactionNumber, kind == Kind::Contract ? tr("contract") : tr("receipt"));
}

bool RentalPaper::writePdf(const QString &html, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

bool RentalPaper::print(const QString &html, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
    return true;
}

void RentalPaper::offer(Kind kind, Store *store, const QString &transactionId, QWidget *parent)
{
    const TransactionDetail t = store->transactionDetail(transactionId);
    if (!t.isValid())
        return;
    if (store->businessDetails().name.trimmed().isEmpty()) {
        QMessageBox::information(parent, title(kind),
                                 tr("The business's name and address are not set yet. A "
                                    "manager enters them in Desk → Settings → Business."));
        return;
    }
    QMessageBox box(QMessageBox::Question, title(kind),
                    tr("%1 for %2: print it, or save it as PDF?").arg(title(kind), t.number),
                    QMessageBox::Cancel, parent);
    QPushButton *print = box.addButton(tr("&Print…"), QMessageBox::AcceptRole);
    QPushButton *pdf = box.addButton(tr("Save as P&DF…"), QMessageBox::AcceptRole);
    box.setDefaultButton(print);
    box.exec();
    const QString html = RentalPaper::html(kind, *store, transactionId);
    if (box.clickedButton() == print) {
        RentalPaper::print(html, parent);
    } else if (box.clickedButton() == pdf) {
        QFileDialog dialog(parent, tr("Save as PDF"),
                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                           tr("PDF files (*.pdf)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("pdf"));
        dialog.selectFile(suggestedFileName(kind, t.number));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        const QString path = dialog.selectedFiles().constFirst();
        QString error;
        if (!writePdf(html, path, &error))
            QMessageBox::warning(parent, title(kind), error);
    }
}

} // namespace rentdesk
