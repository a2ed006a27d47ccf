#pragma once

#include "customer.h"
#include "records.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <memory>

namespace rentdesk {

// What a committed write changed, for the models of open cards.
struct StoreChange
{
    enum class Entity { Customer, Activity };
    enum class Kind { Inserted, Updated, Removed };
    Entity entity = Entity::Customer;
    Kind kind = Kind::Updated;
    QString customerId;
    QList<CustomerField> fields; // for customer updates
};

// The result of a write a person asked for. On failure nothing was written, `error` says why and
// `fieldErrors` names the fields to mark.
struct WriteResult
{
    QString error;
    QHash<CustomerField, QString> fieldErrors;
    QString id; // the id of what was created
    bool ok() const { return error.isEmpty() && fieldErrors.isEmpty(); }
};

class WriteContext;

// The local store: one SQLite file. All SQL of the desk lives here. Every change a person makes
// goes through write(): rows, activity entries and sync outbox entries commit together.
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // Opens (creating when missing) and upgrades the file. Returns false with lastError().
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const { return m_db; }
    // Where document bytes are kept, by SHA-256, beside the database file.
    QString fileStorePath() const;

    // --- identity of this desk ---
    QString clientId() const { return m_clientId; }
    QString deskCode() const { return m_deskCode; }
    QString currentStaffId() const { return m_staffId; }
    void setCurrentStaff(const QString &staffId) { m_staffId = staffId; }
    // The staff member the desk acts as until sign-in exists: the first one, made when missing.
    QString ensureDeskStaff();

    // --- customers ---
    Customer customer(const QString &id) const;
    Customer customerByNumber(const QString &number) const;
    qint64 customerCount() const;
    QList<CustomerSummary> search(const QString &text, int limit = 50) const;
    QList<CustomerSummary> summaries(const QStringList &ids) const;
    // Customers that are probably the same person: same e-mail, or same name and birth date.
    QList<CustomerSummary> likelyDuplicates(const Customer &candidate) const;
    QList<QPair<QString, QString>> customerGroups() const; // id, name
    CustomerOverview overview(const QString &customerId) const;

    WriteResult createCustomer(Customer draft);
    WriteResult updateCustomer(const QString &id, const QHash<CustomerField, QVariant> &changes);

    // --- customer numbers (docs/customer-numbers.md) ---
    bool addNumberBlock(qint64 first, qint64 last, const QString &source);
    qint64 numbersLeftInBlocks() const;

    // --- panels of the card: pages of value rows ---
    QList<RentedObjectRow> rentedObjects(const QString &customerId, int offset, int limit) const;
    QList<TransactionRow> transactions(const QString &customerId, int offset, int limit) const;
    QList<DamageCaseRow> damageCases(const QString &customerId, int offset, int limit) const;
    QList<AccessRow> accesses(const QString &customerId, int offset, int limit) const;
    QList<VoucherRow> vouchers(const QString &customerId, int offset, int limit) const;
    QList<OpenPaymentRow> openPayments(const QString &customerId, int offset, int limit) const;
    QList<OpenBalanceRow> openBalances(const QString &customerId, int offset, int limit) const;
    QList<DocumentRow> documents(const QString &customerId, int offset, int limit) const;
    QList<PermissionRow> permissions(const QString &customerId) const;
    QList<ActivityRow> activities(const QString &customerId, int offset, int limit) const;
    QList<ActivityRow> activitiesAfter(const QString &customerId, qint64 seq) const;

    // --- sync outbox (read side; the sync client comes later) ---
    int pendingOutboxCount() const;

    // --- maintenance ---
    struct CheckReport
    {
        int schemaVersion = 0;
        QStringList problems;
    };
    CheckReport check() const;

    // Tests only: called at named points inside a write; returning false makes the write fail
    // there, as a crash or a full disk would. Points: "after-rows", "before-outbox".
    using FaultHook = std::function<bool(const char *point)>;
    void setFaultHook(FaultHook hook) { m_faultHook = std::move(hook); }

    // The one write path. `operation` changes rows through the context and records what it did;
    // activity and outbox entries are appended, and all commits or nothing does.
    WriteResult write(const std::function<bool(WriteContext &)> &operation);

    static QString newId();
    static QString nowText();

signals:
    void changed(const rentdesk::StoreChange &change);

private:
    QSqlQuery &cached(int key, const char *sql) const;
    bool readIdentity();
    QString allocateCustomerNumber(WriteContext &ctx);

    QSqlDatabase m_db;
    QString m_connection, m_path, m_lastError;
    QString m_clientId, m_deskCode, m_staffId;
    mutable std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    FaultHook m_faultHook;
};

// Handed to an operation inside write(): executes SQL and records activity and outbox entries.
class WriteContext
{
public:
    explicit WriteContext(QSqlDatabase &db)
        : m_db(db)
    {}
    QSqlDatabase &db() { return m_db; }
    // Prepares, binds in order and executes; on failure records the error and returns false.
    bool exec(const QString &sql, const QVariantList &values = {}, QSqlQuery *out = nullptr);
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    void addActivity(const QString &customerId, const QString &action, const QString &field = {},
                     const QString &oldValue = {}, const QString &newValue = {});
    void addOutbox(const QString &entity, const QString &entityId, const QString &operation,
                   qint64 baseVersion, const QJsonObject &payload);
    void notify(const StoreChange &change) { changes << change; }
    void fail(const QString &message) { error = message; }
    void failField(CustomerField field, const QString &message)
    {
        fieldErrors.insert(field, message);
    }

    struct Activity
    {
        QString customerId, action, field, oldValue, newValue;
    };
    struct Outbox
    {
        QString entity, entityId, operation;
        qint64 baseVersion;
        QJsonObject payload;
    };
    QList<Activity> activities;
    QList<Outbox> outbox;
    QList<StoreChange> changes;
    QString error;
    QHash<CustomerField, QString> fieldErrors;
    QString createdId;

private:
    QSqlDatabase &m_db;
};

} // namespace rentdesk

Q_DECLARE_METATYPE(rentdesk::StoreChange)
