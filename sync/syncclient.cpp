#include "syncclient.h"

#include "credentials.h"
#include "schema.h"
#include "store.h"
#include "syncentities.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace rentdesk::sync {

namespace {

const QString kServerUrl = QStringLiteral("server_url");
const QString kPullCursor = QStringLiteral("pull_cursor");
const QString kInitialUpload = QStringLiteral("initial_upload");
const QString kUploadEntity = QStringLiteral("upload_entity");
const QString kUploadAfter = QStringLiteral("upload_after");
const QString kLastSync = QStringLiteral("last_sync");
const QString kRepairUpload = QStringLiteral("repair_upload");
const QString kRepairAbove = QStringLiteral("repair_above");
// "1" while the desk reads its own pushed rows back too (Store::reconcileServer sets it after a
// restore from a backup); otherwise the server leaves out what the desk's pushes wrote.
const QString kPullOwn = QStringLiteral("pull_own");

QList<RemoteRow> remoteRows(const QJsonArray &rows)
{
    QList<RemoteRow> out;
    out.reserve(rows.size());
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        out << RemoteRow{o.value(QStringLiteral("entity")).toString(),
                         o.value(QStringLiteral("id")).toString(),
                         o.value(QStringLiteral("version")).toInteger(),
                         o.value(QStringLiteral("deleted")).toBool(),
                         o.value(QStringLiteral("values")).toObject()};
    }
    return out;
}

// The server's refusals in the desk's language; its own words (English) where no code is known.
QString errorInWords(int status, const QJsonObject &body)
{
    const QString code = body.value(QStringLiteral("error")).toString();
    const QString reason = body.value(QStringLiteral("reason")).toString();
    if (code == QLatin1String("no-credential") || code == QLatin1String("bad-credential"))
        return SyncClient::tr("The server does not know this desk's credential. Set the desk up "
                              "again with a new enrolment code.");
    if (code == QLatin1String("revoked"))
        return SyncClient::tr("The server's administrator revoked this desk's access. Set the "
                              "desk up again with a new enrolment code.");
    if (code == QLatin1String("bad-code"))
        return SyncClient::tr("The enrolment code is not valid: it is wrong, was used already or "
                              "has expired. Ask the server's administrator for a new one.");
    if (code == QLatin1String("schema"))
        return SyncClient::tr("This RentDesk and the server do not fit together (%1). The desk's "
                              "data is kept.")
            .arg(reason);
    if (code == QLatin1String("database") || status >= 500)
        return SyncClient::tr("The server has a problem of its own; it is tried again later (%1).")
            .arg(reason.isEmpty() ? QString::number(status) : reason);
    if (code == QLatin1String("too-large"))
        return SyncClient::tr("The server refused a request as too large.");
    return reason.isEmpty() ? SyncClient::tr("The server answered with error %1.").arg(status)
                            : reason;
}

} // namespace

SyncClient::SyncClient(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<RoundReport>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncClient::syncNow);
    m_network->setAutoDeleteReplies(true);
    refreshStatus();
}

SyncClient::~SyncClient() = default;

bool SyncClient::isSetUp() const
{
    return m_store && !m_store->syncValue(kServerUrl).isEmpty();
}

void SyncClient::setBackoff(int baseMs, int maxMs)
{
    m_backoffBase = baseMs;
    m_backoffMax = maxMs;
}

void SyncClient::setPageSizes(int push, int pull, int upload)
{
    m_pushPage = push;
    m_pullPage = pull;
    m_uploadPage = upload;
}

void SyncClient::startBackground(int intervalMs)
{
    m_interval = intervalMs;
    m_background = true;
    // A local change goes out a second later (several quick ones together).
    if (!m_watchingChanges) {
        m_watchingChanges = true;
        connect(m_store, &Store::changesCommitted, this, [this] {
            if (m_background && !m_running &&
                (!m_timer->isActive() || m_timer->remainingTime() > 1000))
                m_timer->start(1000);
        });
    }
    m_timer->start(0);
}

void SyncClient::stopBackground()
{
    m_background = false;
    m_timer->stop();
}

void SyncClient::refreshStatus()
{
    if (!m_store)
        return;
    m_status.server = m_store->syncValue(kServerUrl);
    m_status.pending = m_store->pendingOutboxCount();
    m_status.rejected = m_store->unseenRejectionCount();
    m_status.lastSync = QDateTime::fromString(m_store->syncValue(kLastSync), Qt::ISODate);
    if (m_status.server.isEmpty())
        m_status.state = SyncStatus::State::NotSetUp;
    emit statusChanged();
}

// ---------------------------------------------------------------- requests

QNetworkRequest SyncClient::request(const QString &path, bool authenticated, const QString &server)
{
    QUrl url(authenticated ? m_store->syncValue(kServerUrl) : server);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("RentDesk-Schema", QByteArray::number(Schema::latestVersion()));
    if (authenticated)
        request.setRawHeader("Authorization", QByteArrayLiteral("RentDesk ") +
                                                  m_store->clientId().toUtf8() + ' ' +
                                                  m_credential.toUtf8());
    request.setTransferTimeout(60000);
    return request;
}

void SyncClient::call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                      Then then, bool authenticated)
{
    const QNetworkRequest r =
        request(path, authenticated, body.value(QStringLiteral("_server")).toString());
    QJsonObject payload = body;
    payload.remove(QStringLiteral("_server"));
    finishReply(verb == "GET"
                    ? m_network->get(r)
                    : m_network->post(r, QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                then);
}

void SyncClient::transfer(const QByteArray &verb, const QString &path, const QByteArray &bytes,
                          Then then, const QString &contentType, const QByteArray &contentEncoding)
{
    QNetworkRequest r = request(path, true);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!contentEncoding.isEmpty())
        r.setRawHeader("Content-Encoding", contentEncoding);
    finishReply(verb == "GET"    ? m_network->get(r)
                : verb == "POST" ? m_network->post(r, bytes)
                                 : m_network->put(r, bytes),
                then);
}

void SyncClient::finishReply(QNetworkReply *reply, const Then &then)
{
    connect(reply, &QNetworkReply::finished, this, [reply, then] {
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        if (reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QLatin1String("application/octet-stream"))) {
            r.bytes = data;
            r.body = QJsonDocument::fromJson(reply->rawHeader("RentDesk-Stamp")).object();
        } else {
            r.body = QJsonDocument::fromJson(data).object();
        }
        if (r.status == 0)
            r.error = tr("The server cannot be reached (%1).").arg(reply->errorString());
        else if (!r.ok())
            r.error = errorInWords(r.status, r.body);
        then(r);
    });
}

// The epoch and the last mutation id the server applied for this desk come with every answer;
// a desk or server restored from a backup is repaired here.
bool SyncClient::takeStamp(const Reply &reply)
{
    const QJsonValue epoch = reply.body.value(QStringLiteral("epoch"));
    const QJsonValue last = reply.body.value(QStringLiteral("last_mutation_id"));
    if (!epoch.isString() || !last.isDouble())
        return true;
    QString repaired, error;
    if (!m_store->reconcileServer(epoch.toString(), last.toInteger(), &repaired, &error)) {
        finishRound(error);
        return false;
    }
    if (repaired.isEmpty())
        return true;
    m_ackedUpTo = 0; // what the server has is sent again and answered "duplicate"
    m_report.repaired += (m_report.repaired.isEmpty() ? QString() : QStringLiteral(" ")) + repaired;
    if (m_store->syncValue(kPullCursor) == QLatin1String("0") &&
        m_store->syncValue(kRepairUpload) != QLatin1String("pending")) {
        // The server went back in time: first give it back the rows it lost, then go on.
        m_store->setSyncValues({{kRepairUpload, QStringLiteral("pending")}});
        continueRound();
        return false;
    }
    return true;
}

// ---------------------------------------------------------------- enrolment

void SyncClient::enrol(const QUrl &server, const QString &code, const QString &deskName)
{
    if (!server.isValid() || server.scheme().isEmpty() || server.host().isEmpty()) {
        emit enrolFinished(tr("The server address is not valid; it looks like "
                              "https://rentdesk.example.com."));
        return;
    }
    const QJsonObject body{{QStringLiteral("_server"), server.toString()},
                           {QStringLiteral("code"), code.trimmed()},
                           // Empty: the name the administrator gave the code.
                           {QStringLiteral("desk_name"), deskName.trimmed()}};
    call(
        "POST", QStringLiteral("/v1/enrol"), body,
        [this, server](const Reply &r) {
            if (!r.ok()) {
                emit enrolFinished(r.error);
                return;
            }
            const QString clientId = r.body.value(QStringLiteral("client_id")).toString();
            const QString credential = r.body.value(QStringLiteral("credential")).toString();
            QString error;
            if (clientId.isEmpty() || credential.isEmpty()) {
                emit enrolFinished(tr("The server's answer to the enrolment was not understood."));
                return;
            }
            if (!Credentials::store(clientId, credential, &error)) {
                emit enrolFinished(error);
                return;
            }
            const bool initial = r.body.value(QStringLiteral("initial_upload")).toBool();
            // A desk joining a server with data starts from the server's; its own stays in a copy.
            // Data that came from this same server (a file copied to a new computer) stays.
            const bool sameServer = m_store->syncValue(kServerUrl) == server.toString();
            if (!initial && !sameServer && m_store->hasSyncedRows()) {
                const QFileInfo file(m_store->path());
                const QString backup = file.absolutePath() + QLatin1Char('/') +
                                       file.completeBaseName() +
                                       QStringLiteral("-before-sync-%1.sqlite")
                                           .arg(QDateTime::currentDateTime().toString(
                                               QStringLiteral("yyyyMMdd-HHmmss")));
                if (!m_store->discardLocalData(backup, &error)) {
                    emit enrolFinished(error);
                    return;
                }
            }
            if (!m_store->adoptEnrolment(
                    clientId, r.body.value(QStringLiteral("desk_code")).toString(),
                    r.body.value(QStringLiteral("desk_name")).toString(), server.toString(),
                    r.body.value(QStringLiteral("epoch")).toString(), &error) ||
                !m_store->setSyncValues(
                    {{kInitialUpload, initial ? QStringLiteral("pending") : QStringLiteral("no")},
                     {kUploadEntity, QStringLiteral("0")},
                     {kUploadAfter, QString()}},
                    &error)) {
                emit enrolFinished(error);
                return;
            }
            m_credential = credential;
            // A desk that started over needs a staff member to act as until sign-in exists.
            m_store->ensureDeskStaff();
            refreshStatus();
            emit enrolFinished(QString());
        },
        false);
}

QString SyncClient::enrolAndWait(const QUrl &server, const QString &code, const QString &deskName)
{
    QEventLoop loop;
    QString result;
    bool done = false;
    auto c = connect(this, &SyncClient::enrolFinished, &loop, [&](const QString &error) {
        result = error;
        done = true;
        loop.quit();
    });
    enrol(server, code, deskName);
    if (!done) // a refusal before any request is announced at once
        loop.exec();
    disconnect(c);
    return result;
}

// ---------------------------------------------------------------- rounds

void SyncClient::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    startRound();
}

RoundReport SyncClient::runRound()
{
    QEventLoop loop;
    RoundReport result;
    bool done = false;
    auto c = connect(this, &SyncClient::roundFinished, &loop, [&](const RoundReport &r) {
        result = r;
        done = true;
        loop.quit();
    });
    m_again = false;
    if (!m_running)
        startRound();
    if (!done) // a round that cannot start ends at once
        loop.exec();
    disconnect(c);
    return result;
}

void SyncClient::startRound()
{
    m_running = true;
    m_report = RoundReport();
    m_stalledPushes = 0;
    m_progressFrom = -1;
    m_filesChecked = false;
    m_ackedUpTo = 0;
    if (!isSetUp()) {
        finishRound(tr("This desk is not set up for a server yet."), true);
        return;
    }
    m_status.state = SyncStatus::State::Syncing;
    emit statusChanged();
    if (m_credential.isEmpty()) {
        QString error;
        m_credential = Credentials::read(m_store->clientId(), &error);
        if (!error.isEmpty()) {
            finishRound(error);
            return;
        }
        if (m_credential.isEmpty()) {
            // A copied file: the credential stays with the computer the desk was enrolled on.
            finishRound(tr("This computer has no credential for this desk (was the file copied "
                           "from another computer?). Set the desk up again with an enrolment "
                           "code."),
                        true);
            return;
        }
    }
    continueRound();
}

// Uploads first (a first desk's initial data, or what a restored server lost), then push, then
// pull. Called again when an answer shows the server went back in time.
void SyncClient::continueRound()
{
    if (m_store->syncValue(kInitialUpload) == QLatin1String("pending"))
        return uploadStep();
    if (m_store->syncValue(kRepairUpload) == QLatin1String("pending"))
        return repairStep();
    pushStep();
}

void SyncClient::repairStep()
{
    // Rows the desk has with versions the restored server no longer has: what other desks made
    // after the backup, so their lost rows are there again before anybody's edits of them.
    call("GET", QStringLiteral("/v1/health"), {}, [this](const Reply &r) {
        if (!r.ok())
            return finishRound(r.error, !r.temporary());
        QString error;
        if (!m_store->setSyncValues(
                {{kRepairUpload, QStringLiteral("uploading")},
                 {kRepairAbove,
                  QString::number(r.body.value(QStringLiteral("version")).toInteger())},
                 {kUploadEntity, QStringLiteral("0")},
                 {kUploadAfter, QString()}},
                &error))
            return finishRound(error);
        m_filesChecked = false; // the restored server may lack files too
        uploadStep();
    });
}

void SyncClient::uploadStep()
{
    if (!m_filesChecked) {
        // The documents' files go before the rows that name them.
        m_filesChecked = true;
        return uploadFiles(m_store->documentFiles(), [this] { uploadStep(); });
    }
    const bool repair = m_store->syncValue(kRepairUpload) == QLatin1String("uploading");
    int entity = m_store->syncValue(kUploadEntity).toInt();
    QString after = m_store->syncValue(kUploadAfter);
    const QJsonArray rows = m_store->unsyncedRows(
        &entity, &after, m_uploadPage, repair ? m_store->syncValue(kRepairAbove).toLongLong() : -1);
    if (rows.isEmpty()) {
        QString error;
        if (!m_store->setSyncValues(
                {{repair ? kRepairUpload : kInitialUpload, QStringLiteral("done")}}, &error))
            return finishRound(error);
        return continueRound();
    }
    call("POST", QStringLiteral("/v1/upload"),
         QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("repair"), repair}},
         [this, entity, after, count = rows.size()](const Reply &r) {
             if (!r.ok())
                 return finishRound(r.error, !r.temporary());
             if (!takeStamp(r))
                 return;
             QString error;
             if (!m_store->setSyncValues(
                     {{kUploadEntity, QString::number(entity)}, {kUploadAfter, after}}, &error))
                 return finishRound(error);
             m_report.uploaded += int(count);
             uploadStep();
         });
}

void SyncClient::pushStep()
{
    // Sent as they are stored: the outbox holds each mutation as the JSON of the wire.
    const QList<QByteArray> pending = m_store->pendingPayloads(m_pushPage, m_ackedUpTo);
    if (pending.isEmpty())
        return pullStep();
    // A document syncs only after its file.
    QStringList files;
    for (const QByteArray &text : pending) {
        if (!text.contains("\"document\""))
            continue;
        files << documentFilesOf(QJsonDocument::fromJson(text).object());
    }
    uploadFiles(files, [this, pending] { sendPush(pending); });
}

void SyncClient::sendPush(const QList<QByteArray> &pending)
{
    // One buffer for the whole body (a push is megabytes), sent compressed: its JSON shrinks
    // about tenfold, and Qt writes a request body to the socket in small pieces.
    qsizetype size = 16;
    for (const QByteArray &text : pending)
        size += text.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"mutations\":[";
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (i > 0)
            body += ',';
        body += pending.at(i);
    }
    body += "]}";
    // qCompress() puts the length before a zlib stream; the stream is HTTP's "deflate".
    QByteArray packed = qCompress(body, 1);
    packed.remove(0, 4);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_pushInFlight = true;
    transfer(
        "POST", QStringLiteral("/v1/push"), packed,
        [this, started](const Reply &r) {
            m_pushInFlight = false;
            m_report.pushMs << int(started->elapsed());
            if (!r.ok())
                return finishRound(r.error, !r.temporary());
            if (!takeStamp(r))
                return;
            // Applied mutations are acknowledged in memory and written with the next pulled
            // page (or at the end of the round): one transaction instead of one per push. A
            // desk that stops before sends them again and the server answers "duplicate".
            bool progress = false;
            QString error;
            auto ack = [&] {
                if (!saveAcks())
                    error = tr("The server's answer could not be written to the desk's file.");
            };
            for (const QJsonValue &v : r.body.value(QStringLiteral("results")).toArray()) {
                const QJsonObject result = v.toObject();
                const qint64 id = result.value(QStringLiteral("mutation_id")).toInteger();
                const QString status = result.value(QStringLiteral("status")).toString();
                if (status == QLatin1String("applied") || status == QLatin1String("duplicate")) {
                    m_ackedUpTo = id;
                    ++m_report.pushed;
                    progress = true;
                } else if (status == QLatin1String("rejected")) {
                    ack();
                    // Refused for good: a person sees why; the server's rows come back.
                    QString reason = result.value(QStringLiteral("reason")).toString();
                    if (result.value(QStringLiteral("code")).toString() ==
                        QLatin1String("file-missing"))
                        reason = tr("The document's file was lost on this desk before it reached "
                                    "the server; add the document again from the original.");
                    if (!m_store->markMutationsDone(id, reason.isEmpty() ? tr("refused") : reason))
                        error = tr("The server's answer could not be written to the desk's file.");
                    const QJsonArray rows = result.value(QStringLiteral("rows")).toArray();
                    if (!rows.isEmpty())
                        m_store->applyRemote(remoteRows(rows));
                    QList<QPair<QString, QString>> missing;
                    for (const QJsonValue &m : result.value(QStringLiteral("missing")).toArray())
                        missing.append({m.toObject().value(QStringLiteral("entity")).toString(),
                                        m.toObject().value(QStringLiteral("id")).toString()});
                    m_store->dropRefusedRows(missing, &error);
                    ++m_report.rejected;
                    progress = true;
                } else if (status == QLatin1String("reused")) {
                    ack();
                    if (!m_store->renumberPendingAbove(
                            r.body.value(QStringLiteral("last_mutation_id")).toInteger(), &error))
                        break;
                    progress = true;
                    break;
                } else {
                    // A gap: the stamp above has re-queued what the server lacks.
                    m_ackedUpTo = std::min(
                        m_ackedUpTo, r.body.value(QStringLiteral("last_mutation_id")).toInteger());
                    break;
                }
            }
            if (!error.isEmpty())
                return finishRound(error);
            if (!progress && ++m_stalledPushes > 3)
                return finishRound(tr("The server accepts none of this desk's changes (%1).")
                                       .arg(r.body.value(QStringLiteral("results"))
                                                .toArray()
                                                .first()
                                                .toObject()
                                                .value(QStringLiteral("reason"))
                                                .toString()));
            pushStep();
            // While the server works on the next push, the ones it applied are marked here
            // (the desk would only wait); otherwise they go with the next pulled page.
            if (m_pushInFlight && !saveAcks())
                qWarning("rentdesk sync: the acknowledgements wait for the next page");
        },
        QStringLiteral("application/json"), QByteArrayLiteral("deflate"));
}

void SyncClient::pullStep()
{
    const qint64 cursor = m_store->syncValue(kPullCursor).toLongLong();
    const bool fresh = cursor == 0 && !m_store->hasSyncedRows();
    if (m_progressFrom < 0)
        m_progressFrom = cursor;
    requestPage(cursor, fresh);
    waitForPage(m_nextPage);
}

void SyncClient::requestPage(qint64 cursor, bool fresh)
{
    auto page = std::make_shared<Page>();
    page->cursor = cursor;
    m_nextPage = page;
    call("GET",
         QStringLiteral("/v1/pull?cursor=%1&limit=%2&fresh=%3&skip_known=%4")
             .arg(cursor)
             .arg(m_pullPage)
             .arg(fresh ? 1 : 0)
             .arg(m_store->syncValue(kPullOwn) == QLatin1String("1") ? 0 : 1),
         {}, [this, page](const Reply &r) {
             page->reply = r;
             page->arrived = true;
             if (page->wanted)
                 pageArrived(page);
         });
}

void SyncClient::waitForPage(const std::shared_ptr<Page> &page)
{
    page->wanted = true;
    if (page->arrived) // while the page before was written: go on from the event loop
        QMetaObject::invokeMethod(
            this, [this, page] { pageArrived(page); }, Qt::QueuedConnection);
}

void SyncClient::pageArrived(const std::shared_ptr<Page> &page)
{
    const Reply r = page->reply;
    const qint64 cursor = page->cursor;
    if (!r.ok())
        return finishRound(r.error, !r.temporary());
    if (!takeStamp(r))
        return;
    // The stamp may have sent the desk back to the start (a restored server).
    if (m_store->syncValue(kPullCursor).toLongLong() != cursor) {
        m_progressFrom = -1;
        return pullStep();
    }
    // The next page is on its way while this one is written.
    const bool more = r.body.value(QStringLiteral("more")).toBool();
    if (more)
        requestPage(r.body.value(QStringLiteral("cursor")).toInteger(), false);
    const QJsonArray rows = r.body.value(QStringLiteral("rows")).toArray();
    SyncBookkeeping book;
    book.ackUpTo = m_ackedUpTo;
    book.state.insert(kPullCursor,
                      QString::number(r.body.value(QStringLiteral("cursor")).toInteger()));
    if (!more)
        book.state.insert(kPullOwn, QStringLiteral("0")); // caught up, own rows included
    QList<QJsonObject> documents;
    for (const QJsonValue &v : rows)
        if (v.toObject().value(QStringLiteral("entity")).toString() == QLatin1String("document"))
            documents << v.toObject();
    wantFiles(documents, &book.state);
    const WriteResult w = m_store->applyRemote(remoteRows(rows), {}, book);
    if (!w.ok())
        return finishRound(w.error);
    m_report.pulled += int(rows.size());
    const qint64 latest = r.body.value(QStringLiteral("latest")).toInteger();
    const qint64 now = r.body.value(QStringLiteral("cursor")).toInteger();
    if (m_progressFrom == 0 && latest > 0) {
        m_status.progress = int(100 * std::min(now, latest) / latest);
        emit statusChanged();
    }
    if (more)
        return waitForPage(m_nextPage);
    fetchFiles();
}

bool SyncClient::saveAcks()
{
    if (m_ackedUpTo <= 0 || !m_store)
        return true;
    return m_store->markMutationsDone(m_ackedUpTo);
}

void SyncClient::finishRound(const QString &error, bool needsPerson)
{
    saveAcks();
    m_report.error = error;
    m_report.needsPerson = needsPerson;
    m_status.progress = -1;
    if (error.isEmpty()) {
        m_failures = 0;
        if (m_store)
            m_store->setSyncValues(
                {{kLastSync, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        m_status.lastError.clear();
        m_status.state = SyncStatus::State::Idle;
    } else {
        ++m_failures;
        m_status.lastError = error;
        m_status.state =
            needsPerson ? SyncStatus::State::NeedsAttention : SyncStatus::State::Offline;
        if (needsPerson)
            m_credential.clear(); // read again after the desk is set up again
    }
    m_running = false;
    refreshStatus();
    const RoundReport report = m_report;
    emit roundFinished(report);
    scheduleNext();
}

void SyncClient::scheduleNext()
{
    if (m_again) {
        m_again = false;
        m_timer->start(0);
        return;
    }
    if (!m_background)
        return;
    if (m_failures == 0) {
        m_timer->start(m_interval);
        return;
    }
    // Temporary failures retry by themselves, further apart each time, never all desks at once.
    const double exp = std::min(
        double(m_backoffMax), double(m_backoffBase) * double(1LL << std::min(m_failures - 1, 20)));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    m_timer->start(int(std::max(1.0, exp * jitter)));
}

} // namespace rentdesk::sync
