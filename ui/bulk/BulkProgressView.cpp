// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkProgressView.h"

#include "core/store/BulkJournal.h"
#include "ui/bulk/BulkReportCsv.h"
#include "ui/bulk/BulkResultsModel.h"
#include "ui/bulk/BulkText.h"
#include "ui/bulk/BulkWidgets.h"
#include "ui/customerlist/ElideMiddleDelegate.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

using State = BulkSession::State;

BulkProgressView::BulkProgressView(QWidget* parent)
    : QWidget(parent)
    , m_results(new BulkResultsModel(this))
{
    auto label = [this](const QString& name) {
        auto* text = new QLabel(this);
        text->setObjectName(name);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return text;
    };
    m_summary = label(u"runSummary"_s);
    m_counts = label(u"runCounts"_s);
    m_pace = label(u"runPace"_s);
    m_pace->setWordWrap(false);
    m_state = label(u"runState"_s);
    m_message = label(u"runMessage"_s);
    m_message->hide();
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"runProgress"_s);
    m_bar->setAccessibleName(tr("Customers done"));

    m_pause = BulkWidgets::button(
        this, u"pauseButton"_s, tr("&Pause"), tr("Start no more customers; those in flight finish"));
    m_resume = BulkWidgets::button(this, u"resumeButton"_s, tr("&Resume"), tr("Go on with the customers left"));
    m_cancel = BulkWidgets::button(this, u"cancelRunButton"_s, tr("&Cancel"),
        tr("Stop after the requests in flight; the customers not tried yet stay as they are"));
    m_retry = BulkWidgets::button(
        this, u"retryFailedButton"_s, tr("Retry &Failed"), tr("Try the customers that failed again"));
    m_export = BulkWidgets::button(
        this, u"exportReportButton"_s, tr("&Export Report…"), tr("Every customer's outcome as a CSV file"));
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->pause();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->resume();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->retryFailed();
    });
    connect(m_export, &QPushButton::clicked, this, &BulkProgressView::exportReport);

    m_view = new QTableView(this);
    m_view->setObjectName(u"resultsTable"_s);
    m_view->setAccessibleName(tr("Every customer's outcome"));
    m_view->setModel(m_results);
    m_view->setItemDelegateForColumn(BulkResultsModel::IdColumn, new ElideMiddleDelegate(m_view));
    BulkWidgets::setUpTable(m_view, {36, 20});
    QStringList states;
    for (int state = 0; state <= int(BulkItemRecord::State::Uncertain); ++state)
        states.append(BulkText::state(BulkItemRecord::State(state)));
    BulkWidgets::fitColumn(m_view, BulkResultsModel::OutcomeColumn, states);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* each : {m_pause, m_resume, m_cancel})
        buttons->addWidget(each);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_export);
    auto* numbers = new QHBoxLayout;
    numbers->addWidget(m_counts, 1);
    numbers->addWidget(m_pace, 0, Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addLayout(numbers);
    layout->addWidget(m_state);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    updateButtons();
}

BulkProgressView::~BulkProgressView() = default;

void BulkProgressView::setSession(BulkSession* session, std::shared_ptr<WorkspaceStore> store)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_store = std::move(store);
    m_results->setSession(session);
    m_message->hide();
    if (!session)
        return updateButtons();
    connect(session, &BulkSession::stateChanged, this, &BulkProgressView::onStateChanged);
    connect(session, &BulkSession::progressChanged, this, &BulkProgressView::onProgress);
    connect(session, &BulkSession::storeFailed, this, [this](const StoreError& error) {
        showMessage(tr("The journal or the history could not be written, so nothing more is sent and the change is "
                       "paused. %1")
                        .arg(error.message));
    });
    m_summary->setText(tr("Operations: %1").arg(BulkText::operations(session->run().operations)));
    m_summary->setToolTip(session->run().selectionText);
    onProgress(session->progress());
    onStateChanged(session->state());
}

void BulkProgressView::onProgress(const BulkProgress& progress)
{
    const QLocale locale;
    m_bar->setRange(0, qMax(1, progress.total));
    m_bar->setValue(progress.settled());
    QString counts = tr("Done: %1 · failed: %2 · skipped: %3 · left: %4")
                         .arg(locale.toString(progress.succeeded), locale.toString(progress.failed),
                             locale.toString(progress.skipped), locale.toString(progress.left()));
    if (progress.excluded > 0)
        counts += u" · "_s + tr("excluded: %1").arg(locale.toString(progress.excluded));
    m_counts->setText(counts);
    QStringList pace;
    if (progress.rate > 0)
        pace.append(tr("%1 customers/s").arg(locale.toString(progress.rate, 'f', 1)));
    if (progress.timeLeft && progress.left() > 0)
        pace.append(tr("%1 left").arg(BulkText::timeLeft(*progress.timeLeft)));
    if (m_session && m_session->state() == State::Running)
        pace.append(tr("up to %1 at a time").arg(locale.toString(progress.limit)));
    m_pace->setText(pace.join(u" · "_s));
    if (m_session)
        onStateChanged(m_session->state());
}

void BulkProgressView::onStateChanged(State state)
{
    if (!m_session)
        return;
    const BulkProgress progress = m_session->progress();
    const QLocale locale;
    QString text;
    switch (state) {
    case State::Idle:
        text = tr("Ready.");
        break;
    case State::Running:
        text = tr("Running.");
        break;
    case State::Pausing:
        text = tr("Pausing: waiting for the requests in flight (%1)…").arg(locale.toString(progress.inFlight));
        break;
    case State::Paused:
        text = tr("Paused. Resume goes on with the customers left.");
        break;
    case State::Cancelling:
        text = tr("Cancelling: waiting for the requests in flight (%1)…").arg(locale.toString(progress.inFlight));
        break;
    case State::Cancelled:
        text = tr("Cancelled. Customers not tried: %1.").arg(locale.toString(progress.left()));
        break;
    case State::Finished:
        text = progress.failed > 0
            ? tr("Finished. Customers failed: %1. Retry Failed tries them again.").arg(locale.toString(progress.failed))
            : tr("Finished.");
        break;
    }
    m_state->setText(text);
    updateButtons();
}

void BulkProgressView::updateButtons()
{
    const State state = m_session ? m_session->state() : State::Idle;
    const BulkProgress progress = m_session ? m_session->progress() : BulkProgress {};
    const bool stopping = state == State::Pausing || state == State::Cancelling;
    m_pause->setEnabled(m_session && state == State::Running);
    m_resume->setEnabled(m_session && (state == State::Paused || state == State::Cancelled || state == State::Idle)
        && progress.left() > 0);
    m_cancel->setEnabled(m_session && (state == State::Running || state == State::Paused || state == State::Idle));
    m_retry->setEnabled(m_session && progress.failed > 0 && state != State::Running && !stopping);
    m_export->setEnabled(m_session != nullptr);
}

void BulkProgressView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString BulkProgressView::countsText() const
{
    return m_counts->text();
}

QString BulkProgressView::stateText() const
{
    return m_state->text();
}

QString BulkProgressView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void BulkProgressView::exportReport()
{
    if (!m_session)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Export Report"),
        QDir(folder).filePath(BulkReportCsv::suggestedFileName(QDate::currentDate())), tr("CSV files (*.csv)"));
    dialog->setObjectName(u"bulkReportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { writeReport(path); });
    dialog->open();
}

bool BulkProgressView::writeReport(const QString& path)
{
    if (!m_session)
        return false;
    // The journal is the record (with each customer's time); the session's own copy when it cannot be read.
    QList<BulkItemRecord> items = m_session->items();
    if (m_store) {
        const auto stored = BulkJournal(m_store).items(m_session->run().id);
        if (stored.isOk())
            items = stored.value();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(BulkReportCsv::write(items).toUtf8()) < 0 || !file.commit()) {
        showMessage(
            tr("Not exported: %1 cannot be written (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showMessage(tr("Report exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
