// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "OpenByIdField.h"

#include "core/model/Validation.h"

#include <QAction>
#include <QEvent>
#include <QStyle>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QStringView kIdPrefix = u"cus_";
constexpr int kIdHexDigits = 32;

// Could typing more characters make this a valid customer id?
bool isCustomerIdPrefix(QStringView text)
{
    if (text.size() >= kIdPrefix.size() + kIdHexDigits)
        return false;
    if (text.size() <= kIdPrefix.size())
        return kIdPrefix.startsWith(text);
    if (!text.startsWith(kIdPrefix))
        return false;
    const QStringView hex = text.mid(kIdPrefix.size());
    return std::all_of(
        hex.begin(), hex.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

OpenByIdField::OpenByIdField(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(u"openById"_s);
    setPlaceholderText(tr("cus_… then Enter"));
    setAccessibleName(tr("Open customer by id"));
    setToolTip(tr("Paste a customer id (cus_ and 32 hexadecimal digits) and press Enter to open it"));
    setClearButtonEnabled(true);
    m_flag = addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_flag->setVisible(false);
    connect(this, &QLineEdit::textChanged, this, [this] {
        m_submitted = false;
        updateFlag();
    });
    connect(this, &QLineEdit::returnPressed, this, &OpenByIdField::onEntered);
}

OpenByIdField::Input OpenByIdField::input() const
{
    const QString id = text().trimmed();
    if (id.isEmpty())
        return Input::Empty;
    if (Validation::isValidCustomerId(id))
        return Input::Valid;
    return isCustomerIdPrefix(id) ? Input::Incomplete : Input::Invalid;
}

void OpenByIdField::onEntered()
{
    if (input() != Input::Valid) {
        // Kept as typed, and now flagged even if it only lacks characters.
        m_submitted = true;
        updateFlag();
        return;
    }
    selectAll(); // the next paste or keystroke replaces it
    Q_EMIT openRequested(text().trimmed());
}

void OpenByIdField::updateFlag()
{
    const Input state = input();
    const bool flagged = state == Input::Invalid || (state == Input::Incomplete && m_submitted);
    QString message;
    if (flagged) {
        const QList<ValidationIssue> issues = Validation::checkCustomerId(text().trimmed());
        message = issues.isEmpty() ? tr("This is not a customer id.") : issues.constFirst().message;
    }
    setProperty("invalid", flagged);
    m_flag->setVisible(flagged);
    m_flag->setToolTip(message);
    setToolTip(
        flagged ? message : tr("Paste a customer id (cus_ and 32 hexadecimal digits) and press Enter to open it"));
    setAccessibleDescription(message);
}

void OpenByIdField::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        m_flag->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
}
