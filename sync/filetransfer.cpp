// Document files by SHA-256 between the desk's file store and the server (docs/sync-protocol.md,
// "Files"): sent before the mutations and rows that name them, fetched after the rows that name
// them came in, both in pieces that resume where the last attempt stopped, and checked against
// their name.
#include "store.h"
#include "syncclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace rentdesk::sync {

namespace {

const QString kFilesWanted = QStringLiteral("files_wanted");
// Well under the smallest request size a server accepts (1 MB).
constexpr qint64 kPiece = 512 * 1024;

QStringList wantedList(Store *store)
{
    return store->syncValue(kFilesWanted).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

bool sameHash(const QString &path, const QString &sha256)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) &&
           QString::fromLatin1(hash.result().toHex()) == sha256;
}

} // namespace

void SyncClient::uploadFiles(QStringList sha256s, std::function<void()> then)
{
    sha256s.removeDuplicates();
    if (sha256s.isEmpty())
        return then();
    const QString sha = sha256s.takeFirst();
    auto next = [this, sha256s, then] { uploadFiles(sha256s, then); };
    call("GET", QStringLiteral("/v1/files/%1").arg(sha), {}, [this, sha, next](const Reply &r) {
        if (!r.ok())
            return finishRound(r.error, !r.temporary());
        if (r.body.value(QStringLiteral("complete")).toBool())
            return next(); // the server has it (from this desk or another one)
        if (!QFileInfo::exists(m_store->filePath(sha))) {
            // Lost on this desk: the server refuses the document, and a person sees why.
            qWarning("rentdesk sync: the document file %s is missing", qPrintable(sha));
            return next();
        }
        uploadPiece(sha, r.body.value(QStringLiteral("received")).toInteger(), next);
    });
}

void SyncClient::uploadPiece(const QString &sha256, qint64 offset, std::function<void()> next)
{
    QFile file(m_store->filePath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return finishRound(tr("The document file %1 cannot be read (%2).")
                               .arg(file.fileName(), file.errorString()));
    const qint64 size = file.size();
    if (!file.seek(std::min(offset, size)))
        return finishRound(tr("The document file %1 cannot be read (%2).")
                               .arg(file.fileName(), file.errorString()));
    const QByteArray piece = file.read(kPiece);
    transfer("PUT",
             QStringLiteral("/v1/files/%1?size=%2&offset=%3").arg(sha256).arg(size).arg(offset),
             piece, [this, sha256, offset, next](const Reply &r) {
                 const QString code = r.body.value(QStringLiteral("error")).toString();
                 if (r.status == 409 && code == QLatin1String("offset")) {
                     // The server has another part already (an answer got lost): go on from there.
                     const qint64 received = r.body.value(QStringLiteral("received")).toInteger();
                     if (received == offset)
                         return finishRound(r.error);
                     return uploadPiece(sha256, received, next);
                 }
                 if (r.status == 422) {
                     // The file no longer matches its name: it was damaged on this desk.
                     qWarning("rentdesk sync: the document file %s is damaged", qPrintable(sha256));
                     return next();
                 }
                 if (!r.ok())
                     return finishRound(r.error, !r.temporary());
                 if (r.body.value(QStringLiteral("complete")).toBool()) {
                     ++m_report.filesUp;
                     return next();
                 }
                 uploadPiece(sha256, r.body.value(QStringLiteral("received")).toInteger(), next);
             });
}

void SyncClient::wantFiles(const QList<QJsonObject> &documents, QHash<QString, QString> *state)
{
    QStringList wanted = wantedList(m_store);
    const qsizetype before = wanted.size();
    for (const QJsonObject &d : documents) {
        const QString sha =
            d.value(QStringLiteral("values")).toObject().value(QStringLiteral("sha256")).toString();
        if (!d.value(QStringLiteral("deleted")).toBool() && !sha.isEmpty() &&
            !wanted.contains(sha) && !QFileInfo::exists(m_store->filePath(sha)))
            wanted << sha;
    }
    // Kept with the page that named them, so a round cut short fetches them next time.
    if (wanted.size() != before)
        state->insert(kFilesWanted, wanted.join(QLatin1Char(',')));
}

void SyncClient::fetchFiles()
{
    const QStringList wanted = wantedList(m_store);
    if (wanted.isEmpty())
        return finishRound();
    const QString sha = wanted.first();
    auto done = [this, sha] {
        QStringList rest = wantedList(m_store);
        rest.removeAll(sha);
        QString error;
        if (!m_store->setSyncValues({{kFilesWanted, rest.join(QLatin1Char(','))}}, &error))
            return finishRound(error);
        fetchFiles();
    };
    if (QFileInfo::exists(m_store->filePath(sha)))
        return done();
    fetchPiece(sha, done);
}

void SyncClient::fetchPiece(const QString &sha256, std::function<void()> next)
{
    const QString target = m_store->filePath(sha256);
    const QString part = target + QStringLiteral(".part");
    const qint64 offset = QFileInfo(part).size();
    transfer("GET",
             QStringLiteral("/v1/files/%1/content?offset=%2&limit=%3")
                 .arg(sha256)
                 .arg(offset)
                 .arg(kPiece),
             {}, [this, sha256, target, part, offset, next](const Reply &r) {
                 if (r.status == 404) {
                     // The desk that added the document lost its file before sending it.
                     qWarning("rentdesk sync: the server has no file %s", qPrintable(sha256));
                     return next();
                 }
                 if (r.status == 400 && offset > 0) {
                     QFile::remove(part); // longer than the file: start again
                     return fetchPiece(sha256, next);
                 }
                 if (!r.ok())
                     return finishRound(r.error, !r.temporary());
                 QDir().mkpath(QFileInfo(part).absolutePath());
                 QFile out(part);
                 if (!out.open(QIODevice::Append) || out.write(r.bytes) != r.bytes.size())
                     return finishRound(tr("The document file %1 cannot be written (%2).")
                                            .arg(part, out.errorString()));
                 out.close();
                 const qint64 size = r.body.value(QStringLiteral("size")).toInteger();
                 if (offset + r.bytes.size() < size && !r.bytes.isEmpty())
                     return fetchPiece(sha256, next);
                 // Whole: it becomes the document's file only when its bytes match its name.
                 if (!sameHash(part, sha256)) {
                     QFile::remove(part);
                     return finishRound(
                         tr("A document file from the server was damaged on the way; it is fetched "
                            "again in the next round."));
                 }
                 QFile::remove(target);
                 if (!QFile::rename(part, target))
                     return finishRound(tr("The document file %1 cannot be written.").arg(target));
                 ++m_report.filesDown;
                 m_store->noteFileArrived(sha256);
                 next();
             });
}

} // namespace rentdesk::sync
