// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class MetadataDocument;
class QFileDialog;
class QUndoStack;
class QWidget;

// Metadata in and out of the table: pasted text and imported files are merged into a document as one undo step
// (MetadataCommands::mergeEntries), and its rows are exported to a file. Each says what it did, or why it did
// nothing, in a sentence for the editor's notice line; nothing changes on failure.
class MetadataTransfer
{
    Q_DECLARE_TR_FUNCTIONS(MetadataTransfer)

public:
    struct Outcome
    {
        bool ok = false;
        // "Pasted 3 pairs: 1 added, 2 updated, 0 already as pasted." or "Nothing pasted: …".
        QString notice;
    };

    // Tab-separated rows or key=value lines (MetadataClipboard).
    static Outcome paste(MetadataDocument* document, QUndoStack* stack, const QString& text);
    // A .json or .csv file (MetadataFile).
    static Outcome importFile(MetadataDocument* document, QUndoStack* stack, const QString& path);
    // The rows not marked removed, to a .json or .csv file.
    static Outcome exportFile(const MetadataDocument& document, const QString& path);

    // The file name an export suggests for a customer: baseName made safe for file systems (reserved and control
    // characters become "-", no leading dot, at most 100 characters), then "-metadata.json"; "metadata.json"
    // when nothing is left. "ACME: North/South" gives "ACME- North-South-metadata.json".
    static QString exportFileName(const QString& baseName);

    // File dialogs for import (.json or .csv) and export (fileName preselected; the suffix follows the chosen
    // filter), deleted on close. The caller connects fileSelected and calls open().
    static QFileDialog* importDialog(QWidget* parent);
    static QFileDialog* exportDialog(QWidget* parent, const QString& fileName);
};
