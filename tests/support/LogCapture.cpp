// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/LogCapture.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace {

LogCapture* g_capture = nullptr;
QtMessageHandler g_previous = nullptr;

} // namespace

LogCapture::LogCapture()
{
    Q_ASSERT(!g_capture);
    g_capture = this;
    QLoggingCategory::setFilterRules(u"expressadmin.*.debug=true"_s);
    m_previous = qInstallMessageHandler(&LogCapture::handle);
    g_previous = m_previous;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
    g_capture = nullptr;
    g_previous = nullptr;
}

QStringList LogCapture::linesContaining(const QString& text) const
{
    QStringList found;
    for (const QString& line : m_lines) {
        if (line.contains(text))
            found.append(line);
    }
    return found;
}

void LogCapture::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_capture) {
        const QString category = context.category ? QString::fromLatin1(context.category) : QString();
        g_capture->m_lines.append(category + u": "_s + message);
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, message);
}
