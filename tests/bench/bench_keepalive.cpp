// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// bench_keepalive: pages of 100 customers per second from a sandbox, over one kept-alive connection and over a
// fresh connection per page, in one run against one sandbox so the ratio compares. Before TCP_NODELAY, every page
// read again over a kept-alive connection waited about 40 ms (Nagle's algorithm meeting the client's delayed ACK).
// The sandbox runs on its own thread; the client is a plain blocking QTcpSocket, so nothing but HTTP/1.1 framing
// sits between the two.
// Usage: bench_keepalive [PAGES]   (default 200)

#include "tests/bench/BenchOutput.h"
#include "tests/bench/ThreadedSandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int TimeoutMs = 10000;

// Sends one GET of a page of 100 and reads the whole answer; the body size, or nothing on any failure.
std::optional<qsizetype> readPage(QTcpSocket& socket, const QByteArray& request)
{
    socket.write(request);
    QByteArray received;
    qsizetype headerEnd = -1;
    while ((headerEnd = received.indexOf("\r\n\r\n")) < 0) {
        if (!socket.waitForReadyRead(TimeoutMs))
            return std::nullopt;
        received += socket.readAll();
    }
    if (!received.startsWith("HTTP/1.1 200"))
        return std::nullopt;
    qsizetype length = -1;
    for (const QByteArray& line : received.left(headerEnd).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length = trimmed.mid(15).trimmed().toLongLong();
    }
    if (length < 0)
        return std::nullopt;
    const qsizetype total = headerEnd + 4 + length;
    while (received.size() < total) {
        if (!socket.waitForReadyRead(TimeoutMs))
            return std::nullopt;
        received += socket.readAll();
    }
    return length;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int pages = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    if (pages <= 0) {
        printLine(u"usage: bench_keepalive [PAGES]"_s);
        return 1;
    }

    const ThreadedSandbox sandbox(100);
    if (!sandbox.isRunning()) {
        printLine(u"cannot start the sandbox: "_s + sandbox.errorString());
        return 1;
    }
    const quint16 port = sandbox.port();
    const QByteArray request = "GET /v1/express?limit=100 HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nAuthorization: Bearer " + sandbox.apiKey().toUtf8() + "\r\nAccept: application/json\r\n\r\n";

    // Warm-up: one page over each kind of connection.
    int failures = 0;
    QElapsedTimer timer;
    double keptAliveSeconds = 0;
    double freshSeconds = 0;
    qsizetype pageBytes = 0;
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        if (!socket.waitForConnected(TimeoutMs) || !readPage(socket, request)) {
            printLine(u"cannot read a page from the sandbox"_s);
            return 1;
        }
        timer.start();
        for (int i = 0; i < pages; ++i) {
            const auto size = readPage(socket, request);
            failures += size ? 0 : 1;
            pageBytes = size.value_or(pageBytes);
        }
        keptAliveSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }
    timer.start();
    for (int i = 0; i < pages; ++i) {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        failures += socket.waitForConnected(TimeoutMs) && readPage(socket, request) ? 0 : 1;
        socket.disconnectFromHost();
    }
    freshSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    const double keptAlive = pages / keptAliveSeconds;
    const double fresh = pages / freshSeconds;
    printLine(u"%1 pages of 100 customers (%2 bytes each)"_s.arg(pages).arg(pageBytes));
    printLine(u"one kept-alive connection: %1 pages/s (%2 ms per page)"_s.arg(keptAlive, 0, 'f', 1)
                  .arg(keptAliveSeconds * 1000 / pages, 0, 'f', 2));
    printLine(u"a fresh connection per page: %1 pages/s (%2 ms per page)"_s.arg(fresh, 0, 'f', 1)
                  .arg(freshSeconds * 1000 / pages, 0, 'f', 2));
    printLine(u"kept-alive / fresh: %1"_s.arg(keptAlive / fresh, 0, 'f', 2));
    if (failures > 0)
        printLine(u"%1 page reads failed"_s.arg(failures));
    return failures == 0 ? 0 : 1;
}
