// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Unsaved edits survive a real kill -9: a program typing on (draft-crash-helper) is killed with SIGKILL, and the
// workspace it wrote holds a complete draft of its last second of typing.
#include "core/store/DraftStore.h"
#include "core/store/WorkspaceStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_DraftCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDraftSurvivesAKill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workspace.sqlite"_s);
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(EXPRESSADMIN_DRAFT_CRASH_HELPER), {path});
        QVERIFY(helper.waitForStarted());

        QString customerId;
        QString baseline;
        int lastEdit = 0;
        auto readLines = [&] {
            while (helper.canReadLine()) {
                const QString line = QString::fromUtf8(helper.readLine()).trimmed();
                if (line.startsWith(u"customer "_s))
                    customerId = line.mid(9);
                else if (line.startsWith(u"baseline "_s))
                    baseline = line.mid(9);
                else if (line.startsWith(u"edit "_s))
                    lastEdit = line.mid(5).toInt();
            }
        };
        // Typing goes on for two seconds (about 50 renames), then the process is killed in the middle of it.
        QTRY_VERIFY_WITH_TIMEOUT((readLines(), lastEdit >= 50), 20000);
        helper.kill();
        QVERIFY(helper.waitForFinished());
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        readLines();

        const auto store = WorkspaceStore::open(path);
        QVERIFY(store.isOk());
        QVERIFY(store.value()->recoveryNotice().isEmpty()); // not damaged
        const auto found = DraftStore(store.value()).load(customerId);
        QVERIFY(found.isOk());
        QVERIFY(found.value().has_value());
        const DraftStore::Draft& draft = *found.value();
        QCOMPARE(draft.baseline.name(), baseline);
        QVERIFY(draft.edits.metadata().contains(MetadataEntry {QString(), u"orphan"_s}));
        // One of the names typed, at most about a second (25 renames at 40 ms) behind the last one printed.
        QVERIFY2(draft.edits.name().startsWith(baseline + u" edit "_s), qPrintable(draft.edits.name()));
        const int kept = draft.edits.name().mid(baseline.size() + 6).toInt();
        QVERIFY2(kept <= lastEdit && kept >= lastEdit - 25,
            qPrintable(u"kept edit %1, last edit %2"_s.arg(kept).arg(lastEdit)));
    }
};

QTEST_GUILESS_MAIN(tst_DraftCrash)
#include "tst_draftcrash.moc"
