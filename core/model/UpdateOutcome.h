// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/CustomerPatch.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the server did with a PATCH, checked against what was asked: the server may keep keys the user removed
// (it merges instead of replacing) or store something else. Nothing is fixed automatically; it is reported.
struct UpdateOutcome
{
    Q_DECLARE_TR_FUNCTIONS(UpdateOutcome)

public:
    // What the fields below compare with what was asked.
    enum class Basis {
        Answer, // the server's answer (ExpressClient reads again only when the answer is not exact)
        ReadAgain, // the answer was not exact, so the customer was read again: this is what the server holds
        Unchecked, // the answer was not exact and reading the customer again failed (readAgainError says why)
    };

    Basis basis = Basis::Answer;
    // The customer as the server answered, or as read again (Basis::ReadAgain).
    Customer customer;
    // Basis::Unchecked: why the customer could not be read again.
    QString readAgainError;
    // The name was asked for but the answer has another one.
    bool nameDiffers = false;
    // Keys the user removed that the answer still has (the server merged instead of replacing).
    QStringList keptKeys;
    // Keys that were sent but are missing from the answer.
    QStringList missingKeys;
    // Keys whose value in the answer is not the value sent.
    QStringList differentValues;

    static UpdateOutcome verify(const CustomerPatch& asked, const Customer& answered);
    // The server did exactly what was asked (as far as customer shows).
    bool isExact() const;
    // The answer was not exact, but reading again shows the server holds exactly what was asked.
    bool answerWasStale() const { return basis == Basis::ReadAgain && isExact(); }
    // For people: "The server kept 2 keys you removed: region, wing." and so on; empty when exact.
    QString describe() const;
};
