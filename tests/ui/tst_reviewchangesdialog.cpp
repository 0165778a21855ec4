// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The review dialog on its own, given a three-way merge: what it lists, the exact body it shows, how conflicts
// are chosen, and its keyboard.

#include "core/model/CustomerMerge.h"
#include "ui/save/ConflictChoiceWidget.h"
#include "ui/save/ReviewChangesDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFontMetricsF>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Radio buttons and check boxes react only to clicks on their indicator or label, not on the empty space
// their layout gives them: click near the left edge.
void clickIndicator(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

const QString kId = u"cus_0123456789abcdef0123456789abcdef"_s;

Customer customer(const QString& name, const Metadata& metadata)
{
    Customer c;
    c.setId(kId);
    c.setName(name);
    c.setActive(true);
    if (!metadata.isEmpty())
        c.setMetadata(metadata);
    return c;
}

Metadata loaded()
{
    return Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
}

// mine against a server that did not change since loading.
MergeResult plainMerge(const QString& name, const Metadata& metadata)
{
    const Customer base = customer(u"City Clinic"_s, loaded());
    return CustomerMerge::merge(base, name, metadata, base);
}

// One row of a change list: what, change, before, after.
QStringList rowTexts(const QTreeWidget* tree, int row)
{
    const QTreeWidgetItem* item = tree->topLevelItem(row);
    if (item == nullptr)
        return {};
    QStringList texts;
    for (int column = 0; column < tree->columnCount(); ++column)
        texts.append(item->text(column));
    return texts;
}

// n pairs key00=v, key01=v, ...: a body of n + 4 lines.
Metadata manyPairs(int n)
{
    Metadata metadata;
    for (int i = 0; i < n; ++i)
        metadata.insert(u"key%1"_s.arg(i, 2, 10, QChar(u'0')), u"v"_s);
    return metadata;
}

QString pretty(const QByteArray& compact)
{
    return QString::fromUtf8(QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented).trimmed());
}

} // namespace

class tst_ReviewChangesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEachChange_data();
    void listsEachChange();
    void showsThePrettyPrintedBodyOfTheExactBytes_data();
    void showsThePrettyPrintedBodyOfTheExactBytes();
    void showsTheirChangesOnlyWhenThereAreSome();
    void conflictShowsOriginalMineAndServerSideBySide();
    void resolvingConflictsEnablesSendAndUpdatesTheBody_data();
    void resolvingConflictsEnablesSendAndUpdatesTheBody();
    void sendIsDisabledForAnEmptyPatch();
    void longValuesAreShortenedWithTheFullTextInTheTooltip();
    void skipCheckboxReportsItsState();
    void escapeCancels();
    void ctrlEnterSends();
    void ctrlEnterDoesNothingWhileAConflictIsOpen();
    void bodyAsksForAsManyLinesAsItHasWithinLimits();
    void firstShowFitsTheDialogToItsContentsThenKeepsTheUsersSize();

private:
    QTreeWidget* changesList() const { return m_dialog->findChild<QTreeWidget*>(u"changesList"_s); }
    QTreeWidget* theirChangesList() const { return m_dialog->findChild<QTreeWidget*>(u"theirChangesList"_s); }
    QPlainTextEdit* jsonBody() const { return m_dialog->findChild<QPlainTextEdit*>(u"jsonBody"_s); }
    QPushButton* sendButton() const { return m_dialog->findChild<QPushButton*>(u"sendButton"_s); }

    std::unique_ptr<ReviewChangesDialog> m_dialog;
};

void tst_ReviewChangesDialog::init()
{
    m_dialog = std::make_unique<ReviewChangesDialog>();
}

void tst_ReviewChangesDialog::cleanup()
{
    m_dialog.reset();
}

void tst_ReviewChangesDialog::listsEachChange_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Metadata>("metadata");
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::addRow("renamed") << u"City Medical Center"_s << loaded()
                             << QList<QStringList> {
                                    {u"Name"_s, u"Renamed"_s, u"City Clinic"_s, u"City Medical Center"_s}};
    QTest::addRow("key added") << u"City Clinic"_s
                               << Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}, {u"wing"_s, u"B"_s}}
                               << QList<QStringList> {{u"wing"_s, u"Added"_s, u"not set"_s, u"B"_s}};
    QTest::addRow("key removed") << u"City Clinic"_s << Metadata {{u"tier"_s, u"gold"_s}}
                                 << QList<QStringList> {{u"region"_s, u"Removed"_s, u"north"_s, u"removed"_s}};
    QTest::addRow("value changed") << u"City Clinic"_s << Metadata {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}}
                                   << QList<QStringList> {{u"region"_s, u"Changed"_s, u"north"_s, u"south"_s}};
    QTest::addRow("name and every key removed")
        << u"Clinic"_s << Metadata()
        << QList<QStringList> {{u"Name"_s, u"Renamed"_s, u"City Clinic"_s, u"Clinic"_s},
               {u"region"_s, u"Removed"_s, u"north"_s, u"removed"_s},
               {u"tier"_s, u"Removed"_s, u"gold"_s, u"removed"_s}};
}

void tst_ReviewChangesDialog::listsEachChange()
{
    QFETCH(QString, name);
    QFETCH(Metadata, metadata);
    QFETCH(QList<QStringList>, rows);

    m_dialog->setMerge(plainMerge(name, metadata));

    QTreeWidget* list = changesList();
    QVERIFY(list != nullptr);
    QCOMPARE(list->topLevelItemCount(), rows.size());
    for (int row = 0; row < rows.size(); ++row)
        QCOMPARE(rowTexts(list, row), rows.at(row));
    // Each row reads as one sentence for screen readers.
    QVERIFY(!list->topLevelItem(0)->data(0, Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(sendButton()->isEnabled());
}

void tst_ReviewChangesDialog::showsThePrettyPrintedBodyOfTheExactBytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Metadata>("metadata");
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("name only") << u"  City Medical Center "_s << loaded()
                               << R"({"expressCustomerName":"City Medical Center"})"_ba;
    QTest::addRow("metadata goes out whole")
        << u"City Clinic"_s << Metadata {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}}
        << R"({"metadata":{"region":"south","tier":"gold"}})"_ba;
    QTest::addRow("every key removed is null") << u"City Clinic"_s << Metadata() << R"({"metadata":null})"_ba;
    QTest::addRow("unicode and quotes") << u"Clínica “Sur” 🏥"_s << loaded()
                                        << u"{\"expressCustomerName\":\"Clínica “Sur” 🏥\"}"_s.toUtf8();
}

void tst_ReviewChangesDialog::showsThePrettyPrintedBodyOfTheExactBytes()
{
    QFETCH(QString, name);
    QFETCH(Metadata, metadata);
    QFETCH(QByteArray, body);

    m_dialog->setMerge(plainMerge(name, metadata));

    QCOMPARE(m_dialog->body(), body);
    QCOMPARE(jsonBody()->toPlainText(), pretty(body));
    QVERIFY(jsonBody()->isReadOnly());
    // Monospaced as the user sees it: narrow and wide characters advance alike. (Not QFontInfo::fixedPitch():
    // Qt 6.4 reports Noto Sans Mono, many desktops' monospace font, as not fixed-pitch.)
    const QFontMetricsF metrics(jsonBody()->font());
    for (const QString& character : {u"W"_s, u"0"_s, u"{"_s, u"\""_s})
        QCOMPARE(metrics.horizontalAdvance(character), metrics.horizontalAdvance(u"i"_s));
}

void tst_ReviewChangesDialog::showsTheirChangesOnlyWhenThereAreSome()
{
    m_dialog->show();
    m_dialog->setMerge(plainMerge(u"City Medical Center"_s, loaded()));
    QVERIFY(theirChangesList()->isHidden());

    const Customer base = customer(u"City Clinic"_s, loaded());
    const Customer theirs =
        customer(u"City Clinic"_s, Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}, {u"bed"_s, u"9"_s}});
    const MergeResult merge = CustomerMerge::merge(base, u"City Medical Center"_s, loaded(), theirs);
    m_dialog->setMerge(merge);

    QVERIFY(!theirChangesList()->isHidden());
    QCOMPARE(theirChangesList()->topLevelItemCount(), 1);
    QCOMPARE(rowTexts(theirChangesList(), 0), (QStringList {u"bed"_s, u"Added"_s, u"not set"_s, u"9"_s}));
    QVERIFY(m_dialog->findChild<QLabel*>(u"theirChangesLabel"_s)->text().contains(u"server"_s));
    // Theirs is kept: the body, computed against the server's state, carries their key.
    // Their key is kept: metadata, computed against the server's state, needs no change at all.
    QCOMPARE(m_dialog->body(), R"({"expressCustomerName":"City Medical Center"})"_ba);
}

void tst_ReviewChangesDialog::conflictShowsOriginalMineAndServerSideBySide()
{
    const Customer base = customer(u"City Clinic"_s, loaded());
    const Customer theirs = customer(u"City Clinic"_s, Metadata {{u"tier"_s, u"gold"_s}});
    m_dialog->setMerge(CustomerMerge::merge(
        base, u"City Clinic"_s, Metadata {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}}, theirs));

    auto* choice = m_dialog->findChild<ConflictChoiceWidget*>(u"conflictChoice_0"_s);
    QVERIFY(choice != nullptr);
    QCOMPARE(choice->findChild<QLabel*>(u"originalValue"_s)->text(), u"north"_s);
    QCOMPARE(choice->findChild<QLabel*>(u"mineValue"_s)->text(), u"south"_s);
    QCOMPARE(choice->findChild<QLabel*>(u"serversValue"_s)->text(), u"removed"_s);
    QVERIFY(choice->findChild<QLabel*>(u"conflictTitle"_s)->text().contains(u"region"_s));
    QVERIFY(!choice->accessibleName().isEmpty());
    QVERIFY(!choice->choice().has_value());
}

void tst_ReviewChangesDialog::resolvingConflictsEnablesSendAndUpdatesTheBody_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sendText");

    QTest::addRow("keep mine") << u"keepMineRadio"_s
                               << R"({"expressCustomerName":"Mine","metadata":{"region":"south","tier":"gold"}})"_ba
                               << u"&Send"_s;
    // Everything goes the server's way: nothing to send, and accepting says so.
    QTest::addRow("take server's") << u"takeServersRadio"_s << "{}"_ba << u"&Done"_s;
}

void tst_ReviewChangesDialog::resolvingConflictsEnablesSendAndUpdatesTheBody()
{
    QFETCH(QString, radio);
    QFETCH(QByteArray, body);
    QFETCH(QString, sendText);

    // Two conflicts: the name (mine "Mine", theirs "Theirs") and region (mine south, theirs east).
    const Customer base = customer(u"City Clinic"_s, loaded());
    const Customer theirs = customer(u"Theirs"_s, Metadata {{u"region"_s, u"east"_s}, {u"tier"_s, u"gold"_s}});
    const MergeResult merge =
        CustomerMerge::merge(base, u"Mine"_s, Metadata {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}}, theirs);
    QCOMPARE(merge.conflicts().size(), 2);
    m_dialog->setMerge(merge);
    m_dialog->show();
    QVERIFY(!sendButton()->isEnabled());
    QCOMPARE(m_dialog->body(), "{}"_ba); // an open conflict holds the server's value
    const QString before = jsonBody()->toPlainText();

    auto* first = m_dialog->findChild<ConflictChoiceWidget*>(u"conflictChoice_0"_s);
    auto* second = m_dialog->findChild<ConflictChoiceWidget*>(u"conflictChoice_1"_s);
    QVERIFY(first != nullptr && second != nullptr);
    clickIndicator(first->findChild<QRadioButton*>(radio));
    QVERIFY2(!sendButton()->isEnabled(), "one conflict is still open");
    clickIndicator(second->findChild<QRadioButton*>(radio));
    QVERIFY(sendButton()->isEnabled());
    QVERIFY(!m_dialog->merge().hasUnresolvedConflicts());

    QCOMPARE(m_dialog->body(), body);
    QCOMPARE(sendButton()->text(), sendText);
    // A screen reader hears what the button does now, not what it did first.
    const bool sends = sendText == u"&Send"_s;
    QCOMPARE(sendButton()->accessibleName().startsWith(u"Send"_s), sends);
    QCOMPARE(sendButton()->accessibleName().startsWith(u"Done"_s), !sends);
    if (body != "{}"_ba) {
        QCOMPARE(jsonBody()->toPlainText(), pretty(body));
        QVERIFY(jsonBody()->toPlainText() != before);
        QCOMPARE(changesList()->topLevelItemCount(), 2);
    } else {
        QCOMPARE(changesList()->topLevelItemCount(), 0);
    }
}

void tst_ReviewChangesDialog::sendIsDisabledForAnEmptyPatch()
{
    m_dialog->setMerge(plainMerge(u"City Clinic"_s, loaded()));
    QVERIFY(!sendButton()->isEnabled());
    QCOMPARE(changesList()->topLevelItemCount(), 0);
    QVERIFY(!m_dialog->findChild<QLabel*>(u"emptyNote"_s)->text().isEmpty());
}

void tst_ReviewChangesDialog::longValuesAreShortenedWithTheFullTextInTheTooltip()
{
    const QString longValue = QString(300, u'x') + u"\nsecond line"_s;
    m_dialog->setMerge(plainMerge(
        u"City Clinic"_s, Metadata {{u"notes"_s, longValue}, {u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}}));

    const QTreeWidgetItem* item = changesList()->topLevelItem(0);
    QVERIFY(item != nullptr);
    QVERIFY(item->text(3).size() < 100);
    QVERIFY(item->text(3).endsWith(u'…'));
    QVERIFY(!item->text(3).contains(u'\n'));
    QVERIFY(item->toolTip(3).contains(QString(300, u'x')));
    QVERIFY(item->toolTip(3).contains(u"second line"_s));
}

void tst_ReviewChangesDialog::skipCheckboxReportsItsState()
{
    m_dialog->setMerge(plainMerge(u"New"_s, loaded()));
    QSignalSpy toggled(m_dialog.get(), &ReviewChangesDialog::skipReviewToggled);
    auto* check = m_dialog->findChild<QCheckBox*>(u"skipReviewCheck"_s);
    QVERIFY(check != nullptr);
    QVERIFY(!m_dialog->skipReviewNextTime());
    m_dialog->show();
    clickIndicator(check);
    QVERIFY(m_dialog->skipReviewNextTime());
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.at(0).at(0).toBool(), true);
    m_dialog->setSkipReviewNextTime(false);
    QVERIFY(!check->isChecked());
}

void tst_ReviewChangesDialog::escapeCancels()
{
    m_dialog->setMerge(plainMerge(u"New"_s, loaded()));
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(!m_dialog->isVisible());
}

void tst_ReviewChangesDialog::ctrlEnterSends()
{
    m_dialog->setMerge(plainMerge(u"New"_s, loaded()));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QTest::keyClick(m_dialog->findChild<QPlainTextEdit*>(u"jsonBody"_s), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(accepted.size(), 1);
}

void tst_ReviewChangesDialog::ctrlEnterDoesNothingWhileAConflictIsOpen()
{
    const Customer base = customer(u"City Clinic"_s, loaded());
    m_dialog->setMerge(CustomerMerge::merge(base, u"Mine"_s, loaded(), customer(u"Theirs"_s, loaded())));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTest::keyClick(m_dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(m_dialog->isVisible());
}

void tst_ReviewChangesDialog::bodyAsksForAsManyLinesAsItHasWithinLimits()
{
    const auto preferredHeight = [this](const MergeResult& merge) {
        m_dialog->setMerge(merge);
        return jsonBody()->sizeHint().height();
    };
    const int rename = preferredHeight(plainMerge(u"New"_s, loaded())); // 3 lines: the minimum applies
    const int renameAndPairs = preferredHeight(plainMerge(u"New"_s, manyPairs(2))); // 7 lines
    const int tenPairs = preferredHeight(plainMerge(u"City Clinic"_s, manyPairs(10))); // 14 lines
    const int fortyPairs = preferredHeight(plainMerge(u"City Clinic"_s, manyPairs(40))); // 44 lines: capped
    const int fiftyPairs = preferredHeight(plainMerge(u"City Clinic"_s, manyPairs(50)));

    const int lineSpacing = jsonBody()->fontMetrics().lineSpacing();
    QCOMPARE(renameAndPairs - rename, (7 - 4) * lineSpacing);
    QCOMPARE(tenPairs - renameAndPairs, (14 - 7) * lineSpacing);
    QCOMPARE(fortyPairs - tenPairs, (18 - 14) * lineSpacing);
    QCOMPARE(fiftyPairs, fortyPairs);
    QVERIFY(jsonBody()->minimumSizeHint().height() < rename);
}

void tst_ReviewChangesDialog::firstShowFitsTheDialogToItsContentsThenKeepsTheUsersSize()
{
    const auto shownSize = [](const MergeResult& merge) {
        ReviewChangesDialog dialog;
        dialog.setMerge(merge);
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog) ? dialog.size() : QSize();
    };
    const QSize shortBody = shownSize(plainMerge(u"New"_s, loaded()));
    const QSize longBody = shownSize(plainMerge(u"City Clinic"_s, manyPairs(12)));
    QVERIFY(shortBody.isValid() && longBody.isValid());
    QVERIFY2(shortBody.height() < longBody.height(),
        qPrintable(u"%1 vs %2"_s.arg(shortBody.height()).arg(longBody.height())));
    const QSize available = m_dialog->screen()->availableSize();
    QCOMPARE(shortBody.width(), qMin(760, available.width() * 9 / 10));
    QVERIFY(longBody.height() <= available.height() * 9 / 10);

    m_dialog->setMerge(plainMerge(u"New"_s, loaded()));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    // Taller than the dialog's minimum with either body.
    const QSize usersSize = m_dialog->size() + QSize(-40, 120);
    m_dialog->resize(usersSize);
    m_dialog->setMerge(plainMerge(u"City Clinic"_s, manyPairs(12)));
    m_dialog->hide();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCOMPARE(m_dialog->size(), usersSize);
}

QTEST_MAIN(tst_ReviewChangesDialog)
#include "tst_reviewchangesdialog.moc"
