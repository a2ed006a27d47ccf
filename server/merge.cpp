#include "merge.h"

#include "syncentities.h"

#include <QJsonDocument>

namespace rentdesk::server {

namespace {

const QString kEntity = QStringLiteral("entity");
const QString kId = QStringLiteral("id");
const QString kKind = QStringLiteral("kind");
const QString kNew = QStringLiteral("new");
const QString kDeletedAt = QStringLiteral("deleted_at");
const QString kConflict = QStringLiteral("conflict");

bool isScalar(const QJsonValue &v)
{
    return v.isString() || v.isDouble() || v.isBool() || v.isNull();
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    // A scalar as JSON text: wrap it in an array and take the brackets off.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// Checks the values of a change against the entity's declaration.
QString checkValues(const SyncEntity &e, const QJsonObject &values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!e.hasField(it.key()) && it.key() != kDeletedAt)
            return QStringLiteral("%1 has no field \"%2\"").arg(e.name, it.key());
        if (!isScalar(it.value()))
            return QStringLiteral("the value of %1.%2 is not a text, number or empty")
                .arg(e.name, it.key());
    }
    return {};
}

// The declared fields of a new row from checked values: those given, the others empty. (The
// values object is taken as it is where it has them all, the usual case: no copy.)
QJsonObject withEveryField(const SyncEntity &e, QJsonObject values)
{
    values.remove(kDeletedAt);
    for (const QString &f : e.fields)
        if (!values.contains(f))
            values.insert(f, QJsonValue());
    return values;
}

} // namespace

MutationScan Merger::scan(const QJsonObject &mutation)
{
    MutationScan s;
    const QJsonValue changes = mutation.value(QStringLiteral("changes"));
    const QJsonValue activities = mutation.value(QStringLiteral("activities"));
    if (!changes.isArray() || !(activities.isArray() || activities.isUndefined())) {
        s.malformed = QStringLiteral("a mutation needs a list of changes");
        return s;
    }
    const QJsonArray changeList = changes.toArray();
    const QJsonArray activityList = activities.toArray();
    s.rows.reserve(changeList.size() + activityList.size());
    s.creates.reserve(changeList.size() + activityList.size());
    for (const QJsonValue &c : changeList) {
        const QJsonObject o = c.toObject();
        const QJsonValue entity = o.value(kEntity), id = o.value(kId);
        if (!entity.isString() || !id.isString()) {
            s.malformed = QStringLiteral("every change needs an entity and an id");
            return s;
        }
        const QString name = entity.toString();
        s.rows.append({name, id.toString()});
        s.creates.append(o.value(kKind) == QJsonValue(QLatin1String("insert")));
        if (name == QLatin1String("customer")) {
            const QJsonValue number = o.value(kNew).toObject().value(QStringLiteral("number"));
            if (number.isString())
                s.numbers.append(number.toString());
        } else if (const QString sha = documentFileOf(o); !sha.isEmpty()) {
            s.files.append(sha);
        }
    }
    for (const QJsonValue &a : activityList) {
        const QJsonValue id = a.toObject().value(kId);
        if (id.isString()) {
            s.rows.append({QStringLiteral("activity"), id.toString()});
            s.creates.append(true);
        }
    }
    return s;
}

QJsonArray Merger::metaOf(const ServerRow &row, const QString &field)
{
    const QJsonValue own = row.meta.value(field);
    return own.isArray() ? own.toArray() : row.meta.value(QStringLiteral("*")).toArray();
}

QJsonArray Merger::fieldMeta(const Author &author) const
{
    return QJsonArray{m_version, author.clientId, author.staffId, author.at};
}

QString Merger::apply(const QJsonObject &mutation, WorkingSet *rows, QJsonArray *conflicts,
                      const QList<RowKey> *touched) const
{
    if (mutation.value(QStringLiteral("format")).toInt() != 1)
        return QStringLiteral("unknown mutation format %1")
            .arg(compact(mutation.value(QStringLiteral("format"))));
    MutationScan found;
    if (!touched && !(found = scan(mutation)).malformed.isEmpty())
        return found.malformed;
    const QList<RowKey> &keys = touched ? *touched : found.rows;
    QString reason;
    Author author;
    author.clientId = mutation.value(QStringLiteral("client_id")).toString();
    author.deskCode = m_deskCode(author.clientId);
    author.at = mutation.value(QStringLiteral("created_at")).toString();
    author.staffId = mutation.value(QStringLiteral("staff_id")).toString();
    const QJsonArray activities = mutation.value(QStringLiteral("activities")).toArray();
    if (author.staffId.isEmpty() && !activities.isEmpty())
        author.staffId = activities.first().toObject().value(QStringLiteral("staff_id")).toString();

    // All or nothing: keep the rows as they were, to put them back on a refusal.
    QList<std::pair<RowKey, ServerRow>> before;
    before.reserve(keys.size());
    for (const RowKey &k : keys)
        before.append({k, rows->value(k)});
    const qsizetype conflictsBefore = conflicts->size();
    auto refuse = [&](const QString &why) {
        for (const auto &[key, row] : std::as_const(before))
            (*rows)[key] = row;
        while (conflicts->size() > conflictsBefore)
            conflicts->removeLast();
        return why;
    };
    for (const QJsonValue &c : mutation.value(QStringLiteral("changes")).toArray()) {
        reason = applyChange(c.toObject(), author, rows, conflicts);
        if (!reason.isEmpty())
            return refuse(reason);
    }
    // Activities are appended; one the server has already is not written twice.
    const SyncEntity *activity = syncEntity(QStringLiteral("activity"));
    for (const QJsonValue &v : activities) {
        const QJsonObject a = v.toObject();
        QJsonObject values = a;
        values.remove(kId);
        if (!a.value(kId).isString() || a.value(kId).toString().isEmpty())
            return refuse(QStringLiteral("an activity has no id"));
        if (!(reason = checkValues(*activity, values)).isEmpty())
            return refuse(reason);
        ServerRow &row = (*rows)[{activity->name, a.value(kId).toString()}];
        if (row.exists)
            continue;
        row.exists = row.dirty = true;
        row.data = withEveryField(*activity, values);
        row.knownTo = author.clientId;
    }
    return {};
}

QString Merger::applyChange(const QJsonObject &change, const Author &author, WorkingSet *rows,
                            QJsonArray *conflicts) const
{
    const QString entityName = change.value(kEntity).toString();
    const QString id = change.value(kId).toString();
    const SyncEntity *e = syncEntity(entityName);
    if (!e)
        return QStringLiteral("unknown kind of data \"%1\"").arg(entityName);
    if (id.isEmpty() || id.size() > 64)
        return QStringLiteral("%1 has an id that is empty or too long").arg(entityName);
    const QString kind = change.value(kKind).toString();
    if (!change.value(kNew).isObject() && !change.value(kNew).isUndefined())
        return QStringLiteral("the new values of %1 %2 are not an object").arg(entityName, id);
    QJsonObject values = change.value(kNew).toObject();
    QString reason = checkValues(*e, values);
    if (!reason.isEmpty())
        return reason;
    // Whether the server keeps other values than the desk sent (then the desk pulls the row).
    bool altered = false;
    if (e->name == QLatin1String("customer") && values.value(QStringLiteral("number")).isString()) {
        const QString asked = values.value(QStringLiteral("number")).toString();
        const QString given = uniqueNumber(id, asked, author, rows, conflicts);
        altered = given != asked;
        values.insert(QStringLiteral("number"), given);
    }
    const QJsonValue base = change.value(QStringLiteral("base_version"));
    if (!base.isUndefined() && !base.isDouble())
        return QStringLiteral("the base version of %1 %2 is not a number").arg(entityName, id);
    const qint64 baseVersion = base.toInteger();
    ServerRow &row = (*rows)[{e->name, id}];
    const bool appendOnly = e->merge == MergeRule::AppendOnly;
    // The desk holds the row as the server has it: a new row, the desk's own last write, or a
    // row not changed since the version the desk started from. After this change it then holds
    // the result too, unless the server kept other values.
    const bool held =
        !row.exists || row.knownTo == author.clientId || (!row.dirty && row.version <= baseVersion);
    auto heldAfter = [&](bool same) { row.knownTo = held && same ? author.clientId : QString(); };
    // Conflict records are made by the server; desks only resolve them.
    if (e->name == kConflict && kind != QLatin1String("update"))
        return QStringLiteral("conflicts are made by the server, a desk only resolves them");

    if (kind == QLatin1String("insert")) {
        if (!row.exists) {
            row.exists = row.dirty = true;
            row.data = withEveryField(*e, values);
            row.meta = QJsonObject{{QStringLiteral("*"), fieldMeta(author)}};
            row.deletedAt = values.value(kDeletedAt).toString();
            heldAfter(!altered);
            return {};
        }
        if (appendOnly) {
            // The same row again (a repeated upload) changes nothing; other values are refused.
            for (const QString &f : e->fields)
                if (values.contains(f) && values.value(f) != row.data.value(f))
                    return QStringLiteral("%1 %2 exists with other values; a correction is a new "
                                          "entry")
                        .arg(e->name, id);
            return {};
        }
        // A row another desk made with the same natural key, or initial data: its fields merge.
    } else if (kind == QLatin1String("update") || kind == QLatin1String("delete")) {
        if (!row.exists)
            return QStringLiteral("%1 %2 is not on the server").arg(e->name, id);
        if (appendOnly)
            return QStringLiteral("%1 rows are never changed; a correction is a new entry")
                .arg(e->name);
    } else {
        return QStringLiteral("unknown kind of change \"%1\"").arg(kind);
    }

    if (!row.deletedAt.isEmpty()) {
        heldAfter(false); // the desk may not know it is deleted, or when
        // A deleted row stays deleted: the edit is kept in a conflict record for a person.
        if (kind != QLatin1String("delete")) {
            QJsonObject edit = values;
            edit.remove(kDeletedAt);
            if (!edit.isEmpty())
                conflicts->append(conflictRow(e->name, id, row, kDeletedAt, row.deletedAt, edit,
                                              metaOf(row, kDeletedAt), author));
        }
        return {};
    }
    if (kind == QLatin1String("delete")) {
        row.deletedAt = values.value(kDeletedAt).toString(author.at);
        if (row.deletedAt.isEmpty())
            row.deletedAt = QStringLiteral("deleted");
        row.meta.insert(kDeletedAt, fieldMeta(author));
        row.dirty = true;
        heldAfter(values.value(kDeletedAt).isString());
        return {};
    }
    QJsonObject fields = values;
    fields.remove(kDeletedAt);
    const qsizetype conflictsBefore = conflicts->size();
    mergeFields(e->name, id, row, fields, kind == QLatin1String("insert") ? 0 : baseVersion, author,
                conflicts);
    heldAfter(!altered && conflicts->size() == conflictsBefore);
    return {};
}

void Merger::mergeFields(const QString &entity, const QString &id, ServerRow &row,
                         const QJsonObject &values, qint64 baseVersion, const Author &author,
                         QJsonArray *conflicts) const
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue current = row.data.value(it.key());
        if (current == it.value())
            continue;
        const QJsonArray meta = metaOf(row, it.key());
        // Another desk changed this field after the version this desk started from: the later
        // change in server order (this one) is kept, and a person decides.
        if (meta.size() >= 2 && meta.at(0).toInteger() > baseVersion &&
            meta.at(1).toString() != author.clientId && !current.isUndefined())
            conflicts->append(
                conflictRow(entity, id, row, it.key(), it.value(), current, meta, author));
        row.data.insert(it.key(), it.value());
        row.meta.insert(it.key(), fieldMeta(author));
        row.dirty = true;
    }
}

QJsonObject Merger::conflictRow(const QString &entity, const QString &id, const ServerRow &row,
                                const QString &field, const QJsonValue &kept,
                                const QJsonValue &other, const QJsonArray &otherMeta,
                                const Author &author) const
{
    QString customer;
    if (entity == QLatin1String("customer"))
        customer = id;
    else
        customer = row.data.value(QStringLiteral("customer_id")).toString();
    const QString otherClient = otherMeta.at(1).toString();
    return QJsonObject{
        {QStringLiteral("id"), m_newId()},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("row_id"), id},
        {QStringLiteral("customer_id"), customer.isEmpty() ? QJsonValue() : QJsonValue(customer)},
        {QStringLiteral("field"), field},
        {QStringLiteral("kept_value"), compact(kept)},
        {QStringLiteral("other_value"), compact(other)},
        {QStringLiteral("kept_desk"), author.deskCode},
        {QStringLiteral("kept_staff"), author.staffId},
        {QStringLiteral("kept_at"), author.at},
        {QStringLiteral("other_desk"), otherClient.isEmpty() ? QString() : m_deskCode(otherClient)},
        {QStringLiteral("other_staff"), otherMeta.at(2).toString()},
        {QStringLiteral("other_at"), otherMeta.at(3).toString()},
        {QStringLiteral("created_at"), author.at},
        {QStringLiteral("resolved_at"), QJsonValue()},
        {QStringLiteral("resolved_by"), QJsonValue()},
    };
}

QString Merger::uniqueNumber(const QString &id, const QString &number, const Author &author,
                             WorkingSet *rows, QJsonArray *conflicts) const
{
    const QString kNumber = QStringLiteral("number");
    const QString kCustomer = QStringLiteral("customer");
    if (!m_numbersIndexed) {
        for (auto it = rows->cbegin(); it != rows->cend(); ++it)
            if (it.key().first == kCustomer && it->exists)
                m_numbersSeen[it->data.value(kNumber).toString()].append(it.key().second);
        m_numbersIndexed = true;
    }
    auto taken = [&](const QString &candidate) {
        for (const QString &other : m_numbersSeen.value(candidate)) {
            const auto it = rows->constFind({kCustomer, other});
            if (other != id && it != rows->cend() && it->exists && it->deletedAt.isEmpty() &&
                it->data.value(kNumber).toString() == candidate)
                return true;
        }
        const QString holder = m_numberHolder ? m_numberHolder(candidate) : QString();
        if (holder.isEmpty() || holder == id)
            return false;
        // The holder may have changed its number in this very request.
        const auto loaded = rows->constFind({QStringLiteral("customer"), holder});
        return loaded == rows->cend() || !loaded->exists ||
               loaded->data.value(kNumber).toString() == candidate;
    };
    if (!taken(number)) {
        m_numbersSeen[number].append(id);
        return number;
    }
    QString unique;
    for (int suffix = 2; unique.isEmpty(); ++suffix)
        if (!taken(number + QStringLiteral("-%1").arg(suffix)))
            unique = number + QStringLiteral("-%1").arg(suffix);
    m_numbersSeen[unique].append(id);
    const ServerRow row = rows->value({QStringLiteral("customer"), id});
    conflicts->append(conflictRow(QStringLiteral("customer"), id, row, kNumber, unique, number,
                                  QJsonArray{}, author));
    return unique;
}

QString Merger::insertInitial(const QJsonObject &row, const Author &author, WorkingSet *rows) const
{
    const SyncEntity *e = syncEntity(row.value(kEntity).toString());
    const QString id = row.value(kId).toString();
    if (!e)
        return QStringLiteral("unknown kind of data \"%1\"").arg(row.value(kEntity).toString());
    if (id.isEmpty() || id.size() > 64)
        return QStringLiteral("%1 has an id that is empty or too long").arg(e->name);
    const QJsonObject values = row.value(QStringLiteral("values")).toObject();
    const QString reason = checkValues(*e, values);
    if (!reason.isEmpty())
        return reason;
    ServerRow &r = (*rows)[{e->name, id}];
    if (r.exists)
        return {};
    r.exists = r.dirty = true;
    r.data = withEveryField(*e, values);
    r.meta = QJsonObject{{QStringLiteral("*"), fieldMeta(author)}};
    r.deletedAt = values.value(kDeletedAt).toString();
    return {};
}

} // namespace rentdesk::server
