// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// CliRunner's workspace commands: sync mirrors the list into the local store, search answers from it.
#include "CliRunner.h"
#include "CustomerFormatter.h"

#include "core/io/CustomerJson.h"
#include "core/store/CustomerSearch.h"
#include "core/store/WorkspaceLocation.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/CustomerSync.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

// Customers read from the store at a time while printing.
constexpr int kSearchPage = 500;

} // namespace

QString CliRunner::workspacePath() const
{
    if (m_request.sandbox)
        return WorkspaceLocation::sandboxPath();
    QUrl baseUrl = ClientOptions::fromEnvironment(m_environment).baseUrl;
    if (m_request.baseUrl)
        baseUrl = *m_request.baseUrl;
    return WorkspaceLocation::pathFor(baseUrl);
}

std::shared_ptr<WorkspaceStore> CliRunner::openWorkspace()
{
    auto opened = WorkspaceStore::open(workspacePath());
    if (opened.isError()) {
        fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, opened.error().message, {}, {}});
        return nullptr;
    }
    if (!opened.value()->recoveryNotice().isEmpty())
        m_console.err(opened.value()->recoveryNotice());
    return opened.value();
}

void CliRunner::runSync()
{
    const std::shared_ptr<WorkspaceStore> store = openWorkspace();
    if (!store)
        return;
    auto* sync = new CustomerSync(m_client, store, this);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(sync, &CustomerSync::progress, this,
        [this](int customers) { m_console.progress(tr("Synced %1 customers…").arg(QLocale().toString(customers))); });
    connect(sync, &CustomerSync::finished, this, [this, timer](const SyncOutcome& outcome) {
        m_console.finishProgress();
        if (outcome.apiError)
            return failApi(*outcome.apiError);
        if (outcome.status != SyncOutcome::Status::Completed)
            return fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, outcome.message(), {}, {}});
        const double seconds = double(timer->elapsed()) / 1000.0;
        if (m_console.isJson()) {
            m_console.outJson(QJsonObject {
                {u"synced"_s, outcome.customers}, {u"dropped"_s, outcome.dropped}, {u"seconds"_s, seconds}});
        } else {
            // No %n plural: "Synced 12,300 customers" reads the same to a script for any count.
            m_console.out(tr("Synced %1 customers in %2 s.")
                              .arg(QLocale().toString(outcome.customers), QString::number(seconds, 'f', 1)));
            if (outcome.dropped > 0)
                m_console.out(tr("Dropped customers no longer listed: %1.").arg(QLocale().toString(outcome.dropped)));
        }
        finish(ExitCode::Success);
    });
    sync->start(100);
}

void CliRunner::runSearch()
{
    const std::shared_ptr<WorkspaceStore> store = openWorkspace();
    if (!store)
        return;
    const CustomerSearch search(store);
    const auto lastSync = search.lastSync();
    if (lastSync.isError())
        return fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, lastSync.error().message, {}, {}});
    if (lastSync.value().customers == 0 && !lastSync.value().completedAt) {
        return fail(CliError {ExitCode::Failure, u"MirrorEmpty"_s, 0,
            tr("No customers are mirrored for this connection yet: run express-admin-cli sync first."), {}, {}});
    }

    const SearchQuery query = SearchQuery::parse(m_request.query);
    const auto count = search.count(query);
    if (count.isError())
        return fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, count.error().message, {}, {}});
    QList<Customer> all; // JSON only: one document
    for (qint64 offset = 0; offset < count.value(); offset += kSearchPage) {
        const auto page = search.page(query, offset, kSearchPage);
        if (page.isError())
            return fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, page.error().message, {}, {}});
        if (m_console.isJson()) {
            all += page.value();
            continue;
        }
        if (offset == 0)
            m_console.out(CustomerFormatter::streamedTableHeader());
        m_console.out(CustomerFormatter::streamedTableRows(page.value()));
    }
    if (m_console.isJson())
        m_console.outJson(CustomerFormatter::toJson(CustomerPage {all, false, {}}));
    else if (count.value() == 0)
        m_console.out(CustomerFormatter::table({}));

    const std::optional<QDateTime> synced = lastSync.value().completedAt;
    const QString found = QLocale().toString(count.value());
    m_console.err(synced ? tr("Customers found: %1, in the mirror synced at %2.")
                               .arg(found, synced->toLocalTime().toString(Qt::ISODate))
                         : tr("Customers found: %1, in a mirror whose last sync did not complete.").arg(found));
    finish(ExitCode::Success);
}
