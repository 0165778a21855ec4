// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT/SIGTERM into a Qt signal on the event loop (self-pipe + QSocketNotifier on Unix).
// Elsewhere it does nothing and the platform's default Ctrl+C handling applies.
class ShutdownSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignalWatcher(QObject* parent = nullptr);
    ~ShutdownSignalWatcher() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};
