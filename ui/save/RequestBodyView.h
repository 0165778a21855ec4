// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

// A read-only, monospaced, selectable view of a request body that asks for as many lines as the body has
// (within kMinLines..kMaxLines), so a short body leaves a short dialog and a long one scrolls.
class RequestBodyView : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMinLines = 4;
    static constexpr int kMaxLines = 18;

    explicit RequestBodyView(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int heightForLines(int lines) const;
};
