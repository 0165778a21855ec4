// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/CustomerStore.h"

#include "sandbox/RandomHex.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// The records with their creation sequence numbers 1..n, in the order given.
QList<CustomerRecord> numbered(QList<CustomerRecord> customers)
{
    for (qsizetype i = 0; i < customers.size(); ++i)
        customers[i].sequence = i + 1;
    return customers;
}

} // namespace

CustomerStore::CustomerStore() = default;

CustomerStore::~CustomerStore() = default;

bool CustomerStore::reset(const QList<CustomerRecord>& customers, QString* errorMessage)
{
    const QList<CustomerRecord> records = numbered(customers);
    if (m_database) {
        if (const auto problem = m_database->replaceAll(records)) {
            qCWarning(lcSandbox).noquote() << problem->message;
            if (errorMessage)
                *errorMessage = problem->message;
            return false;
        }
    }
    m_customers = records;
    rebuildIndex();
    return true;
}

void CustomerStore::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_customers.size());
    m_lastTimestamp = QDateTime();
    for (qsizetype i = 0; i < m_customers.size(); ++i) {
        const CustomerRecord& record = m_customers.at(i);
        m_index.insert(record.id, i);
        for (const QDateTime& time : {record.createdAt, record.updatedAt}) {
            if (time.isValid() && (!m_lastTimestamp.isValid() || time > m_lastTimestamp))
                m_lastTimestamp = time;
        }
    }
}

bool CustomerStore::attachDatabase(const QString& path, QString* errorMessage, Attach mode)
{
    const bool existed = QFileInfo::exists(path);
    auto database = std::make_unique<SandboxDatabase>();
    bool ok = database->open(path, errorMessage);
    if (ok && !database->isNew() && mode == Attach::LoadExisting) {
        const auto loaded = database->load(errorMessage);
        ok = loaded.has_value();
        if (ok) {
            m_customers = *loaded;
            rebuildIndex();
        }
    } else if (ok) {
        const QList<CustomerRecord> records = numbered(m_customers);
        if (const auto problem = database->replaceAll(records)) {
            *errorMessage = problem->message;
            ok = false;
        } else {
            m_customers = records;
            rebuildIndex();
        }
    }
    if (!ok) {
        database.reset();
        if (!existed) {
            for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(path + suffix);
        }
        return false;
    }
    m_database = std::move(database);
    return true;
}

QString CustomerStore::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

std::optional<CustomerRecord> CustomerStore::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return std::nullopt;
    return m_customers.at(*it);
}

CustomerStore::Result CustomerStore::commit(qsizetype index, const CustomerRecord& record)
{
    if (m_database) {
        if (auto problem = m_database->write(record)) {
            qCWarning(lcSandbox).noquote() << problem->message;
            return {std::nullopt, std::move(problem)};
        }
    }
    if (index == m_customers.size()) {
        m_customers.append(record);
        m_index.insert(record.id, index);
    } else {
        m_customers[index] = record;
    }
    return {record, std::nullopt};
}

CustomerStore::Result CustomerStore::missing(const QString& id) const
{
    return {std::nullopt, ApiProblem::notFound(u"Express customer %1 not found"_s.arg(id), u"expressCustomerId"_s)};
}

QDateTime CustomerStore::nextTimestamp()
{
    // Strictly increasing, even for several changes within one millisecond.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastTimestamp.isValid() && now <= m_lastTimestamp)
        now = m_lastTimestamp.addMSecs(1);
    m_lastTimestamp = now;
    return now;
}

QString CustomerStore::newCustomerId() const
{
    QString id;
    do {
        id = u"cus_"_s + RandomHex::generate(*QRandomGenerator::global(), 16);
    } while (m_index.contains(id));
    return id;
}

CustomerStore::Result CustomerStore::create(const CustomerPatch& input, const QString& createdByApiKeyId)
{
    CustomerRecord record;
    record.id = newCustomerId();
    record.name = input.name.value_or(QString());
    record.metadata = input.metadata;
    record.createdAt = nextTimestamp();
    record.updatedAt = record.createdAt;
    record.createdByApiKeyId = createdByApiKeyId;
    record.sequence = m_customers.isEmpty() ? 1 : m_customers.last().sequence + 1;
    return commit(m_customers.size(), record);
}

CustomerStore::Result CustomerStore::update(const QString& id, const CustomerPatch& patch)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return missing(id);
    CustomerRecord record = m_customers.at(*it);
    if (!patch.name && !patch.hasMetadata)
        return {record, std::nullopt};
    if (patch.name)
        record.name = *patch.name;
    if (patch.hasMetadata)
        record.metadata = patch.metadata; // whole-map replacement; nullopt clears
    record.updatedAt = nextTimestamp();
    return commit(*it, record);
}

CustomerStore::Result CustomerStore::setActive(const QString& id, bool active)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return missing(id);
    CustomerRecord record = m_customers.at(*it);
    if (record.active == active)
        return {record, std::nullopt};
    record.active = active;
    record.updatedAt = nextTimestamp();
    return commit(*it, record);
}

CustomerStore::Result CustomerStore::addUser(const QString& id, const QString& userId)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return missing(id);
    CustomerRecord record = m_customers.at(*it);
    if (!record.active) {
        ApiProblem problem = ApiProblem::make(409, u"customer_inactive"_s,
            u"Express customer %1 is deactivated; reactivate it before adding users"_s.arg(id), u"expressCustomerId"_s);
        problem.headers.append({"X-Should-Retry"_ba, "false"_ba});
        return {std::nullopt, problem};
    }
    if (record.members.contains(userId))
        return {record, std::nullopt};
    record.members.insert(userId);
    record.updatedAt = nextTimestamp();
    return commit(*it, record);
}

CustomerStore::Result CustomerStore::removeUser(const QString& id, const QString& userId)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return missing(id);
    CustomerRecord record = m_customers.at(*it);
    if (!record.members.remove(userId)) {
        return {std::nullopt,
            ApiProblem::notFound(u"User %1 is not a member of Express customer %2"_s.arg(userId, id), u"userId"_s)};
    }
    record.updatedAt = nextTimestamp();
    return commit(*it, record);
}

CustomerStore::Page CustomerStore::page(qint64 afterSequence, int limit) const
{
    const auto first = std::upper_bound(m_customers.cbegin(), m_customers.cend(), afterSequence,
        [](qint64 sequence, const CustomerRecord& record) { return sequence < record.sequence; });
    Page page;
    auto it = first;
    for (; it != m_customers.cend() && page.customers.size() < limit; ++it)
        page.customers.append(*it);
    page.hasMore = it != m_customers.cend();
    return page;
}

} // namespace Sandbox
