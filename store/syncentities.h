#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rentdesk {

// How a synced entity's rows merge when two desks changed them (docs/sync-store.md).
enum class MergeRule {
    // Each field is its own register: different fields changed at two desks are both kept; the
    // same field changed to different values keeps the server's later value and makes a conflict.
    FieldWise,
    // Rows are only ever inserted, with ids made by the desk (money, returns, activities): two
    // desks' rows add up and nothing is overwritten. A correction is a new row.
    AppendOnly,
};

// The declaration of one synced table. The write path, the apply path for remote changes, the
// change notices and the tests all read it, so a new table syncs by adding a declaration here
// and a schema step that gives it `id`, `server_version` and `deleted_at`.
struct SyncEntity
{
    QString name;       // on the wire and in change notices: "customer", "charge", ...
    QString table;      // the SQLite table; its key is the UUID column `id`
    QStringList fields; // the synced columns besides id, server_version and deleted_at
    MergeRule merge = MergeRule::FieldWise;
    // For tables whose rows are identified by other columns (a customer's permission): the id is
    // a name-based UUID of these columns, so two desks that make "the same" row make one row.
    QStringList naturalKey;
    // SQL giving the id of the customer a row belongs to, bound to the row's id (empty: the row
    // belongs to no customer, e.g. staff and articles).
    QString customerSql;

    bool hasField(const QString &field) const { return fields.contains(field); }
};

const QList<SyncEntity> &syncEntities();
// nullptr for a name that is not declared.
const SyncEntity *syncEntity(const QString &name);
const SyncEntity *syncEntityForTable(const QString &table);
// The id of a row of a table with a natural key: the same parts always give the same UUID.
QString naturalId(const QString &entity, const QStringList &keyParts);
// The files (SHA-256) a mutation's documents name: the desk sends them before the mutation and
// the server refuses the mutation without them (docs/sync-protocol.md, "Files").
QStringList documentFilesOf(const QJsonObject &mutation);
// The file one change of a mutation names: a document's SHA-256, or empty.
QString documentFileOf(const QJsonObject &change);

} // namespace rentdesk
