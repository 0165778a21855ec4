// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/CustomerJson.h"
#include "core/model/CustomerPatch.h"
#include "core/model/MergeResult.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

class ConflictChoiceWidget;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class RequestBodyView;

// Shows what a save will send before it is sent: each change to the customer as it is now on the server, the
// other admin's changes merged in, a side-by-side choice per conflict, and the exact JSON body. Open it with
// open(); accepted() means "send merge().patchAgainstTheirs()".
class ReviewChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewChangesDialog(QWidget* parent = nullptr);

    // Replaces what is shown. Conflicts already resolved in merge are shown with their choice.
    void setMerge(const MergeResult& merge);
    // The merge with the user's choices so far.
    MergeResult merge() const { return m_merge; }
    CustomerPatch patch() const { return m_merge.patchAgainstTheirs(); }
    // The exact bytes that will be sent (compact JSON).
    QByteArray body() const { return CustomerJson::patchToBytes(patch()); }
    // Every conflict has a side, and there is something to send or a conflict was decided (accepting then
    // means "nothing needs sending").
    bool canSend() const;

    // The "don't ask again" preference as ticked in the dialog.
    bool skipReviewNextTime() const;
    void setSkipReviewNextTime(bool skip);

    // An extra line above the changes (e.g. the customer changed again while the review was open); empty hides it.
    void setNotice(const QString& notice);

Q_SIGNALS:
    // The user ticked or unticked "Don't ask again — save directly".
    void skipReviewToggled(bool skip);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int kPreferredWidth = 760;

    void rebuildConflicts();
    void refresh();
    void fillChanges(QTreeWidget* tree, const QList<CustomerChange>& changes);
    void onConflictChosen(int index, MergeConflict::Side side);

    MergeResult m_merge;
    QLabel* m_noticeLabel = nullptr;
    QLabel* m_changesLabel = nullptr;
    QTreeWidget* m_changesList = nullptr;
    QLabel* m_emptyNote = nullptr;
    QLabel* m_theirChangesLabel = nullptr;
    QTreeWidget* m_theirChangesList = nullptr;
    QLabel* m_conflictsLabel = nullptr;
    QScrollArea* m_conflictsArea = nullptr;
    QWidget* m_conflictsContainer = nullptr;
    QList<ConflictChoiceWidget*> m_conflictWidgets;
    QLabel* m_bodyLabel = nullptr;
    RequestBodyView* m_jsonBody = nullptr;
    QCheckBox* m_skipReviewCheck = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    // Sized to its contents on the first show; later the user's size stands.
    bool m_sized = false;
};
