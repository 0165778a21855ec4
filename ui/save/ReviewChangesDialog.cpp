// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ReviewChangesDialog.h"

#include "core/io/CustomerJson.h"
#include "core/model/CustomerDiff.h"
#include "ui/metadata/MetadataPalette.h"
#include "ui/save/ConflictChoiceWidget.h"
#include "ui/save/RequestBodyView.h"
#include "ui/save/ReviewText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QShowEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

enum Column { WhatColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };

QTreeWidget* newChangeTree(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({ReviewChangesDialog::tr("What"), ReviewChangesDialog::tr("Change"),
        ReviewChangesDialog::tr("Before"), ReviewChangesDialog::tr("After")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setTextElideMode(Qt::ElideRight);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    return tree;
}

// As tall as its rows (up to a few; more scroll), so the space goes to the conflicts and the body.
void fitHeight(QTreeWidget* tree)
{
    constexpr int kMaxVisibleRows = 6;
    const int rows = qBound(1, tree->topLevelItemCount(), kMaxVisibleRows);
    const int rowHeight = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 4;
    const int height = tree->header()->sizeHint().height() + rows * qMax(rowHeight, tree->fontMetrics().height())
        + 2 * tree->frameWidth() + 2;
    tree->setFixedHeight(height);
}

QString kindText(CustomerChange::Kind kind)
{
    switch (kind) {
    case CustomerChange::Kind::NameChanged:
        return ReviewChangesDialog::tr("Renamed");
    case CustomerChange::Kind::MetadataAdded:
        return ReviewChangesDialog::tr("Added");
    case CustomerChange::Kind::MetadataRemoved:
        return ReviewChangesDialog::tr("Removed");
    case CustomerChange::Kind::MetadataChanged:
        return ReviewChangesDialog::tr("Changed");
    }
    return QString();
}

QColor kindBackground(CustomerChange::Kind kind, const QPalette& palette)
{
    switch (kind) {
    case CustomerChange::Kind::MetadataAdded:
        return MetadataPalette::addedBackground(palette);
    case CustomerChange::Kind::MetadataRemoved:
        return MetadataPalette::removedBackground(palette);
    case CustomerChange::Kind::NameChanged:
    case CustomerChange::Kind::MetadataChanged:
        return MetadataPalette::changedBackground(palette);
    }
    return palette.color(QPalette::Base);
}

// A value cell: shortened text with the whole value in the tooltip, or a muted word when there is no value.
void setValue(QTreeWidgetItem* item, int column, const std::optional<QString>& value, const QString& absentText,
    const QPalette& palette)
{
    if (value) {
        item->setText(column, ReviewText::shortened(*value));
        item->setToolTip(column, ReviewText::toolTip(*value));
        return;
    }
    item->setText(column, absentText);
    QFont italic = item->font(column);
    italic.setItalic(true);
    item->setFont(column, italic);
    item->setForeground(column, palette.color(QPalette::PlaceholderText));
}

} // namespace

ReviewChangesDialog::ReviewChangesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"reviewChangesDialog"_s);
    setWindowTitle(tr("Review Changes"));
    setAccessibleName(tr("Review changes before saving"));
    setSizeGripEnabled(true);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setVisible(false);

    m_changesLabel = new QLabel(tr("&Changes that will be sent:"), this);
    m_changesLabel->setObjectName(u"changesLabel"_s);
    m_changesList = newChangeTree(this, u"changesList"_s, tr("Changes that will be sent"));
    m_changesLabel->setBuddy(m_changesList);
    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(u"emptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setTextFormat(Qt::PlainText);

    m_theirChangesLabel = new QLabel(tr("Also changed on the &server since you opened it (kept):"), this);
    m_theirChangesLabel->setObjectName(u"theirChangesLabel"_s);
    m_theirChangesList =
        newChangeTree(this, u"theirChangesList"_s, tr("Changed on the server since you opened it, kept"));
    m_theirChangesLabel->setBuddy(m_theirChangesList);

    m_conflictsLabel = new QLabel(this);
    m_conflictsLabel->setObjectName(u"conflictsLabel"_s);
    m_conflictsLabel->setWordWrap(true);
    m_conflictsArea = new QScrollArea(this);
    m_conflictsArea->setObjectName(u"conflictsArea"_s);
    m_conflictsArea->setAccessibleName(tr("Conflicts"));
    m_conflictsArea->setWidgetResizable(true);
    m_conflictsArea->setFrameShape(QFrame::NoFrame);
    m_conflictsContainer = new QWidget(m_conflictsArea);
    new QVBoxLayout(m_conflictsContainer);
    m_conflictsArea->setWidget(m_conflictsContainer);

    m_bodyLabel = new QLabel(tr("Exact request &body:"), this);
    m_bodyLabel->setObjectName(u"bodyLabel"_s);
    m_jsonBody = new RequestBodyView(this);
    m_jsonBody->setObjectName(u"jsonBody"_s);
    m_jsonBody->setAccessibleName(tr("Exact request body (JSON)"));
    m_bodyLabel->setBuddy(m_jsonBody);

    m_skipReviewCheck = new QCheckBox(tr("&Don't ask again — save directly (conflicts are always shown)"), this);
    m_skipReviewCheck->setObjectName(u"skipReviewCheck"_s);
    m_skipReviewCheck->setAccessibleName(tr("Don't ask again, save directly"));
    connect(m_skipReviewCheck, &QCheckBox::toggled, this, &ReviewChangesDialog::skipReviewToggled);

    m_buttons = new QDialogButtonBox(this);
    m_sendButton = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send the changes"));
    m_sendButton->setToolTip(tr("Send exactly the body shown (Ctrl+Enter)"));
    m_sendButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel, send nothing"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSend())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_sendButton->isEnabled())
                m_sendButton->click();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changesList);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_theirChangesLabel);
    layout->addWidget(m_theirChangesList);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_conflictsArea, 3);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(m_jsonBody, 2);
    layout->addWidget(m_skipReviewCheck);
    layout->addWidget(m_buttons);

    setMerge(MergeResult());
}

void ReviewChangesDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (event->spontaneous() || m_sized)
        return;
    // Wide enough for before/after side by side; as tall as what is shown asks (a short body, a short dialog),
    // within the screen.
    m_sized = true;
    QSize size(qMax(kPreferredWidth, sizeHint().width()), sizeHint().height());
    if (const QScreen* shownOn = screen())
        size = size.boundedTo(shownOn->availableSize() * 9 / 10);
    resize(size);
}

void ReviewChangesDialog::setMerge(const MergeResult& merge)
{
    m_merge = merge;
    const QString name = merge.theirs().name().trimmed();
    setWindowTitle(name.isEmpty() ? tr("Review Changes") : tr("Review Changes — %1").arg(ReviewText::shortened(name)));
    rebuildConflicts();
    refresh();
}

bool ReviewChangesDialog::canSend() const
{
    if (m_merge.hasUnresolvedConflicts())
        return false;
    return !patch().isEmpty() || m_merge.hasConflicts();
}

bool ReviewChangesDialog::skipReviewNextTime() const
{
    return m_skipReviewCheck->isChecked();
}

void ReviewChangesDialog::setSkipReviewNextTime(bool skip)
{
    m_skipReviewCheck->setChecked(skip);
}

void ReviewChangesDialog::setNotice(const QString& notice)
{
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
}

void ReviewChangesDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    // The change markers are tints of the palette: recompute them when it changes (light/dark switch).
    if (event->type() == QEvent::PaletteChange && m_sendButton != nullptr)
        refresh();
}

void ReviewChangesDialog::rebuildConflicts()
{
    qDeleteAll(m_conflictWidgets);
    m_conflictWidgets.clear();
    auto* layout = static_cast<QVBoxLayout*>(m_conflictsContainer->layout());
    while (QLayoutItem* item = layout->takeAt(0))
        delete item;

    const QList<MergeConflict> conflicts = m_merge.conflicts();
    for (int i = 0; i < conflicts.size(); ++i) {
        auto* widget = new ConflictChoiceWidget(conflicts.at(i), m_conflictsContainer);
        widget->setObjectName(u"conflictChoice_%1"_s.arg(i));
        if (conflicts.at(i).resolution)
            widget->setChoice(*conflicts.at(i).resolution);
        connect(widget, &ConflictChoiceWidget::choiceChanged, this,
            [this, i](MergeConflict::Side side) { onConflictChosen(i, side); });
        layout->addWidget(widget);
        m_conflictWidgets.append(widget);
    }
    layout->addStretch(1);
    // Show the conflicts whole when they fit (two or three), scroll beyond that.
    m_conflictsArea->setMinimumHeight(qMin(m_conflictsContainer->sizeHint().height(), 300));
    m_conflictsLabel->setVisible(!conflicts.isEmpty());
    m_conflictsArea->setVisible(!conflicts.isEmpty());
    if (!m_conflictWidgets.isEmpty())
        m_conflictWidgets.constFirst()->setFocus();
}

void ReviewChangesDialog::onConflictChosen(int index, MergeConflict::Side side)
{
    m_merge.resolve(index, side);
    refresh();
}

void ReviewChangesDialog::refresh()
{
    const Customer theirs = m_merge.theirs();
    const QList<CustomerChange> changes =
        CustomerDiff::changes(theirs.name(), theirs.metadata(), m_merge.name(), m_merge.metadata());
    fillChanges(m_changesList, changes);
    fillChanges(m_theirChangesList, m_merge.theirChanges());
    m_theirChangesLabel->setVisible(!m_merge.theirChanges().isEmpty());
    m_theirChangesList->setVisible(!m_merge.theirChanges().isEmpty());

    int unresolved = 0;
    for (const MergeConflict& conflict : m_merge.conflicts()) {
        if (!conflict.isResolved())
            ++unresolved;
    }
    if (unresolved > 0) {
        m_conflictsLabel->setText(
            tr("Changed both by you and on the server since you opened it — choose which to keep (%n left; until "
               "then the server's value stays):",
                nullptr, unresolved));
    } else {
        m_conflictsLabel->setText(tr("Changed both by you and on the server since you opened it — your choices:"));
    }

    const CustomerPatch currentPatch = patch();
    m_changesList->setVisible(!changes.isEmpty());
    if (!changes.isEmpty()) {
        m_emptyNote->clear();
    } else if (unresolved > 0) {
        m_emptyNote->setText(tr("Nothing to send yet: choose a side for each conflict below."));
    } else {
        m_emptyNote->setText(tr("Nothing to send: the server already has this version."));
    }
    m_emptyNote->setVisible(changes.isEmpty());

    if (currentPatch.isEmpty()) {
        m_jsonBody->setPlainText(tr("(nothing will be sent)"));
    } else {
        // Pretty-printed from the very bytes that will be sent, so what is shown cannot drift from what goes out.
        const QByteArray bytes = CustomerJson::patchToBytes(currentPatch);
        // Without the newline that ends the indented JSON, which would only add an empty line.
        m_jsonBody->setPlainText(
            QString::fromUtf8(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Indented).trimmed()));
    }
    const QString id = theirs.id();
    m_bodyLabel->setText(
        id.isEmpty() ? tr("Exact request &body:") : tr("Exact request &body (PATCH /v1/express/%1):").arg(id));

    m_sendButton->setEnabled(canSend());
    // Nothing left to send once every conflict went the server's way: the button only closes the review, and
    // says so to every reader of it (its text, its accessible name and its tooltip alike).
    const bool done = currentPatch.isEmpty() && unresolved == 0 && m_merge.hasConflicts();
    m_sendButton->setText(done ? tr("&Done") : tr("&Send"));
    m_sendButton->setAccessibleName(done ? tr("Done: the server already has these values") : tr("Send the changes"));
    m_sendButton->setToolTip(
        done ? tr("Close the review; nothing needs sending") : tr("Send exactly the body shown (Ctrl+Enter)"));
}

void ReviewChangesDialog::fillChanges(QTreeWidget* tree, const QList<CustomerChange>& changes)
{
    tree->clear();
    const QPalette palette = tree->palette();
    QList<QTreeWidgetItem*> items;
    for (const CustomerChange& change : changes) {
        auto* item = new QTreeWidgetItem;
        const bool isName = change.kind == CustomerChange::Kind::NameChanged;
        item->setText(WhatColumn, isName ? tr("Name") : ReviewText::shortened(change.key, 40));
        item->setToolTip(WhatColumn, isName ? tr("Name") : ReviewText::toolTip(change.key));
        item->setData(WhatColumn, Qt::AccessibleTextRole, change.describe());
        item->setText(ChangeColumn, kindText(change.kind));
        item->setBackground(ChangeColumn, kindBackground(change.kind, palette));
        const bool added = change.kind == CustomerChange::Kind::MetadataAdded;
        const bool removed = change.kind == CustomerChange::Kind::MetadataRemoved;
        setValue(
            item, BeforeColumn, added ? std::nullopt : std::optional<QString>(change.oldValue), tr("not set"), palette);
        setValue(item, AfterColumn, removed ? std::nullopt : std::optional<QString>(change.newValue), tr("removed"),
            palette);
        items.append(item);
    }
    tree->addTopLevelItems(items);
    fitHeight(tree);
}
