// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "MetadataEdits.h"

#include "core/model/BulkOperation.h"
#include "core/store/BulkRunRecord.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

struct CliCommand;

// One parsed invocation of express-admin-cli: the global options and the command with its arguments.
// Ids have been checked; everything else (the API key, the metadata file, validation) is checked later.
struct CliRequest
{
    // The command's entry in CliCommands' table.
    const CliCommand* command = nullptr;

    // Global options.
    std::optional<QUrl> baseUrl;
    bool sandbox = false;
    bool json = false;
    std::optional<int> retries;
    std::optional<std::chrono::milliseconds> timeout;

    // list
    bool all = false;
    int limit = 0; // 0: the server's default page (or 100 per page with --all)
    QString cursor;

    // search
    QString query;

    // history: entries recorded at or after since; customerId (when not empty) picks one customer
    std::optional<QDateTime> since;

    // get, update, deactivate, reactivate, users, history
    QString customerId;
    // users add/remove
    QString userId;
    bool addUser = true;

    // update and create: --name, --set, --unset, --clear-metadata, --metadata-file
    MetadataEdits edits;
    bool dryRun = false; // also bulk

    // bulk: the operations in the order given, how the customers are chosen (--search: query; --ids: idsFile; --all),
    // or --resume; --yes, --concurrency
    QList<BulkOperation> bulkOperations;
    BulkRunRecord::Selection bulkSelection = BulkRunRecord::Selection::All;
    QString idsFile;
    bool bulkResume = false;
    bool yes = false;
    std::optional<int> concurrency;
};
