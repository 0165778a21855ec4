// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/CustomerPatch.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The answer to a PATCH, checked against what was asked: the server may keep keys the user removed (it
// merges instead of replacing) or store something else. Nothing is fixed automatically; it is reported.
struct UpdateOutcome
{
    Q_DECLARE_TR_FUNCTIONS(UpdateOutcome)

public:
    // The customer as the server answered.
    Customer customer;
    // The name was asked for but the answer has another one.
    bool nameDiffers = false;
    // Keys the user removed that the answer still has (the server merged instead of replacing).
    QStringList keptKeys;
    // Keys that were sent but are missing from the answer.
    QStringList missingKeys;
    // Keys whose value in the answer is not the value sent.
    QStringList differentValues;

    static UpdateOutcome verify(const CustomerPatch& asked, const Customer& answered);
    // The server did exactly what was asked.
    bool isExact() const;
    // For people: "The server kept 2 keys you removed: region, wing." and so on; empty when exact.
    QString describe() const;
};
