// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Pasting 50 metadata pairs, and editing one cell, in the metadata table: shown in a MetadataEditor (view, summary,
// pair count, actions) and, in the same run, in a bare QTableView on the same model class, so that the ratio of the
// two is what the editor adds.

#include "ui/MetadataEditor.h"
#include "ui/MetadataTableModel.h"

#include <QTableView>
#include <QTest>

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
    // The model under the view: the editor's, or one of its own in a bare table view.
    MetadataTableModel* showModel(bool inEditor)
    {
        m_editor.reset();
        m_view.reset();
        m_model.reset();
        if (inEditor) {
            m_editor = std::make_unique<MetadataEditor>();
            m_editor->resize(800, 600);
            m_editor->show();
            return m_editor->model();
        }
        m_model = std::make_unique<MetadataTableModel>();
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_model.get());
        m_view->resize(800, 600);
        m_view->show();
        return m_model.get();
    }

    std::unique_ptr<MetadataEditor> m_editor;
    std::unique_ptr<QTableView> m_view;
    std::unique_ptr<MetadataTableModel> m_model;

private Q_SLOTS:
    void cleanup()
    {
        m_editor.reset();
        m_view.reset();
        m_model.reset();
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
        MetadataTableModel* model = showModel(inEditor);
        const QList<MetadataEntry> entries = pasted();
        QBENCHMARK
        {
            model->setBaseline(baseline());
            model->mergeEntries(entries, u"Paste"_s);
        }
        QCOMPARE(model->pairCount(), 5 + kPasted);
    }

    void editOneCell_data() { paste_data(); }

    void editOneCell()
    {
        QFETCH(bool, inEditor);
        MetadataTableModel* model = showModel(inEditor);
        model->setBaseline(baseline());
        model->mergeEntries(pasted(), u"Paste"_s);
        const QModelIndex cell = model->index(0, MetadataTableModel::ValueColumn);
        int edit = 0;
        QBENCHMARK
        {
            model->setData(cell, u"edited %1"_s.arg(++edit));
        }
        QVERIFY(model->isDirty());
    }
};

QTEST_MAIN(bench_MetadataEditor)
#include "bench_metadataeditor.moc"
