// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt's HTTP stack resends a request by itself when the
// connection breaks before the status line arrives (or the status line cannot be read), below the client's own
// retry rules; a body it cannot rewind makes it fail with QNetworkReply::ContentReSendError instead, so a request
// that changes something reaches the server at most once per attempt the client counts. Used with
// QNetworkRequest::DoNotBufferUploadDataAttribute and a Content-Length header, else QNAM buffers it first.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray& body, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Always false: what was read is gone.
    bool reset() override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_read = 0;
};
