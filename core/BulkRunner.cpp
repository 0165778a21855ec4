// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkRunner.h"

// Stub: the implementation follows.
BulkRunner::BulkRunner(ExpressClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void BulkRunner::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
}

void BulkRunner::run(const QList<Item>&)
{ }
void BulkRunner::cancel()
{ }
bool BulkRunner::isRunning() const
{
    return false;
}
int BulkRunner::currentConcurrency() const
{
    return m_concurrency;
}
