// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "OneShotBody.h"

#include <cstring>

OneShotBody::OneShotBody(const QByteArray& body, QObject* parent)
    : QIODevice(parent)
    , m_body(body)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_body.size() - m_read + QIODevice::bytesAvailable();
}

bool OneShotBody::reset()
{
    return false;
}

bool OneShotBody::seek(qint64 pos)
{
    Q_UNUSED(pos);
    return false;
}

bool OneShotBody::atEnd() const
{
    return bytesAvailable() == 0;
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_body.size() - m_read);
    if (count <= 0)
        return m_read >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

qint64 OneShotBody::writeData(const char* data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}
