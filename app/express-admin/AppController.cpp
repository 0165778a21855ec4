// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "AppController.h"

#include "core/settings/ProfileStore.h"
#include "ui/connection/ConnectionController.h"
#include "ui/connection/SecretStore.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// How long the connection waits for the window's first paint at most.
constexpr int FirstPaintWaitMs = 500;

// Calls back once, on the first paint of the watched widget.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget* widget, std::function<void()> done)
        : QObject(widget)
        , m_done(std::move(done))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            // After this paint has been handled.
            QMetaObject::invokeMethod(this, std::exchange(m_done, nullptr), Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
};

} // namespace

AppController::AppController(const AppOptions& options, QElapsedTimer startup, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_startup(startup)
{
    m_settings = m_options.settingsFile.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
    m_nam = new QNetworkAccessManager(this);
    m_secrets = new SecretStore(SecretStore::Backend::Keychain, this);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_connections = new ConnectionController(
        m_window.get(), m_profiles.get(), m_secrets, m_nam, QProcessEnvironment::systemEnvironment(), this);
}

AppController::~AppController()
{
    m_window.reset();
}

void AppController::start()
{
    // The connection, and with it the workspace (a database that may hold 100,000 customers), opens once the window
    // has been painted: the window shows at once, then fills. A window that is not painted soon (started minimized)
    // does not hold the connection up.
    new FirstPaintWatcher(m_window.get(), [this] { onFirstShown(); });
    QTimer::singleShot(FirstPaintWaitMs, this, [this] { onFirstShown(); });
    m_window->show();
}

void AppController::onFirstShown()
{
    if (std::exchange(m_shown, true))
        return;
    if (m_options.quitAfterFirstShow)
        printStartupAndQuit();
    m_connections->start(m_options.sandbox);
}

void AppController::printStartupAndQuit()
{
    std::printf("first-show-ms: %.1f\n", static_cast<double>(m_startup.nsecsElapsed()) / 1e6);
#ifdef Q_OS_UNIX
    // getrusage() is POSIX; elsewhere only the time is printed.
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak-rss-kib: %ld\n", usage.ru_maxrss);
#endif
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
