// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/store/StoreError.h"

#include <QString>

#include <optional>

// How a sync of the customer list into the mirror ended.
struct SyncOutcome
{
    enum class Status {
        Completed, // every page stored; customers that disappeared were dropped
        Cancelled, // stopped on request: the pages so far are stored, nothing was dropped
        Failed, // the API or the store failed: the pages before are stored, nothing was dropped
    };

    Status status = Status::Completed;
    int customers = 0; // stored by this sync
    int dropped = 0; // Completed: customers no longer in the list
    std::optional<ApiError> apiError;
    std::optional<StoreError> storeError;

    // The failure's message; empty unless Failed.
    QString message() const
    {
        if (storeError)
            return storeError->message;
        return apiError ? apiError->message : QString();
    }
};
