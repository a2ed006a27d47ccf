#pragma once

// Desks for the sync tests: real store files, real sync clients, a real server (syncharness.h).

#include "credentials.h"
#include "store.h"
#include "syncclient.h"
#include "syncentities.h"
#include "syncharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace synctest {

// One desk: its store file and its sync client.
struct TestDesk
{
    QString path;
    std::unique_ptr<rentdesk::Store> store;
    std::unique_ptr<rentdesk::sync::SyncClient> client;

    bool open(const QString &file)
    {
        path = file;
        store = std::make_unique<rentdesk::Store>();
        if (!store->open(file))
            return false;
        store->ensureDeskStaff();
        client = std::make_unique<rentdesk::sync::SyncClient>(store.get());
        return true;
    }
    void close()
    {
        client.reset();
        store.reset();
    }
    QString enrol(const ServerProcess &server)
    {
        QString error;
        const QString code = server.enrolmentCode(&error);
        if (code.isEmpty())
            return QStringLiteral("no enrolment code: ") + error;
        return client->enrolAndWait(server.url(), code, QStringLiteral("Desk ") + path.right(12));
    }
    rentdesk::sync::RoundReport sync() { return client->runRound(); }
};

// The alive rows of every synced entity, as the server holds them: entity/id -> declared fields.
using Snapshot = QMap<QString, QJsonObject>;

inline Snapshot deskSnapshot(rentdesk::Store &store)
{
    Snapshot out;
    for (const rentdesk::SyncEntity &e : rentdesk::syncEntities()) {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted_at IS NULL")
                        .arg(e.fields.join(QStringLiteral(", ")), e.table)))
            qWarning("snapshot: %s", qPrintable(e.table));
        while (q.next()) {
            QJsonObject o;
            for (int i = 0; i < e.fields.size(); ++i)
                o.insert(e.fields.at(i), rentdesk::jsonFromSql(q.value(i + 1)));
            out.insert(e.name + QLatin1Char('/') + q.value(0).toString(), o);
        }
    }
    return out;
}

inline Snapshot serverSnapshot(const PgCluster &pg, const QString &database)
{
    Snapshot out;
    QString error;
    const QString text = pg.psql(database,
                                 QStringLiteral("SELECT json_agg(json_build_array(entity, id, "
                                                "data)) FROM rows WHERE deleted_at IS NULL"),
                                 &error);
    if (!error.isEmpty())
        qWarning("server snapshot: %s", qPrintable(error));
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray r = v.toArray();
        out.insert(r.at(0).toString() + QLatin1Char('/') + r.at(1).toString(), r.at(2).toObject());
    }
    return out;
}

// The first difference between two snapshots, in words (empty when equal).
inline QString difference(const Snapshot &a, const Snapshot &b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            return QStringLiteral("only in the first: ") + it.key();
        if (b.value(it.key()) != it.value())
            return QStringLiteral("%1 differs: %2 vs %3")
                .arg(it.key(),
                     QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(
                         QJsonDocument(b.value(it.key())).toJson(QJsonDocument::Compact)));
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            return QStringLiteral("only in the second: ") + it.key();
    return {};
}

} // namespace synctest
