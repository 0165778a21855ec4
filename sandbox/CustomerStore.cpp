// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/CustomerStore.h"

#include "sandbox/RandomHex.h"
#include "sandbox/SandboxLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString FileFormat = u"express-sandbox-data"_s;
constexpr int FileVersion = 1;

} // namespace

void CustomerStore::reset(const QList<CustomerRecord>& customers)
{
    m_customers = customers;
    rebuildIndex();
    persist();
}

void CustomerStore::rebuildIndex()
{
    m_index.clear();
    m_lastTimestamp = QDateTime();
    for (qsizetype i = 0; i < m_customers.size(); ++i) {
        CustomerRecord& record = m_customers[i];
        record.sequence = i + 1;
        m_index.insert(record.id, i);
        for (const QDateTime& time : {record.createdAt, record.updatedAt}) {
            if (time.isValid() && (!m_lastTimestamp.isValid() || time > m_lastTimestamp))
                m_lastTimestamp = time;
        }
    }
}

bool CustomerStore::attachFile(const QString& path, QString* errorMessage)
{
    const auto fail = [&](const QString& reason) {
        *errorMessage = u"%1: %2"_s.arg(path, reason);
        return false;
    };
    QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return fail(u"not a regular file"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot be read: "_s + file.errorString());
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(u"not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset));
        const QJsonObject root = document.object();
        if (!document.isObject() || root.value(u"format"_s).toString() != FileFormat)
            return fail(u"not an express-sandbox data file (\"format\": \"%1\" is missing)"_s.arg(FileFormat));
        if (root.value(u"version"_s).toInt() != FileVersion)
            return fail(
                u"unsupported version %1 (expected %2)"_s.arg(root.value(u"version"_s).toInt()).arg(FileVersion));
        if (!root.value(u"customers"_s).isArray())
            return fail(u"\"customers\" must be an array"_s);
        QList<CustomerRecord> loaded;
        QSet<QString> ids;
        const QJsonArray array = root.value(u"customers"_s).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString reason;
            const auto record = CustomerRecord::fromStorageJson(array.at(i).toObject(), &reason);
            if (!array.at(i).isObject() || !record)
                return fail(u"customers[%1]: %2"_s.arg(i).arg(array.at(i).isObject() ? reason : u"not an object"_s));
            if (ids.contains(record->id))
                return fail(u"customers[%1]: duplicate expressCustomerId %2"_s.arg(i).arg(record->id));
            ids.insert(record->id);
            loaded.append(*record);
        }
        m_customers = loaded;
        rebuildIndex();
        m_filePath = path;
        return true;
    }
    m_filePath = path;
    persist();
    if (!m_persistError.isEmpty()) {
        m_filePath.clear();
        *errorMessage = m_persistError;
        return false;
    }
    return true;
}

void CustomerStore::persist()
{
    if (m_filePath.isEmpty())
        return;
    QJsonArray array;
    for (const CustomerRecord& record : std::as_const(m_customers))
        array.append(record.toStorageJson());
    const QJsonObject root {{u"format"_s, FileFormat}, {u"version"_s, FileVersion}, {u"customers"_s, array}};
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        m_persistError = u"%1: cannot be written: %2"_s.arg(m_filePath, file.errorString());
        qCWarning(lcSandbox).noquote() << m_persistError;
        return;
    }
    m_persistError.clear();
}

std::optional<CustomerRecord> CustomerStore::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return std::nullopt;
    return m_customers.at(*it);
}

CustomerRecord* CustomerStore::lookup(const QString& id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_customers[*it];
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

CustomerRecord CustomerStore::create(const CustomerPatch& input, const QString& createdByApiKeyId)
{
    CustomerRecord record;
    record.id = newCustomerId();
    record.name = input.name.value_or(QString());
    record.metadata = input.metadata;
    record.createdAt = nextTimestamp();
    record.updatedAt = record.createdAt;
    record.createdByApiKeyId = createdByApiKeyId;
    record.sequence = m_customers.isEmpty() ? 1 : m_customers.last().sequence + 1;
    m_customers.append(record);
    m_index.insert(record.id, m_customers.size() - 1);
    persist();
    return record;
}

CustomerStore::Result CustomerStore::update(const QString& id, const CustomerPatch& patch)
{
    CustomerRecord* record = lookup(id);
    if (!record)
        return missing(id);
    if (patch.name || patch.hasMetadata) {
        if (patch.name)
            record->name = *patch.name;
        if (patch.hasMetadata)
            record->metadata = patch.metadata; // whole-map replacement; nullopt clears
        record->updatedAt = nextTimestamp();
        persist();
    }
    return {*record, std::nullopt};
}

CustomerStore::Result CustomerStore::setActive(const QString& id, bool active)
{
    CustomerRecord* record = lookup(id);
    if (!record)
        return missing(id);
    if (record->active != active) {
        record->active = active;
        record->updatedAt = nextTimestamp();
        persist();
    }
    return {*record, std::nullopt};
}

CustomerStore::Result CustomerStore::addUser(const QString& id, const QString& userId)
{
    CustomerRecord* record = lookup(id);
    if (!record)
        return missing(id);
    if (!record->active) {
        ApiProblem problem = ApiProblem::make(409, u"customer_inactive"_s,
            u"Express customer %1 is deactivated; reactivate it before adding users"_s.arg(id), u"expressCustomerId"_s);
        problem.headers.append({"X-Should-Retry"_ba, "false"_ba});
        return {std::nullopt, problem};
    }
    if (!record->members.contains(userId)) {
        record->members.insert(userId);
        record->updatedAt = nextTimestamp();
        persist();
    }
    return {*record, std::nullopt};
}

CustomerStore::Result CustomerStore::removeUser(const QString& id, const QString& userId)
{
    CustomerRecord* record = lookup(id);
    if (!record)
        return missing(id);
    if (!record->members.remove(userId)) {
        return {std::nullopt,
            ApiProblem::notFound(u"User %1 is not a member of Express customer %2"_s.arg(userId, id), u"userId"_s)};
    }
    record->updatedAt = nextTimestamp();
    persist();
    return {*record, std::nullopt};
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
