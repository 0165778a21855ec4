// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/KeyLeakCheck.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

void KeyLeakCheck::start()
{
    m_capture.emplace();
}

void KeyLeakCheck::addKey(const QString& key)
{
    if (!m_keys.contains(key))
        m_keys.append(key);
}

void KeyLeakCheck::verify()
{
    QVERIFY2(m_capture.has_value(), "KeyLeakCheck::start() was never called");
    const QStringList lines = m_capture->lines();
    m_capture.reset();
    QVERIFY2(lines.size() > 10, "the log capture saw nothing, so it proves nothing");
    QVERIFY2(!lines.filter(u"expressadmin.api"_s).isEmpty(), "the log capture never saw the client's log");
    QVERIFY2(!m_keys.isEmpty(), "no API key to look for");
    for (const QString& key : std::as_const(m_keys)) {
        for (const QString& line : lines)
            QVERIFY2(!line.contains(key), "a log line holds the API key");
    }
}
