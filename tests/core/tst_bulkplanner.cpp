// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// A bulk change's operations applied to one customer: what is sent (diff-only, the whole map, nothing when already as
// asked), what the preview shows, what the API's limits refuse, and how a change whose answer never came is judged
// when the run resumes.

#include "core/io/CustomerJson.h"
#include "core/model/BulkPlanner.h"
#include "core/model/Validation.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Op = BulkOperation;
using Ops = QList<BulkOperation>;
using Outcome = BulkCustomerPlan::Outcome;

namespace {

Customer customer(const Metadata& metadata, bool active = true)
{
    Customer c;
    c.setId(u"cus_00000000000000000000000000000001"_s);
    c.setName(u"Cedar Valley Clinic"_s);
    c.setActive(active);
    c.setMetadata(metadata);
    return c;
}

const Metadata kClinic {
    {u"region"_s, u"northeast"_s}, {u"tier"_s, u"gold"_s}, {u"notes"_s, u"call Ann; Ann on leave"_s}};

Metadata pairs(int count)
{
    Metadata metadata;
    for (int i = 0; i < count; ++i)
        metadata.insert(u"key%1"_s.arg(i, 2, 10, QChar(u'0')), u"v"_s);
    return metadata;
}

} // namespace

class tst_BulkPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataOperations_data();
    void metadataOperations();
    void stateOperations_data();
    void stateOperations();
    void theWholeMapIsSentWithTheOthersKept();
    void removingTheLastPairSendsNull();
    void aChangeOfStateAloneSendsNoMetadata();
    void thePreviewListsEachChangeAndTheState();
    void limitsOfTheApi_data();
    void limitsOfTheApi();
    void pairsTheOperationsDoNotTouchAreNotJudged();
    void checkOperations_data();
    void checkOperations();
    void keysAreListedOnceInOrder();
    void resumingAChangeWhoseAnswerNeverCame_data();
    void resumingAChangeWhoseAnswerNeverCame();
    void aResumedChangeKeepsWhatOthersChangedMeanwhile();
    void aReplaceIsNeverAppliedTwice();
    void outcomesHaveStableNames();
};

void tst_BulkPlanner::metadataOperations_data()
{
    QTest::addColumn<Ops>("operations");
    QTest::addColumn<Metadata>("before");
    QTest::addColumn<Metadata>("after");
    QTest::addColumn<Outcome>("outcome");

    Metadata m;
    QTest::addRow("set adds a key") << Ops {Op::setValue(u"wing"_s, u"B"_s)} << kClinic
                                    << (m = kClinic, m.insert(u"wing"_s, u"B"_s), m) << Outcome::Change;
    QTest::addRow("set changes a value") << Ops {Op::setValue(u"tier"_s, u"silver"_s)} << kClinic
                                         << (m = kClinic, m[u"tier"_s] = u"silver"_s, m) << Outcome::Change;
    QTest::addRow("set to the value it has is skipped")
        << Ops {Op::setValue(u"tier"_s, u"gold"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("set of an empty value") << Ops {Op::setValue(u"tier"_s, QString())} << kClinic
                                           << (m = kClinic, m[u"tier"_s] = QString(), m) << Outcome::Change;
    QTest::addRow("remove takes the key away")
        << Ops {Op::removeKey(u"tier"_s)} << kClinic << (m = kClinic, m.remove(u"tier"_s), m) << Outcome::Change;
    QTest::addRow("remove of a key it lacks is skipped")
        << Ops {Op::removeKey(u"wing"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("rename keeps the value")
        << Ops {Op::renameKey(u"region"_s, u"area"_s)} << kClinic
        << (m = kClinic, m.remove(u"region"_s), m.insert(u"area"_s, u"northeast"_s), m) << Outcome::Change;
    QTest::addRow("rename of a key it lacks is skipped")
        << Ops {Op::renameKey(u"wing"_s, u"area"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("rename onto an existing key is refused")
        << Ops {Op::renameKey(u"region"_s, u"tier"_s)} << kClinic << kClinic << Outcome::Invalid;
    QTest::addRow("rename is case-sensitive")
        << Ops {Op::renameKey(u"Region"_s, u"area"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("replace changes every occurrence")
        << Ops {Op::replaceText(u"notes"_s, u"Ann"_s, u"Bo"_s)} << kClinic
        << (m = kClinic, m[u"notes"_s] = u"call Bo; Bo on leave"_s, m) << Outcome::Change;
    QTest::addRow("replace is literal, not a pattern")
        << Ops {Op::replaceText(u"notes"_s, u"A.n"_s, u"X"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("replace is case-sensitive")
        << Ops {Op::replaceText(u"notes"_s, u"ann"_s, u"Bo"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("replace looks in its key only")
        << Ops {Op::replaceText(u"tier"_s, u"Ann"_s, u"Bo"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("replace in a key it lacks is skipped")
        << Ops {Op::replaceText(u"wing"_s, u"Ann"_s, u"Bo"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("replace with nothing deletes the text")
        << Ops {Op::replaceText(u"notes"_s, u"; Ann on leave"_s, QString())} << kClinic
        << (m = kClinic, m[u"notes"_s] = u"call Ann"_s, m) << Outcome::Change;
    QTest::addRow("operations apply in order: set then rename")
        << Ops {Op::setValue(u"wing"_s, u"B"_s), Op::renameKey(u"wing"_s, u"building"_s)} << kClinic
        << (m = kClinic, m.insert(u"building"_s, u"B"_s), m) << Outcome::Change;
    QTest::addRow("operations apply in order: rename then set")
        << Ops {Op::renameKey(u"tier"_s, u"level"_s), Op::setValue(u"tier"_s, u"new"_s)} << kClinic
        << (m = kClinic, m.insert(u"level"_s, u"gold"_s), m[u"tier"_s] = u"new"_s, m) << Outcome::Change;
    QTest::addRow("operations that cancel out are skipped")
        << Ops {Op::setValue(u"wing"_s, u"B"_s), Op::removeKey(u"wing"_s)} << kClinic << kClinic << Outcome::Skip;
    QTest::addRow("a customer without metadata gets its first pair")
        << Ops {Op::setValue(u"wing"_s, u"B"_s)} << Metadata() << Metadata {{u"wing"_s, u"B"_s}} << Outcome::Change;
}

void tst_BulkPlanner::metadataOperations()
{
    QFETCH(Ops, operations);
    QFETCH(Metadata, before);
    QFETCH(Metadata, after);
    QFETCH(Outcome, outcome);
    QVERIFY(BulkPlanner::checkOperations(operations).isEmpty());

    const BulkCustomerPlan plan = BulkPlanner::plan(customer(before), operations);
    QCOMPARE(plan.outcome, outcome);
    QCOMPARE(plan.before, customer(before));
    QCOMPARE(plan.after.metadata(), after);
    QCOMPARE(plan.after.name(), plan.before.name());
    QVERIFY(!plan.activeAfter);
    QCOMPARE(plan.patch.isEmpty(), outcome != Outcome::Change);
    QCOMPARE(plan.problems.isEmpty(), outcome != Outcome::Invalid);
    QVERIFY(!plan.patch.name()); // a bulk change never renames a customer
}

void tst_BulkPlanner::stateOperations_data()
{
    QTest::addColumn<Op>("operation");
    QTest::addColumn<bool>("activeBefore");
    QTest::addColumn<Outcome>("outcome");
    QTest::addRow("deactivate an active customer") << Op::deactivate() << true << Outcome::Change;
    QTest::addRow("deactivate an inactive customer is skipped") << Op::deactivate() << false << Outcome::Skip;
    QTest::addRow("reactivate an inactive customer") << Op::reactivate() << false << Outcome::Change;
    QTest::addRow("reactivate an active customer is skipped") << Op::reactivate() << true << Outcome::Skip;
}

void tst_BulkPlanner::stateOperations()
{
    QFETCH(Op, operation);
    QFETCH(bool, activeBefore);
    QFETCH(Outcome, outcome);
    const BulkCustomerPlan plan = BulkPlanner::plan(customer(kClinic, activeBefore), {operation});
    QCOMPARE(plan.outcome, outcome);
    const bool wanted = operation.kind == Op::Kind::Reactivate;
    QCOMPARE(plan.after.isActive(), wanted);
    QCOMPARE(plan.activeAfter.has_value(), outcome == Outcome::Change);
    if (plan.activeAfter)
        QCOMPARE(*plan.activeAfter, wanted);
    QVERIFY(plan.patch.isEmpty());
}

void tst_BulkPlanner::theWholeMapIsSentWithTheOthersKept()
{
    const BulkCustomerPlan plan = BulkPlanner::plan(customer(kClinic), {Op::setValue(u"tier"_s, u"silver"_s)});
    QCOMPARE(plan.patch.metadataChange(), CustomerPatch::MetadataChange::Replace);
    Metadata expected = kClinic;
    expected[u"tier"_s] = u"silver"_s;
    QCOMPARE(plan.patch.metadata(), expected);
    QCOMPARE(CustomerJson::patchToBytes(plan.patch),
        R"({"metadata":{"notes":"call Ann; Ann on leave","region":"northeast","tier":"silver"}})"_ba);
}

void tst_BulkPlanner::removingTheLastPairSendsNull()
{
    const BulkCustomerPlan plan = BulkPlanner::plan(customer({{u"tier"_s, u"gold"_s}}), {Op::removeKey(u"tier"_s)});
    QCOMPARE(plan.outcome, Outcome::Change);
    QCOMPARE(plan.patch.metadataChange(), CustomerPatch::MetadataChange::Clear);
    QCOMPARE(CustomerJson::patchToBytes(plan.patch), R"({"metadata":null})"_ba);
}

void tst_BulkPlanner::aChangeOfStateAloneSendsNoMetadata()
{
    // Over the limit already (the server's business): a deactivation does not send the metadata, so is not judged.
    const BulkCustomerPlan plan = BulkPlanner::plan(customer(pairs(51)), {Op::deactivate()});
    QCOMPARE(plan.outcome, Outcome::Change);
    QVERIFY(plan.patch.isEmpty());
    QCOMPARE(plan.activeAfter, std::optional(false));

    const BulkCustomerPlan both = BulkPlanner::plan(customer(kClinic), {Op::removeKey(u"tier"_s), Op::deactivate()});
    QCOMPARE(both.outcome, Outcome::Change);
    QVERIFY(!both.patch.isEmpty());
    QCOMPARE(both.activeAfter, std::optional(false));
}

void tst_BulkPlanner::thePreviewListsEachChangeAndTheState()
{
    const BulkCustomerPlan plan = BulkPlanner::plan(customer(kClinic),
        {Op::renameKey(u"region"_s, u"area"_s), Op::setValue(u"tier"_s, u"silver"_s), Op::deactivate()});
    QCOMPARE(plan.describeChanges(),
        QStringList({u"Added “area”: “northeast”"_s, u"Removed “region” (was “northeast”)"_s,
            u"Changed “tier” from “gold” to “silver”"_s, u"Deactivate (now active)"_s}));
    QCOMPARE(BulkPlanner::plan(customer(kClinic, false), {Op::reactivate()}).describeChanges(),
        QStringList({u"Reactivate (now inactive)"_s}));
    QVERIFY(BulkPlanner::plan(customer(kClinic), {Op::removeKey(u"wing"_s)}).describeChanges().isEmpty());
}

void tst_BulkPlanner::limitsOfTheApi_data()
{
    QTest::addColumn<Metadata>("before");
    QTest::addColumn<Ops>("operations");
    QTest::addColumn<QString>("problem");

    const QString longValue(Validation::kMaxValueLength, u'x');
    QTest::addRow("a 51st pair") << pairs(50) << Ops {Op::setValue(u"one more"_s, u"v"_s)}
                                 << u"It would have 51 metadata pairs; the limit is 50."_s;
    QTest::addRow("a value over 1,000 characters after a replace")
        << Metadata {{u"notes"_s, longValue}} << Ops {Op::replaceText(u"notes"_s, u"x"_s, u"xy"_s)}
        << u"The value of “notes” would be 2000 characters long; the limit is 1000."_s;
    QTest::addRow("a value over the limit once a set is followed by a replace")
        << Metadata() << Ops {Op::setValue(u"notes"_s, longValue), Op::replaceText(u"notes"_s, u"xx"_s, u"xxx"_s)}
        << u"The value of “notes” would be 1500 characters long; the limit is 1000."_s;
    QTest::addRow("a rename onto a key the customer has")
        << kClinic << Ops {Op::renameKey(u"region"_s, u"tier"_s)}
        << u"“region” cannot be renamed to “tier”: the customer already has a key “tier” (“gold”)."_s;
}

void tst_BulkPlanner::limitsOfTheApi()
{
    QFETCH(Metadata, before);
    QFETCH(Ops, operations);
    QFETCH(QString, problem);
    QVERIFY(BulkPlanner::checkOperations(operations).isEmpty());
    const BulkCustomerPlan plan = BulkPlanner::plan(customer(before), operations);
    QCOMPARE(plan.outcome, Outcome::Invalid);
    QCOMPARE(plan.problems, QStringList {problem});
    QVERIFY(!plan.sendsSomething());
}

void tst_BulkPlanner::pairsTheOperationsDoNotTouchAreNotJudged()
{
    // The server accepted these (it counts code points): 60 emoji are 120 UTF-16 units.
    const QString emojiKey = QString(u"😀"_s).repeated(60);
    Metadata metadata = kClinic;
    metadata.insert(emojiKey, u"v"_s);
    const BulkCustomerPlan plan = BulkPlanner::plan(customer(metadata), {Op::setValue(u"tier"_s, u"silver"_s)});
    QCOMPARE(plan.outcome, Outcome::Change);
    QVERIFY(plan.patch.metadata().contains(emojiKey));

    // Fewer pairs than there were is never refused for their number.
    QCOMPARE(BulkPlanner::plan(customer(pairs(52)), {Op::removeKey(u"key00"_s)}).outcome, Outcome::Invalid);
    QCOMPARE(BulkPlanner::plan(customer(pairs(51)), {Op::removeKey(u"key00"_s)}).outcome, Outcome::Change);
}

void tst_BulkPlanner::checkOperations_data()
{
    QTest::addColumn<Ops>("operations");
    QTest::addColumn<QString>("problem");
    QTest::addRow("nothing") << Ops() << u"Nothing to change: give at least one operation."_s;
    QTest::addRow("deactivate and reactivate")
        << Ops {Op::deactivate(), Op::reactivate()} << u"Deactivate and reactivate exclude each other."_s;
    QTest::addRow("an empty key") << Ops {Op::setValue(u" "_s, u"v"_s)} << u"Set “ ” to “v”: the key is empty."_s;
    QTest::addRow("a key over 100 characters")
        << Ops {Op::setValue(QString(101, u'k'), u"v"_s)}
        << u"The key “%1…” is 101 characters long; the limit is 100."_s.arg(QString(39, u'k'));
    QTest::addRow("a new key over 100 characters")
        << Ops {Op::renameKey(u"a"_s, QString(101, u'k'))}
        << u"The key “%1…” is 101 characters long; the limit is 100."_s.arg(QString(39, u'k'));
    QTest::addRow("a value over 1,000 characters")
        << Ops {Op::setValue(u"k"_s, QString(1001, u'v'))}
        << u"The value for “k” is 1001 characters long; the limit is 1000."_s;
    QTest::addRow("a rename onto itself")
        << Ops {Op::renameKey(u"a"_s, u"a"_s)} << u"Rename key “a” to “a”: a key cannot be renamed to itself."_s;
    QTest::addRow("nothing to find") << Ops {Op::replaceText(u"notes"_s, QString(), u"x"_s)}
                                     << u"Replace “” with “x” in “notes”: the text to replace is empty."_s;
}

void tst_BulkPlanner::checkOperations()
{
    QFETCH(Ops, operations);
    QFETCH(QString, problem);
    QCOMPARE(BulkPlanner::checkOperations(operations), QStringList {problem});
}

void tst_BulkPlanner::keysAreListedOnceInOrder()
{
    const Ops operations {Op::setValue(u"b"_s, u"1"_s), Op::renameKey(u"a"_s, u"b"_s), Op::deactivate(),
        Op::replaceText(u"c"_s, u"x"_s, u"y"_s), Op::removeKey(u"a"_s)};
    QCOMPARE(BulkPlanner::keys(operations), QStringList({u"b"_s, u"a"_s, u"c"_s}));
}

void tst_BulkPlanner::resumingAChangeWhoseAnswerNeverCame_data()
{
    QTest::addColumn<Ops>("operations");
    QTest::addColumn<Metadata>("now");
    QTest::addColumn<bool>("activeNow");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Metadata>("sent"); // the metadata a Change sends (empty: none)
    QTest::addColumn<bool>("sendsState");

    const Ops replace {Op::replaceText(u"notes"_s, u"Ann"_s, u"Ann Lee"_s)};
    const Metadata applied {
        {u"notes"_s, u"call Ann Lee; Ann Lee on leave"_s}, {u"region"_s, u"northeast"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("the change is there") << replace << applied << true << Outcome::AlreadyApplied << Metadata()
                                         << false;
    QTest::addRow("the change never arrived") << replace << kClinic << true << Outcome::Change << applied << false;
    Metadata other = kClinic;
    other[u"notes"_s] = u"someone else's words"_s;
    QTest::addRow("someone changed that key meanwhile")
        << replace << other << true << Outcome::Uncertain << Metadata() << false;

    const Ops both {Op::replaceText(u"notes"_s, u"Ann"_s, u"Ann Lee"_s), Op::deactivate()};
    QTest::addRow("metadata and state both done")
        << both << applied << false << Outcome::AlreadyApplied << Metadata() << false;
    QTest::addRow("metadata done, state not yet") << both << applied << true << Outcome::Change << Metadata() << true;
    QTest::addRow("neither done") << both << kClinic << true << Outcome::Change << applied << true;
    QTest::addRow("state changed back by someone else")
        << Ops {Op::deactivate()} << kClinic << true << Outcome::Change << Metadata() << true;
}

void tst_BulkPlanner::resumingAChangeWhoseAnswerNeverCame()
{
    QFETCH(Ops, operations);
    QFETCH(Metadata, now);
    QFETCH(bool, activeNow);
    QFETCH(Outcome, outcome);
    QFETCH(Metadata, sent);
    QFETCH(bool, sendsState);

    const BulkCustomerPlan original = BulkPlanner::plan(customer(kClinic), operations);
    QCOMPARE(original.outcome, Outcome::Change);
    const BulkCustomerPlan resumed =
        BulkPlanner::resume(customer(now, activeNow), operations, original.before, original.after);
    QCOMPARE(resumed.outcome, outcome);
    QCOMPARE(resumed.patch.metadata(), sent);
    QCOMPARE(resumed.activeAfter.has_value(), sendsState);
    QCOMPARE(resumed.problems.isEmpty(), outcome != Outcome::Uncertain);
    QVERIFY(!resumed.sendsSomething() || outcome == Outcome::Change);
}

void tst_BulkPlanner::aResumedChangeKeepsWhatOthersChangedMeanwhile()
{
    const Ops operations {Op::setValue(u"tier"_s, u"silver"_s)};
    const BulkCustomerPlan original = BulkPlanner::plan(customer(kClinic), operations);
    Metadata meanwhile = kClinic;
    meanwhile[u"region"_s] = u"southwest"_s; // another key, changed by someone else
    const BulkCustomerPlan resumed =
        BulkPlanner::resume(customer(meanwhile), operations, original.before, original.after);
    QCOMPARE(resumed.outcome, Outcome::Change);
    QCOMPARE(resumed.patch.metadata().value(u"region"_s), u"southwest"_s);
    QCOMPARE(resumed.patch.metadata().value(u"tier"_s), u"silver"_s);
}

void tst_BulkPlanner::aReplaceIsNeverAppliedTwice()
{
    // Applying this replace to its own result would change it again ("a" → "aa" → "aaaa").
    const Ops operations {Op::replaceText(u"code"_s, u"a"_s, u"aa"_s)};
    const BulkCustomerPlan original = BulkPlanner::plan(customer({{u"code"_s, u"a"_s}}), operations);
    QCOMPARE(original.after.metadata().value(u"code"_s), u"aa"_s);
    QCOMPARE(BulkPlanner::plan(original.after, operations).after.metadata().value(u"code"_s), u"aaaa"_s);

    const BulkCustomerPlan resumed = BulkPlanner::resume(original.after, operations, original.before, original.after);
    QCOMPARE(resumed.outcome, Outcome::AlreadyApplied);
    QVERIFY(!resumed.sendsSomething());
}

void tst_BulkPlanner::outcomesHaveStableNames()
{
    QCOMPARE(BulkCustomerPlan::outcomeName(Outcome::Change), u"change"_s);
    QCOMPARE(BulkCustomerPlan::outcomeName(Outcome::Skip), u"skip"_s);
    QCOMPARE(BulkCustomerPlan::outcomeName(Outcome::Invalid), u"invalid"_s);
    QCOMPARE(BulkCustomerPlan::outcomeName(Outcome::AlreadyApplied), u"already_applied"_s);
    QCOMPARE(BulkCustomerPlan::outcomeName(Outcome::Uncertain), u"uncertain"_s);
}

QTEST_GUILESS_MAIN(tst_BulkPlanner)
#include "tst_bulkplanner.moc"
