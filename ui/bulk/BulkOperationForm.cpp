// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkOperationForm.h"

#include "core/model/BulkPlanner.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

using Kind = BulkOperation::Kind;

BulkOperationForm::BulkOperationForm(QWidget* parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"operationKind"_s);
    m_kind->setAccessibleName(tr("Operation"));
    m_kind->addItem(tr("Set a key"), QVariant::fromValue(Kind::SetValue));
    m_kind->addItem(tr("Remove a key"), QVariant::fromValue(Kind::RemoveKey));
    m_kind->addItem(tr("Rename a key"), QVariant::fromValue(Kind::RenameKey));
    m_kind->addItem(tr("Replace text in values"), QVariant::fromValue(Kind::ReplaceText));
    m_kind->addItem(tr("Deactivate"), QVariant::fromValue(Kind::Deactivate));
    m_kind->addItem(tr("Reactivate"), QVariant::fromValue(Kind::Reactivate));
    auto* kindLabel = new QLabel(tr("O&peration:"), this);
    kindLabel->setBuddy(m_kind);

    auto field = [this](const QString& name, QLabel** label) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setClearButtonEnabled(true);
        edit->installEventFilter(this);
        *label = new QLabel(this);
        (*label)->setBuddy(edit);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            showProblem({});
            Q_EMIT inputChanged();
        });
        return edit;
    };
    m_key = field(u"operationKey"_s, &m_keyLabel);
    m_second = field(u"operationValue"_s, &m_secondLabel);
    m_replacement = field(u"operationReplacement"_s, &m_replacementLabel);
    m_kind->installEventFilter(this);

    m_add = new QPushButton(tr("A&dd"), this);
    m_add->setObjectName(u"addOperationButton"_s);
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Add this operation to the list (Enter in any field)"));
    connect(m_add, &QPushButton::clicked, this, &BulkOperationForm::add);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"operationProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(kindLabel, 0, 0);
    layout->addWidget(m_kind, 1, 0);
    layout->addWidget(m_keyLabel, 0, 1);
    layout->addWidget(m_key, 1, 1);
    layout->addWidget(m_secondLabel, 0, 2);
    layout->addWidget(m_second, 1, 2);
    layout->addWidget(m_replacementLabel, 0, 3);
    layout->addWidget(m_replacement, 1, 3);
    layout->addWidget(m_add, 1, 4);
    layout->addWidget(m_problem, 2, 0, 1, 5);
    for (int column = 1; column <= 3; ++column)
        layout->setColumnStretch(column, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &BulkOperationForm::onKindChanged);
    onKindChanged();
}

Kind BulkOperationForm::kind() const
{
    return m_kind->currentData().value<Kind>();
}

void BulkOperationForm::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(kind)));
}

void BulkOperationForm::onKindChanged()
{
    const Kind chosen = kind();
    const bool metadata = chosen != Kind::Deactivate && chosen != Kind::Reactivate;
    m_keyLabel->setText(chosen == Kind::RenameKey ? tr("&Key to rename:") : tr("&Key:"));
    switch (chosen) {
    case Kind::SetValue:
        m_secondLabel->setText(tr("&Value:"));
        break;
    case Kind::RenameKey:
        m_secondLabel->setText(tr("&New key:"));
        break;
    case Kind::ReplaceText:
        m_secondLabel->setText(tr("&Find:"));
        break;
    default:
        break;
    }
    m_replacementLabel->setText(tr("Replace &with:"));
    const bool second = chosen == Kind::SetValue || chosen == Kind::RenameKey || chosen == Kind::ReplaceText;
    for (QWidget* widget : {static_cast<QWidget*>(m_keyLabel), static_cast<QWidget*>(m_key)})
        widget->setVisible(metadata);
    for (QWidget* widget : {static_cast<QWidget*>(m_secondLabel), static_cast<QWidget*>(m_second)})
        widget->setVisible(second);
    for (QWidget* widget : {static_cast<QWidget*>(m_replacementLabel), static_cast<QWidget*>(m_replacement)})
        widget->setVisible(chosen == Kind::ReplaceText);
    m_key->setAccessibleName(m_keyLabel->text().remove(u'&').remove(u':'));
    m_second->setAccessibleName(m_secondLabel->text().remove(u'&').remove(u':'));
    m_replacement->setAccessibleName(m_replacementLabel->text().remove(u'&').remove(u':'));
    showProblem({});
    Q_EMIT inputChanged();
}

BulkOperation BulkOperationForm::operation() const
{
    switch (kind()) {
    case Kind::SetValue:
        return BulkOperation::setValue(m_key->text().trimmed(), m_second->text());
    case Kind::RemoveKey:
        return BulkOperation::removeKey(m_key->text().trimmed());
    case Kind::RenameKey:
        return BulkOperation::renameKey(m_key->text().trimmed(), m_second->text().trimmed());
    case Kind::ReplaceText:
        return BulkOperation::replaceText(m_key->text().trimmed(), m_second->text(), m_replacement->text());
    case Kind::Deactivate:
        return BulkOperation::deactivate();
    case Kind::Reactivate:
        return BulkOperation::reactivate();
    }
    return {};
}

bool BulkOperationForm::hasInput() const
{
    // The key field is there for every metadata operation (and hidden, its text kept, for the others).
    return operation().isMetadata() && !m_key->text().trimmed().isEmpty();
}

bool BulkOperationForm::add()
{
    const BulkOperation typed = operation();
    const QStringList problems = BulkPlanner::checkOperations({typed});
    if (!problems.isEmpty()) {
        showProblem(problems.join(u' '));
        (typed.isMetadata() ? static_cast<QWidget*>(m_key) : m_kind)->setFocus(Qt::OtherFocusReason);
        return false;
    }
    Q_EMIT addRequested(typed);
    clear();
    (typed.isMetadata() ? static_cast<QWidget*>(m_key) : m_kind)->setFocus(Qt::OtherFocusReason);
    return true;
}

void BulkOperationForm::clear()
{
    m_key->clear();
    m_second->clear();
    m_replacement->clear();
    showProblem({});
}

QString BulkOperationForm::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BulkOperationForm::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool BulkOperationForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Enter adds the operation rather than pressing the dialog's default button; Ctrl+Enter is the dialog's.
        if (enter && !(key->modifiers() & Qt::ControlModifier)) {
            auto* combo = qobject_cast<QComboBox*>(watched);
            if (!combo || !combo->view()->isVisible()) {
                add();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
