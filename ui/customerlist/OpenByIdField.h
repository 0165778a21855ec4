// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>

class QAction;

// "Open by id": a field for a pasted or typed customer id. Enter with a valid id asks to open it; an id that can no
// longer become valid is flagged at once, one that only lacks characters once Enter was pressed. What was typed is
// kept.
class OpenByIdField : public QLineEdit
{
    Q_OBJECT

public:
    explicit OpenByIdField(QWidget* parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString& customerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Input { Empty, Incomplete, Invalid, Valid };

    Input input() const;
    void onEntered();
    void updateFlag();

    QAction* m_flag = nullptr;
    bool m_submitted = false;
};
