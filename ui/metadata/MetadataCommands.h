// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/MetadataEntry.h"

#include <QList>
#include <QString>

#include <memory>

class MetadataDocument;
class QUndoCommand;
class QUndoStack;

// The undo steps of the metadata table, built over a MetadataDocument. Each factory reads the document as it is
// now, plans the step (rows by id, so it survives sorting) and returns a command whose redo()/undo() call the
// document's apply functions in one batch; nullptr when the step would change nothing. Rows are document rows.
// The document must outlive the command or the command does nothing.
namespace MetadataCommands {

// What mergeEntries() will do.
struct MergeCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// One cell's text. Nothing for a row marked removed or an unchanged text.
std::unique_ptr<QUndoCommand> setCell(MetadataDocument* document, int row, int column, const QString& text);
// Added rows at position (clamped), in order.
std::unique_ptr<QUndoCommand> insertRows(MetadataDocument* document, int position, const QList<MetadataEntry>& entries);
std::unique_ptr<QUndoCommand> appendRow(MetadataDocument* document, const MetadataEntry& entry = {});
// Baseline rows are marked removed, added rows are deleted. Rows already removed and rows out of range are skipped.
std::unique_ptr<QUndoCommand> removeRows(MetadataDocument* document, const QList<int>& rows);
// The rows go back to the baseline: added rows are deleted, changed and removed ones get their original back.
std::unique_ptr<QUndoCommand> revertRows(MetadataDocument* document, const QList<int>& rows);
std::unique_ptr<QUndoCommand> revertAll(MetadataDocument* document);
// Pasted or imported pairs: an existing key (or a removed baseline row with that key) gets the new value, other
// keys are added at the end. When a key appears twice in entries, its last value counts. counts, when given,
// says what the step does.
std::unique_ptr<QUndoCommand> mergeEntries(MetadataDocument* document, const QList<MetadataEntry>& entries,
    const QString& text, MergeCounts* counts = nullptr);

// Pushes command (which runs its redo()) unless it is nullptr; true when pushed.
bool push(QUndoStack* stack, std::unique_ptr<QUndoCommand> command);

} // namespace MetadataCommands
