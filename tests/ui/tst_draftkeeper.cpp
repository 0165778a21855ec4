// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The open customer's unsaved edits kept in the workspace shortly after each edit, and gone once they are saved,
// reverted or discarded; a store that fails never costs an edit.
#include "core/api/ExpressClient.h"
#include "core/model/MetadataDocument.h"
#include "core/store/DraftStore.h"
#include "core/store/WorkspaceStore.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"
#include "ui/customer/CustomerSession.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/metadata/MetadataCommands.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class tst_DraftKeeper : public QObject
{
    Q_OBJECT

private:
    ClientTestBed m_bed;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<CustomerSession> m_session;

    DraftKeeper* keep(std::chrono::milliseconds delay = 200ms)
    {
        auto* keeper = new DraftKeeper(m_session.get(), m_store, m_session.get());
        keeper->setDelay(delay);
        return keeper;
    }

    std::optional<DraftStore::Draft> stored() const
    {
        const auto loaded = DraftStore(m_store).load(m_session->customerId());
        return loaded.isOk() ? loaded.value() : std::nullopt;
    }

    void setQueryOnly(bool on)
    {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"PRAGMA query_only = %1"_s.arg(on ? 1 : 0)));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_bed.restart(23, 5));
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = WorkspaceStore::open(m_dir->filePath(u"workspace.sqlite"_s));
        QVERIFY(opened.isOk());
        m_store = opened.value();
        ExpressClient& client = m_bed.client();
        QString id;
        client.listCustomers(QString(), 50, this, [&id](const ApiResult<CustomerPage>& page) {
            for (const Customer& customer : page.value().customers) {
                if (customer.isActive() && customer.metadata().size() >= 2 && id.isEmpty())
                    id = customer.id();
            }
        });
        QTRY_VERIFY(!id.isEmpty());
        m_session = std::make_unique<CustomerSession>(&client, id);
        QTRY_VERIFY(m_session->hasCustomer());
        QTRY_VERIFY(!m_session->isBusy());
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_dir.reset();
        m_bed.stop();
    }

    void openingACustomerLeavesItsDraftAlone()
    {
        // A draft from before a crash, not restored yet.
        CustomerDraft old = CustomerDraft::fromCustomer(m_session->customer());
        old.setName(u"From before the crash"_s);
        QVERIFY(!DraftStore(m_store).save(m_session->customer(), old));
        DraftKeeper* keeper = keep(20ms);
        QSignalSpy spy(keeper, &DraftKeeper::stored);
        QVERIFY(!spy.wait(200));
        QCOMPARE(stored()->edits, old);
    }

    void anEditIsKeptWithinTheDelay()
    {
        DraftKeeper* keeper = keep(300ms);
        QSignalSpy spy(keeper, &DraftKeeper::stored);
        QElapsedTimer clock;
        clock.start();
        m_session->setName(m_session->name() + u" (edited)"_s);
        QVERIFY(!stored());
        QVERIFY(spy.wait(2000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(spy.first().first().toBool(), true);
        QCOMPARE(stored()->edits, m_session->draft());
        QCOMPARE(stored()->baseline, m_session->customer());
    }

    void typingOnDoesNotPostponeTheWrite()
    {
        DraftKeeper* keeper = keep(300ms);
        QSignalSpy spy(keeper, &DraftKeeper::stored);
        QTimer typing;
        int typed = 0;
        connect(&typing, &QTimer::timeout, this,
            [&] { m_session->setName(m_session->name() + QString::number(++typed % 10)); });
        typing.start(30);
        QVERIFY(spy.wait(1000));
        QVERIFY(typing.isActive());
        typing.stop();
        QVERIFY2(typed < 30, qPrintable(QString::number(typed)));
        QTRY_COMPARE(stored()->edits, m_session->draft());
    }

    void invalidRowsAreKeptAsTyped()
    {
        keep(20ms);
        MetadataDocument* metadata = m_session->metadata();
        const QString existing = metadata->rowAt(0).entry.key;
        QVERIFY(MetadataCommands::push(
            m_session->undoStack(), MetadataCommands::appendRow(metadata, {QString(), u"orphan"_s})));
        QVERIFY(MetadataCommands::push(
            m_session->undoStack(), MetadataCommands::appendRow(metadata, {existing, u"twice"_s})));
        QVERIFY(!m_session->isValid());
        QTRY_VERIFY(stored() && stored()->edits == m_session->draft());
        QVERIFY(stored()->edits.metadata().contains(MetadataEntry {QString(), u"orphan"_s}));
        QVERIFY(stored()->edits.metadata().contains(MetadataEntry {existing, u"twice"_s}));
    }

    void cleanAgainRemovesTheDraft_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addRow("revert all") << u"revert"_s;
        QTest::addRow("undo") << u"undo"_s;
    }

    void cleanAgainRemovesTheDraft()
    {
        QFETCH(QString, how);
        DraftKeeper* keeper = keep(20ms);
        QSignalSpy spy(keeper, &DraftKeeper::stored);
        m_session->setName(m_session->name() + u" x"_s);
        QVERIFY(spy.wait());
        QVERIFY(stored());
        if (how == u"revert"_s)
            m_session->revertAll();
        else
            m_session->undoStack()->undo();
        QVERIFY(!m_session->isDirty());
        QVERIFY(spy.wait());
        QCOMPARE(spy.last().first().toBool(), false);
        QVERIFY(!stored());
    }

    void aSuccessfulSaveRemovesTheDraft()
    {
        DraftKeeper* keeper = keep(20ms);
        QSignalSpy spy(keeper, &DraftKeeper::stored);
        m_session->setReviewEnabled(false);
        m_session->setName(m_session->name() + u" saved"_s);
        QVERIFY(spy.wait());
        QVERIFY(m_session->save());
        QTRY_VERIFY(!m_session->isBusy());
        QVERIFY(!m_session->isDirty());
        QTRY_VERIFY(!stored());
    }

    void discardRemovesTheDraftAndKeepsNoMore()
    {
        DraftKeeper* keeper = keep(20ms);
        QSignalSpy spy(keeper, &DraftKeeper::stored);
        m_session->setName(m_session->name() + u" a"_s);
        QVERIFY(spy.wait());
        m_session->setName(m_session->name() + u"b"_s);
        keeper->discard();
        QVERIFY(!stored());
        QVERIFY(!spy.wait(200));
        QVERIFY(!stored());
    }

    void whatIsDueIsWrittenWhenTheKeeperGoes()
    {
        DraftKeeper* keeper = keep(60s);
        m_session->setName(m_session->name() + u" last words"_s);
        QVERIFY(keeper->isPending());
        delete keeper;
        QVERIFY(stored());
        QCOMPARE(stored()->edits, m_session->draft());
    }

    void aStoreThatFailsIsReportedOnceAndCostsNoEdit()
    {
        DraftKeeper* keeper = keep(20ms);
        QSignalSpy failed(keeper, &DraftKeeper::storeFailed);
        QSignalSpy written(keeper, &DraftKeeper::stored);
        setQueryOnly(true); // as SQLite reports a read-only file or a full disk: the write fails whole
        const CustomerDraft edits = [this] {
            m_session->setName(m_session->name() + u" kept in memory"_s);
            return m_session->draft();
        }();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().value<StoreError>().kind, StoreError::Kind::ReadOnly);
        QCOMPARE(m_session->draft(), edits);
        QVERIFY(m_session->isDirty());
        m_session->setName(m_session->name() + u"!"_s);
        QVERIFY(!failed.wait(200)); // once, not per edit
        QCOMPARE(written.size(), 0);

        setQueryOnly(false);
        m_session->setName(m_session->name() + u"?"_s);
        QVERIFY(written.wait());
        QCOMPARE(stored()->edits, m_session->draft());
    }
};

QTEST_MAIN(tst_DraftKeeper)
#include "tst_draftkeeper.moc"
