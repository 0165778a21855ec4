// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/model/MetadataDocument.h"
#include "ui/metadata/MetadataItemDelegate.h"
#include "ui/metadata/MetadataPalette.h"
#include "ui/metadata/MetadataTableModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace {

// The delegate's styling, as the view asks for it before painting a cell.
class Probe : public MetadataItemDelegate
{
public:
    QStyleOptionViewItem optionFor(const QTableView& view, const QModelIndex& index) const
    {
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.state |= QStyle::State_Enabled;
        option.decorationSize = QSize(16, 16);
        initStyleOption(&option, index);
        return option;
    }
};

QPalette paletteWithBase(const QColor& base, const QColor& text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Highlight, QColor(48, 140, 198));
    return palette;
}

QColor background(const QStyleOptionViewItem& option)
{
    return option.backgroundBrush.style() == Qt::NoBrush ? QColor() : option.backgroundBrush.color();
}

} // namespace

// The metadata table's look: states, issues and their colours, drawn by the delegate from the model's roles.
class tst_MetadataItemDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statesAndIssuesAreDrawnInThePalettesColours_data();
    void statesAndIssuesAreDrawnInThePalettesColours();
};

void tst_MetadataItemDelegate::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_MetadataItemDelegate::statesAndIssuesAreDrawnInThePalettesColours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");

    QTest::addRow("light theme") << paletteWithBase(QColor(255, 255, 255), QColor(20, 20, 20)) << false;
    QTest::addRow("dark theme") << paletteWithBase(QColor(30, 30, 32), QColor(230, 230, 230)) << true;
}

void tst_MetadataItemDelegate::statesAndIssuesAreDrawnInThePalettesColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);

    MetadataDocument document;
    QUndoStack stack;
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&document, &stack);
    // owner, region, tier, zone
    document.setBaseline(
        Metadata {{u"owner"_s, u"ops"_s}, {u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}, {u"zone"_s, u"a"_s}});
    QVERIFY(model.setData(model.index(1, MetadataTableModel::ValueColumn), u"south"_s)); // region changed
    model.removeRowList({2}); // tier removed
    const int added = model.appendRow({u"team"_s, u"core"_s});
    const int error = model.appendRow({QString(), u"v"_s});
    const int warning = model.appendRow({u"Zone"_s, u"b"_s});
    QTableView view;
    view.setPalette(palette);
    view.setModel(&model);
    Probe delegate;
    const auto option = [&](int row, int column) { return delegate.optionFor(view, model.index(row, column)); };
    const int key = MetadataTableModel::KeyColumn;
    const int value = MetadataTableModel::ValueColumn;

    const QStyleOptionViewItem unchanged = option(0, value);
    QVERIFY(!background(unchanged).isValid());
    QVERIFY(!unchanged.font.strikeOut());
    QVERIFY(!(unchanged.features & QStyleOptionViewItem::HasDecoration));
    QCOMPARE(unchanged.palette.color(QPalette::Text), palette.color(QPalette::Text));

    // Only the changed cell of a changed row is tinted.
    QCOMPARE(background(option(1, value)), MetadataPalette::changedBackground(palette));
    QVERIFY(!background(option(1, key)).isValid());

    const QStyleOptionViewItem removed = option(2, value);
    QVERIFY(removed.font.strikeOut());
    QVERIFY(option(2, key).font.strikeOut());
    QCOMPARE(removed.palette.color(QPalette::Text), MetadataPalette::removedText(palette));
    QCOMPARE(background(removed), MetadataPalette::removedBackground(palette));

    QCOMPARE(background(option(added, key)), MetadataPalette::addedBackground(palette));
    QCOMPARE(background(option(added, value)), MetadataPalette::addedBackground(palette));

    // An issue outweighs the added tint, on its own cell only; it gets the style's icon.
    const QStyleOptionViewItem flagged = option(error, key);
    QCOMPARE(background(flagged), MetadataPalette::errorBackground(palette));
    QCOMPARE(flagged.palette.color(QPalette::Text), MetadataPalette::errorText(palette));
    QVERIFY(flagged.features & QStyleOptionViewItem::HasDecoration);
    QVERIFY(!flagged.icon.isNull());
    QCOMPARE(background(option(error, value)), MetadataPalette::addedBackground(palette));
    const QStyleOptionViewItem warned = option(warning, key);
    QCOMPARE(background(warned), MetadataPalette::warningBackground(palette));
    QCOMPARE(warned.palette.color(QPalette::Text), palette.color(QPalette::Text));
    QVERIFY(warned.features & QStyleOptionViewItem::HasDecoration);
    QVERIFY(warned.icon.cacheKey() != flagged.icon.cacheKey());

    // Tints of Base, not fixed light colours; error text contrasts with what it sits on.
    for (const QColor& tint : {background(flagged), background(removed), background(option(added, key))}) {
        QCOMPARE(tint.lightnessF() < 0.5, dark);
    }
    QVERIFY(background(flagged).red() > background(flagged).green()); // reddish
    QVERIFY(qAbs(MetadataPalette::errorText(palette).lightnessF() - background(flagged).lightnessF()) > 0.25);
    QVERIFY(qAbs(MetadataPalette::removedText(palette).lightnessF() - background(removed).lightnessF()) > 0.2);
}

QTEST_MAIN(tst_MetadataItemDelegate)
#include "tst_metadataitemdelegate.moc"
