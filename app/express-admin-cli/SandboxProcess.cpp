// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kStartTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 5000;
constexpr qsizetype kKeptErrorBytes = 4096;

QString randomKey()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return u"sbx_cli_"_s + QString::fromLatin1(bytes.toHex());
}

} // namespace

SandboxProcess::SandboxProcess(QObject* parent)
    : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(kStartTimeoutMs);
    connect(&m_startTimeout, &QTimer::timeout, this,
        [this] { fail(tr("express-sandbox did not start listening within %1 s.").arg(kStartTimeoutMs / 1000)); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &SandboxProcess::readErrors);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Cannot start express-sandbox: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        readErrors();
        const QString output = QString::fromUtf8(m_stderr).trimmed();
        fail(output.isEmpty() ? tr("express-sandbox stopped at once (exit code %1).").arg(exitCode)
                              : tr("express-sandbox stopped at once (exit code %1): %2").arg(exitCode).arg(output));
    });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executablePath()
{
#ifdef Q_OS_WIN
    const QString name = u"express-sandbox.exe"_s;
#else
    const QString name = u"express-sandbox"_s;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void SandboxProcess::start()
{
    const QString program = executablePath();
    if (!QFileInfo(program).isExecutable()) {
        // Reported from the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, program] {
                fail(tr("express-sandbox was not found next to express-admin-cli (looked for %1). Install it, or "
                        "leave out --sandbox.")
                         .arg(QDir::toNativeSeparators(program)));
            },
            Qt::QueuedConnection);
        return;
    }

    m_apiKey = randomKey();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The key goes through the environment, so it never shows in the process list.
    environment.insert(u"EXPRESS_SANDBOX_API_KEY"_s, m_apiKey);
    environment.remove(u"AVARA_API_KEY"_s);
    // The per-request log lines are of no use here.
    environment.insert(u"QT_LOGGING_RULES"_s, u"expressadmin.sandbox.info=false"_s);
    m_process.setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    // If the CLI is killed, the sandbox goes with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_startTimeout.start();
    m_process.start(program, {});
}

void SandboxProcess::stop()
{
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_reported = true; // a stop we asked for is no failure
    m_process.terminate();
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

void SandboxProcess::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    if (!m_baseUrl.isEmpty()) {
        // The later lines (the key and a curl example) are dropped unread.
        m_stdout.clear();
        return;
    }
    qsizetype end = -1;
    while ((end = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(end).trimmed();
        m_stdout.remove(0, end + 1);
        static constexpr QByteArrayView prefix = "listening on ";
        if (line.startsWith(prefix)) {
            const QUrl url(QString::fromUtf8(line.mid(prefix.size())), QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()) {
                fail(tr("express-sandbox reported an address that is not a URL."));
                return;
            }
            m_baseUrl = url;
            m_startTimeout.stop();
            m_stdout.clear();
            if (!m_reported) {
                m_reported = true;
                Q_EMIT ready(m_baseUrl);
            }
            return;
        }
    }
}

void SandboxProcess::readErrors()
{
    m_stderr += m_process.readAllStandardError();
    if (m_stderr.size() > kKeptErrorBytes)
        m_stderr = m_stderr.right(kKeptErrorBytes);
}

void SandboxProcess::fail(const QString& message)
{
    if (m_reported)
        return;
    m_reported = true;
    m_startTimeout.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
    Q_EMIT failed(message);
}
