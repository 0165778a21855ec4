// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/RandomHex.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace Sandbox::RandomHex {

QString generate(QRandomGenerator& random, int byteCount)
{
    QByteArray raw(byteCount, Qt::Uninitialized);
    for (char& byte : raw)
        byte = static_cast<char>(random.bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace Sandbox::RandomHex
