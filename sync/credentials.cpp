#include "credentials.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace rentdesk::sync {

namespace {

const QString kService = QStringLiteral("RentDesk");

QString keyFor(const QString &clientId)
{
    return QStringLiteral("desk/") + clientId;
}

// Runs a keychain job and waits for it; the job deletes itself afterwards.
bool runJob(QKeychain::Job *job, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
        ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        if (!ok)
            *error = QCoreApplication::translate("rentdesk::sync::Credentials",
                                                 "The keychain of this computer could not be "
                                                 "used: %1")
                         .arg(j->errorString());
        loop.quit();
    });
    job->start();
    loop.exec();
    return ok;
}

} // namespace

bool Credentials::store(const QString &clientId, const QString &credential, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(clientId));
    job->setTextData(credential);
    return runJob(job, error);
}

QString Credentials::read(const QString &clientId, QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(keyFor(clientId));
    QString value;
    if (runJob(job, error) && job->error() == QKeychain::NoError)
        value = job->textData();
    delete job;
    return value;
}

bool Credentials::remove(const QString &clientId, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(keyFor(clientId));
    return runJob(job, error);
}

} // namespace rentdesk::sync
