// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QPushButton;

// The first start without a profile: try the local sandbox, or connect to an Avara API. Open it with open().
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget* parent = nullptr);
    ~FirstRunDialog() override;

Q_SIGNALS:
    void sandboxChosen();
    void connectChosen();

private:
    QPushButton* m_sandboxButton = nullptr;
    QPushButton* m_connectButton = nullptr;
};
