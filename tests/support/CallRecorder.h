// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiResult.h"
#include "core/api/ExpressClient.h"

#include <QTest>

#include <memory>
#include <vector>

// Collects what an ExpressClient callback receives, and how many times, so a test can wait for it and
// check that it came exactly once. Copies of the callback share the record.
template<typename T>
class CallRecorder
{
public:
    ExpressClient::Callback<T> callback() const
    {
        return [results = m_results](const ApiResult<T>& result) { results->push_back(result); };
    }

    int count() const { return int(m_results->size()); }
    // Waits (processing events) until the first result arrives.
    bool wait(int timeoutMs = 10000) const
    {
        return QTest::qWaitFor([this] { return count() > 0; }, timeoutMs);
    }
    // Precondition: count() > 0.
    const ApiResult<T>& result() const { return m_results->front(); }
    bool isOk() const { return count() > 0 && result().isOk(); }
    ApiError::Kind errorKind() const { return result().error().kind; }
    // The error's message for QVERIFY2 (which evaluates it even on success); empty when there is none.
    const char* errorText() const
    {
        m_text = count() > 0 && result().isError() ? result().error().message.toUtf8() : QByteArray("no error");
        return m_text.constData();
    }

private:
    mutable QByteArray m_text;
    std::shared_ptr<std::vector<ApiResult<T>>> m_results = std::make_shared<std::vector<ApiResult<T>>>();
};
