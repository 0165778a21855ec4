// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tests/support/LogCapture.h"

#include <QStringList>

#include <optional>

// Captures every log line of a test case and checks at its end that none holds an API key the tests used,
// and that the capture saw the client's own log (else it proves nothing).
class KeyLeakCheck
{
public:
    // From initTestCase(), not earlier: Qt Test installs its own message handler when the run starts.
    void start();
    void addKey(const QString& key);
    // From cleanupTestCase(): stops capturing, then fails the current test function (QVERIFY2) on a leak.
    void verify();

private:
    std::optional<LogCapture> m_capture;
    QStringList m_keys;
};
