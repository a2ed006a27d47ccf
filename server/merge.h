#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QString>

#include <functional>

namespace rentdesk::server {

// A synced row as the server holds it while a push is merged.
struct ServerRow
{
    QJsonObject data; // the declared fields
    // Per field: [server version, client id, staff id, time] of its last change. The key "*"
    // holds it for every field without an entry of its own (a row inserted in one change needs
    // one entry, not one per field).
    QJsonObject meta;
    QString deletedAt;  // empty while the row is alive
    qint64 version = 0; // the server version of its last change, as loaded
    // The desk whose push wrote this state exactly as that desk holds it: it leaves the row out
    // of its pulls. Empty when every desk pulls it (the server changed the values, or the desk
    // may lack other desks' changes).
    QString knownTo;
    bool exists = false;
    bool dirty = false;
};

using RowKey = QPair<QString, QString>; // entity, id
using WorkingSet = QHash<RowKey, ServerRow>;

// What one mutation names, read in one pass: the rows it touches (loaded in one query before
// the merge), which of them it creates, and the document files and customer numbers it names.
struct MutationScan
{
    QList<RowKey> rows;  // in order; only those before the fault when `malformed` is set
    QList<bool> creates; // per row: inserted by its change, or an appended activity
    QStringList files;   // SHA-256 of the document files its changes name
    QStringList numbers; // customer numbers its changes ask for
    QString malformed;   // why it is not even shaped like a mutation
};

// Who made a mutation, for the per-field history and conflict records.
struct Author
{
    QString clientId, deskCode, staffId, at;
};

// Merges one desk mutation (docs/sync-store.md's format) into the rows it touches, which the
// caller has loaded into `rows` (missing rows as exists = false). Pure: no database. Returns an
// empty string when the mutation applies (conflict records, if any, are added to `conflicts`
// as rows of the "conflict" entity) and otherwise the reason the whole mutation is refused, in
// which case `rows` and `conflicts` are as before.
class Merger
{
public:
    // Finds a desk's code for conflict records (who kept which value).
    using DeskCodeLookup = std::function<QString(const QString &clientId)>;
    // The id of the live customer on the server that has this number (empty: none).
    using NumberLookup = std::function<QString(const QString &number)>;
    Merger(qint64 version, DeskCodeLookup deskCode, std::function<QString()> newId,
           NumberLookup numberHolder = {})
        : m_version(version)
        , m_deskCode(std::move(deskCode))
        , m_newId(std::move(newId))
        , m_numberHolder(std::move(numberHolder))
    {}

    // What a mutation touches and names, so the caller can load its rows in one query.
    static MutationScan scan(const QJsonObject &mutation);

    // `touched`: the mutation's rows as scan() found them, when it is well formed.
    QString apply(const QJsonObject &mutation, WorkingSet *rows, QJsonArray *conflicts,
                  const QList<RowKey> *touched = nullptr) const;

    // A field's [server version, client id, staff id, time].
    static QJsonArray metaOf(const ServerRow &row, const QString &field);

    // The rows of the initial data of a first desk: inserted only where the server has none.
    QString insertInitial(const QJsonObject &row, const Author &author, WorkingSet *rows) const;

private:
    QString applyChange(const QJsonObject &change, const Author &author, WorkingSet *rows,
                        QJsonArray *conflicts) const;
    void mergeFields(const QString &entity, const QString &id, ServerRow &row,
                     const QJsonObject &values, qint64 baseVersion, const Author &author,
                     QJsonArray *conflicts) const;
    QJsonObject conflictRow(const QString &entity, const QString &id, const ServerRow &row,
                            const QString &field, const QJsonValue &kept, const QJsonValue &other,
                            const QJsonArray &otherMeta, const Author &author) const;
    QJsonArray fieldMeta(const Author &author) const;
    // A customer number no other live customer has: the one asked for, or it with "-2", "-3", …
    // and a conflict record that tells a person.
    QString uniqueNumber(const QString &id, const QString &number, const Author &author,
                         WorkingSet *rows, QJsonArray *conflicts) const;

    qint64 m_version;
    DeskCodeLookup m_deskCode;
    std::function<QString()> m_newId;
    NumberLookup m_numberHolder;
    // Customer ids by the numbers they had at some point of this merge, so a request with many
    // new customers does not scan its whole working set per number. Entries may be stale; each
    // is checked against its row.
    mutable QHash<QString, QStringList> m_numbersSeen;
    mutable bool m_numbersIndexed = false;
};

} // namespace rentdesk::server
