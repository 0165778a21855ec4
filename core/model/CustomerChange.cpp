// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerChange.h"

QString CustomerChange::describe() const
{
    switch (kind) {
    case Kind::NameChanged:
        return tr("Renamed from “%1” to “%2”").arg(oldValue, newValue);
    case Kind::MetadataAdded:
        return tr("Added “%1”: “%2”").arg(key, newValue);
    case Kind::MetadataRemoved:
        return tr("Removed “%1” (was “%2”)").arg(key, oldValue);
    case Kind::MetadataChanged:
        return tr("Changed “%1” from “%2” to “%3”").arg(key, oldValue, newValue);
    }
    return QString();
}
