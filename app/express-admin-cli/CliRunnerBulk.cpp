// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// CliRunner's bulk command: the customers a search, an ids file or the whole mirror chooses, the preview (--dry-run,
// and before the question on a terminal), a BulkSession run with progress on a terminal, its report, and --resume.
#include "BulkFormatter.h"
#include "CliRunner.h"

#include "core/bulk/BulkPreview.h"
#include "core/bulk/BulkSession.h"
#include "core/model/Validation.h"
#include "core/store/CustomerSearch.h"
#include "core/sync/JournaledWrites.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

using ItemState = BulkItemRecord::State;
using Selection = BulkRunRecord::Selection;

namespace {

// An ids file: one id per line; blank lines and lines starting with # left out; each id once, in the file's order.
std::optional<QStringList> readIds(const QString& path, QStringList* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        problems->append(CliRunner::tr("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QStringList ids;
    QSet<QString> seen;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (!Validation::isValidCustomerId(line)) {
            problems->append(
                CliRunner::tr("%1, line %2: “%3” is not a customer id.").arg(path).arg(lineNumber).arg(line));
            continue;
        }
        if (!seen.contains(line)) {
            seen.insert(line);
            ids.append(line);
        }
    }
    if (!problems->isEmpty())
        return std::nullopt;
    return ids;
}

} // namespace

void CliRunner::runBulk()
{
    if (!writes())
        return;
    if (m_request.bulkResume)
        return resumeBulk();
    const std::optional<QStringList> ids = bulkTargets();
    if (!ids)
        return;
    if (ids->isEmpty()) {
        m_console.err(tr("No customers are chosen; nothing to do."));
        if (m_console.isJson()) {
            m_console.outJson(m_request.dryRun ? BulkFormatter::previewJson(m_request.bulkOperations, {})
                                               : BulkFormatter::reportJson(BulkRunRecord(), {}, 0));
        }
        return finish(ExitCode::Success);
    }
    // Refused before anything is read: without --yes the run needs a terminal to ask on.
    if (!m_request.dryRun && !m_request.yes && !Console::canAsk()) {
        return fail(CliError::invalidInput(
            tr("This would change up to %1 customers; without a terminal to ask on, nothing is sent unless --yes is "
               "given.")
                .arg(QLocale().toString(ids->size()))));
    }
    if (m_request.dryRun || !m_request.yes)
        return previewBulk(*ids);
    startBulk(*ids);
}

std::optional<QStringList> CliRunner::bulkTargets()
{
    if (m_request.bulkSelection == Selection::IdsFile) {
        QStringList problems;
        const std::optional<QStringList> ids = readIds(m_request.idsFile, &problems);
        if (!ids)
            fail(CliError::invalidInput(tr("The ids file cannot be used; nothing was sent."), problems));
        return ids;
    }
    // A search and "all" choose from the mirror as the last sync left it.
    const CustomerSearch search(m_workspace);
    const auto lastSync = search.lastSync();
    if (lastSync.isError()) {
        fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, lastSync.error().message, {}, {}});
        return std::nullopt;
    }
    if (!lastSync.value().completedAt) {
        fail(CliError {ExitCode::Failure, u"MirrorEmpty"_s, 0,
            tr("No customers are mirrored for this connection yet: run express-admin-cli sync first (--search and "
               "--all choose from the mirror), or give --ids FILE."),
            {}, {}});
        return std::nullopt;
    }
    const SearchQuery query =
        m_request.bulkSelection == Selection::Search ? SearchQuery::parse(m_request.query) : SearchQuery();
    const auto ids = search.ids(query);
    if (ids.isError()) {
        fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, ids.error().message, {}, {}});
        return std::nullopt;
    }
    m_console.err(tr("%1 customers chosen from the mirror synced at %2; customers created since are not among them "
                     "(express-admin-cli sync first to include them).")
                      .arg(QLocale().toString(ids.value().size()),
                          lastSync.value().completedAt->toLocalTime().toString(Qt::ISODate)));
    return ids.value();
}

void CliRunner::previewBulk(const QStringList& ids)
{
    // Read now from the API, as the run will read each customer again right before its change.
    auto* preview = new BulkPreview(m_client, m_workspace, this);
    connect(preview, &BulkPreview::progress, this, [this](int planned, int total) {
        m_console.progress(
            tr("Reading customers: %1 of %2…").arg(QLocale().toString(planned), QLocale().toString(total)));
    });
    connect(preview, &BulkPreview::finished, this, [this, preview, ids] {
        m_console.finishProgress();
        const QList<BulkCustomerPlan> plans = preview->plans();
        if (m_request.dryRun) {
            if (m_console.isJson()) {
                m_console.outJson(BulkFormatter::previewJson(m_request.bulkOperations, plans));
            } else {
                m_console.out(BulkFormatter::preview(plans));
                m_console.out(BulkFormatter::previewSummary(plans));
                m_console.out(tr("Dry run: nothing was sent."));
            }
            return finish(ExitCode::Success);
        }
        m_console.err(BulkFormatter::preview(plans, 20));
        m_console.err(BulkFormatter::previewSummary(plans));
        const bool changes = std::any_of(plans.cbegin(), plans.cend(),
            [](const BulkCustomerPlan& plan) { return plan.outcome != BulkCustomerPlan::Outcome::Skip; });
        if (!changes) {
            m_console.err(tr("Every customer is already as asked: nothing to send."));
            return finish(ExitCode::Success);
        }
        if (!confirmBulk(tr("Send these changes (%1)? [y/N]").arg(BulkFormatter::operations(m_request.bulkOperations))))
            return;
        startBulk(ids);
    });
    preview->start(m_request.bulkOperations, ids, BulkPreview::Source::Api);
}

bool CliRunner::confirmBulk(const QString& question)
{
    if (m_request.yes)
        return true;
    if (!Console::canAsk()) {
        fail(CliError::invalidInput(tr("Without a terminal to ask on, nothing is sent unless --yes is given.")));
        return false;
    }
    if (m_console.ask(question))
        return true;
    m_console.err(tr("Nothing was sent."));
    finish(ExitCode::Failure);
    return false;
}

void CliRunner::startBulk(const QStringList& ids)
{
    auto* session = new BulkSession(m_client, m_writes, m_workspace, this);
    BulkRunRecord run;
    run.operations = m_request.bulkOperations;
    run.selection = m_request.bulkSelection;
    run.selectionText = m_request.bulkSelection == Selection::Search ? m_request.query
        : m_request.bulkSelection == Selection::IdsFile              ? m_request.idsFile
                                                                     : QString();
    run.concurrency = m_request.concurrency.value_or(BulkSession::kDefaultConcurrency);
    if (auto failure = session->create(run, BulkSession::itemsFor(ids)))
        return fail(CliError {ExitCode::Failure, u"HistoryUnavailable"_s, 0,
            tr("Nothing was sent: the bulk change could not be recorded in the workspace first. %1")
                .arg(failure->message),
            {}, {}});
    runBulkSession(session);
}

void CliRunner::resumeBulk()
{
    const BulkJournal journal(m_workspace);
    const auto latest = journal.latestUnfinished(m_writes->origin().connection);
    if (latest.isError())
        return fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, latest.error().message, {}, {}});
    if (!latest.value())
        return fail(CliError {ExitCode::Failure, u"NothingToResume"_s, 0,
            tr("There is no unfinished bulk change on this connection."), {}, {}});
    auto* session = new BulkSession(m_client, m_writes, m_workspace, this);
    if (auto failure = session->open(latest.value()->id))
        return fail(CliError {ExitCode::Failure, u"Workspace"_s, 0, failure->message, {}, {}});
    const BulkRunRecord& run = session->run();
    const BulkProgress progress = session->progress();
    m_console.err(tr("Going on with the bulk change %1 started %2 by %3 (%4): %5 customers, %6 left, of which %7 "
                     "are checked first (their change may have been sent).")
                      .arg(run.id, run.createdAt.toLocalTime().toString(Qt::ISODate), run.osUser,
                          BulkFormatter::operations(run.operations), QLocale().toString(progress.total),
                          QLocale().toString(progress.left()),
                          QLocale().toString(std::count_if(session->items().cbegin(), session->items().cend(),
                              [](const BulkItemRecord& item) { return item.state == ItemState::InFlight; }))));
    if (!confirmBulk(tr("Go on? [y/N]")))
        return;
    if (m_request.concurrency)
        session->setConcurrency(*m_request.concurrency);
    runBulkSession(session);
}

void CliRunner::runBulkSession(BulkSession* session)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(session, &BulkSession::progressChanged, this,
        [this](const BulkProgress& progress) { m_console.progress(BulkFormatter::progress(progress)); });
    connect(session, &BulkSession::storeFailed, this, [this](const StoreError& error) {
        m_console.finishProgress();
        m_console.err(
            tr("express-admin-cli: the workspace cannot be written, so nothing more is sent: %1").arg(error.message));
    });
    connect(session, &BulkSession::stateChanged, this, [this, session, clock](BulkSession::State state) {
        if (state == BulkSession::State::Finished || state == BulkSession::State::Paused
            || state == BulkSession::State::Cancelled)
            reportBulk(session, double(clock->elapsed()) / 1000.0);
    });
    session->start();
}

void CliRunner::reportBulk(BulkSession* session, double seconds)
{
    m_console.finishProgress();
    const QList<BulkItemRecord>& items = session->items();
    if (m_console.isJson())
        m_console.outJson(BulkFormatter::reportJson(session->run(), items, seconds));
    else
        m_console.out(BulkFormatter::report(session->run(), items, seconds));
    // 0 only when every customer was changed or already as asked; else the worst code among those that were not.
    ExitCode worst = ExitCode::Success;
    for (const BulkItemRecord& item : items) {
        ExitCode code = ExitCode::Success;
        if (item.state == ItemState::Failed || item.state == ItemState::Uncertain)
            code = CliError::exitCodeForKind(item.errorKind);
        else if (item.state == ItemState::Planned || item.state == ItemState::InFlight)
            code = ExitCode::Failure;
        worst = std::max(worst, code);
    }
    if (session->state() != BulkSession::State::Finished)
        m_console.err(tr("The bulk change stopped before its end; express-admin-cli bulk --resume goes on with it."));
    finish(worst);
}
