// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiEndpoint.h"
#include "core/api/ApiError.h"
#include "core/api/ApiErrorFactory.h"
#include "core/api/ApiRequest.h"
#include "core/api/ClientOptions.h"
#include "core/api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// One call of ExpressClient in flight: sends its request (and, for the list of all customers, the next ones),
// retries as RetryPolicy says, enforces the per-attempt timeout and the response size cap, and ends exactly
// once: with the success handler's delivery, an error, or Cancelled. Owned by the client.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using Id = quint64;
    // Receives the body of a 2xx answer; must end with succeed(), failInvalidResponse() or send().
    using SuccessHandler = std::function<void(const QByteArray& body)>;
    using ErrorHandler = std::function<void(const ApiError& error)>;

    ApiCall(Id id, QNetworkAccessManager* nam, const ClientOptions& options, QObject* parent = nullptr);
    // Aborts a request in flight without any callback.
    ~ApiCall() override;

    Id id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    // Attempts made for the current request so far.
    int attempts() const { return m_attempts; }
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    // Sends the request on the next turn of the event loop, so that the caller holds the id first.
    void start(const ApiRequest& request, SuccessHandler onSuccess);
    // Fails with this (InvalidRequest) error on the next turn of the event loop, without sending anything.
    void refuse(const ApiError& error);
    // Sends a follow-up request at once (the next page), with a fresh retry count.
    void send(const ApiRequest& request, SuccessHandler onSuccess);
    // Ends the call: the 2xx answer could not be read.
    void failInvalidResponse(const QString& detail);
    // The error failInvalidResponse() ends with, completed, without ending the call (kept while the client reads
    // the customer again after an unreadable answer to a change).
    ApiError unreadableAnswer(const QString& detail) const;
    // Ends the call successfully; deliver runs once, after ended().
    void succeed(const std::function<void()>& deliver);
    // Ends the call at once with Cancelled; nothing arrives later.
    void cancel();

Q_SIGNALS:
    void retryScheduled(ApiCall::Id id, int nextAttempt, std::chrono::milliseconds delay, const ApiError& cause);
    // The server refused the API key (401); emitted before the call ends with that error.
    void keyRejected(const ApiError& error);
    // The call has ended; emitted just before its callback runs.
    void ended(ApiCall::Id id);

private:
    enum class Abort { None, Timeout, TooLarge };

    void sendAttempt();
    void onFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void onMetaDataChanged();
    void onAttemptTimeout();
    void abortReply(Abort reason);
    void dropReply();
    void fail(ApiError error, bool mayHaveTakenEffect);
    // Ends the call and hands the (completed) error to the error handler.
    void endWithError(const ApiError& error);
    void end(const std::function<void()>& deliver);
    void logAttempt(const QString& outcome) const;

    Id m_id;
    QNetworkAccessManager* m_nam;
    ClientOptions m_options;
    ApiEndpoint m_endpoint;
    RetryPolicy m_policy;
    ApiErrorFactory m_errors;
    ApiRequest m_request;
    SuccessHandler m_onSuccess;
    ErrorHandler m_onError;
    QNetworkReply* m_reply = nullptr;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    Abort m_abort = Abort::None;
    int m_attempts = 0; // of the current request
    int m_lastStatus = 0;
    bool m_finished = false;
    // An earlier attempt of a state-changing request may have been carried out.
    bool m_ambiguous = false;
    QStringList m_sslErrors;
};
