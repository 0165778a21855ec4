// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

// The process exit codes of express-admin-cli, as documented in its --help. Scripts branch on them.
enum class ExitCode : int {
    Success = 0,
    Failure = 1, // anything else (e.g. the sandbox could not be started)
    InvalidInput = 2, // usage, a malformed id, validation, a missing API key
    ApiRefused = 3, // the API answered 4xx
    Unreachable = 4, // connection failure, timeout, 5xx, an answer that breaks the contract
    NotExact = 5, // the server answered but did not do exactly what was asked
};
