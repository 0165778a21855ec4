// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bulk/BulkPreview.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class BulkPreviewModel;

// Fills a BulkPreviewModel with a BulkPreview of many customers without freezing the window: the ids go through the
// preview kChunk at a time (the mirror's part of a chunk is planned at once, the rest read from the API many at a
// time), each chunk's rows are appended when it is done, and the event loop runs between chunks. Cancellable: the
// rows planned so far stay.
class BulkPreviewLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kChunk = 250;

    // client is not owned and must outlive the loader; model is not owned.
    BulkPreviewLoader(ExpressClient* client, std::shared_ptr<WorkspaceStore> store, BulkPreviewModel* model,
        QObject* parent = nullptr);

    // Clears the model and plans the operations for these customers, in this order.
    void start(const QList<BulkOperation>& operations, const QStringList& customerIds,
        BulkPreview::Source source = BulkPreview::Source::Mirror);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // The customers asked for.
    int total() const { return int(m_ids.size()); }
    // How long the last preview took until finished(), in milliseconds.
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void progress(int planned, int total);
    void finished();

private:
    void startChunk();
    void onChunkFinished();

    BulkPreview m_preview;
    BulkPreviewModel* m_model;
    QList<BulkOperation> m_operations;
    QStringList m_ids;
    BulkPreview::Source m_source = BulkPreview::Source::Mirror;
    qsizetype m_next = 0; // the first id of the chunk being planned
    bool m_running = false;
    bool m_cancelled = false;
    QElapsedTimer m_timer;
    qint64 m_elapsedMs = 0;
};
