// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// express-admin-cli (or any program) run to its end as a test sees it: exit code (-1 when it crashed or did not end
// within the deadline), stdout, stderr and how long it took. Waits with QSignalSpy, so an in-process sandbox keeps
// serving meanwhile.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    // For QVERIFY2: the exit code, stdout and stderr.
    QByteArray describe() const
    {
        return (QStringLiteral("exit ") + QString::number(exitCode) + u'\n' + out + err).toUtf8();
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

    static CliRun run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
        int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(program);
        process.setArguments(arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        process.start();
        CliRun result;
        if (!finished.wait(timeoutMs)) {
            process.kill();
            finished.wait(5000);
            return result;
        }
        result.elapsedMs = clock.elapsed();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};
