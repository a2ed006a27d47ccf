#pragma once

#include "catalogue.h"
#include "customer.h"
#include "permissions.h"
#include "records.h"
#include "rentals.h"
#include "staff.h"
#include "storechange.h"
#include "writecontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <memory>

class QTimer;

namespace rentdesk {

struct SyncEntity;
struct SearchFields;

// The result of a write a person asked for. On failure nothing was written, `error` says why in
// words and `fieldErrors` names the fields to mark.
struct WriteResult
{
    QString error;
    QHash<CustomerField, QString> fieldErrors;
    QString id; // the id of what was created
    // Store::writeBatch(): the operation that failed (then nothing was written), or -1; and
    // whether the progress callback cancelled.
    int failedIndex = -1;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && fieldErrors.isEmpty(); }
};

// One row as the server sends it: its declared fields (all or some), its server version, and
// whether it is tombstoned.
struct RemoteRow
{
    QString entity, id;
    qint64 serverVersion = 0;
    bool deleted = false;
    QJsonObject values;
};

// What commits together with a page of remote rows: sync_state values (the pull cursor, the
// server's epoch) and the acknowledgement of this desk's mutations up to an id.
struct SyncBookkeeping
{
    QHash<QString, QString> state;
    qint64 ackUpTo = 0;
};

// The local store: one SQLite file. All SQL of the desk lives here (split by domain into
// store*.cpp files). Every change a person makes goes through write(); every change from the
// server through applyRemote(). Both commit rows, versions and the change log together and then
// announce the changed rows with the same notices.
class Store : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode { ReadWrite, ReadOnly };
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // Opens (creating when missing) and upgrades the file. Returns false with lastError().
    // ReadOnly neither creates, upgrades nor writes anything (for `rentdesk-cli check`).
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const { return m_db; }
    // Where document bytes are kept, by SHA-256, beside the database file.
    QString fileStorePath() const;
    // The place of one document file in it (present or not).
    QString filePath(const QString &sha256) const;
    // The files the live documents name, each once.
    QStringList documentFiles() const;
    // A document file came from the server: open windows show its documents as there.
    void noteFileArrived(const QString &sha256);

    // --- identity of this desk (docs/sync-store.md) ---
    QString clientId() const { return m_clientId; }
    // Given by the server at enrolment; empty until then (numbers are provisional meanwhile).
    QString deskCode() const { return m_deskCode; }
    // What provisional customer numbers start with: the desk code, or before enrolment "P-" and
    // six characters of the client id.
    QString provisionalPrefix() const;
    // What the status bar calls this desk: its name from enrolment, else the computer's name.
    QString deskName() const;
    qint64 lastMutationId() const;
    QString currentStaffId() const { return m_staffId; }
    QString currentStaffName() const;
    // Acts as this staff member; `signedIn`: a person signed in (the desk app), who is never
    // silently replaced when their profile goes.
    void setCurrentStaff(const QString &staffId, bool signedIn = false)
    {
        m_staffId = staffId;
        m_signedIn = signedIn;
    }
    // The staff member a program without sign-in acts as (rentdesk-cli, the sync module, tests):
    // the first one, made when missing.
    QString ensureDeskStaff();

    // --- staff and sign-in (storestaff.cpp) ---
    QList<StaffMember> staffMembers() const; // live profiles, by name
    StaffMember staffMember(const QString &id) const;
    bool currentStaffIsManager() const;
    // No manager can sign in yet (a new store): the first manager's profile may be made by
    // anyone, and must be.
    bool needsFirstManager() const;
    // Why the signed-in person may not change staff, settings or permissions; empty when they may.
    QString managerNeeded() const;
    // Managers only (or the first manager). The PIN is hashed (Argon2id) before it is stored.
    WriteResult addStaff(const QString &name, StaffRole role, const QString &pin);
    // An empty `newPin` keeps the PIN. The last manager stays a manager.
    WriteResult changeStaff(const QString &id, const QString &name, StaffRole role,
                            const QString &newPin = {});
    WriteResult removeStaff(const QString &id);
    // Checks the PIN against the stored hash; on success every later change is credited to this
    // person. Five wrong PINs in a row lock the profile at this desk for a minute.
    SignInResult signIn(const QString &staffId, const QString &pin);
    void signOut();
    // Settings of this desk only (not synced), such as when it locks itself.
    QString deskSetting(const QString &key, const QString &fallback = {}) const;
    bool setDeskSetting(const QString &key, const QString &value, QString *error = nullptr);
    // The business's name and address on the contract and the receipt: a setting of this desk,
    // since each location prints its own address. Changing it needs a manager; a name is needed.
    BusinessDetails businessDetails() const;
    WriteResult setBusinessDetails(const BusinessDetails &details);

    // --- customers ---
    Customer customer(const QString &id) const;
    Customer customerByNumber(const QString &number) const;
    qint64 customerCount() const;
    // Whether a customer, live or deleted, has this number exactly.
    bool customerNumberTaken(const QString &number) const;
    // Every live customer, by number (the export). False when the store could not be read.
    bool forEachCustomer(const std::function<void(const Customer &)> &visit) const;
    QList<CustomerSummary> search(const QString &text, int limit = 50) const;
    QList<CustomerSummary> summaries(const QStringList &ids) const;
    // Customers blocked today: all of them by name, or those the search finds for `text`.
    QList<CustomerSummary> blockedCustomers(const QString &text, int limit = 50) const;
    // Customers that are probably the same person: same e-mail, or same name and birth date.
    QList<CustomerSummary> likelyDuplicates(const Customer &candidate) const;
    QList<QPair<QString, QString>> customerGroups() const; // id, name
    // Whether a deleted customer group has this name (any case).
    bool customerGroupDeleted(const QString &name) const;
    // False in *ok when the store could not be read (the header then says so).
    CustomerOverview overview(const QString &customerId, bool *ok = nullptr) const;

    // With `invite`, the customer's e-mail also gets an online access in state "invited", in
    // the same operation.
    WriteResult createCustomer(Customer draft, bool invite = false);
    WriteResult updateCustomer(const QString &id, const QHash<CustomerField, QVariant> &changes);
    // The same inside an operation of write() or writeBatch(), without the activity of creation.
    // `draft` must have passed CustomerValidator::checkCustomer(); its number is kept when it is
    // set and free, else one is allocated. On success draft.id and draft.number are set.
    bool insertCustomer(WriteContext &ctx, Customer &draft);
    // Checks the changed values and records a "customer.changed" activity per changed field.
    bool changeCustomer(WriteContext &ctx, const QString &id,
                        const QHash<CustomerField, QVariant> &changes);
    // --- documents (storedocuments.cpp) ---
    // Copies the file into the data folder (once per content, by SHA-256) and adds it to the
    // card; refused with the reason when it cannot be read, is a folder or is over the limit.
    // With `transactionId` it belongs to that transaction of the customer too (a signed contract,
    // a delivery note) and shows in the transaction's window as well as on the card.
    WriteResult addDocument(const QString &customerId, const QString &sourcePath,
                            const QString &damageCaseId = {}, const QString &transactionId = {});
    WriteResult renameDocument(const QString &documentId, const QString &newName);
    // Removes the document; its bytes go when no document and no waiting change names them.
    WriteResult removeDocument(const QString &documentId);
    // Deletes the bytes of `sha256` when nothing refers to them; true when they were deleted.
    bool releaseFile(const QString &sha256);
    // The largest file that can be added, in MB (a setting of this desk).
    int documentSizeLimitMb() const;
    bool setDocumentSizeLimitMb(int mb, QString *error = nullptr);
    static constexpr int kDefaultDocumentLimitMb = 25;

    // --- the catalogue (storecatalogue.cpp): managers only ---
    enum class ArticleField { None, Name, Category, Vat, PerDay, Tiers, Grace, Barcode, ValidFrom };
    // Live articles by category and name, with their prices in that price list (empty: the one
    // valid today).
    QList<ArticleDraft> catalogueArticles(const QString &priceListId = {}) const;
    QString currentPriceListId() const;
    // Live price lists by first day.
    QList<PriceListInfo> priceLists() const;
    // A price list from `validFrom` on (today or later; no other list starts that day), with the
    // prices of `copyFrom` (none: empty) to be changed from there. One operation.
    WriteResult addPriceList(const QString &name, const QDate &validFrom, const QString &copyFrom,
                             ArticleField *badField = nullptr);
    // Adds or changes an article and its prices in the draft's price list (today's when it names
    // none, made when there is none); `badField` names the field a refusal is about.
    WriteResult saveArticle(const ArticleDraft &draft, ArticleField *badField = nullptr);
    QList<RentalObjectDraft> catalogueObjects(const QString &articleId) const;
    // Adds or changes an object; its barcode is unique. An object out with a customer keeps
    // the state "rented" until it comes back.
    WriteResult saveRentalObject(const RentalObjectDraft &draft, ArticleField *badField = nullptr);

    // --- permissions in the online booking and customer groups (storepermissions.cpp) ---
    // Each permission's default; one never set is forbidden.
    QHash<QString, bool> defaultPermissions() const;
    // Managers only; every card that inherits the default follows at once.
    WriteResult setDefaultPermission(const QString &key, bool allowed);
    // Live groups by name, with their discount and the permissions they set.
    QList<CustomerGroupDraft> customerGroupDetails() const;
    enum class GroupField { None, Name, Discount };
    // Adds or changes a group (managers only): a name no other group has (in any case), a
    // discount of 0 to 100 %, and its permissions (the rest follow the default). One operation.
    WriteResult saveCustomerGroup(const CustomerGroupDraft &draft, GroupField *badField = nullptr);
    // The customer's own setting of a permission (managers only): allowed, forbidden, or back to
    // what the group or the default says. One operation with its activity.
    WriteResult setCustomerPermission(const QString &customerId, const QString &key,
                                      PermissionSetting setting);

    // --- vouchers (storevouchers.cpp) ---
    // A code not yet taken: "G-7KQ2-M9XP" (no 0/O or 1/I/L, to be read off paper).
    QString newVoucherCode() const;
    // Sells or gives the customer a voucher; one operation with its activity. Refused with the
    // reason: no value, a code taken, an expiry passed, a price above the value, free without a
    // reason.
    WriteResult issueVoucher(const VoucherDraft &draft);

    // --- online accesses (storeaccesses.cpp) ---
    // An access in state "invited" for this e-mail; the server sends the invitation.
    WriteResult inviteCustomer(const QString &customerId, const QString &email);
    // The same inside an operation (a new customer with an invitation).
    bool insertInvitation(WriteContext &ctx, const QString &customerId, const QString &email);
    // Checked by checkPassword(), hashed with Argon2id; only the hash is stored and synced.
    WriteResult setAccessPassword(const QString &accessId, const QString &password);
    // Deletes the access; with `inviteAgain` the access starts over as a new invitation to the
    // same e-mail (password and last login gone), so the customer sets a password themselves.
    WriteResult deleteAccess(const QString &accessId, bool inviteAgain = false);

    // Blocks the customer with a reason, until the end of `until` (invalid: until lifted); the
    // card shows a red banner and the list marks the customer (storeblocks.cpp).
    WriteResult blockCustomer(const QString &id, const QString &reason, const QDate &until = {});
    // Lifts the block; the activity keeps the reason it had.
    WriteResult unblockCustomer(const QString &id);
    // A customer group without discount or permissions of its own (an import brings its name);
    // its id comes from the name, so the same group made at two desks is one row.
    bool insertCustomerGroup(WriteContext &ctx, const QString &name, QString *id);

    // --- renting out and returning (storerentals.cpp) ---
    RentalObjectInfo rentalObject(const QString &id) const;
    RentalObjectInfo rentalObjectByBarcode(const QString &barcode) const;
    // Objects whose name, barcode or article contains `text`, each with whether it is free for
    // the period (free ones first).
    QList<RentalObjectChoice> rentalObjectChoices(const QString &text, const QDateTime &from,
                                                  const QDateTime &to, int limit = 50) const;
    // Whether the object can be added for the period: not retired, not in repair, not held by
    // another line (a request does not hold) of a live transaction in an overlapping period.
    ObjectHold objectHold(const QString &objectId, const QDateTime &from, const QDateTime &to,
                          const QString &exceptLineId = {}) const;
    // The line as the price list valid on `listDay` (default: the first day of the period)
    // prices it for the customer, group discount included. False with `problem` set when the
    // object has no price then.
    bool priceLine(const QString &customerId, const QString &objectId, const QDateTime &from,
                   const QDateTime &to, int quantity, LineDraft *line, QString *problem,
                   const QDate &listDay = {}) const;
    // Writes the transaction with its lines, what is due (rent and deposit, for a booking or a
    // hand-out) and the objects' state, as one operation. Every object is checked again inside
    // the write, so two clerks cannot hand out the same object.
    WriteResult createTransaction(const TransactionDraft &draft);
    // What a scanned code is (docs: "scan anywhere"); Kind::None when nothing has it.
    ScanHit findCode(const QString &code) const;
    // The customer's lines that are out (handed out, not returned), by due time.
    QList<OpenRentalLine> openRentalLines(const QString &customerId) const;
    // Checks lines in: a return row each, late fees and damages as charges, the deposit released
    // or kept, objects available again (or in repair), the transaction returned when nothing is
    // out any more. One operation.
    WriteResult returnObjects(const ReturnDraft &draft);

    // --- damages (storedamages.cpp): a case goes open → charged / repaired / written off →
    // closed; its object is in repair from the report until it is repaired ---
    DamageCaseInfo damageCase(const QString &caseId) const;
    // A case with its first damage; the object (when known and not out) goes to repair.
    WriteResult reportDamage(const DamageDraft &draft);
    // The case's cost becomes due from the customer (an open payment), once.
    WriteResult chargeDamage(const QString &caseId);
    // The object is mended: available again (unless another open case holds it).
    WriteResult damageRepaired(const QString &caseId);
    // The cost is not claimed (managers only), with the reason in the activities.
    WriteResult writeOffDamage(const QString &caseId, const QString &reason);
    // Done; refused while the object is still in repair.
    WriteResult closeDamage(const QString &caseId);

    // --- a whole transaction (storetransactions.cpp) ---
    TransactionDetail transactionDetail(const QString &transactionId) const;
    // The status flow: request → reservation → booking → handed out → returned → closed, or
    // cancelled. Steps may be skipped forward (a request booked at once); objects are checked
    // again when they start to be held, the rent and deposit become due at booking or hand-out,
    // a cancellation releases what was due (money paid goes back or, refused, stays), and a
    // transaction is closed only when nothing is open on it.
    WriteResult advanceTransaction(const QString &transactionId, const QString &status,
                                   const PaidMoneyChoice &paid = {});
    // The statuses a transaction can go to from where it is.
    QStringList nextStatuses(const QString &status) const;

    // --- a line of a transaction (storelines.cpp) ---
    LineInfo lineInfo(const QString &lineId) const;
    // What was paid on the line's rent and deposit (less what went back).
    qint64 paidOnLine(const QString &lineId) const;
    // What was paid on the line and is left on the transaction for other things: a price that
    // falls or a deleted line can keep this much there instead of refunding it.
    qint64 openElsewhereOnTransaction(const QString &lineId) const;
    // Period, object, quantity, price and note; the object is checked again for the period.
    WriteResult changeLine(const QString &lineId, const LineChange &change,
                           const PaidMoneyChoice &paid = {});
    // Today's price list's price for the line; the caller shows old and new before applying.
    bool repriceLine(const QString &lineId, LineDraft *repriced, QString *problem) const;
    WriteResult applyLinePrice(const QString &lineId, const LineDraft &repriced,
                               const PaidMoneyChoice &paid = {});
    // Removes the line with its rent and deposit from the transaction; money paid on it is
    // refunded or kept on the transaction; a transaction left empty is cancelled.
    WriteResult deleteLine(const QString &lineId, const PaidMoneyChoice &paid = {});

    // --- payments (storepayments.cpp) ---
    // What is open on these transactions (all of the customer's when empty).
    qint64 openAmount(const QString &customerId, const QStringList &transactionIds) const;
    // A payment against what is open, oldest due first; partly is fine, more than is open is
    // refused. A voucher payment redeems the voucher (partly, too) in the same operation.
    WriteResult takePayment(const PaymentDraft &draft);
    // The same inside an operation (a return that is paid at once).
    bool insertPayment(WriteContext &ctx, const PaymentDraft &draft);

    // --- customer numbers (docs/customer-numbers.md) ---
    bool addNumberBlock(qint64 first, qint64 last, const QString &source);
    qint64 numbersLeftInBlocks() const;

    // --- panels of the card: pages of value rows, by key ---
    // `after` is the page key of the last row the panel has (empty for the first page); rows
    // that arrive between two pages are neither skipped nor repeated. On a failed read *ok is
    // false and the list is empty.
    QList<RentedObjectRow> rentedObjects(const QString &customerId, const QVariantList &after,
                                         int limit, bool *ok = nullptr) const;
    QList<TransactionRow> transactions(const QString &customerId, const QVariantList &after,
                                       int limit, bool *ok = nullptr) const;
    QList<DamageCaseRow> damageCases(const QString &customerId, const QVariantList &after,
                                     int limit, bool *ok = nullptr) const;
    QList<AccessRow> accesses(const QString &customerId, const QVariantList &after, int limit,
                              bool *ok = nullptr) const;
    QList<VoucherRow> vouchers(const QString &customerId, const QVariantList &after, int limit,
                               bool *ok = nullptr) const;
    QList<OpenPaymentRow> openPayments(const QString &customerId, const QVariantList &after,
                                       int limit, bool *ok = nullptr) const;
    QList<OpenBalanceRow> openBalances(const QString &customerId, const QVariantList &after,
                                       int limit, bool *ok = nullptr) const;
    QList<DocumentRow> documents(const QString &customerId, const QVariantList &after, int limit,
                                 bool *ok = nullptr) const;
    QList<ActivityRow> activities(const QString &customerId, const QVariantList &after, int limit,
                                  bool *ok = nullptr) const;
    QList<PermissionRow> permissions(const QString &customerId, bool *ok = nullptr) const;
    // The customer's sync conflicts nobody has decided yet, oldest first (storeconflicts.cpp).
    QList<ConflictRow> conflicts(const QString &customerId, bool *ok = nullptr) const;
    // A person decides a conflict: keep the value the server kept, or use the other one. Both
    // mark the conflict resolved, in one mutation that syncs to every desk.
    WriteResult resolveConflict(const QString &conflictId, bool useOther);

    // --- sync (docs/sync-store.md; the sync client uses these) ---
    int pendingOutboxCount() const;
    // Remote changes: rows with their server versions and the activities the server sends, in one
    // transaction, with no outbox entry. A field with a pending local change keeps the local
    // value (the server decides when the local mutation arrives).
    WriteResult applyRemote(const QList<RemoteRow> &rows, const QJsonArray &activities = {},
                            const SyncBookkeeping &book = {});
    // The server applied the mutations up to this id; or, with a rejection, refused this one
    // mutation for good (the reason is kept for a person to see, the queue goes on).
    bool markMutationsDone(qint64 upToMutationId, const QString &rejection = {});

    // --- the sync client's bookkeeping (storesync.cpp, docs/sync-protocol.md) ---
    QString syncValue(const QString &key) const;
    bool setSyncValues(const QHash<QString, QString> &values, QString *error = nullptr);
    // The oldest pending mutations after `afterId` (acknowledged in memory), as the JSON text
    // they are sent as.
    QList<QByteArray> pendingPayloads(int limit, qint64 afterId = 0) const;
    // Mutations the server refused, newest first: id, operation, reason.
    struct Rejection
    {
        qint64 mutationId = 0;
        QString operation, reason, createdAt;
        bool seen = false; // a person has looked at it (markRejectionsSeen())
    };
    QList<Rejection> rejections() const;
    // Refused changes nobody has looked at yet: the status bar counts these.
    int unseenRejectionCount() const;
    bool markRejectionsSeen(QString *error = nullptr);
    // Rows no server has seen (server_version 0), entity by entity in declaration order and by id,
    // for a first desk's initial upload. `entityIndex` and `afterId` say where to go on; at the
    // end *entityIndex is past the last entity. With `aboveVersion` >= 0: the rows of server
    // versions above it instead (what a server restored from a backup lost).
    QJsonArray unsyncedRows(int *entityIndex, QString *afterId, int limit,
                            qint64 aboveVersion = -1) const;
    // Whether any synced table has a row (a desk with data of its own).
    bool hasSyncedRows() const;
    // Enrolment gave this desk a new identity: pending mutations are re-stamped with the new
    // client id and numbered from 1, the desk code and server are kept in sync_state.
    bool adoptEnrolment(const QString &clientId, const QString &deskCode, const QString &deskName,
                        const QString &serverUrl, const QString &epoch, QString *error);
    // Every server answer carries its epoch and the last mutation id it applied for this desk.
    // A file restored from a backup continues above that id; a server restored from a backup
    // (new epoch) gets the mutations it lacks again and is read from the start. Returns what
    // happened in words for the log, empty when nothing had to be repaired.
    bool reconcileServer(const QString &epoch, qint64 serverLastMutation, QString *repaired,
                         QString *error);
    // The server used these mutation numbers for mutations this file never saw (it was restored
    // from a backup and the desk went on working): pending ones are numbered after serverLast.
    bool renumberPendingAbove(qint64 serverLast, QString *error);
    // Rows a refused mutation made that the server does not have: they did not happen, so they
    // are tombstoned here too (no outbox entry).
    bool dropRefusedRows(const QList<QPair<QString, QString>> &rows, QString *error);
    // A desk that joins a server with data starts from the server's snapshot: its own rows are
    // copied to `backupPath` (VACUUM INTO) and removed.
    bool discardLocalData(const QString &backupPath, QString *error);

    // Polls the file for commits made by other connections or processes (sync module,
    // rentdesk-cli) and announces what they changed; 0 stops.
    void watchOtherWriters(int intervalMs);
    // Reads the change log and announces what is new; called after each own commit and by the
    // watch timer.
    void deliverChanges();

    // --- maintenance ---
    struct CheckReport
    {
        int schemaVersion = 0;
        QStringList problems;
    };
    // `quick`: SQLite's quick_check instead of the full integrity and foreign key checks.
    CheckReport check(bool quick = false) const;

    // Tests only: called at named points inside a write; returning false makes the write fail
    // there, as a crash or a full disk would. Points: "after-rows", "before-outbox".
    using FaultHook = std::function<bool(const char *point)>;
    void setFaultHook(FaultHook hook) { m_faultHook = std::move(hook); }

    // The one write path. `operation` changes rows through the context; activity entries, the
    // operation's one outbox entry and the change log are appended, and all commits or nothing.
    WriteResult write(const std::function<bool(WriteContext &)> &operation);
    // Many operations in one SQLite transaction (an import): each is its own mutation with its
    // own activities and outbox entry, exactly as write() would make it, but all of them commit
    // together or, when one fails or `progress` returns false (cancel), none. `progress` gets
    // the number done after each operation.
    WriteResult writeBatch(int count,
                           const std::function<bool(int index, WriteContext &)> &operation,
                           const std::function<bool(int done)> &progress = {});

    static QString newId();
    // The demo data's counter days only: ids from a seeded generator, so the same seed gives
    // the same tables; an empty function goes back to random UUIDs. Not for two threads.
    static void setIdSource(std::function<QString()> source);
    static QString nowText();

signals:
    void changed(const rentdesk::StoreChange &change);
    // Somebody signed in or out (signIn(), signOut()).
    void staffChanged();
    // The same changes, once per commit, for models that refresh once for several rows.
    void changesCommitted(const QList<rentdesk::StoreChange> &changes);
    // The server applied or refused mutations (a local write announces itself through
    // changesCommitted, which every write with an outbox entry emits).
    void outboxChanged();

private:
    QSqlQuery &cached(int key, const char *sql) const;
    bool readIdentity();
    bool begin(QString *error);
    // BEGIN IMMEDIATE and the desk's identity and staff member read inside it.
    bool beginOperations(QString *error);
    // One operation inside the open transaction: its rows, change log, activities and outbox
    // entry. False leaves the transaction to be rolled back.
    bool runOperation(const std::function<bool(WriteContext &)> &operation, WriteContext &ctx,
                      const QString &derivedError);
    void rollback();
    bool commit(QString *error);
    QString allocateCustomerNumber(WriteContext &ctx);
    QString allocateTransactionNumber(WriteContext &ctx, const QDate &day);
    // A charge (kind: rent, deposit, late_fee, damage, other); with `correctsId` a correction
    // (a negative amount) of that charge.
    bool insertCharge(WriteContext &ctx, const QString &kind, const QString &customerId,
                      const QString &transactionId, const QString &lineId,
                      const QString &description, qint64 amountMinor, const QString &currency,
                      const QString &dueOn, const QString &correctsId = {}, const QString &id = {});
    // Releases a returned line's deposit less what is still to be kept (*keepLeft, lowered by
    // what this line keeps); a paid deposit goes back as a negative payment.
    // Makes what the line's charges of `kind` ask for `target` (a new charge for more, a
    // correction for less); money paid beyond it is refunded or moved to what else is open on
    // the transaction, as `paid` says.
    bool settleLineCharges(WriteContext &ctx, const QString &lineId, const QString &kind,
                           qint64 target, const QString &description, const PaidMoneyChoice &paid);
    bool releaseDeposit(WriteContext &ctx, const QString &lineId, qint64 *keepLeft,
                        qint64 *depositTotal, const QString &refundMethod, const QString &reason);
    // Local data derived from a synced row: the customer search index.
    // `inserted`: the row is new in this operation (it has no search entries yet), with the
    // values it was written with.
    bool refreshDerived(const SyncEntity &entity, const QString &id, QString *error,
                        const WriteContext::InsertedRow *inserted = nullptr);
    // The two-letter search keys of a customer with a name in a non-Latin script.
    bool writeBigrams(const QVariant &seq, const SearchFields &fields, QString *error);
    bool logChange(WriteContext &ctx, const SyncEntity &entity, const QString &id,
                   StoreChange::Kind kind, const QStringList &fields,
                   const QString &knownCustomer = {});
    bool writeActivities(WriteContext &ctx, QJsonArray *payload);
    // Keeps when the customer was last active (customer_recency), for the search's ranking.
    bool noteActivity(WriteContext &ctx, const QString &customerId, const QVariant &at);
    bool writeOutbox(WriteContext &ctx, const QJsonArray &activityPayload);

    QSqlDatabase m_db;
    QString m_connection, m_path, m_lastError;
    QString m_clientId, m_deskCode, m_staffId;
    bool m_readOnly = false;
    bool m_signedIn = false; // m_staffId came from a sign-in (never replaced by someone else)
    bool m_inBatch = false;
    qint64 m_batchNextMutation = 0; // inside writeBatch(): the next mutation's number, once known
    qint64 m_deliveredSeq = 0;
    qint64 m_dataVersion = -1;
    QTimer *m_watch = nullptr;
    mutable std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    StatementCache m_writeStatements; // the write and apply paths' statements
    FaultHook m_faultHook;
};

// What is wrong with a document's new name, in words; empty when it will do.
QString documentNameProblem(const QString &name);
// A name given by a person or a file system as a plain file name: never a path.
QString documentSafeName(const QString &name);

// What is wrong with the reason given for a block, in words; empty when it will do.
QString checkBlockReason(const QString &reason);

} // namespace rentdesk
