// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// bench_clientwrites: requests per second through ExpressClient (a real QNetworkAccessManager) over one kept-alive
// connection to a sandbox on its own thread: PATCHes, which carry a body, against GETs of the same customer, which
// do not, in one run. A client that writes a request's head and body in two pieces without TCP_NODELAY makes each
// PATCH wait for the server's delayed ACK (about 40 ms on Linux); the PATCH / GET time ratio shows it.
// Usage: bench_clientwrites [REQUESTS]   (default 50)

#include "core/api/ExpressClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/bench/BenchOutput.h"
#include "tests/bench/ThreadedSandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

// Runs one call (which reports success through done) to its end; false when it failed.
bool runOne(const std::function<void(std::function<void(bool)>)>& call)
{
    QEventLoop loop;
    bool ok = false;
    call([&loop, &ok](bool success) {
        ok = success;
        loop.quit();
    });
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    if (requests <= 0) {
        printLine(u"usage: bench_clientwrites [REQUESTS]"_s);
        return 1;
    }

    const ThreadedSandbox sandbox(10);
    if (!sandbox.isRunning()) {
        printLine(u"cannot start the sandbox: "_s + sandbox.errorString());
        return 1;
    }
    QString customerId;
    sandbox.run([&customerId](Sandbox::SandboxServer& server) { customerId = server.store().customers().first().id; });

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    ClientOptions options;
    options.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(sandbox.port()));
    options.apiKey = sandbox.apiKey();
    ExpressClient client(&nam, options);

    const auto retrieve = [&](std::function<void(bool)> done) {
        client.retrieveCustomer(
            customerId, &client, [done](const ApiResult<Customer>& result) { done(result.isOk()); });
    };
    int counter = 0;
    const auto update = [&](std::function<void(bool)> done) {
        CustomerPatch patch;
        patch.replaceMetadata(Metadata {{u"pass"_s, QString::number(++counter)}});
        client.updateCustomer(
            customerId, patch, &client, [done](const ApiResult<UpdateOutcome>& result) { done(result.isOk()); });
    };

    int failures = 0;
    // Warm-up: opens the connection that the timed requests reuse.
    failures += runOne(retrieve) && runOne(update) ? 0 : 1;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < requests; ++i)
        failures += runOne(retrieve) ? 0 : 1;
    const double getMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / requests;
    timer.start();
    for (int i = 0; i < requests; ++i)
        failures += runOne(update) ? 0 : 1;
    const double patchMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / requests;

    printLine(u"%1 requests of each kind over one kept-alive connection"_s.arg(requests));
    printLine(u"GET (no body): %1 ms per request"_s.arg(getMs, 0, 'f', 2));
    printLine(u"PATCH (with a body): %1 ms per request"_s.arg(patchMs, 0, 'f', 2));
    printLine(u"PATCH / GET: %1"_s.arg(patchMs / getMs, 0, 'f', 2));
    if (failures > 0)
        printLine(u"%1 requests failed"_s.arg(failures));
    return failures == 0 ? 0 : 1;
}
