// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkText.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

using Outcome = BulkCustomerPlan::Outcome;
using State = BulkItemRecord::State;

namespace {

const QColor kGreen(0x2e, 0x9d, 0x3e);
const QColor kGrey(0x8a, 0x8a, 0x8a);
const QColor kRed(0xd3, 0x2f, 0x2f);
const QColor kAmber(0xef, 0x8f, 0x00);
const QColor kBlue(0x1e, 0x88, 0xe5);

// A dot; hollow when not known to be done.
QIcon dot(const QColor& color, bool hollow)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (hollow) {
        painter.setPen(QPen(color, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(2, 2, 12, 12));
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

QString BulkText::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Change:
        return tr("Will change");
    case Outcome::Skip:
        return tr("Already as asked");
    case Outcome::Invalid:
        return tr("Cannot be changed");
    case Outcome::AlreadyApplied:
        return tr("Already changed");
    case Outcome::Uncertain:
        return tr("Changed by someone else");
    }
    return QString();
}

QString BulkText::state(State state)
{
    switch (state) {
    case State::Planned:
        return tr("Waiting");
    case State::Excluded:
        return tr("Excluded");
    case State::InFlight:
        return tr("In progress");
    case State::Succeeded:
        return tr("Changed");
    case State::Skipped:
        return tr("Already as asked");
    case State::Failed:
        return tr("Failed");
    case State::Uncertain:
        return tr("May have been changed");
    }
    return QString();
}

QIcon BulkText::outcomeIcon(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Change:
    case Outcome::AlreadyApplied:
        return dot(kGreen, false);
    case Outcome::Skip:
        return dot(kGrey, false);
    case Outcome::Invalid:
        return dot(kRed, false);
    case Outcome::Uncertain:
        return dot(kAmber, true);
    }
    return {};
}

QIcon BulkText::stateIcon(State state)
{
    switch (state) {
    case State::Planned:
        return dot(kGrey, true);
    case State::Excluded:
        return dot(Qt::transparent, false); // none, yet the word stands where the others do
    case State::InFlight:
        return dot(kBlue, true);
    case State::Succeeded:
        return dot(kGreen, false);
    case State::Skipped:
        return dot(kGrey, false);
    case State::Failed:
        return dot(kRed, false);
    case State::Uncertain:
        return dot(kAmber, true);
    }
    return {};
}

QString BulkText::operations(const QList<BulkOperation>& operations)
{
    QStringList described;
    for (const BulkOperation& operation : operations)
        described.append(operation.describe());
    return described.join(u"; "_s);
}

QString BulkText::timeLeft(std::chrono::seconds left)
{
    const qint64 seconds = left.count();
    if (seconds < 1)
        return tr("less than a second");
    if (seconds < 90)
        return tr("about %n s", nullptr, int(seconds));
    if (seconds < 90 * 60)
        return tr("about %n min", nullptr, int((seconds + 30) / 60));
    return tr("about %n h", nullptr, int((seconds + 1800) / 3600));
}
