// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataRow.h"

#include <atomic>

quint64 MetadataRow::nextId()
{
    static std::atomic<quint64> counter {0};
    return ++counter;
}

MetadataRow::State MetadataRow::state() const
{
    if (removed) {
        return State::Removed;
    }
    if (!original) {
        return State::Added;
    }
    return entry == *original ? State::Unchanged : State::Changed;
}
