// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CliRunner.h"

#include "CliCommand.h"
#include "CustomerFormatter.h"
#include "EditPlan.h"
#include "SandboxProcess.h"

#include "core/api/ExpressClient.h"
#include "core/io/CustomerJson.h"
#include "core/model/UpdateOutcome.h"
#include "core/sync/JournaledWrites.h"

#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// With --all, pages are as large as the API allows.
constexpr int kAllPageSize = 100;

} // namespace

CliRunner::CliRunner(const CliRequest& request, const QProcessEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_environment(environment)
    , m_console(request.json)
{ }

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    const bool edits = m_request.command->edits;
    if (edits && !m_request.edits.metadataFile.isEmpty()) {
        const QString problem = m_request.edits.loadMetadataFile();
        if (!problem.isEmpty())
            return fail(CliError::invalidInput(problem));
    }
    if (edits) {
        // What can be refused without the server is refused before any request.
        const QStringList errors = EditPlan::precheck(m_request.edits);
        if (!errors.isEmpty())
            return fail(CliError::invalidInput(tr("The input is not valid; nothing was sent."), errors));
    }

    if (m_request.command->offline)
        return m_request.command->run(*this);

    if (m_request.sandbox) {
        m_sandbox = new SandboxProcess(this);
        connect(m_sandbox, &SandboxProcess::failed, this, [this](const QString& message) {
            fail(CliError {ExitCode::Failure, u"Sandbox"_s, 0, message, {}, {}});
        });
        connect(m_sandbox, &SandboxProcess::ready, this, [this](const QUrl& baseUrl) {
            ClientOptions options;
            options.baseUrl = baseUrl;
            options.apiKey = m_sandbox->apiKey();
            run(options);
        });
        m_sandbox->start();
        return;
    }

    ClientOptions options = ClientOptions::fromEnvironment(m_environment);
    if (m_request.baseUrl)
        options.baseUrl = *m_request.baseUrl;
    if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty())
        return fail(CliError::invalidInput(tr("AVARA_BASE_URL is not a valid URL.")));
    if (options.apiKey.trimmed().isEmpty()) {
        return fail(CliError::invalidInput(tr("AVARA_API_KEY is not set. Put the API key in the environment variable "
                                              "AVARA_API_KEY (it is never taken from the command line), or try "
                                              "--sandbox for a local demo.")));
    }
    run(options);
}

void CliRunner::run(const ClientOptions& baseOptions)
{
    ClientOptions options = baseOptions;
    if (m_request.retries)
        options.maxRetries = *m_request.retries;
    if (m_request.timeout)
        options.attemptTimeout = *m_request.timeout;
    if (options.userAgent.isEmpty())
        options.userAgent = u"express-admin-cli/"_s + QStringLiteral(EXPRESSADMIN_VERSION);
    m_client = new ExpressClient(&m_nam, options, this);

    m_request.command->run(*this);
}

void CliRunner::runList()
{
    if (m_request.all)
        return listAll();
    m_client->listCustomers(m_request.cursor, m_request.limit, this, [this](const ApiResult<CustomerPage>& result) {
        if (result.isError())
            return failApi(result.error());
        const CustomerPage& page = result.value();
        if (m_console.isJson()) {
            m_console.outJson(CustomerFormatter::toJson(page));
        } else {
            m_console.out(CustomerFormatter::table(page.customers));
            if (page.hasMore)
                m_console.err(
                    tr("More customers follow: use --all, or --cursor %1 for the next page.").arg(page.nextCursor));
        }
        finish(ExitCode::Success);
    });
}

void CliRunner::listAll()
{
    // Each page is printed as it arrives and then dropped: memory stays that of one page, however many there are.
    const int pageSize = m_request.limit > 0 ? m_request.limit : kAllPageSize;
    auto printed = std::make_shared<int>(0);
    const auto printPage = [this, printed](const QList<Customer>& customers) {
        if (customers.isEmpty())
            return;
        if (m_console.isJson()) {
            m_console.outPart((*printed == 0 ? "[\n"_ba : ",\n"_ba) + CustomerFormatter::jsonArrayElements(customers));
        } else {
            if (*printed == 0)
                m_console.out(CustomerFormatter::streamedTableHeader());
            m_console.out(CustomerFormatter::streamedTableRows(customers));
        }
        *printed += int(customers.size());
    };
    m_client->forEachCustomerPage(pageSize, this, printPage, [this, printed](const ApiResult<int>& result) {
        if (result.isError()) {
            if (*printed == 0 || !m_console.isJson())
                return failApi(result.error());
            // The array stays open, so that no JSON reader takes the pages so far for the whole list; the error
            // goes to stderr, after a line break that ends the last element.
            m_console.outPart("\n"_ba);
            const CliError failure = apiFailure(result.error());
            Console(false).error(failure);
            return finish(failure.exitCode);
        }
        if (m_console.isJson())
            m_console.outPart(*printed == 0 ? "[\n]\n"_ba : "\n]\n"_ba);
        else if (*printed == 0)
            m_console.out(CustomerFormatter::table({}));
        finish(ExitCode::Success);
    });
}

void CliRunner::runGet()
{
    m_client->retrieveCustomer(m_request.customerId, this, [this](const ApiResult<Customer>& result) {
        if (result.isError())
            return failApi(result.error());
        showCustomer(result.value());
        finish(ExitCode::Success);
    });
}

void CliRunner::runUpdate()
{
    m_client->retrieveCustomer(m_request.customerId, this, [this](const ApiResult<Customer>& result) {
        if (result.isError())
            return failApi(result.error());
        applyUpdate(result.value());
    });
}

void CliRunner::applyUpdate(const Customer& customer)
{
    const EditPlan plan = EditPlan::make(customer, m_request.edits);
    if (refuseInvalid(plan, tr("The changes are not valid; nothing was sent.")))
        return;

    if (plan.patch.isEmpty()) {
        if (m_console.isJson()) {
            m_console.err(tr("No changes."));
            m_console.outJson(CustomerJson::toJson(customer));
        } else {
            m_console.out(tr("No changes."));
        }
        return finish(ExitCode::Success);
    }

    // The review: on stdout for people, on stderr when stdout is for JSON.
    for (const CustomerChange& change : plan.changes) {
        if (m_console.isJson())
            m_console.err(change.describe());
        else
            m_console.out(change.describe());
    }

    const QByteArray body = CustomerJson::patchToBytes(plan.patch);
    if (m_request.dryRun) {
        if (!m_console.isJson()) {
            m_console.out(tr("Dry run, nothing was sent. The request would be:"));
            m_console.out(u"PATCH /v1/express/"_s + customer.id());
        }
        m_console.outBytes(body);
        return finish(ExitCode::Success);
    }

    const CustomerPatch sent = plan.patch;
    JournaledWrites* journaled = writes();
    if (!journaled)
        return;
    journaled->updateCustomer(customer, sent, this, [this, sent](const ApiResult<UpdateOutcome>& result) {
        if (result.isError())
            return failApi(result.error());
        const UpdateOutcome& outcome = result.value();
        if (!outcome.isExact()) {
            // The client read the customer again (the answer may have been stale): this is what the server holds,
            // or reading it failed. Say what differs, and how to see what it holds.
            const QString howToSee = tr("To see what it holds now: express-admin-cli get %1").arg(m_request.customerId);
            const QString message = outcome.basis == UpdateOutcome::Basis::ReadAgain
                ? tr("The server accepted the update, but holds something other than what was sent (its answer "
                     "differed, and so does the customer read again). %1")
                      .arg(howToSee)
                : tr("The server accepted the update, but its answer differs from what was sent, and reading the "
                     "customer again failed (%1). %2")
                      .arg(outcome.readAgainError, howToSee);
            return fail(notExact(u"UpdateNotExact"_s, message, sent, outcome));
        }
        if (outcome.answerWasStale())
            m_console.err(tr("Note: the server's answer was out of date; reading the customer again shows the update "
                             "is stored."));
        if (m_console.isJson())
            m_console.outJson(CustomerJson::toJson(outcome.customer));
        else
            m_console.out(tr("Updated %1.").arg(CustomerFormatter::label(outcome.customer)));
        finish(ExitCode::Success);
    });
}

void CliRunner::runCreate()
{
    const EditPlan plan = EditPlan::make(Customer(), m_request.edits);
    if (refuseInvalid(plan, tr("The input is not valid; nothing was sent.")))
        return;

    // Against an empty customer the plan's patch holds the name, and the metadata unless there is none.
    const CustomerPatch asked = plan.patch;
    JournaledWrites* journaled = writes();
    if (!journaled)
        return;
    journaled->createCustomer(
        asked.name().value_or(QString()), asked.metadata(), this, [this, asked](const ApiResult<Customer>& result) {
            if (result.isError())
                return failApi(result.error());
            const UpdateOutcome outcome = UpdateOutcome::verify(asked, result.value());
            if (!outcome.isExact())
                return fail(notExact(
                    u"CreateNotExact"_s, tr("The customer was created, but not exactly as sent."), asked, outcome));
            showCustomer(result.value(), tr("Created %1.").arg(CustomerFormatter::label(result.value())));
            finish(ExitCode::Success);
        });
}

void CliRunner::runSetActive(bool active)
{
    const auto done = [this, active](const ApiResult<Customer>& result) {
        if (result.isError())
            return failApi(result.error());
        const Customer& customer = result.value();
        if (customer.isActive() != active) {
            CliError error {ExitCode::NotExact, u"StateNotChanged"_s, 200,
                active ? tr("The server answered, but the customer is still inactive.")
                       : tr("The server answered, but the customer is still active."),
                {}, {}};
            error.extra.insert(u"customer"_s, CustomerJson::toJson(customer));
            return fail(error);
        }
        if (m_console.isJson())
            m_console.outJson(CustomerJson::toJson(customer));
        else
            m_console.out(
                (active ? tr("Reactivated %1.") : tr("Deactivated %1.")).arg(CustomerFormatter::label(customer)));
        finish(ExitCode::Success);
    };
    if (JournaledWrites* journaled = writes())
        journaled->setActive(m_request.customerId, active, std::nullopt, this, done);
}

void CliRunner::runUsers()
{
    const bool add = m_request.addUser;
    const auto done = [this, add](const ApiResult<OperationStatus>& result) {
        if (result.isError())
            return failApi(result.error());
        const OperationStatus& status = result.value();
        if (!status.success) {
            return fail(CliError {ExitCode::NotExact, u"OperationFailed"_s, 200,
                status.message.isEmpty() ? tr("The server answered, but reported that it did not succeed.")
                                         : tr("The server answered, but reported: %1").arg(status.message),
                {}, {}});
        }
        if (m_console.isJson()) {
            m_console.outJson(QJsonObject {{u"success"_s, status.success}, {u"message"_s, status.message}});
        } else {
            m_console.out((add ? tr("Added user %1 to customer %2.") : tr("Removed user %1 from customer %2."))
                              .arg(m_request.userId, m_request.customerId));
        }
        finish(ExitCode::Success);
    };
    if (JournaledWrites* journaled = writes())
        journaled->changeUser(m_request.customerId, m_request.userId, add, std::nullopt, this, done);
}

void CliRunner::showCustomer(const Customer& customer, const QString& confirmation)
{
    if (m_console.isJson()) {
        m_console.outJson(CustomerJson::toJson(customer));
        return;
    }
    if (!confirmation.isEmpty())
        m_console.out(confirmation);
    m_console.out(CustomerFormatter::details(customer));
}

bool CliRunner::refuseInvalid(const EditPlan& plan, const QString& message)
{
    for (const QString& warning : plan.describeIssues(ValidationIssue::Severity::Warning))
        m_console.err(warning);
    if (!plan.hasErrors())
        return false;
    fail(CliError::invalidInput(message, plan.problems + plan.describeIssues(ValidationIssue::Severity::Error)));
    return true;
}

CliError CliRunner::notExact(
    const QString& kind, const QString& message, const CustomerPatch& sent, const UpdateOutcome& outcome)
{
    CliError error {ExitCode::NotExact, kind, 200, message, differences(sent, outcome), {}};
    error.extra.insert(u"customer"_s, CustomerJson::toJson(outcome.customer));
    return error;
}

QStringList CliRunner::differences(const CustomerPatch& sent, const UpdateOutcome& outcome)
{
    QStringList lines;
    if (outcome.nameDiffers)
        lines.append(
            tr("name: sent “%1”, answered “%2”").arg(sent.name().value_or(QString()), outcome.customer.name()));
    const Metadata asked = sent.metadata();
    const Metadata answered = outcome.customer.metadata();
    for (const QString& key : outcome.differentValues)
        lines.append(tr("metadata %1: sent “%2”, answered “%3”").arg(key, asked.value(key), answered.value(key)));
    for (const QString& key : outcome.missingKeys)
        lines.append(tr("metadata %1: sent “%2”, missing from the answer").arg(key, asked.value(key)));
    for (const QString& key : outcome.keptKeys)
        lines.append(tr("metadata %1: removed, but the answer still has “%2”").arg(key, answered.value(key)));
    return lines;
}

CliError CliRunner::apiFailure(const ApiError& error) const
{
    CliError failure = CliError::fromApiError(error);
    if (m_notJournaled) { // not sent: not the input's fault
        failure.exitCode = ExitCode::Failure;
        failure.kind = u"HistoryUnavailable"_s;
    }
    // The client's message points to the app's settings; the CLI's key comes from the environment.
    if (error.kind == ApiError::Kind::Unauthorized && !m_request.sandbox)
        failure.message = tr("The API key was refused (401). Check the key in the environment variable "
                             "AVARA_API_KEY (it is never taken from the command line).");
    return failure;
}

void CliRunner::failApi(const ApiError& error)
{
    fail(apiFailure(error));
}

void CliRunner::fail(const CliError& error)
{
    m_console.error(error);
    finish(error.exitCode);
}

void CliRunner::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_sandbox)
        m_sandbox->stop();
    Q_EMIT finished(static_cast<int>(code));
}
