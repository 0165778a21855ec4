// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/ClientTestCase.h"

#include <QTest>

ClientTestCase::ClientTestCase(quint32 seed, int count, ClientTestBed::OptionsChange options, QObject* parent)
    : QObject(parent)
    , m_seed(seed)
    , m_count(count)
    , m_options(std::move(options))
{ }

void ClientTestCase::initTestCase()
{
    m_bed.keyLeakCheck().start();
}

void ClientTestCase::init()
{
    QVERIFY(m_bed.restart(m_seed, m_count, m_options));
}

void ClientTestCase::cleanup()
{
    m_bed.stop();
}

void ClientTestCase::cleanupTestCase()
{
    m_bed.keyLeakCheck().verify();
}
