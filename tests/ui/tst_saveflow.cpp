// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Saving end to end against an in-process sandbox over a real QNetworkAccessManager: the review dialog is
// clicked through, and every assertion is about what reached the server and what it stores afterwards.

#include "core/io/CustomerJson.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"
#include "ui/save/ConflictChoiceWidget.h"
#include "ui/save/RetryMessage.h"
#include "ui/save/ReviewChangesDialog.h"
#include "ui/save/SaveFlow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Sandbox::RequestRecord;

namespace {

// Radio buttons and check boxes react only to clicks on their indicator or label, not on the empty space
// their layout gives them: click near the left edge.
void clickIndicator(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

Metadata loadedMetadata()
{
    return Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
}

// The open (visible) review dialog under parent, if any.
ReviewChangesDialog* visibleReview(const QWidget* parent)
{
    const QList<ReviewChangesDialog*> dialogs = parent->findChildren<ReviewChangesDialog*>();
    for (ReviewChangesDialog* dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QPushButton* sendButton(const ReviewChangesDialog* dialog)
{
    return dialog->findChild<QPushButton*>(u"sendButton"_s);
}

QString pretty(const QByteArray& compact)
{
    return QString::fromUtf8(QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented).trimmed());
}

} // namespace

class tst_SaveFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reviewShowsTheChangeAndSendsExactlyThatBody_data();
    void reviewShowsTheChangeAndSendsExactlyThatBody();
    void noEditSendsNothing();
    void withoutReviewSavesDirectly();
    void cancelInTheReviewSendsNothing();
    void cancelWhileFetchingSendsNothing();
    void theirChangeToAnotherKeyIsMergedAndKept();
    void sameKeyChangedOnBothSidesAsksAndLosesNothing_data();
    void sameKeyChangedOnBothSidesAsksAndLosesNothing();
    void conflictsOpenTheReviewEvenWhenItIsOff();
    void changeDuringTheReviewIsMergedAndShownAgain();
    void dontAskAgainTurnsTheReviewOff();
    void rejectedKeyFailsWithUnauthorizedAndSendsNothing();
    void invalidDraftFailsWithoutAnyRequest_data();
    void invalidDraftFailsWithoutAnyRequest();
    void rateLimitIsRetriedAndShownWithReasonAndSeconds();
    void failedSaveCanBeRetriedByStartingAgain();
    void answerThatDiffersIsCheckedByReadingAgain_data();
    void answerThatDiffersIsCheckedByReadingAgain();

private:
    // The customer as loaded (from the store, as the client would read it).
    Customer loaded() const;
    CustomerDraft draftOf(const QString& name, const Metadata& metadata) const;
    QList<RequestRecord> records(const QByteArray& method) const { return m_bed.records(method); }
    // Another admin's edit, straight into the store.
    void changeOnServer(const std::optional<QString>& name, const std::optional<Metadata>& metadata);
    Sandbox::CustomerRecord stored() const;

    Sandbox::SandboxServer& server() const { return m_bed.server(); }

    ClientTestBed m_bed;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<SaveFlow> m_flow;
    QString m_id;
};

void tst_SaveFlow::init()
{
    QVERIFY(m_bed.restart(1, 3, [](ClientOptions& options) {
        options.profileName = u"Sandbox"_s;
        options.attemptTimeout = std::chrono::milliseconds(5000);
        options.retryBaseDelay = std::chrono::milliseconds(10);
        options.retryMaxDelay = std::chrono::milliseconds(20);
    }));
    m_id = server().store().customers().constFirst().id;
    Sandbox::CustomerPatch setup;
    setup.name = u"City Clinic"_s;
    setup.hasMetadata = true;
    setup.metadata = loadedMetadata();
    QVERIFY(server().store().update(m_id, setup).ok());

    m_window = std::make_unique<QWidget>();
    m_window->resize(400, 300);
    m_window->show();
    m_flow = std::make_unique<SaveFlow>(&m_bed.client(), m_window.get());
}

void tst_SaveFlow::cleanup()
{
    m_flow.reset();
    m_window.reset();
    m_bed.stop();
}

Customer tst_SaveFlow::loaded() const
{
    const auto customer = CustomerJson::fromJson(QJsonValue(stored().toApiJson()));
    Q_ASSERT(customer.isOk());
    return customer.value();
}

CustomerDraft tst_SaveFlow::draftOf(const QString& name, const Metadata& metadata) const
{
    CustomerDraft draft;
    draft.setName(name);
    QList<MetadataEntry> rows;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        rows.append(MetadataEntry {it.key(), it.value()});
    draft.setMetadata(rows);
    return draft;
}

void tst_SaveFlow::changeOnServer(const std::optional<QString>& name, const std::optional<Metadata>& metadata)
{
    Sandbox::CustomerPatch patch;
    patch.name = name;
    patch.hasMetadata = metadata.has_value();
    if (metadata && !metadata->isEmpty())
        patch.metadata = *metadata;
    QVERIFY(server().store().update(m_id, patch).ok());
}

Sandbox::CustomerRecord tst_SaveFlow::stored() const
{
    return *server().store().find(m_id);
}

void tst_SaveFlow::reviewShowsTheChangeAndSendsExactlyThatBody_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Metadata>("metadata");
    QTest::addColumn<int>("changeCount");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<std::optional<Metadata>>("storedMetadata");

    QTest::addRow("name only") << u"City Medical Center "_s << loadedMetadata() << 1
                               << R"({"expressCustomerName":"City Medical Center"})"_ba
                               << std::optional<Metadata>(loadedMetadata());
    const Metadata edited {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}, {u"wing"_s, u"B"_s}};
    QTest::addRow("metadata edit sends the whole map")
        << u"City Clinic"_s << edited << 2 << R"({"metadata":{"region":"south","tier":"gold","wing":"B"}})"_ba
        << std::optional<Metadata>(edited);
    QTest::addRow("every key removed sends null")
        << u"City Clinic"_s << Metadata() << 2 << R"({"metadata":null})"_ba << std::optional<Metadata>();
}

void tst_SaveFlow::reviewShowsTheChangeAndSendsExactlyThatBody()
{
    QFETCH(QString, name);
    QFETCH(Metadata, metadata);
    QFETCH(int, changeCount);
    QFETCH(QByteArray, body);
    QFETCH(std::optional<Metadata>, storedMetadata);

    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QSignalSpy progress(m_flow.get(), &SaveFlow::progressChanged);
    QVERIFY(m_flow->start(loaded(), draftOf(name, metadata)));
    QVERIFY(m_flow->isRunning());

    ReviewChangesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleReview(m_window.get())) != nullptr);
    QCOMPARE(dialog->findChild<QTreeWidget*>(u"changesList"_s)->topLevelItemCount(), changeCount);
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(u"jsonBody"_s)->toPlainText(), pretty(body));
    QVERIFY(dialog->findChild<QTreeWidget*>(u"theirChangesList"_s)->isHidden());
    QCOMPARE(records("GET").size(), 1);
    QCOMPARE(records("PATCH").size(), 0);

    QTest::mouseClick(sendButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!m_flow->isRunning());

    const QList<RequestRecord> patches = records("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.constFirst().body, body);
    QCOMPARE(patches.constFirst().path, u"/v1/express/"_s + m_id);
    const auto outcome = saved.at(0).at(0).value<UpdateOutcome>();
    QVERIFY2(outcome.isExact(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.customer.name(), name.trimmed());
    QCOMPARE(stored().name, name.trimmed());
    QCOMPARE(stored().metadata, storedMetadata);

    QStringList texts;
    for (const QList<QVariant>& args : std::as_const(progress))
        texts.append(args.at(0).toString());
    QVERIFY2(texts.contains(u"Saving…"_s), qPrintable(texts.join(u" | "_s)));
    QCOMPARE(texts.constLast(), QString());
}

void tst_SaveFlow::noEditSendsNothing()
{
    QSignalSpy nothing(m_flow.get(), &SaveFlow::nothingToSave);
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    const Customer base = loaded();
    QVERIFY(m_flow->start(base, CustomerDraft::fromCustomer(base)));
    QTRY_COMPARE(nothing.size(), 1);
    QCOMPARE(nothing.at(0).at(0).value<Customer>().id(), m_id);
    QCOMPARE(records("PATCH").size(), 0);
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_window->findChildren<ReviewChangesDialog*>().isEmpty());
}

void tst_SaveFlow::withoutReviewSavesDirectly()
{
    m_flow->setReviewEnabled(false);
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QVERIFY(m_flow->start(loaded(), draftOf(u"Direct"_s, loadedMetadata())));
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(m_window->findChildren<ReviewChangesDialog*>().isEmpty());
    QCOMPARE(records("PATCH").size(), 1);
    QCOMPARE(records("PATCH").constFirst().body, R"({"expressCustomerName":"Direct"})"_ba);
    QCOMPARE(stored().name, u"Direct"_s);
}

void tst_SaveFlow::cancelInTheReviewSendsNothing()
{
    QSignalSpy cancelled(m_flow.get(), &SaveFlow::cancelled);
    QSignalSpy running(m_flow.get(), &SaveFlow::runningChanged);
    QVERIFY(m_flow->start(loaded(), draftOf(u"Never sent"_s, loadedMetadata())));
    ReviewChangesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleReview(m_window.get())) != nullptr);

    QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_COMPARE(cancelled.size(), 1);
    QVERIFY(!m_flow->isRunning());
    QCOMPARE(running.constLast().at(0).toBool(), false);
    QCOMPARE(records("PATCH").size(), 0);
    QCOMPARE(stored().name, u"City Clinic"_s);
    QTRY_VERIFY(m_window->findChildren<ReviewChangesDialog*>().isEmpty());
}

void tst_SaveFlow::cancelWhileFetchingSendsNothing()
{
    QVERIFY(server().addFault(u"latency=2000,count=1,method=GET"_s));
    QSignalSpy cancelled(m_flow.get(), &SaveFlow::cancelled);
    QSignalSpy failed(m_flow.get(), &SaveFlow::failed);
    QVERIFY(m_flow->start(loaded(), draftOf(u"Never sent"_s, loadedMetadata())));
    QTRY_COMPARE(server().pendingCount(), 1);
    m_flow->cancel();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_flow->isRunning());
    QCOMPARE(records("PATCH").size(), 0);
}

void tst_SaveFlow::theirChangeToAnotherKeyIsMergedAndKept()
{
    const Customer base = loaded();
    // Another admin adds "bed" and changes tier after we loaded; we change region only.
    changeOnServer(std::nullopt, Metadata {{u"bed"_s, u"9"_s}, {u"region"_s, u"north"_s}, {u"tier"_s, u"silver"_s}});
    server().requestLog().clear();

    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QVERIFY(m_flow->start(base, draftOf(u"City Clinic"_s, {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}})));
    ReviewChangesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleReview(m_window.get())) != nullptr);

    auto* theirs = dialog->findChild<QTreeWidget*>(u"theirChangesList"_s);
    QVERIFY(!theirs->isHidden());
    QCOMPARE(theirs->topLevelItemCount(), 2);
    QCOMPARE(theirs->topLevelItem(0)->text(0), u"bed"_s);
    QCOMPARE(theirs->topLevelItem(1)->text(0), u"tier"_s);
    QVERIFY(dialog->findChildren<ConflictChoiceWidget*>().isEmpty());
    QCOMPARE(dialog->findChild<QTreeWidget*>(u"changesList"_s)->topLevelItemCount(), 1);
    QVERIFY(sendButton(dialog)->isEnabled());

    QTest::mouseClick(sendButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    const QByteArray expected = R"({"metadata":{"bed":"9","region":"south","tier":"silver"}})"_ba;
    QCOMPARE(records("PATCH").constFirst().body, expected);
    QCOMPARE(stored().metadata,
        std::optional<Metadata>(Metadata {{u"bed"_s, u"9"_s}, {u"region"_s, u"south"_s}, {u"tier"_s, u"silver"_s}}));
    QVERIFY(saved.at(0).at(0).value<UpdateOutcome>().isExact());
}

void tst_SaveFlow::sameKeyChangedOnBothSidesAsksAndLosesNothing_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<QString>("storedRegion");
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("keep mine") << u"keepMineRadio"_s << u"south"_s
                               << R"({"metadata":{"bed":"9","region":"south","tier":"gold"}})"_ba;
    // Their value is already stored; only my other, unopposed change (tier) goes out.
    QTest::addRow("take server's") << u"takeServersRadio"_s << u"east"_s
                                   << R"({"metadata":{"bed":"9","region":"east","tier":"platinum"}})"_ba;
}

void tst_SaveFlow::sameKeyChangedOnBothSidesAsksAndLosesNothing()
{
    QFETCH(QString, radio);
    QFETCH(QString, storedRegion);
    QFETCH(QByteArray, body);

    const Customer base = loaded();
    changeOnServer(std::nullopt, Metadata {{u"bed"_s, u"9"_s}, {u"region"_s, u"east"_s}, {u"tier"_s, u"gold"_s}});
    server().requestLog().clear();

    // Keep mine: region south, tier untouched. Take theirs: region east, but my tier edit still goes out.
    const Metadata mine = radio == u"keepMineRadio"_s
        ? Metadata {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}}
        : Metadata {{u"region"_s, u"south"_s}, {u"tier"_s, u"platinum"_s}};
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QVERIFY(m_flow->start(base, draftOf(u"City Clinic"_s, mine)));
    ReviewChangesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleReview(m_window.get())) != nullptr);

    auto* conflict = dialog->findChild<ConflictChoiceWidget*>(u"conflictChoice_0"_s);
    QVERIFY(conflict != nullptr);
    QCOMPARE(dialog->findChildren<ConflictChoiceWidget*>().size(), 1);
    QCOMPARE(conflict->findChild<QLabel*>(u"originalValue"_s)->text(), u"north"_s);
    QCOMPARE(conflict->findChild<QLabel*>(u"mineValue"_s)->text(), u"south"_s);
    QCOMPARE(conflict->findChild<QLabel*>(u"serversValue"_s)->text(), u"east"_s);
    QVERIFY(!sendButton(dialog)->isEnabled());
    QTest::mouseClick(sendButton(dialog), Qt::LeftButton);
    QCOMPARE(records("PATCH").size(), 0);

    clickIndicator(conflict->findChild<QRadioButton*>(radio));
    QVERIFY(sendButton(dialog)->isEnabled());
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(u"jsonBody"_s)->toPlainText(), pretty(body));
    QTest::mouseClick(sendButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);

    QCOMPARE(records("PATCH").size(), 1);
    QCOMPARE(records("PATCH").constFirst().body, body);
    const Metadata result = *stored().metadata;
    QCOMPARE(result.value(u"region"_s), storedRegion);
    QCOMPARE(result.value(u"bed"_s), u"9"_s); // their unopposed addition survives either way
    QCOMPARE(result.value(u"tier"_s), mine.value(u"tier"_s)); // and so does my unopposed edit
}

void tst_SaveFlow::conflictsOpenTheReviewEvenWhenItIsOff()
{
    m_flow->setReviewEnabled(false);
    const Customer base = loaded();
    changeOnServer(u"Their Name"_s, std::nullopt);
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QVERIFY(m_flow->start(base, draftOf(u"My Name"_s, loadedMetadata())));
    ReviewChangesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleReview(m_window.get())) != nullptr);
    QVERIFY(dialog->findChild<QCheckBox*>(u"skipReviewCheck"_s)->isChecked());
    QCOMPARE(records("PATCH").size(), 0);

    auto* conflict = dialog->findChild<ConflictChoiceWidget*>(u"conflictChoice_0"_s);
    clickIndicator(conflict->findChild<QRadioButton*>(u"keepMineRadio"_s));
    QTest::mouseClick(sendButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(stored().name, u"My Name"_s);
    QVERIFY(!m_flow->isReviewEnabled());
}

void tst_SaveFlow::changeDuringTheReviewIsMergedAndShownAgain()
{
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QVERIFY(m_flow->start(loaded(), draftOf(u"Renamed"_s, loadedMetadata())));
    ReviewChangesDialog* first = nullptr;
    QTRY_VERIFY((first = visibleReview(m_window.get())) != nullptr);
    QVERIFY(first->findChild<QTreeWidget*>(u"theirChangesList"_s)->isHidden());

    // While the review is open, another admin adds a key.
    changeOnServer(std::nullopt, Metadata {{u"bed"_s, u"9"_s}, {u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}});
    QTest::mouseClick(sendButton(first), Qt::LeftButton);

    // A new dialog (possibly at the old one's address, so wait until the first is gone).
    const QPointer<ReviewChangesDialog> firstGuard(first);
    ReviewChangesDialog* second = nullptr;
    QTRY_VERIFY(firstGuard.isNull() && (second = visibleReview(m_window.get())) != nullptr);
    QCOMPARE(records("PATCH").size(), 0);
    auto* notice = second->findChild<QLabel*>(u"noticeLabel"_s);
    QVERIFY(!notice->isHidden());
    QVERIFY(notice->text().contains(u"again"_s));
    QCOMPARE(second->findChild<QTreeWidget*>(u"theirChangesList"_s)->topLevelItemCount(), 1);

    QTest::mouseClick(sendButton(second), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(records("PATCH").constFirst().body, R"({"expressCustomerName":"Renamed"})"_ba);
    QCOMPARE(stored().name, u"Renamed"_s);
    QCOMPARE(stored().metadata->value(u"bed"_s), u"9"_s);
}

void tst_SaveFlow::dontAskAgainTurnsTheReviewOff()
{
    QSignalSpy preference(m_flow.get(), &SaveFlow::reviewEnabledChanged);
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QVERIFY(m_flow->start(loaded(), draftOf(u"First"_s, loadedMetadata())));
    ReviewChangesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleReview(m_window.get())) != nullptr);
    auto* check = dialog->findChild<QCheckBox*>(u"skipReviewCheck"_s);
    clickIndicator(check);
    QVERIFY(check->isChecked());
    QCOMPARE(preference.size(), 0); // recorded only when sent
    QTest::mouseClick(sendButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(preference.size(), 1);
    QCOMPARE(preference.at(0).at(0).toBool(), false);
    QVERIFY(!m_flow->isReviewEnabled());

    QTRY_VERIFY(m_window->findChildren<ReviewChangesDialog*>().isEmpty());
    QVERIFY(m_flow->start(loaded(), draftOf(u"Second"_s, loadedMetadata())));
    QTRY_COMPARE(saved.size(), 2);
    QVERIFY(m_window->findChildren<ReviewChangesDialog*>().isEmpty());
    QCOMPARE(stored().name, u"Second"_s);
}

void tst_SaveFlow::rejectedKeyFailsWithUnauthorizedAndSendsNothing()
{
    QVERIFY(server().addFault(u"status=401"_s));
    QSignalSpy failed(m_flow.get(), &SaveFlow::failed);
    QSignalSpy keyRejected(m_flow.get(), &SaveFlow::keyRejected);
    const Customer base = loaded();
    const CustomerDraft draft = draftOf(u"Kept Locally"_s, {{u"region"_s, u"south"_s}});
    QVERIFY(m_flow->start(base, draft));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(keyRejected.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!failed.at(0).at(0).value<ApiError>().message.isEmpty());
    QVERIFY(!m_flow->isRunning());

    // One GET, refused; nothing after it.
    const QList<RequestRecord> all = server().requestLog().records();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().method, "GET"_ba);
    QCOMPARE(stored().name, u"City Clinic"_s);
    QVERIFY(m_window->findChildren<ReviewChangesDialog*>().isEmpty());
}

void tst_SaveFlow::invalidDraftFailsWithoutAnyRequest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<MetadataEntry>>("rows");

    QTest::addRow("blank name") << u"   "_s << QList<MetadataEntry> {};
    QTest::addRow("empty key") << u"City Clinic"_s << QList<MetadataEntry> {{QString(), u"v"_s}};
    QTest::addRow("duplicate key") << u"City Clinic"_s
                                   << QList<MetadataEntry> {{u"region"_s, u"a"_s}, {u"region"_s, u"b"_s}};
    QTest::addRow("value too long") << u"City Clinic"_s << QList<MetadataEntry> {{u"notes"_s, QString(1001, u'x')}};
}

void tst_SaveFlow::invalidDraftFailsWithoutAnyRequest()
{
    QFETCH(QString, name);
    QFETCH(QList<MetadataEntry>, rows);

    CustomerDraft draft;
    draft.setName(name);
    draft.setMetadata(rows);
    QSignalSpy failed(m_flow.get(), &SaveFlow::failed);
    QVERIFY(m_flow->start(loaded(), draft));
    QCOMPARE(failed.size(), 0); // never from within start()
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(error.message.contains(u"Nothing was sent"_s));
    QCOMPARE(server().requestLog().size(), 0);
    QVERIFY(!m_flow->isRunning());
}

void tst_SaveFlow::rateLimitIsRetriedAndShownWithReasonAndSeconds()
{
    m_flow->setReviewEnabled(false);
    QVERIFY(server().addFault(u"status=429,retry-after-ms=300,method=PATCH"_s));
    QSignalSpy retries(&m_bed.client(), &ExpressClient::retryScheduled);
    QSignalSpy progress(m_flow.get(), &SaveFlow::progressChanged);
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QVERIFY(m_flow->start(loaded(), draftOf(u"Patient"_s, loadedMetadata())));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(records("PATCH").size(), 2);
    QCOMPARE(stored().name, u"Patient"_s);

    // The one place that shows retries, the window's status bar (tst_mainwindow), shows this retry so; the flow's
    // own progress never says it (it would overwrite the window's, or be overwritten).
    QCOMPARE(retries.size(), 1);
    const auto delay = retries.at(0).at(2).value<std::chrono::milliseconds>();
    QCOMPARE(delay, std::chrono::milliseconds(300));
    QCOMPARE(RetryMessage::text(delay, retries.at(0).at(3).value<ApiError>()), u"Rate limited; retrying in 1 s…"_s);
    QStringList texts;
    for (const QList<QVariant>& args : std::as_const(progress))
        texts.append(args.at(0).toString());
    QCOMPARE(texts.filter(u"retrying"_s), QStringList());
}

void tst_SaveFlow::failedSaveCanBeRetriedByStartingAgain()
{
    m_flow->setReviewEnabled(false);
    QVERIFY(server().addFault(u"status=500,count=3,method=PATCH"_s));
    QSignalSpy failed(m_flow.get(), &SaveFlow::failed);
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    const Customer base = loaded();
    const CustomerDraft draft = draftOf(u"Second Try"_s, loadedMetadata());
    QVERIFY(m_flow->start(base, draft));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::ServerError);
    QCOMPARE(stored().name, u"City Clinic"_s);

    // The caller's Retry: the same base and draft again.
    QVERIFY(m_flow->start(base, draft));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(stored().name, u"Second Try"_s);
}

void tst_SaveFlow::answerThatDiffersIsCheckedByReadingAgain_data()
{
    QTest::addColumn<QString>("afterPatch"); // what happens on the server once the PATCH is answered
    QTest::addColumn<UpdateOutcome::Basis>("basis");
    QTest::addColumn<QString>("outcomeName"); // the name outcome.customer has

    QTest::addRow("stale answer, the store has it all") << QString() << UpdateOutcome::Basis::ReadAgain << u"Renamed"_s;
    QTest::addRow("renamed meanwhile: the store differs")
        << u"rename"_s << UpdateOutcome::Basis::ReadAgain << u"Renamed Elsewhere"_s;
    QTest::addRow("the read fails: the answer is all there is")
        << u"status=404,method=GET"_s << UpdateOutcome::Basis::Unchecked << u"City Clinic"_s;
}

void tst_SaveFlow::answerThatDiffersIsCheckedByReadingAgain()
{
    QFETCH(QString, afterPatch);
    QFETCH(UpdateOutcome::Basis, basis);
    QFETCH(QString, outcomeName);

    m_flow->setReviewEnabled(false);
    QVERIFY(server().addFault(u"stale,method=PATCH"_s));
    connect(&server(), &Sandbox::SandboxServer::requestFinished, this, [this, afterPatch] {
        if (afterPatch.isEmpty() || server().requestLog().last()->method != "PATCH")
            return;
        if (afterPatch == u"rename"_s)
            changeOnServer(u"Renamed Elsewhere"_s, std::nullopt);
        else
            QVERIFY(server().addFault(afterPatch));
    });
    QSignalSpy saved(m_flow.get(), &SaveFlow::saved);
    QVERIFY(m_flow->start(loaded(), draftOf(u"Renamed"_s, loadedMetadata())));
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!m_flow->isRunning());

    const auto outcome = saved.at(0).at(0).value<UpdateOutcome>();
    QCOMPARE(outcome.basis, basis);
    QCOMPARE(outcome.customer.name(), outcomeName);
    QCOMPARE(outcome.isExact(), outcomeName == u"Renamed"_s);
    QCOMPARE(outcome.nameDiffers, outcomeName != u"Renamed"_s);
    QCOMPARE(records("PATCH").size(), 1);
    QCOMPARE(records("GET").size(), 2); // before, and again (by the client) after the answer
}

QTEST_MAIN(tst_SaveFlow)
#include "tst_saveflow.moc"
