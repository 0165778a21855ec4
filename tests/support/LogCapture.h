// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QtMessageHandler>

// Records every log line of the test process (with expressadmin.* debug output switched on) so a test can
// assert that no line holds a secret. One instance at a time; it restores the previous handler when
// destroyed. Warnings and worse are passed on to the previous handler too.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList lines() const { return m_lines; }
    // Lines that contain text (case-sensitive).
    QStringList linesContaining(const QString& text) const;

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);

    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};
