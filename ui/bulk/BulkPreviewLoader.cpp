// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkPreviewLoader.h"

#include "ui/bulk/BulkPreviewModel.h"

BulkPreviewLoader::BulkPreviewLoader(
    ExpressClient* client, std::shared_ptr<WorkspaceStore> store, BulkPreviewModel* model, QObject* parent)
    : QObject(parent)
    , m_preview(client, std::move(store))
    , m_model(model)
{
    connect(&m_preview, &BulkPreview::finished, this, &BulkPreviewLoader::onChunkFinished);
    connect(&m_preview, &BulkPreview::progress, this, [this](int planned, int) {
        if (m_running)
            Q_EMIT progress(int(m_next) + planned, int(m_ids.size()));
    });
}

void BulkPreviewLoader::start(
    const QList<BulkOperation>& operations, const QStringList& customerIds, BulkPreview::Source source)
{
    cancel();
    m_model->clear();
    m_operations = operations;
    m_ids = customerIds;
    m_source = source;
    m_next = 0;
    m_running = true;
    m_cancelled = false;
    m_timer.start();
    Q_EMIT progress(0, int(m_ids.size()));
    startChunk();
}

void BulkPreviewLoader::startChunk()
{
    // BulkPreview::start() plans the mirror's customers of the chunk at once and finishes from the event loop.
    m_preview.start(m_operations, m_ids.mid(m_next, kChunk), m_source);
}

void BulkPreviewLoader::onChunkFinished()
{
    if (!m_running)
        return;
    m_model->append(m_preview.plans());
    m_next += m_preview.plans().size();
    Q_EMIT progress(int(m_next), int(m_ids.size()));
    if (m_cancelled || m_next >= m_ids.size()) {
        m_running = false;
        m_elapsedMs = m_timer.elapsed();
        Q_EMIT finished();
        return;
    }
    startChunk();
}

void BulkPreviewLoader::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // finished() of the chunk under way follows at once, with what it planned; no more chunks start.
    if (m_preview.isRunning())
        m_preview.cancel();
}
