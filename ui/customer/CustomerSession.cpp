// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerSession.h"

#include "core/model/DraftRebase.h"
#include "core/model/MetadataDocument.h"
#include "core/model/Validation.h"
#include "ui/customer/SetNameCommand.h"
#include "ui/metadata/MetadataCommands.h"
#include "ui/save/SaveFlow.h"

#include <QUndoStack>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

// Repeating the call could help: it is no refused input, no refused key, and the server did not forbid it.
bool isWorthRetrying(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Unauthorized:
        return false;
    default:
        return !error.serverForbidsRetry;
    }
}

} // namespace

CustomerSession::CustomerSession(ExpressClient* client, const QString& customerId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(client)
    , m_customerId(customerId)
    , m_metadata(new MetadataDocument(this))
    , m_undoStack(new QUndoStack(this))
    , m_saveFlow(new SaveFlow(client, nullptr, this))
{
    Q_ASSERT(client != nullptr);
    setObjectName(u"customerSession"_s);
    m_undoStack->setObjectName(u"customerUndoStack"_s);
    m_saveFlow->setObjectName(u"saveFlow"_s);

    connect(m_undoStack, &QUndoStack::indexChanged, this, &CustomerSession::updateStatus);
    connect(m_metadata, &MetadataDocument::dirtyChanged, this, &CustomerSession::updateStatus);
    connect(m_metadata, &MetadataDocument::validationChanged, this, &CustomerSession::updateStatus);

    connect(m_saveFlow, &SaveFlow::progressChanged, this, &CustomerSession::progressChanged);
    connect(m_saveFlow, &SaveFlow::reviewEnabledChanged, this, &CustomerSession::reviewEnabledChanged);
    connect(m_saveFlow, &SaveFlow::saved, this, &CustomerSession::onSaved);
    connect(m_saveFlow, &SaveFlow::nothingToSave, this, &CustomerSession::onNothingToSave);
    connect(m_saveFlow, &SaveFlow::failed, this, &CustomerSession::onSaveFailed);
    connect(m_saveFlow, &SaveFlow::cancelled, this, [this] {
        setState(State::Ready);
        Q_EMIT notice(tr("Not saved: the review was cancelled. Your edits are still here."));
        Q_EMIT saveFinished(false);
    });

    read(true);
}

CustomerSession::~CustomerSession()
{
    // Nobody listens any more: a call cancelled below must not report to views that are going away.
    disconnect(this, nullptr, nullptr, nullptr);
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_metadata, nullptr, this, nullptr);
    if (m_client && m_call)
        m_client->cancel(m_call);
}

bool CustomerSession::isBusy() const
{
    return m_state == State::Loading || m_state == State::Saving || m_state == State::Working;
}

void CustomerSession::setState(State state)
{
    if (state == m_state)
        return;
    const bool wasBusy = isBusy();
    m_state = state;
    Q_EMIT stateChanged(state);
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void CustomerSession::setName(const QString& name)
{
    if (!m_loaded || name == m_name)
        return;
    m_undoStack->push(new SetNameCommand(this, m_name, name));
}

void CustomerSession::applyName(const QString& name)
{
    m_name = name;
    Q_EMIT nameChanged(name);
    updateStatus();
}

bool CustomerSession::isNameChanged() const
{
    return m_loaded && m_name.trimmed() != m_customer.name().trimmed();
}

QList<ValidationIssue> CustomerSession::nameIssues() const
{
    return m_loaded ? Validation::checkName(m_name) : QList<ValidationIssue>();
}

CustomerDraft CustomerSession::draft() const
{
    CustomerDraft draft;
    draft.setName(m_name);
    draft.setMetadata(m_metadata->currentEntries());
    return draft;
}

bool CustomerSession::canSave() const
{
    return m_loaded && m_dirty && m_valid && m_state == State::Ready;
}

void CustomerSession::revertAll()
{
    const bool nameChanged = m_name != m_customer.name();
    if (!m_loaded || (!nameChanged && !m_metadata->isDirty()))
        return;
    m_undoStack->beginMacro(tr("Revert all"));
    if (nameChanged)
        m_undoStack->push(new SetNameCommand(this, m_name, m_customer.name()));
    if (m_metadata->isDirty())
        MetadataCommands::push(m_undoStack, MetadataCommands::revertAll(m_metadata));
    m_undoStack->endMacro();
}

void CustomerSession::restoreEdits(const CustomerDraft& edits)
{
    if (!m_loaded)
        return;
    m_name = edits.name();
    m_metadata->setBaselineKeepingEdits(m_customer.metadata(), edits.metadata());
    m_undoStack->clear();
    Q_EMIT nameChanged(m_name);
    updateStatus();
}

void CustomerSession::setDialogParent(QWidget* parent)
{
    m_saveFlow->setDialogParent(parent);
}

void CustomerSession::setReviewEnabled(bool enabled)
{
    m_saveFlow->setReviewEnabled(enabled);
}

void CustomerSession::updateStatus()
{
    const bool dirty = m_loaded && (isNameChanged() || m_metadata->isDirty());
    const bool valid = !Validation::hasErrors(nameIssues()) && m_metadata->isValid();
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void CustomerSession::reload()
{
    if (!isBusy())
        read(false);
}

void CustomerSession::read(bool initial)
{
    if (!m_client)
        return;
    setState(State::Loading);
    Q_EMIT progressChanged(initial ? tr("Opening %1…").arg(m_customerId) : tr("Reading %1 again…").arg(m_customerId));
    m_call = m_client->retrieveCustomer(m_customerId, this, [this, initial](const ApiResult<Customer>& result) {
        m_call = 0;
        Q_EMIT progressChanged(QString());
        if (result.isError()) {
            setState(m_loaded ? State::Ready : State::LoadFailed);
            fail(result.error(), [this, initial] { read(initial); });
            return;
        }
        showCustomer(result.value());
        setState(State::Ready);
        succeeded();
        Q_EMIT loaded(m_customer);
    });
}

void CustomerSession::showCustomer(const Customer& customer)
{
    m_customer = customer;
    m_loaded = true;
    m_name = customer.name();
    // The stack goes too: its commands refer to the rows being replaced.
    m_metadata->setBaseline(customer.metadata());
    m_undoStack->clear();
    Q_EMIT nameChanged(m_name);
    Q_EMIT customerChanged(m_customer);
    updateStatus();
}

void CustomerSession::keepEditsOnto(const Customer& saved)
{
    const CustomerDraft current = draft();
    if (current == m_submitted) {
        showCustomer(saved);
        return;
    }
    // Typed while the save was on its way: kept, as edits against what the server now holds.
    const CustomerDraft kept = DraftRebase::onto(m_submitted, current, saved);
    m_customer = saved;
    m_name = kept.name();
    m_metadata->setBaselineKeepingEdits(saved.metadata(), kept.metadata());
    m_undoStack->clear();
    Q_EMIT nameChanged(m_name);
    Q_EMIT customerChanged(m_customer);
    updateStatus();
}

bool CustomerSession::save()
{
    if (!canSave())
        return false;
    m_submitted = draft();
    setState(State::Saving);
    m_saveFlow->start(m_customer, m_submitted);
    return true;
}

void CustomerSession::onSaved(const UpdateOutcome& outcome)
{
    setState(State::Ready);
    if (!outcome.isExact()) {
        // The server holds something other than what was asked (or cannot say): every edit stays, unsaved, and
        // saving again merges them with what the server holds.
        if (outcome.basis != UpdateOutcome::Basis::Unchecked)
            Q_EMIT customerChanged(outcome.customer);
        const QString kept = tr("Your edits are kept: Save sends them again, Reload shows what the server holds.");
        if (outcome.basis == UpdateOutcome::Basis::Unchecked) {
            Q_EMIT warning(tr("Saved, but the server did something other than what was asked. %1 Reading the "
                              "customer again failed, so what it holds now is not known. %2")
                               .arg(outcome.describe(), kept));
        } else {
            Q_EMIT warning(tr("Saved, but the server did something other than what was asked. %1 %2")
                               .arg(outcome.describe(), kept));
        }
        succeeded();
        Q_EMIT saveFinished(false);
        return;
    }
    const bool typedMeanwhile = draft() != m_submitted;
    keepEditsOnto(outcome.customer);
    succeeded();
    if (outcome.basis != UpdateOutcome::Basis::Answer) {
        Q_EMIT warning(tr("Saved, but the server answered with something other than what was sent. Reading the "
                          "customer again shows your changes are stored; the server's answer was out of date."));
    } else if (typedMeanwhile) {
        Q_EMIT notice(
            tr("Saved “%1”. What you typed while it was saving is kept, not saved yet.").arg(outcome.customer.name()));
    } else {
        Q_EMIT notice(tr("Saved “%1”.").arg(outcome.customer.name()));
    }
    Q_EMIT saveFinished(true);
}

void CustomerSession::onNothingToSave(const Customer& onServer)
{
    setState(State::Ready);
    keepEditsOnto(onServer);
    succeeded();
    Q_EMIT notice(tr("Nothing to save: the server already has these values."));
    Q_EMIT saveFinished(true);
}

void CustomerSession::onSaveFailed(const ApiError& error)
{
    setState(State::Ready);
    fail(error, [this] { save(); });
    Q_EMIT saveFinished(false);
}

void CustomerSession::setJournal(JournaledWrites* journaled)
{
    m_writer = CustomerWriter(m_client, journaled);
    m_saveFlow->setWriter(m_writer);
}

void CustomerSession::deactivate()
{
    changeActive(false);
}

void CustomerSession::reactivate()
{
    changeActive(true);
}

void CustomerSession::changeActive(bool activate)
{
    if (!m_client || !m_loaded || isBusy() || m_customer.isActive() == activate)
        return;
    setState(State::Working);
    Q_EMIT progressChanged(activate ? tr("Reactivating…") : tr("Deactivating…"));
    auto done = [this, activate](const ApiResult<Customer>& result) {
        m_call = 0;
        Q_EMIT progressChanged(QString());
        setState(State::Ready);
        if (result.isError()) {
            fail(result.error(), [this, activate] { changeActive(activate); });
            return;
        }
        applyServerState(result.value());
        succeeded();
        Q_EMIT notice(activate ? tr("“%1” is active again.").arg(m_customer.name())
                               : tr("“%1” is deactivated.").arg(m_customer.name()));
    };
    m_call = m_writer.setActive(m_customer, activate, this, done);
}

void CustomerSession::addUser(const QString& userId)
{
    changeUser(true, userId.trimmed());
}

void CustomerSession::removeUser(const QString& userId)
{
    changeUser(false, userId.trimmed());
}

void CustomerSession::changeUser(bool add, const QString& userId)
{
    if (!m_client || !m_loaded || isBusy())
        return;
    if (const QList<ValidationIssue> issues = Validation::checkUserId(userId); !issues.isEmpty()) {
        Q_EMIT userIdRefused(issues.constFirst().message);
        return;
    }
    if (add && !m_customer.isActive()) {
        Q_EMIT userIdRefused(tr("Users cannot be added to a deactivated customer: reactivate it first."));
        return;
    }
    setState(State::Working);
    Q_EMIT progressChanged(add ? tr("Adding %1…").arg(userId) : tr("Removing %1…").arg(userId));
    auto afterStatus = [this, add, userId](const ApiResult<OperationStatus>& result) {
        m_call = 0;
        if (result.isError()) {
            Q_EMIT progressChanged(QString());
            setState(State::Ready);
            fail(result.error(), [this, add, userId] { changeUser(add, userId); });
            return;
        }
        succeeded();
        Q_EMIT userChanged(userId);
        Q_EMIT notice(add ? tr("Added %1.").arg(userId) : tr("Removed %1.").arg(userId));
        // The answer carries no count: read the customer again for it.
        m_call = m_client->retrieveCustomer(m_customerId, this, [this](const ApiResult<Customer>& customer) {
            m_call = 0;
            Q_EMIT progressChanged(QString());
            setState(State::Ready);
            if (customer.isOk())
                applyServerState(customer.value());
        });
    };
    m_call = m_writer.changeUser(m_customer, userId, add, this, afterStatus);
}

void CustomerSession::applyServerState(const Customer& server)
{
    m_customer.setActive(server.isActive());
    m_customer.setUserCount(server.userCount());
    m_customer.setUpdatedAt(server.updatedAt());
    Q_EMIT customerChanged(m_customer);
}

void CustomerSession::succeeded()
{
    m_retry = nullptr;
    if (m_lastError) {
        m_lastError.reset();
        Q_EMIT errorCleared();
    }
}

void CustomerSession::fail(const ApiError& error, std::function<void()> retry)
{
    if (error.kind == ApiError::Kind::Cancelled && !error.mayHaveTakenEffect)
        return;
    m_lastError = error;
    m_retry = isWorthRetrying(error) ? std::move(retry) : nullptr;
    Q_EMIT failed(error);
}

void CustomerSession::retry()
{
    if (!m_retry || isBusy())
        return;
    std::exchange(m_retry, nullptr)();
}
