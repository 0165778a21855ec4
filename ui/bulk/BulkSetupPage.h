// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bulk/BulkPreview.h"

#include <QWidget>

class BulkCustomerChoice;
class BulkOperationsEditor;
class QCheckBox;
class QLabel;
class QPushButton;

// The first step of a bulk change: which customers (BulkCustomerChoice) and what to do to them
// (BulkOperationsEditor), and whether the preview reads every customer from the server or takes the workspace's copy.
// Preview (Ctrl+Enter) goes on once there are customers and valid operations.
class BulkSetupPage : public QWidget
{
    Q_OBJECT

public:
    explicit BulkSetupPage(QWidget* parent = nullptr);

    BulkCustomerChoice* choice() const { return m_choice; }
    BulkOperationsEditor* operations() const { return m_operations; }
    QPushButton* previewButton() const { return m_preview; }
    BulkPreview::Source previewSource() const;
    // Why Preview is disabled; empty when it is not.
    QString blockedReason() const;

Q_SIGNALS:
    void previewRequested();

private:
    void update();
    void onPreviewClicked();

    BulkCustomerChoice* m_choice = nullptr;
    BulkOperationsEditor* m_operations = nullptr;
    QCheckBox* m_fromServer = nullptr;
    QLabel* m_blocked = nullptr;
    QPushButton* m_preview = nullptr;
};
