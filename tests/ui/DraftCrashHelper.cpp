// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// draft-crash-helper WORKSPACE: for tst_draftcrash, a program to be killed. Opens a customer of an in-process
// sandbox in a CustomerSession, keeps its edits in the workspace database WORKSPACE through a DraftKeeper (the
// app's own delay), adds an invalid row (an empty key), then renames the customer every 40 ms forever, printing
// "customer ID", "baseline NAME" and "edit N" (the name is then "NAME edit N") as it goes, until it is killed.
#include "core/api/ExpressClient.h"
#include "core/model/MetadataDocument.h"
#include "core/store/WorkspaceStore.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "ui/customer/CustomerSession.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/metadata/MetadataCommands.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

void say(const QString& line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fputs("usage: draft-crash-helper WORKSPACE\n", stderr);
        return 2;
    }
    auto store = WorkspaceStore::open(app.arguments().at(1));
    if (store.isError()) {
        std::fputs(qPrintable(store.error().message + u'\n'), stderr);
        return 1;
    }
    Sandbox::SandboxServer server;
    const QList<Sandbox::CustomerRecord> customers = Sandbox::SandboxSeed::generate(5, 3);
    server.store().reset(customers);
    if (!server.start())
        return 1;
    QNetworkAccessManager nam;
    ClientOptions options;
    options.baseUrl = server.baseUrl();
    options.apiKey = server.apiKey();
    ExpressClient client(&nam, options);
    CustomerSession session(&client, customers.first().id);
    QTimer typing;
    int edits = 0;
    QObject::connect(&session, &CustomerSession::loaded, &app, [&] {
        new DraftKeeper(&session, store.value(), &session);
        const QString baseline = session.name();
        say(u"customer "_s + session.customerId());
        say(u"baseline "_s + baseline);
        MetadataCommands::push(
            session.undoStack(), MetadataCommands::appendRow(session.metadata(), {QString(), u"orphan"_s}));
        QObject::connect(&typing, &QTimer::timeout, &app, [&, baseline] {
            ++edits;
            session.setName(baseline + u" edit %1"_s.arg(edits));
            say(u"edit %1"_s.arg(edits));
        });
        typing.start(40);
    });
    return app.exec();
}
