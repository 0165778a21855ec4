// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Search per keystroke in the app's customer list: a CustomerListPanel served from a workspace database (a mirror
// made by the app or the CLI's sync, e.g. of 100,000 customers), with queries typed into its filter box one key at a
// time. For each key it takes the search's time as the model reports it (count and first block of rows) and the time
// from the key press to the view having laid out the new rows. Prints the minimum, median and maximum of each, and the
// process's peak RSS. Run with QT_QPA_PLATFORM=offscreen:
//   bench_searchtyping WORKSPACE.sqlite [QUERY...]

#include "BenchOutput.h"

#include "core/api/ExpressClient.h"
#include "core/store/WorkspaceStore.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/CustomerSearchModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

QString summary(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return u"min %1 ms, median %2 ms, max %3 ms (%4 keys)"_s.arg(values.first(), 0, 'f', 2)
        .arg(values.at(values.size() / 2), 0, 'f', 2)
        .arg(values.last(), 0, 'f', 2)
        .arg(values.size());
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        printLine(u"usage: bench_searchtyping WORKSPACE.sqlite [QUERY...]"_s);
        return 2;
    }
    const QStringList queries = args.size() > 1
        ? args.mid(1)
        : QStringList {u"cedar valley"_s, u"region:northeast"_s, u"is:inactive hospital"_s, u"\"general hospital\""_s};
    auto opened = WorkspaceStore::open(args.first());
    if (opened.isError()) {
        printLine(u"cannot open %1: %2"_s.arg(args.first(), opened.error().message));
        return 1;
    }
    // The panel needs a client for its API mode, which this never uses.
    QNetworkAccessManager nam;
    ClientOptions options;
    options.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    options.apiKey = u"unused"_s;
    ExpressClient client(&nam, options);
    CustomerListPanel panel(&client);
    panel.setWorkspace(opened.value());
    panel.resize(900, 700);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return 1;
    CustomerSearchModel* model = panel.searchModel();
    auto* filter = panel.findChild<QLineEdit*>(u"customerFilter"_s);
    printLine(u"customers: %1"_s.arg(model->rowCount()));

    QList<double> searchMs;
    QList<double> keyToRowsMs;
    for (const QString& query : queries) {
        filter->clear();
        QTest::qWait(200);
        for (const QChar key : query) {
            QSignalSpy searched(model, &CustomerSearchModel::searched);
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(filter, key.toLatin1());
            if (!searched.wait(2000))
                continue; // the same query as before (a space): nothing to search
            QCoreApplication::processEvents(); // the view lays out the new rows
            // The debounce is waiting, not working: leave it out.
            keyToRowsMs.append(double(timer.nsecsElapsed()) / 1e6 - 60.0);
            searchMs.append(searched.first().at(1).toDouble());
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                printLine(u"  %1 → %2 found in %3 ms"_s.arg(filter->text())
                              .arg(model->rowCount())
                              .arg(searched.first().at(1).toDouble(), 0, 'f', 2));
        }
        printLine(u"%1: %2 found"_s.arg(query).arg(model->rowCount()));
    }
    printLine(u"search per key (count + first rows): "_s + summary(searchMs));
    printLine(u"key to rows laid out, less the 60 ms debounce: "_s + summary(keyToRowsMs));
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    printLine(u"peak-rss-kib: %1"_s.arg(usage.ru_maxrss));
#endif
    return 0;
}
