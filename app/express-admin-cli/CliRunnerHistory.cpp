// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// CliRunner and the history: every write goes through JournaledWrites (journaled before it is sent), and the history
// command shows the journal.
#include "CliRunner.h"
#include "HistoryFormatter.h"

#include "core/store/HistoryJournal.h"
#include "core/store/HistoryJson.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/JournaledWrites.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// Entries read from the store at a time while printing.
constexpr int kHistoryPage = 500;

} // namespace

JournaledWrites* CliRunner::writes()
{
    if (m_writes)
        return m_writes;
    auto opened = WorkspaceStore::open(workspacePath());
    if (opened.isError()) {
        fail(CliError {ExitCode::Failure, u"HistoryUnavailable"_s, 0,
            tr("Nothing was sent: the change could not be recorded in the history first. %1")
                .arg(opened.error().message),
            {}, {}});
        return nullptr;
    }
    if (!opened.value()->recoveryNotice().isEmpty())
        m_console.err(opened.value()->recoveryNotice());
    m_workspace = opened.value();
    m_writes = new JournaledWrites(
        m_client, opened.value(), HistoryOrigin::current(m_client->options().baseUrl, m_environment), this);
    connect(m_writes, &JournaledWrites::notJournaled, this, [this] { m_notJournaled = true; });
    connect(m_writes, &JournaledWrites::historyIncomplete, this, [this](const StoreError& error) {
        m_console.err(tr("express-admin-cli: warning: the change was made, but the history could not record all of "
                         "it: %1")
                          .arg(error.message));
    });
    return m_writes;
}

void CliRunner::runHistory()
{
    const std::shared_ptr<WorkspaceStore> store = openWorkspace();
    if (!store)
        return;
    const HistoryJournal journal(store);
    HistoryFilter filter;
    filter.customerId = m_request.customerId;
    filter.since = m_request.since;
    filter.limit = kHistoryPage;
    QJsonArray all; // JSON only: one document
    for (;; filter.offset += kHistoryPage) {
        const auto page = journal.entries(filter);
        if (page.isError())
            return fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, page.error().message, {}, {}});
        for (const HistoryEntry& entry : page.value()) {
            if (m_console.isJson())
                all.append(HistoryJson::toJson(entry));
            else
                m_console.out(HistoryFormatter::entry(entry));
        }
        if (page.value().size() < kHistoryPage) {
            if (filter.offset == 0 && page.value().isEmpty() && !m_console.isJson())
                m_console.out(HistoryFormatter::none());
            break;
        }
    }
    if (m_console.isJson())
        m_console.outJson(QJsonObject {{u"history"_s, all}});
    finish(ExitCode::Success);
}
