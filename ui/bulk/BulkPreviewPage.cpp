// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkPreviewPage.h"

#include "ui/bulk/BulkText.h"
#include "ui/bulk/BulkWidgets.h"
#include "ui/customerlist/ElideMiddleDelegate.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BulkPreviewPage::BulkPreviewPage(BulkPreviewModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"previewCounts"_s);
    m_counts->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"previewProgress"_s);
    m_progress->setAccessibleName(tr("Preview progress"));
    m_progressText = new QLabel(this);
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setObjectName(u"cancelPreviewButton"_s);
    m_cancel->setAutoDefault(false);
    m_cancel->setToolTip(tr("Stop planning: the customers planned so far stay in the preview"));
    connect(m_cancel, &QPushButton::clicked, this, &BulkPreviewPage::cancelLoadingRequested);
    m_loadingLine = new QWidget(this);
    auto* loadingLayout = new QHBoxLayout(m_loadingLine);
    loadingLayout->setContentsMargins(0, 0, 0, 0);
    loadingLayout->addWidget(m_progress, 1);
    loadingLayout->addWidget(m_progressText);
    loadingLayout->addWidget(m_cancel);
    m_loadingLine->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(u"previewTable"_s);
    m_view->setAccessibleName(tr("Every customer with what the change does to it"));
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegateForColumn(BulkPreviewModel::IdColumn, new ElideMiddleDelegate(m_view));
    BulkWidgets::setUpTable(m_view, {36, 20});
    QStringList outcomes;
    for (const auto outcome :
        {BulkCustomerPlan::Outcome::Change, BulkCustomerPlan::Outcome::Skip, BulkCustomerPlan::Outcome::Invalid})
        outcomes.append(BulkText::outcome(outcome));
    BulkWidgets::fitColumn(m_view, BulkPreviewModel::OutcomeColumn, outcomes);
    m_view->installEventFilter(this);

    QPushButton* includeAll =
        BulkWidgets::button(this, u"includeAllButton"_s, tr("&Include All"), tr("Include every customer that can be"));
    QPushButton* excludeAll =
        BulkWidgets::button(this, u"excludeAllButton"_s, tr("E&xclude All"), tr("Leave every customer out"));
    QPushButton* back =
        BulkWidgets::button(this, u"backButton"_s, tr("&Back"), tr("Change the customers or the operations"));
    m_apply = BulkWidgets::button(
        this, u"applyButton"_s, QString(), tr("Send the change to the customers included (Ctrl+Enter)"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(includeAll, &QPushButton::clicked, model, &BulkPreviewModel::includeAll);
    connect(excludeAll, &QPushButton::clicked, model, &BulkPreviewModel::excludeAll);
    connect(back, &QPushButton::clicked, this, &BulkPreviewPage::backRequested);
    connect(m_apply, &QPushButton::clicked, this, &BulkPreviewPage::applyRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(includeAll);
    buttons->addWidget(excludeAll);
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(m_apply);

    auto* hint = new QLabel(tr("Space includes or excludes the selected rows. Nothing is sent before you apply; each "
                               "customer is read again right before its change, so edits made meanwhile survive."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_loadingLine);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);

    connect(model, &BulkPreviewModel::countsChanged, this, &BulkPreviewPage::updateCounts);
    updateCounts();
}

void BulkPreviewPage::showLoading(int planned, int total)
{
    m_loading = true;
    m_cancelledNote.clear();
    m_loadingLine->show();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(planned);
    m_progressText->setText(tr("Planning %1 of %2…").arg(QLocale().toString(planned), QLocale().toString(total)));
    updateCounts();
}

void BulkPreviewPage::showLoaded(bool cancelled, int total)
{
    m_loading = false;
    m_loadingLine->hide();
    m_cancelledNote = cancelled ? tr("Stopped after %1 of %2 customers: the change applies to those shown only.")
                                      .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(total))
                                : QString();
    updateCounts();
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, BulkPreviewModel::CustomerColumn));
}

void BulkPreviewPage::showJournaling(bool journaling, int customers)
{
    m_loading = journaling;
    m_loadingLine->setVisible(journaling);
    m_cancel->setVisible(!journaling);
    m_progress->setRange(0, journaling ? 0 : 1); // busy
    m_progressText->setText(journaling
            ? tr("Journaling the change for %Ln customer(s) before anything is sent…", nullptr, customers)
            : QString());
    for (QWidget* child : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != m_loadingLine)
            child->setEnabled(!journaling);
    }
    updateCounts();
}

QString BulkPreviewPage::countsText() const
{
    return m_counts->text();
}

void BulkPreviewPage::updateCounts()
{
    const BulkPreviewModel::Counts counts = m_model->counts();
    const QLocale locale;
    QString text = tr("Customers: %1 · will change: %2 · already as asked (nothing sent): %3 · cannot be changed: %4 "
                      "· included: %5")
                       .arg(locale.toString(counts.total), locale.toString(counts.change), locale.toString(counts.skip),
                           locale.toString(counts.invalid), locale.toString(counts.included));
    if (!m_cancelledNote.isEmpty())
        text += u' ' + m_cancelledNote;
    m_counts->setText(text);
    m_apply->setText(counts.included == 1 ? tr("&Apply to 1 Customer")
                                          : tr("&Apply to %1 Customers").arg(locale.toString(counts.included)));
    m_apply->setEnabled(!m_loading && counts.included > 0);
}

void BulkPreviewPage::toggleSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return;
    // All included ones go out; otherwise all come in.
    bool anyOut = false;
    for (const int row : std::as_const(rows))
        anyOut = anyOut || (m_model->isIncludable(row) && !m_model->isIncluded(row));
    m_model->setIncluded(rows, anyOut);
}

bool BulkPreviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
