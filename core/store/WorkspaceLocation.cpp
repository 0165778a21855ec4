// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "WorkspaceLocation.h"

#include <QCryptographicHash>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace WorkspaceLocation {

namespace {

QUrl normalised(const QUrl& baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if (url.path() == u"/"_s)
        url.setPath({});
    if ((url.scheme() == u"https"_s && url.port() == 443) || (url.scheme() == u"http"_s && url.port() == 80))
        url.setPort(-1);
    return url;
}

// Letters, digits, dots and dashes of the host; anything else becomes "_".
QString readable(const QUrl& url)
{
    QString host = url.host();
    for (QChar& c : host) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-')
            c = u'_';
    }
    if (host.isEmpty())
        host = u"workspace"_s;
    if (url.port() != -1)
        host += u'-' + QString::number(url.port());
    return host.left(64);
}

} // namespace

QString directory()
{
    // The desktop app's AppDataLocation (organisation Avara, application express-admin), whichever program asks, so
    // that the CLI and the app share one workspace per connection.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Avara/express-admin/workspaces"_s;
}

QString fileNameFor(const QUrl& baseUrl)
{
    const QUrl url = normalised(baseUrl);
    const QByteArray hash =
        QCryptographicHash::hash(url.toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha256).toHex();
    return readable(url) + u'-' + QString::fromLatin1(hash.left(16)) + u".sqlite"_s;
}

QString pathFor(const QUrl& baseUrl)
{
    return directory() + u'/' + fileNameFor(baseUrl);
}

QString sandboxPath()
{
    return directory() + u"/sandbox.sqlite"_s;
}

} // namespace WorkspaceLocation
