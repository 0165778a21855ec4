// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SecretStore.h"

#include "core/common/Logging.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

SecretStore::SecretStore(Backend backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_serviceName(u"Express Admin"_s)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::sessionOnlyText()
{
    return tr("No system keychain is available: the key is kept for this session only and must be entered again "
              "next time. It is never written to disk.");
}

void SecretStore::finishLater(QObject* context, Callback done, const Result& result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void SecretStore::fallBack(const QString& reason)
{
    m_sessionOnlyReason = reason;
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    qCWarning(lcKeychain) << "keychain unavailable, keeping keys for this session only:" << reason;
    Q_EMIT sessionOnlyChanged(true);
    Q_EMIT availabilityChanged(Availability::SessionOnly);
}

void SecretStore::confirmKeychain()
{
    if (m_keychainConfirmed)
        return;
    m_keychainConfirmed = true;
    if (!m_sessionOnly)
        Q_EMIT availabilityChanged(Availability::Keychain);
}

SecretStore::Availability SecretStore::availability() const
{
    if (m_backend == Backend::Memory)
        return Availability::Keychain;
    if (m_sessionOnly)
        return Availability::SessionOnly;
    return m_keychainConfirmed ? Availability::Keychain : Availability::Unknown;
}

void SecretStore::checkKeychain()
{
    if (availability() != Availability::Unknown || m_checking)
        return;
    m_checking = true;
    auto* job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setKey(u"keychain-check"_s); // never written: "not found" is the answer of a working keychain
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        m_checking = false;
        qCDebug(lcKeychain) << "check" << job->error();
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            confirmKeychain();
        else
            fallBack(job->errorString());
    });
    job->start();
}

void SecretStore::readKey(const QString& profileId, QObject* context, Callback done)
{
    const auto memory = m_memory.constFind(profileId);
    if (m_backend == Backend::Memory || memory != m_memory.constEnd()) {
        Result result;
        result.ok = memory != m_memory.constEnd();
        result.key = result.ok ? *memory : QString();
        result.storage = m_backend == Backend::Memory ? Storage::Memory : Storage::Session;
        if (!result.ok)
            result.message = tr("No API key is stored for this profile.");
        finishLater(context, std::move(done), result);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setKey(profileId);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done = std::move(done)] {
        Result result;
        if (job->error() == QKeychain::NoError) {
            result.ok = true;
            result.key = job->textData();
            result.storage = Storage::Keychain;
            confirmKeychain();
        } else if (job->error() == QKeychain::EntryNotFound) {
            result.message = tr("No API key is stored for this profile.");
            confirmKeychain();
        } else {
            fallBack(job->errorString());
            result.storage = Storage::Session;
            result.message = sessionOnlyText();
        }
        qCDebug(lcKeychain) << "read" << (result.ok ? "found" : "not found") << job->error();
        if (guard)
            done(result);
    });
    job->start();
}

void SecretStore::writeKey(const QString& profileId, const QString& key, QObject* context, Callback done)
{
    if (m_backend == Backend::Memory) {
        m_memory.insert(profileId, key);
        finishLater(context, std::move(done), Result {true, key, Storage::Memory, {}});
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setKey(profileId);
    job->setTextData(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, profileId, key, done = std::move(done)] {
        Result result;
        result.ok = true;
        result.key = key;
        if (job->error() == QKeychain::NoError) {
            m_memory.remove(profileId);
            result.storage = Storage::Keychain;
            confirmKeychain();
        } else {
            fallBack(job->errorString());
            m_memory.insert(profileId, key);
            result.storage = Storage::Session;
            result.message = sessionOnlyText();
        }
        qCDebug(lcKeychain) << "write" << job->error();
        if (guard)
            done(result);
    });
    job->start();
}

void SecretStore::removeKey(const QString& profileId, QObject* context, Callback done)
{
    m_memory.remove(profileId);
    if (m_backend == Backend::Memory) {
        finishLater(context, std::move(done), Result {true, {}, Storage::Memory, {}});
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setAutoDelete(true);
    job->setKey(profileId);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done = std::move(done)] {
        Result result;
        result.ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        result.storage = Storage::Keychain;
        if (!result.ok) {
            fallBack(job->errorString());
            // Nothing was stored there by this session; the session copy is gone already.
            result.ok = true;
            result.storage = Storage::Session;
        }
        if (guard)
            done(result);
    });
    job->start();
}
