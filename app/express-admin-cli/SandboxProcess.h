// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

// Runs express-sandbox (from the CLI's own directory) as a child process with a fresh random key passed
// through the environment, reports its URL once it listens, and stops it again.
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    explicit SandboxProcess(QObject* parent = nullptr);
    // Stops the child if it still runs.
    ~SandboxProcess() override;

    // Where the executable is expected: next to the running program.
    static QString executablePath();

    // Starts the child; later exactly one of ready() or failed() follows.
    void start();
    // SIGTERM, then a kill if it has not stopped within a few seconds. Blocks until the child is gone.
    void stop();

    QString apiKey() const { return m_apiKey; }

Q_SIGNALS:
    void ready(const QUrl& baseUrl);
    void failed(const QString& message);

private:
    void readOutput();
    void readErrors();
    void fail(const QString& message);

    QProcess m_process;
    QTimer m_startTimeout;
    QString m_apiKey;
    QUrl m_baseUrl;
    QByteArray m_stdout;
    QByteArray m_stderr; // the tail only, for the failure message
    bool m_reported = false;
};
