#include "Keychain.h"

#include "NetLog.h"

#include <qt6keychain/keychain.h>

namespace vt::net {
namespace {

Keychain::Result resultOf(const QKeychain::Job& job)
{
    Keychain::Result r;
    switch (job.error()) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.status = Keychain::Result::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = Keychain::Result::Status::Unavailable;
        break;
    default:
        r.status = Keychain::Result::Status::Failed;
        break;
    }
    r.error = job.errorString();
    return r;
}

void watch(QKeychain::Job* job, QObject* context, Keychain::Callback done,
    const std::function<void(QKeychain::Job&, Keychain::Result&)>& extract = {})
{
    job->setAutoDelete(true);
    // Never fall back to a plain-text file when no keychain answers.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [done = std::move(done), extract](QKeychain::Job* finished) {
            Keychain::Result r = resultOf(*finished);
            if (r.ok() && extract)
                extract(*finished, r);
            if (!r.ok() && r.status != Keychain::Result::Status::NotFound)
                qCWarning(lcNet, "keychain: %s", qPrintable(r.error));
            done(r);
        });
    job->start();
}

} // namespace

Keychain::Keychain(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void Keychain::read(const QString& account, Callback done, QObject* context)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(account);
    watch(job, context ? context : this, std::move(done), [](QKeychain::Job& j, Result& r) {
        r.secret = static_cast<QKeychain::ReadPasswordJob&>(j).textData();
    });
}

void Keychain::write(const QString& account, const QString& secret, Callback done, QObject* context)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(account);
    job->setTextData(secret);
    watch(job, context ? context : this, std::move(done));
}

void Keychain::remove(const QString& account, Callback done, QObject* context)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(account);
    watch(job, context ? context : this, [done = std::move(done)](const Result& r) {
        if (r.status == Result::Status::NotFound)
            done(Result{});
        else
            done(r);
    });
}

} // namespace vt::net
