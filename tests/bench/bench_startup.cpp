// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Startup benchmark: starts `express-admin --sandbox --quit-after-first-show` and `bench_emptywindow` (an empty
// QMainWindow) alternately, N times each, on the offscreen platform, and reports for both the median time from
// process start to the first painted window (measured outside, from QProcess::start to the line the program
// prints), the time the program measured itself from main(), and its peak RSS; then the ratios.
//
//   bench_startup [RUNS] [BASE_URL API_KEY DATA_HOME]     (default 15)
//
// With BASE_URL, API_KEY and DATA_HOME it also starts express-admin connecting through the environment (AVARA_BASE_URL,
// AVARA_API_KEY) with XDG_DATA_HOME=DATA_HOME, whose workspace for that URL may be large (e.g. 100,000 customers
// synced by express-admin-cli sync against a running express-sandbox --customers 100000): the workspace opens after
// the first paint, so this start should take no longer than the sandbox's.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Sample
{
    double outsideMs = 0;
    double insideMs = 0;
    double peakRssKiB = 0;
};

struct Program
{
    QString label;
    QString path;
    QStringList arguments;
    QList<Sample> samples;
    QList<std::pair<QString, QString>> environment; // added to the shared one
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

std::optional<Sample> runOnce(const Program& program, QProcessEnvironment environment)
{
    for (const auto& [name, value] : program.environment)
        environment.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program.path, program.arguments);
    Sample sample;
    QByteArray output;
    // A benchmark driver may block: it measures other processes.
    while (!output.contains("peak-rss-kib:")) {
        if (!process.waitForReadyRead(30000))
            return std::nullopt;
        if (sample.outsideMs == 0 && process.bytesAvailable() > 0)
            sample.outsideMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        output += process.readAllStandardOutput();
    }
    process.waitForFinished(30000);
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("first-show-ms: "))
            sample.insideMs = line.mid(15).toDouble();
        else if (line.startsWith("peak-rss-kib: "))
            sample.peakRssKiB = line.mid(14).toDouble();
    }
    return sample;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    const QDir bin(QCoreApplication::applicationDirPath());
    QTemporaryDir home;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.remove(u"AVARA_API_KEY"_s);

    QList<Program> programs {
        {u"empty QMainWindow (bench_emptywindow)"_s, bin.filePath(u"bench_emptywindow"_s), {}, {}},
        {u"express-admin --sandbox"_s, bin.filePath(u"express-admin"_s),
            {u"--sandbox"_s, u"--quit-after-first-show"_s, u"--settings"_s, home.filePath(u"bench.ini"_s)}, {}},
    };
    if (argc > 4) {
        programs.append({u"express-admin, environment profile and its workspace"_s, bin.filePath(u"express-admin"_s),
            {u"--quit-after-first-show"_s, u"--settings"_s, home.filePath(u"bench-environment.ini"_s)}, {},
            {{u"AVARA_BASE_URL"_s, QString::fromLocal8Bit(argv[2])},
                {u"AVARA_API_KEY"_s, QString::fromLocal8Bit(argv[3])},
                {u"XDG_DATA_HOME"_s, QString::fromLocal8Bit(argv[4])}}});
    }
    for (Program& program : programs) {
        if (!QFile::exists(program.path)) {
            std::fprintf(stderr, "bench_startup: %s is missing (build it first)\n", qPrintable(program.path));
            return 1;
        }
    }
    // Warm the page cache, then alternate so that both see the same machine.
    for (Program& program : programs)
        runOnce(program, environment);
    for (int run = 0; run < runs; ++run) {
        for (Program& program : programs) {
            const std::optional<Sample> sample = runOnce(program, environment);
            if (!sample) {
                std::fprintf(stderr, "bench_startup: %s did not report\n", qPrintable(program.label));
                return 1;
            }
            program.samples.append(*sample);
        }
    }

    std::printf("Startup to the first painted window, offscreen, median of %d runs each (alternating):\n\n", runs);
    std::printf("| program | start to first paint (outside) | main() to first paint (inside) | peak RSS |\n");
    std::printf("| --- | --- | --- | --- |\n");
    QList<double> outside;
    QList<double> inside;
    QList<double> rss;
    for (const Program& program : programs) {
        QList<double> o, i, r;
        for (const Sample& sample : program.samples) {
            o.append(sample.outsideMs);
            i.append(sample.insideMs);
            r.append(sample.peakRssKiB);
        }
        outside.append(median(o));
        inside.append(median(i));
        rss.append(median(r));
        std::printf("| %s | %.1f ms | %.1f ms | %.1f MiB |\n", qPrintable(program.label), outside.last(), inside.last(),
            rss.last() / 1024.0);
    }
    std::printf("\n");
    for (qsizetype i = 1; i < programs.size(); ++i) {
        std::printf("%s / empty window: %.2f x time (outside), %.2f x time (inside), %.2f x peak RSS\n",
            qPrintable(programs.at(i).label), outside.at(i) / outside.at(0), inside.at(i) / inside.at(0),
            rss.at(i) / rss.at(0));
    }
    return 0;
}
