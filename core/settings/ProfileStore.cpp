// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ProfileStore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kProfilesGroup = u"profiles"_s;
const QString kLastUsedKey = u"connection/lastProfile"_s;

} // namespace

ProfileStore::ProfileStore(QSettings* settings)
    : m_settings(settings)
{ }

QList<ConnectionProfile> ProfileStore::profiles() const
{
    m_settings->beginGroup(kProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<ConnectionProfile> result;
    for (const QString& id : ids) {
        if (const auto stored = profile(id))
            result.append(*stored);
    }
    std::stable_sort(result.begin(), result.end(), [](const ConnectionProfile& a, const ConnectionProfile& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& id) const
{
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    m_settings->beginGroup(kProfilesGroup + u'/' + id);
    const bool exists = m_settings->contains(u"name"_s);
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_settings->value(u"name"_s).toString();
    profile.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
    profile.color = m_settings->value(u"color"_s).toString();
    profile.source = ConnectionProfile::Source::Stored;
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return profile;
}

bool ProfileStore::isEmpty() const
{
    return profiles().isEmpty();
}

QString ProfileStore::save(ConnectionProfile profile)
{
    if (profile.id.isEmpty() || profile.id.contains(u'/'))
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(kProfilesGroup + u'/' + profile.id);
    m_settings->setValue(u"name"_s, profile.name.trimmed());
    m_settings->setValue(u"baseUrl"_s, profile.baseUrl.toString());
    m_settings->setValue(u"color"_s, profile.color);
    m_settings->endGroup();
    return profile.id;
}

void ProfileStore::remove(const QString& id)
{
    if (id.isEmpty() || id.contains(u'/'))
        return;
    m_settings->remove(kProfilesGroup + u'/' + id);
    if (lastUsedId() == id)
        m_settings->remove(kLastUsedKey);
}

QString ProfileStore::lastUsedId() const
{
    return m_settings->value(kLastUsedKey).toString();
}

void ProfileStore::setLastUsedId(const QString& id)
{
    m_settings->setValue(kLastUsedKey, id);
}
