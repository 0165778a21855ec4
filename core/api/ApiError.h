// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

// Why an API call failed, as data: the kind (as the vendor SDKs classify errors), the HTTP status and the
// server's own words when there were any, and a message written for a person. Never holds the API key.
class ApiError
{
    Q_GADGET

public:
    enum class Kind {
        BadRequest, // 400
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409
        UnprocessableEntity, // 422
        RateLimited, // 429
        ClientError, // any other 4xx
        ServerError, // 5xx
        Connection, // no HTTP answer: refused, reset, closed mid-response, DNS, TLS
        Timeout, // no complete answer within the per-attempt timeout
        InvalidResponse, // an answer that is not what the contract promises: not JSON, wrong shape, too large
        InvalidRequest, // refused before sending: malformed id, insecure URL, missing key, invalid edit
        Cancelled, // cancelled by the caller
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Connection;
    // 0 when no HTTP status was received.
    int httpStatus = 0;
    // The server's message when its body had one (message, error, error.message or detail; else the
    // raw text, shortened). Empty otherwise.
    QString serverMessage;
    // The request id header the server sent (x-request-id and similar), for support tickets.
    QString requestId;
    // The whole explanation for a person, translated; names the profile when one is known.
    QString message;
    // What the server asked us to wait (retry-after-ms or Retry-After), when it said so.
    std::optional<std::chrono::milliseconds> retryAfter;
    // How many attempts were made (1 + retries).
    int attempts = 1;
    // True when the request may have taken effect although it failed (e.g. a create that timed out):
    // the caller must check before trying again.
    bool mayHaveTakenEffect = false;
    // The server answered X-Should-Retry: false: repeating the same request will not help.
    bool serverForbidsRetry = false;

    bool isHttpError() const { return httpStatus != 0; }

    // The kind for an HTTP error status (400..599).
    static Kind kindForStatus(int httpStatus);
};
