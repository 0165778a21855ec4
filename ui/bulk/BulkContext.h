// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

class ExpressClient;
class JournaledWrites;
class WorkspaceStore;

// What a bulk change works through: the connection's client and its journaled writes (neither owned; both must
// outlive whatever is given them) and its workspace.
struct BulkContext
{
    ExpressClient* client = nullptr;
    JournaledWrites* writes = nullptr;
    std::shared_ptr<WorkspaceStore> store;

    bool isComplete() const { return client && writes && store; }
};
