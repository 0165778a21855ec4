// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Searches of a mirrored workspace as a view makes them: the count, then the first page of 100 in name order, each
// query several times on one open store (the first run is cold: its pages come from the file). Run by
// tests/bench/workspace-sync.sh after its syncs: bench_workspacesearch WORKSPACE.sqlite QUERY...

#include "BenchOutput.h"

#include "core/store/CustomerSearch.h"
#include "core/store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Runs = 5;
constexpr int PageSize = 100;

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        printLine(u"usage: bench_workspacesearch WORKSPACE.sqlite QUERY..."_s);
        return 2;
    }
    QElapsedTimer opening;
    opening.start();
    auto opened = WorkspaceStore::open(args.first());
    if (opened.isError()) {
        printLine(opened.error().message);
        return 1;
    }
    printLine(u"open: %1 ms (integrity checked: %2)"_s.arg(double(opening.nsecsElapsed()) / 1e6, 0, 'f', 1)
                  .arg(opened.value()->checkedIntegrity() ? u"yes"_s : u"no"_s));
    for (const QString& text : args.mid(1)) {
        const SearchQuery query = SearchQuery::parse(text);
        QList<double> times;
        qint64 found = 0;
        for (int run = 0; run < Runs; ++run) {
            const CustomerSearch search(opened.value()); // nothing kept from the run before
            QElapsedTimer timer;
            timer.start();
            const auto count = search.count(query);
            const auto page = search.page(query, 0, PageSize);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (count.isError() || page.isError()) {
                printLine(u"search %1 failed"_s.arg(text));
                return 1;
            }
            found = count.value();
        }
        const QList<double> warm = times.mid(1);
        printLine(u"search %1: %2 found; count and first %3: cold %4 ms, warm %5-%6 ms"_s.arg(text)
                      .arg(found)
                      .arg(PageSize)
                      .arg(times.first(), 0, 'f', 1)
                      .arg(*std::min_element(warm.begin(), warm.end()), 0, 'f', 1)
                      .arg(*std::max_element(warm.begin(), warm.end()), 0, 'f', 1));
    }
    return 0;
}
