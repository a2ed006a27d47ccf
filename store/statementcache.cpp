#include "statementcache.h"

namespace rentdesk {

namespace {
// Updates with changing column lists make new statements; past this many the cache starts over.
constexpr std::size_t kMaxStatements = 256;
} // namespace

QSqlQuery *StatementCache::run(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                               QSqlError *error)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        if (m_queries.size() >= kMaxStatements)
            m_queries.clear();
        auto q = std::make_unique<QSqlQuery>(db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            if (error)
                *error = q->lastError();
            return nullptr;
        }
        it = m_queries.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    q->finish();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        if (error)
            *error = q->lastError();
        return nullptr;
    }
    return q;
}

} // namespace rentdesk
