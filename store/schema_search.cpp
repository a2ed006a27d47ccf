#include "schemasteps.h"
#include "textfold.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rentdesk::schemasteps {

bool searchSpellings(QSqlDatabase &db, QString *error)
{
    if (!execAll(
            db,
            {
                // When each customer was last active: the newest of their activities. Every path
                // that writes activities keeps it (the write path, the apply path, demo data).
                // Not a trigger: a statement with a trigger makes SQLite open a statement
                // savepoint, which makes the trigram index write its pending entries out, once
                // for every operation of an import.
                QStringLiteral("CREATE TABLE customer_recency (customer_seq INTEGER PRIMARY "
                               "KEY, last_at TEXT NOT NULL)"),
                QStringLiteral(
                    "INSERT INTO customer_recency(customer_seq, last_at) SELECT c.seq, m.last_at "
                    "FROM (SELECT customer_id, max(at) AS last_at FROM activities GROUP BY "
                    "customer_id) m JOIN customers c ON c.id = m.customer_id"),
                // Two-letter keys of names in non-Latin scripts (the trigram index needs three).
                QStringLiteral("CREATE TABLE customer_bigrams (gram TEXT NOT NULL, customer_seq "
                               "INTEGER NOT NULL, PRIMARY KEY (gram, customer_seq)) WITHOUT "
                               "ROWID"),
                QStringLiteral(
                    "CREATE INDEX customer_bigrams_customer ON customer_bigrams(customer_seq)"),
                QStringLiteral("DELETE FROM customer_search"),
            },
            error))
        return false;
    // Every customer's search entries again, with the spellings made equal (searchFold()).
    return fillSearchEntries(db, true, error);
}

bool fillSearchEntries(QSqlDatabase &db, bool bigrams, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT seq, number, first_name, last_name, company, email, "
                                  "phone, street, postcode, city FROM customers"))) {
        *error = read.lastError().text();
        return false;
    }
    QSqlQuery name(db), fts(db), gram(db);
    name.prepare(QStringLiteral("UPDATE customers SET name_fold = ? WHERE seq = ?"));
    fts.prepare(QStringLiteral("INSERT INTO customer_search(rowid, doc) VALUES (?, ?)"));
    if (bigrams)
        gram.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_bigrams(gram, customer_seq) "
                                    "VALUES (?, ?)"));
    while (read.next()) {
        const QVariant seq = read.value(0);
        const SearchFields f{
            read.value(1).toString(), read.value(2).toString(), read.value(3).toString(),
            read.value(4).toString(), read.value(5).toString(), read.value(6).toString(),
            read.value(7).toString(), read.value(8).toString(), read.value(9).toString()};
        name.addBindValue(nameKey(f.firstName, f.lastName, f.company));
        name.addBindValue(seq);
        fts.addBindValue(seq);
        fts.addBindValue(searchDocument(f));
        if (!name.exec() || !fts.exec()) {
            *error = name.lastError().text() + fts.lastError().text();
            return false;
        }
        for (const QString &g : bigrams ? nameBigrams(f.firstName, f.lastName) : QStringList()) {
            gram.addBindValue(g);
            gram.addBindValue(seq);
            if (!gram.exec()) {
                *error = gram.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace rentdesk::schemasteps
