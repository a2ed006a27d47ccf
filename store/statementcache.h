#pragma once
// Prepared statements kept for the life of a store connection, so the apply path and the write
// path do not parse the same SQL again for every row.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace rentdesk {

class StatementCache
{
public:
    // Runs `sql` with `values` bound in order, preparing it on first use. The query stays valid
    // until the same SQL runs again or the cache is cleared; nullptr (and `error`) on failure.
    // Callers read the result before they run the same statement again.
    QSqlQuery *run(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   QSqlError *error);
    void clear() { m_queries.clear(); }

private:
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace rentdesk
