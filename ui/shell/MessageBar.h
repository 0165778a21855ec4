// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// An inline, non-modal message at the top of the detail area: an error with Retry (and "Fix key…" when the
// server refused the key), a warning, or a notice. Tinted from the palette; closes with its × button or Escape.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information };
    Q_ENUM(Kind)

    enum Action {
        NoAction = 0x0,
        RetryAction = 0x1,
        FixKeyAction = 0x2,
    };
    Q_DECLARE_FLAGS(Actions, Action)

    explicit MessageBar(QWidget* parent = nullptr);
    ~MessageBar() override;

    void showMessage(Kind kind, const QString& text, Actions actions = NoAction);
    void showError(const QString& text, Actions actions = RetryAction) { showMessage(Kind::Error, text, actions); }

    Kind kind() const { return m_kind; }
    QString text() const;
    Actions actions() const { return m_actions; }

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void retryRequested();
    void fixKeyRequested();
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateColors();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_fixKeyButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    Kind m_kind = Kind::Information;
    Actions m_actions;
    bool m_updatingColors = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MessageBar::Actions)
