// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerPatch.h"

using namespace Qt::Literals::StringLiterals;

void CustomerPatch::replaceMetadata(const Metadata& metadata)
{
    m_metadataChange = MetadataChange::Replace;
    m_metadata = metadata;
}

void CustomerPatch::clearMetadata()
{
    m_metadataChange = MetadataChange::Clear;
    m_metadata.clear();
}

bool CustomerPatch::isEmpty() const
{
    return !m_name && m_metadataChange == MetadataChange::Unchanged;
}
