// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tests/support/ClientTestBed.h"

#include <QObject>

// Base of the API client's Qt Test cases: a fresh ClientTestBed before every test function, and after the last
// one the check that no captured log line held an API key. Qt Test runs these slots for the subclass.
class ClientTestCase : public QObject
{
    Q_OBJECT

protected:
    // Each test function starts with SandboxSeed::generate(seed, count) and a client with options changed so.
    ClientTestCase(quint32 seed, int count, ClientTestBed::OptionsChange options, QObject* parent = nullptr);

    ClientTestBed& bed() { return m_bed; }
    ExpressClient& client() const { return m_bed.client(); }
    Sandbox::SandboxServer& server() const { return m_bed.server(); }
    void setOptions(const ClientTestBed::OptionsChange& change) { m_bed.setOptions(change); }
    QList<Sandbox::RequestRecord> records(const QByteArray& method = {}) const { return m_bed.records(method); }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

private:
    const quint32 m_seed;
    const int m_count;
    const ClientTestBed::OptionsChange m_options;
    ClientTestBed m_bed;
};
