// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QThread;

// The sandbox API inside the app (express-admin --sandbox): a Sandbox::SandboxServer with seeded demo customers,
// on 127.0.0.1 only, running on its own QThread so that it never competes with the window for the GUI thread.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(QObject* parent = nullptr);
    // Stops the server's thread (waits for it: the server only has to close its sockets).
    ~EmbeddedSandbox() override;

    // Starts the thread and, on it, seeds and starts the server on port (0: any free one); started() or failed()
    // follows. Once only: after failed(), a new attempt takes a new object.
    void start(quint32 seed = 1, int customerCount = 30, quint16 port = 0);
    bool isRunning() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }

Q_SIGNALS:
    void started(const QUrl& baseUrl, const QString& apiKey);
    void failed(const QString& message);

private:
    void onStarted(bool ok, const QUrl& baseUrl, const QString& apiKey, const QString& error);

    QThread* m_thread = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
};
