// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Pasting 50 metadata pairs, and editing one cell, in the metadata table: shown in a MetadataEditor (view, summary,
// pair count, actions) and, in the same run, in a bare QTableView on the same model class, so that the ratio of the
// two is what the editor adds.

#include "core/model/MetadataDocument.h"
#include "ui/metadata/MetadataCommands.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"

#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kPasted = 50;

// A customer's five pairs, before the paste.
Metadata baseline()
{
    Metadata metadata;
    for (int i = 0; i < 5; ++i)
        metadata.insert(u"existing%1"_s.arg(i), u"value"_s);
    return metadata;
}

QList<MetadataEntry> pasted()
{
    QList<MetadataEntry> entries;
    for (int i = 0; i < kPasted; ++i)
        entries.append({u"pasted%1"_s.arg(i, 2, 10, QChar(u'0')), u"value %1"_s.arg(i)});
    return entries;
}

} // namespace

class bench_MetadataEditor : public QObject
{
    Q_OBJECT

private:
    // The editor's document, or one of its own under a model in a bare table view.
    void show(bool inEditor)
    {
        cleanup();
        if (inEditor) {
            m_editor = std::make_unique<MetadataEditor>();
            m_editor->resize(800, 600);
            m_editor->show();
            m_document = m_editor->document();
            m_stack = m_editor->undoStack();
            m_model = m_editor->model();
            return;
        }
        m_ownDocument = std::make_unique<MetadataDocument>();
        m_ownStack = std::make_unique<QUndoStack>();
        m_ownModel = std::make_unique<MetadataTableModel>();
        m_ownModel->setDocument(m_ownDocument.get(), m_ownStack.get());
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_ownModel.get());
        m_view->resize(800, 600);
        m_view->show();
        m_document = m_ownDocument.get();
        m_stack = m_ownStack.get();
        m_model = m_ownModel.get();
    }

    void setBaseline(const Metadata& metadata)
    {
        m_document->setBaseline(metadata);
        m_stack->clear();
    }

    void paste(const QList<MetadataEntry>& entries)
    {
        MetadataCommands::push(m_stack, MetadataCommands::mergeEntries(m_document, entries, u"Paste"_s));
    }

    std::unique_ptr<MetadataEditor> m_editor;
    std::unique_ptr<QTableView> m_view;
    std::unique_ptr<MetadataTableModel> m_ownModel;
    std::unique_ptr<QUndoStack> m_ownStack;
    std::unique_ptr<MetadataDocument> m_ownDocument;
    MetadataDocument* m_document = nullptr;
    QUndoStack* m_stack = nullptr;
    MetadataTableModel* m_model = nullptr;

private Q_SLOTS:
    void cleanup()
    {
        m_editor.reset();
        m_view.reset();
        m_ownModel.reset();
        m_ownStack.reset();
        m_ownDocument.reset();
        m_document = nullptr;
        m_stack = nullptr;
        m_model = nullptr;
    }

    void paste_data()
    {
        QTest::addColumn<bool>("inEditor");
        QTest::addRow("bare table view") << false;
        QTest::addRow("metadata editor") << true;
    }

    void paste()
    {
        QFETCH(bool, inEditor);
        show(inEditor);
        const QList<MetadataEntry> entries = pasted();
        QBENCHMARK
        {
            setBaseline(baseline());
            paste(entries);
        }
        QCOMPARE(m_document->pairCount(), 5 + kPasted);
    }

    void editOneCell_data() { paste_data(); }

    void editOneCell()
    {
        QFETCH(bool, inEditor);
        show(inEditor);
        setBaseline(baseline());
        paste(pasted());
        const QModelIndex cell = m_model->index(0, MetadataTableModel::ValueColumn);
        int edit = 0;
        QBENCHMARK
        {
            m_model->setData(cell, u"edited %1"_s.arg(++edit));
        }
        QVERIFY(m_document->isDirty());
    }
};

QTEST_MAIN(bench_MetadataEditor)
#include "bench_metadataeditor.moc"
