// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ClientOptions.h"
#include "sandbox/RequestRecord.h"
#include "tests/support/KeyLeakCheck.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

class ExpressClient;
class QNetworkAccessManager;

namespace Sandbox {
class SandboxServer;
}

// The API client's tests' fixture: a seeded in-process sandbox, a proxy-free QNetworkAccessManager and an
// ExpressClient pointed at the sandbox, made afresh for each test function, plus the key leak check of the case.
class ClientTestBed
{
public:
    using OptionsChange = std::function<void(ClientOptions&)>;

    ClientTestBed();
    ~ClientTestBed();
    ClientTestBed(const ClientTestBed&) = delete;
    ClientTestBed& operator=(const ClientTestBed&) = delete;

    // Replaces sandbox, QNAM and client. The sandbox holds SandboxSeed::generate(seed, count); the client
    // gets the sandbox's URL and key, then whatever change sets. The key joins keyLeakCheck(). False (with
    // a warning) when the sandbox cannot listen.
    bool restart(quint32 seed, int count, const OptionsChange& change = {});
    // Drops client, QNAM and sandbox, in that order (for cleanup()).
    void stop();

    // Preconditions: restart() succeeded, stop() not called since.
    ExpressClient& client() const;
    Sandbox::SandboxServer& server() const;
    // The client's network access manager, for code under test that builds its own calls (the connection dialog).
    QNetworkAccessManager& nam() const;
    // Changes the running client's options.
    void setOptions(const OptionsChange& change);
    // The requests the sandbox recorded with this method (all of them for an empty one), oldest first.
    QList<Sandbox::RequestRecord> records(const QByteArray& method = {}) const;

    KeyLeakCheck& keyLeakCheck() { return m_keyLeakCheck; }

private:
    KeyLeakCheck m_keyLeakCheck;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExpressClient> m_client;
};
