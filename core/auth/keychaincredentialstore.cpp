#include "keychaincredentialstore.h"

#include "authlog.h"

#include <qt6keychain/keychain.h>

namespace shopinbox {

namespace {
QString explain(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QObject::tr("No keychain is available on this system (%1). Shop Inbox can keep you signed in "
                           "for this session only.")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QObject::tr("Access to the keychain was denied (%1).").arg(detail);
    default:
        return QObject::tr("The keychain reported an error: %1").arg(detail);
    }
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

QString KeychainCredentialStore::description() const
{
    return tr("the system keychain");
}

void KeychainCredentialStore::read(const QString &key, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(Service), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback)](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() == QKeychain::EntryNotFound)
            callback(std::nullopt, QString());
        else if (readJob->error() != QKeychain::NoError)
            callback(std::nullopt, explain(readJob->error(), readJob->errorString()));
        else
            callback(readJob->textData(), QString());
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &token, WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(Service), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcAuth) << "keychain write failed:" << finished->errorString();
            callback(false, explain(finished->error(), finished->errorString()));
        } else {
            callback(true, QString());
        }
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, WriteCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(Service), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            callback(false, explain(finished->error(), finished->errorString()));
        else
            callback(true, QString());
    });
    job->start();
}

} // namespace shopinbox
