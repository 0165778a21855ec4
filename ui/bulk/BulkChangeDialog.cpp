// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkChangeDialog.h"

#include "core/bulk/BulkSession.h"
#include "ui/bulk/BulkOperationsEditor.h"
#include "ui/bulk/BulkPreviewLoader.h"
#include "ui/bulk/BulkPreviewModel.h"
#include "ui/bulk/BulkPreviewPage.h"
#include "ui/bulk/BulkProgressView.h"
#include "ui/bulk/BulkSetupPage.h"
#include "ui/bulk/BulkWidgets.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

using State = BulkSession::State;

BulkChangeDialog::BulkChangeDialog(const BulkContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_pages(new QStackedWidget(this))
    , m_setup(new BulkSetupPage)
    , m_previewModel(new BulkPreviewModel(this))
    , m_loader(new BulkPreviewLoader(context.client, context.store, m_previewModel, this))
    , m_previewPage(new BulkPreviewPage(m_previewModel))
    , m_progress(new BulkProgressView)
{
    Q_ASSERT(context.isComplete());
    setObjectName(u"bulkChangeDialog"_s);
    setWindowTitle(tr("Bulk Change"));
    // A window of its own beside the main one: the list stays usable, and a run can go on in the background.
    setWindowFlag(Qt::Window);
    setSizeGripEnabled(true);
    m_pages->addWidget(m_setup);
    m_pages->addWidget(m_previewPage);
    m_pages->addWidget(m_progress);

    m_error = new QLabel(this);
    m_error->setObjectName(u"bulkError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"closeButton"_s);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch();
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    connect(m_setup, &BulkSetupPage::previewRequested, this, &BulkChangeDialog::preview);
    connect(m_previewPage, &BulkPreviewPage::backRequested, this, [this] {
        m_loader->cancel();
        showStep(Step::Setup);
    });
    connect(m_previewPage, &BulkPreviewPage::cancelLoadingRequested, m_loader, &BulkPreviewLoader::cancel);
    connect(m_previewPage, &BulkPreviewPage::applyRequested, this, &BulkChangeDialog::apply);
    connect(m_loader, &BulkPreviewLoader::progress, m_previewPage, &BulkPreviewPage::showLoading);
    connect(m_loader, &BulkPreviewLoader::finished, this,
        [this] { m_previewPage->showLoaded(m_loader->wasCancelled(), m_loader->total()); });
    resize(1100, 680);
    showStep(Step::Setup);
}

QMessageBox* BulkChangeDialog::closeQuestion() const
{
    return m_closeQuestion;
}

BulkChangeDialog::~BulkChangeDialog()
{
    if (m_closeQuestion)
        m_closeQuestion->deleteLater();
}

void BulkChangeDialog::setSources(const BulkCustomerChoice::Sources& sources)
{
    if (step() == Step::Setup)
        m_setup->choice()->setSources(sources);
}

BulkChangeDialog::Step BulkChangeDialog::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void BulkChangeDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(int(step));
    switch (step) {
    case Step::Setup:
        setWindowTitle(tr("Bulk Change"));
        break;
    case Step::Preview:
        setWindowTitle(tr("Bulk Change — Preview"));
        break;
    case Step::Progress:
        setWindowTitle(tr("Bulk Change — Progress"));
        break;
    }
    showError({});
}

void BulkChangeDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void BulkChangeDialog::preview()
{
    if (step() != Step::Setup)
        return;
    const auto ids = m_setup->choice()->resolve(m_context.store);
    if (ids.isError())
        return showError(tr("The customers could not be found in the workspace: %1").arg(ids.error().message));
    m_selection = m_setup->choice()->selection();
    m_selectionText = m_setup->choice()->selectionText();
    showStep(Step::Preview);
    m_loader->start(m_setup->operations()->operations(), ids.value(), m_setup->previewSource());
}

void BulkChangeDialog::apply()
{
    if (m_session || m_journaling || step() != Step::Preview || m_loader->isRunning()
        || m_previewModel->counts().included == 0)
        return;
    BulkRunRecord run;
    run.operations = m_setup->operations()->operations();
    run.selection = m_selection;
    run.selectionText = m_selectionText;
    run.concurrency = BulkSession::kDefaultConcurrency;
    QList<BulkItemRecord> items = BulkSession::itemsFor(m_previewModel->customerIds(), m_previewModel->excludedIds());
    for (int row = 0; row < items.size(); ++row)
        items[row].customerName = m_previewModel->plan(row).before.name();
    auto* session = new BulkSession(m_context.client, m_context.writes, m_context.store, this);
    m_journaling = session;
    showError({});
    m_previewPage->showJournaling(true, m_previewModel->counts().included);
    connect(session, &BulkSession::created, this, [this, session](const std::optional<StoreError>& failure) {
        m_journaling = nullptr;
        if (failure) {
            session->deleteLater();
            m_previewPage->showJournaling(false);
            return showError(tr("Nothing was sent: the bulk change could not be journaled. %1").arg(failure->message));
        }
        startSession(session);
        m_previewPage->showJournaling(false);
    });
    // On a thread of its own: 100,000 customers take a second to journal.
    session->createInBackground(run, items);
}

bool BulkChangeDialog::isJournaling() const
{
    return m_journaling != nullptr;
}

void BulkChangeDialog::resume(const QString& runId)
{
    if (m_session || m_journaling) {
        const StoreError busy {StoreError::Kind::Failed, tr("Another bulk change is open in this window.")};
        QMetaObject::invokeMethod(
            this, [this, busy] { Q_EMIT resumeOpened(busy); }, Qt::QueuedConnection);
        return;
    }
    auto* session = new BulkSession(m_context.client, m_context.writes, m_context.store, this);
    m_journaling = session;
    connect(session, &BulkSession::opened, this, [this, session](const std::optional<StoreError>& failure) {
        m_journaling = nullptr;
        if (failure)
            session->deleteLater();
        else
            startSession(session);
        Q_EMIT resumeOpened(failure);
    });
    // On a thread of its own: 100,000 customers take a moment to read.
    session->openInBackground(runId);
}

void BulkChangeDialog::startSession(BulkSession* session)
{
    m_session = session;
    m_progress->setSession(session, m_context.store);
    showStep(Step::Progress);
    session->start();
    Q_EMIT runStarted(session);
}

BulkSession* BulkChangeDialog::session() const
{
    return m_session;
}

bool BulkChangeDialog::hasActiveRun() const
{
    if (!m_session)
        return false;
    const State state = m_session->state();
    return state != State::Finished && state != State::Cancelled;
}

void BulkChangeDialog::reject()
{
    if (m_journaling)
        return; // a moment: then the run shows, and closing asks as it does while one runs
    const bool sending = m_session && m_session->isSending();
    if (sending)
        askBeforeClosing();
    else
        finishClosing();
}

void BulkChangeDialog::closeEvent(QCloseEvent* event)
{
    // reject() decides: it hides the dialog, or asks first.
    event->ignore();
    reject();
}

void BulkChangeDialog::askBeforeClosing()
{
    if (m_closeQuestion)
        return m_closeQuestion->raise();
    QMessageBox* box = BulkWidgets::question(this, u"bulkCloseQuestion"_s, tr("Bulk Change Running"));
    box->setText(tr("The bulk change is still running."));
    box->setInformativeText(tr("It can go on in the background (Customer › Bulk Change… shows it again), or pause "
                               "after the requests in flight. Either way every customer's state is kept, and a "
                               "change stopped by closing the app is offered for resuming at the next start."));
    QPushButton* keep = BulkWidgets::answer(box, u"keepRunningButton"_s, tr("&Keep Running"), QMessageBox::AcceptRole);
    QPushButton* pause =
        BulkWidgets::answer(box, u"pauseAndCloseButton"_s, tr("&Pause and Close"), QMessageBox::DestructiveRole);
    QPushButton* stay = BulkWidgets::answer(box, u"stayButton"_s, tr("&Don't Close"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(stay);
    connect(box, &QMessageBox::finished, this, [this, box, keep, pause] {
        QAbstractButton* clicked = box->clickedButton();
        if (clicked == pause && m_session)
            m_session->pause();
        if (clicked == keep || clicked == pause)
            finishClosing();
    });
    m_closeQuestion = box;
    box->open();
}

void BulkChangeDialog::finishClosing()
{
    m_loader->cancel();
    QDialog::reject();
    Q_EMIT closed();
}
