// Documents on the card: files added from disk are stored once by SHA-256 in the data folder
// (beside the store file), named, renamed and removed; the bytes go when nothing refers to them
// any more. File names from people are names only, never paths.
#include "store.h"
#include "syncentities.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace rentdesk {

namespace {

const QString kLimitKey = QStringLiteral("documents.max_mb");

} // namespace

QString documentNameProblem(const QString &name)
{
    const QString t = name.trimmed();
    if (t.isEmpty())
        return Store::tr("Enter a name.");
    if (t.size() > 200)
        return Store::tr("At most 200 characters.");
    if (t == QLatin1String(".") || t == QLatin1String(".."))
        return Store::tr("This is not a file name.");
    for (QChar c : t)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
            c.category() == QChar::Other_Control)
            return Store::tr("A name cannot contain / \\ : or control characters.");
    return {};
}

QString documentSafeName(const QString &name)
{
    // The last part of whatever was given, with the characters a path would need replaced.
    QString t = name;
    t.replace(QLatin1Char('\\'), QLatin1Char('/'));
    t = t.section(QLatin1Char('/'), -1).trimmed();
    for (QChar &c : t)
        if (c == QLatin1Char(':') || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    if (t.isEmpty() || t == QLatin1String(".") || t == QLatin1String(".."))
        t = Store::tr("document");
    return t.left(200);
}

int Store::documentSizeLimitMb() const
{
    bool ok = false;
    const int mb = deskSetting(kLimitKey, QString::number(kDefaultDocumentLimitMb)).toInt(&ok);
    return ok && mb > 0 ? mb : kDefaultDocumentLimitMb;
}

bool Store::setDocumentSizeLimitMb(int mb, QString *error)
{
    return setDeskSetting(kLimitKey, QString::number(qBound(1, mb, 2048)), error);
}

WriteResult Store::addDocument(const QString &customerId, const QString &sourcePath,
                               const QString &damageCaseId, const QString &transactionId)
{
    WriteResult r;
    const QFileInfo info(sourcePath);
    const QString shown = QDir::toNativeSeparators(sourcePath);
    if (!info.exists()) {
        r.error = tr("%1 is not there (any more).").arg(shown);
        return r;
    }
    if (!info.isFile()) {
        r.error = tr("%1 is a folder, not a file.").arg(shown);
        return r;
    }
    const qint64 limit = qint64(documentSizeLimitMb()) * 1024 * 1024;
    if (info.size() > limit) {
        r.error = tr("%1 is %2; files up to %3 MB can be added (a manager can change this in the "
                     "settings).")
                      .arg(info.fileName(), QLocale().formattedDataSize(info.size()))
                      .arg(documentSizeLimitMb());
        return r;
    }
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        r.error = tr("%1 cannot be read: %2").arg(shown, source.errorString());
        return r;
    }
    // Copied and hashed in one pass, into the data folder; named by its hash when complete.
    if (!QDir().mkpath(fileStorePath())) {
        r.error =
            tr("The data folder %1 cannot be made.").arg(QDir::toNativeSeparators(fileStorePath()));
        return r;
    }
    QTemporaryFile copy(fileStorePath() + QStringLiteral("/incoming-XXXXXX"));
    if (!copy.open()) {
        r.error = tr("The file cannot be copied into the data folder: %1").arg(copy.errorString());
        return r;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            r.error = tr("%1 could not be read to the end: %2").arg(shown, source.errorString());
            return r;
        }
        size += chunk.size();
        if (size > limit) {
            r.error = tr("%1 grew past %2 MB while it was read; it was not added.")
                          .arg(info.fileName())
                          .arg(documentSizeLimitMb());
            return r;
        }
        hash.addData(chunk);
        if (copy.write(chunk) != chunk.size()) {
            r.error =
                tr("The file cannot be copied into the data folder: %1").arg(copy.errorString());
            return r;
        }
    }
    if (!copy.flush()) {
        r.error = tr("The file cannot be copied into the data folder: %1").arg(copy.errorString());
        return r;
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString target = filePath(sha);
    const bool stored = QFileInfo::exists(target); // the same bytes are here already: kept once
    if (!stored) {
        QDir().mkpath(QFileInfo(target).absolutePath());
        copy.setAutoRemove(false);
        copy.close();
        if (!QFile::rename(copy.fileName(), target)) {
            QFile::remove(copy.fileName());
            r.error = tr("The file cannot be stored in the data folder.");
            return r;
        }
    }
    const QString name = documentSafeName(info.fileName());
    const QString mime = QMimeDatabase().mimeTypeForFile(info).name();
    r = write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("document.add"));
        if (!customer(customerId).isValid()) {
            ctx.fail(tr("This customer no longer exists; it may have been deleted at another "
                        "desk."));
            return false;
        }
        if (!transactionId.isEmpty() &&
            ctx.scalar(QStringLiteral("SELECT customer_id FROM transactions WHERE id = ? AND "
                                      "deleted_at IS NULL"),
                       {transactionId})
                    .toString() != customerId) {
            ctx.fail(tr("This transaction no longer belongs to the customer."));
            return false;
        }
        ctx.createdId = newId();
        ctx.addActivity(customerId, QStringLiteral("document.added"), QStringLiteral("file_name"),
                        {}, name);
        return ctx.insert(
            QStringLiteral("document"), ctx.createdId,
            {{QStringLiteral("customer_id"), customerId},
             {QStringLiteral("damage_case_id"), damageCaseId.isEmpty()
                                                    ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(damageCaseId)},
             {QStringLiteral("file_name"), name},
             {QStringLiteral("mime_type"), mime},
             {QStringLiteral("size_bytes"), size},
             {QStringLiteral("sha256"), sha},
             {QStringLiteral("note"), QStringLiteral("")},
             {QStringLiteral("created_at"), ctx.now()},
             {QStringLiteral("added_by"),
              m_staffId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m_staffId)},
             {QStringLiteral("transaction_id"), transactionId.isEmpty()
                                                    ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(transactionId)}});
    });
    if (!r.ok() && !stored)
        releaseFile(sha); // nothing refers to the bytes just stored
    return r;
}

WriteResult Store::renameDocument(const QString &documentId, const QString &newName)
{
    WriteResult refused;
    refused.error = documentNameProblem(newName);
    if (!refused.error.isEmpty())
        return refused;
    return write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("document.rename"));
        const QVariantHash row = ctx.row(QStringLiteral("document"), documentId);
        if (row.isEmpty() || !row.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This document no longer exists; it may have been removed at another "
                        "desk."));
            return false;
        }
        const QString before = row.value(QStringLiteral("file_name")).toString();
        if (before == newName.trimmed())
            return true;
        ctx.addActivity(row.value(QStringLiteral("customer_id")).toString(),
                        QStringLiteral("document.renamed"), QStringLiteral("file_name"), before,
                        newName.trimmed());
        return ctx.update(QStringLiteral("document"), documentId,
                          {{QStringLiteral("file_name"), newName.trimmed()}});
    });
}

WriteResult Store::removeDocument(const QString &documentId)
{
    QString sha;
    const WriteResult r = write([&](WriteContext &ctx) {
        ctx.setOperation(QStringLiteral("document.remove"));
        const QVariantHash row = ctx.row(QStringLiteral("document"), documentId);
        if (row.isEmpty() || !row.value(QStringLiteral("deleted_at")).isNull()) {
            ctx.fail(tr("This document no longer exists; it may have been removed at another "
                        "desk."));
            return false;
        }
        sha = row.value(QStringLiteral("sha256")).toString();
        ctx.addActivity(row.value(QStringLiteral("customer_id")).toString(),
                        QStringLiteral("document.removed"), QStringLiteral("file_name"),
                        row.value(QStringLiteral("file_name")).toString(), {});
        return ctx.remove(QStringLiteral("document"), documentId);
    });
    if (r.ok())
        releaseFile(sha);
    return r;
}

bool Store::releaseFile(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    // Kept while a live document names it, or while a change that brings a document with these
    // bytes still waits to be sent (the server asks for the bytes of every document a push
    // brings).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM documents WHERE sha256 = ? AND deleted_at IS "
                             "NULL"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next() || q.value(0).toInt() > 0)
        return false;
    q.prepare(QStringLiteral("SELECT payload FROM sync_outbox WHERE state = 'pending' AND "
                             "instr(payload, ?) > 0"));
    q.addBindValue(sha256);
    if (!q.exec())
        return false;
    while (q.next())
        if (documentFilesOf(QJsonDocument::fromJson(q.value(0).toByteArray()).object())
                .contains(sha256))
            return false;
    return QFile::remove(filePath(sha256));
}

} // namespace rentdesk
