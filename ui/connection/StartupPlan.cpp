// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "StartupPlan.h"

#include "core/settings/ProfileStore.h"

StartupPlan StartupPlan::choose(
    bool sandboxOption, const QProcessEnvironment& environment, const ProfileStore& profiles)
{
    StartupPlan plan;
    if (sandboxOption) {
        plan.action = Action::Sandbox;
        return plan;
    }
    // A key in the environment is a deliberate choice for this run: it beats whatever was used last.
    const ConnectionProfile fromEnvironment = ConnectionProfile::fromEnvironment(environment);
    if (fromEnvironment.isValid()) {
        plan.action = Action::Environment;
        plan.profile = fromEnvironment;
        plan.apiKey = ClientOptions::fromEnvironment(environment).apiKey;
        return plan;
    }
    const QString last = profiles.lastUsedId();
    if (last == ConnectionProfile::kSandboxId) {
        plan.action = Action::Sandbox;
        return plan;
    }
    std::optional<ConnectionProfile> profile = profiles.profile(last);
    if (!profile && !profiles.isEmpty())
        profile = profiles.profiles().first();
    if (profile) {
        plan.action = Action::StoredProfile;
        plan.profile = *profile;
    }
    return plan;
}
