// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Sandbox {

// One injected misbehaviour (a status, a broken body, a dropped connection, silence, a stale answer, or latency),
// optionally limited to a method and path, for the next `count` matching requests.
// Spec syntax (README.md): comma-separated items, e.g. "status=429,count=2,retry-after=1".
struct Fault
{
    enum class Action {
        None, // latency and headers only; the request is served normally
        Status, // answer `status` with a JSON error body; the request is not processed
        Malformed, // process, then answer 200 with a body that is not JSON
        Truncate, // process, then answer 200 with the first half of the JSON body (matching Content-Length)
        Close, // process, announce the full Content-Length, send half the body, close the connection
        Hang, // never answer; the connection stays open until the client leaves or the server is destroyed
        Stale, // process, then answer with the customer as it was before the request (a lagging replica)
    };

    static constexpr int Unlimited = -1;

    Action action = Action::None;
    int status = 0;
    int latencyMs = 0;
    int remaining = 1; // Unlimited, or how many more requests this fault applies to
    int skip = 0; // matching requests to let through untouched before the fault applies ("after=N")
    QByteArray retryAfter; // Retry-After header value, empty for none
    QByteArray retryAfterMs; // retry-after-ms header value, empty for none
    std::optional<bool> shouldRetry; // X-Should-Retry header
    QByteArray method; // empty: any method
    QString path; // empty: any path; a trailing '*' matches a prefix

    bool matches(const QByteArray& requestMethod, const QString& requestPath) const;
    // The extra response headers this fault asks for.
    QList<QPair<QByteArray, QByteArray>> headers() const;
    // The fault written back in spec syntax (count shows what remains).
    QString toSpec() const;

    // Parses one spec; returns nullopt with the reason in *errorMessage when it is not valid.
    static std::optional<Fault> parse(const QString& spec, QString* errorMessage = nullptr);
    // Statuses a fault may answer with.
    static bool isSupportedStatus(int status);
};

} // namespace Sandbox
