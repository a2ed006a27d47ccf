#pragma once

#include "customer.h"
#include "rentals.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rentdesk {

class Store;

// The paper at the counter: the rental contract at hand-out and the receipt at return, in the
// customer's language (German or English; other languages get English), with the business's
// name and address from the settings. Printed through the system's printer dialog or saved as
// PDF (Qt Print Support).
class RentalPaper
{
    Q_DECLARE_TR_FUNCTIONS(rentdesk::RentalPaper)

public:
    enum class Kind { Contract, Receipt };

    // The paper as HTML. `language`: "de" or "en".
    static QString html(Kind kind, const TransactionDetail &transaction, const Customer &customer,
                        const BusinessDetails &business, const QString &staffName,
                        const QString &language);
    // The same for a transaction of the store, in its customer's language.
    static QString html(Kind kind, const Store &store, const QString &transactionId);
    // The title in the UI's language ("Rental contract"), for buttons and file names.
    static QString title(Kind kind);
    // A file name to offer: "V-2026-AB12CD-0001 contract.pdf".
    static QString suggestedFileName(Kind kind, const QString &transactionNumber);

    static bool writePdf(const QString &html, const QString &path, QString *error);
    // Shows the printer dialog and prints; false when cancelled.
    static bool print(const QString &html, QWidget *parent);
    // Asks how (print, or save as PDF) and does it; a failure is said in a message box.
    static void offer(Kind kind, Store *store, const QString &transactionId, QWidget *parent);
};

} // namespace rentdesk
