#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rentdesk {

// One row that a committed write changed, for the open windows. Derived by the store from what
// the write path and the apply path did (the change log), never written by hand per operation;
// changes committed by another process arrive the same way.
struct StoreChange
{
    enum class Kind {
        Inserted,
        Updated,
        Removed, // tombstoned
        Reset,   // too much changed to say row by row: read everything again
    };
    QString entity; // the declared entity name (syncentities.h): "customer", "charge", ...
    QString id;     // the row's id
    QString customerId;
    Kind kind = Kind::Updated;
    QStringList fields; // the changed columns of an update

    bool is(const char *entityName) const { return entity == QLatin1String(entityName); }
};

} // namespace rentdesk

Q_DECLARE_METATYPE(rentdesk::StoreChange)
