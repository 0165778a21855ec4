// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataTransfer.h"

#include "core/io/MetadataClipboard.h"
#include "core/io/MetadataFile.h"
#include "core/model/MetadataDocument.h"
#include "ui/metadata/MetadataCommands.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QUndoCommand>

using namespace Qt::Literals::StringLiterals;

namespace {

// Of the name before "-metadata.json".
constexpr int kMaxFileBaseName = 100;

bool isTrimmed(QChar c)
{
    return c == u'.' || c == u'-' || c == u' ';
}

} // namespace

MetadataTransfer::Outcome MetadataTransfer::paste(MetadataDocument* document, QUndoStack* stack, const QString& text)
{
    const auto parsed = MetadataClipboard::parse(text);
    if (parsed.isError()) {
        return {false, tr("Nothing pasted: %1").arg(parsed.error().message)};
    }
    const QList<MetadataEntry>& entries = parsed.value();
    const auto count = static_cast<int>(entries.size());
    MetadataCommands::MergeCounts counts;
    MetadataCommands::push(stack,
        MetadataCommands::mergeEntries(document, entries,
            (count == 1 ? tr("Paste %n metadata pair", nullptr, count) : tr("Paste %n metadata pairs", nullptr, count)),
            &counts));
    return {true,
        (count == 1 ? tr("Pasted %n pair: %1 added, %2 updated, %3 already as pasted.", nullptr, count)
                    : tr("Pasted %n pairs: %1 added, %2 updated, %3 already as pasted.", nullptr, count))
            .arg(counts.added)
            .arg(counts.updated)
            .arg(counts.unchanged)};
}

MetadataTransfer::Outcome MetadataTransfer::importFile(
    MetadataDocument* document, QUndoStack* stack, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const auto read = MetadataFile::read(path);
    if (read.isError()) {
        return {false, tr("Nothing imported: %1").arg(read.error().message)};
    }
    const QList<MetadataEntry>& entries = read.value();
    const auto count = static_cast<int>(entries.size());
    if (count == 0) {
        return {false, tr("Nothing imported: “%1” holds no metadata.").arg(name)};
    }
    MetadataCommands::MergeCounts counts;
    MetadataCommands::push(stack,
        MetadataCommands::mergeEntries(document, entries,
            (count == 1 ? tr("Import %n metadata pair from “%1”", nullptr, count)
                        : tr("Import %n metadata pairs from “%1”", nullptr, count))
                .arg(name),
            &counts));
    return {true,
        (count == 1
                ? tr("Imported %n pair from “%1”: %2 added, %3 updated, %4 already as in the file.", nullptr, count)
                : tr("Imported %n pairs from “%1”: %2 added, %3 updated, %4 already as in the file.", nullptr, count))
            .arg(name)
            .arg(counts.added)
            .arg(counts.updated)
            .arg(counts.unchanged)};
}

MetadataTransfer::Outcome MetadataTransfer::exportFile(const MetadataDocument& document, const QString& path)
{
    const QList<MetadataEntry> entries = document.currentEntries();
    if (const auto error = MetadataFile::write(path, entries)) {
        return {false, tr("Not exported: %1").arg(error->message)};
    }
    return {true,
        (entries.size() == 1 ? tr("Exported %n pair to “%1”.", nullptr, 1)
                             : tr("Exported %n pairs to “%1”.", nullptr, static_cast<int>(entries.size())))
            .arg(QFileInfo(path).fileName())};
}

QString MetadataTransfer::exportFileName(const QString& baseName)
{
    // Characters that some file system refuses, and control characters, become a dash.
    QString name;
    name.reserve(baseName.size());
    for (const QChar c : baseName) {
        name.append(c.category() == QChar::Other_Control || u"/\\:*?\"<>|"_s.contains(c) ? u'-' : c);
    }
    name = name.simplified();
    // No hidden file (a leading dot), and nothing Windows drops at the end.
    while (!name.isEmpty() && isTrimmed(name.front())) {
        name.remove(0, 1);
    }
    name.truncate(kMaxFileBaseName);
    while (!name.isEmpty() && isTrimmed(name.back())) {
        name.chop(1);
    }
    return name.isEmpty() ? u"metadata.json"_s : name + u"-metadata.json"_s;
}

QFileDialog* MetadataTransfer::importDialog(QWidget* parent)
{
    auto* dialog = new QFileDialog(
        parent, tr("Import Metadata"), QString(), tr("Metadata files (*.json *.csv);;JSON (*.json);;CSV (*.csv)"));
    dialog->setObjectName(u"metadataImportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QFileDialog* MetadataTransfer::exportDialog(QWidget* parent, const QString& fileName)
{
    auto* dialog = new QFileDialog(parent, tr("Export Metadata"), QString(), tr("JSON (*.json);;CSV (*.csv)"));
    dialog->setObjectName(u"metadataExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(fileName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The suffix follows the chosen filter when the user types a name without one.
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(u"*.csv"_s) ? u"csv"_s : u"json"_s);
    });
    return dialog;
}
