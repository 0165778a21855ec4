// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "AppController.h"

#include "ScreenshotScenario.h"

#include "core/ExpressClient.h"
#include "core/Logging.h"
#include "core/ProfileStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/EmbeddedSandbox.h"
#include "ui/FirstRunDialog.h"
#include "ui/MainWindow.h"
#include "ui/SecretStore.h"

#include <QApplication>
#include <QEvent>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace {

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

    connect(m_window.get(), &MainWindow::connectRequested, this,
        [this] { openConnectionDialog(m_window->profile().id, {}); });
    connect(m_window.get(), &MainWindow::fixKeyRequested, this, [this] {
        openConnectionDialog(m_window->profile().id,
            tr("The server refused the key of “%1”. Enter the right key.").arg(m_window->profile().name));
    });
    connect(m_secrets, &SecretStore::sessionOnlyChanged, this, [this](bool sessionOnly) {
        if (sessionOnly)
            m_window->statusBar()->showMessage(SecretStore::sessionOnlyText(), 15000);
    });
}

AppController::~AppController()
{
    m_window.reset();
}

void AppController::start()
{
    if (m_options.quitAfterFirstShow)
        new FirstPaintWatcher(m_window.get(), [this] { onFirstShown(); });
    if (!m_options.screenshotScenario.isEmpty()) {
        m_screenshot =
            new ScreenshotScenario(m_window.get(), m_options.screenshotScenario, m_options.screenshotOut, this);
    }
    m_window->show();
    connectAtStart();
}

void AppController::onFirstShown()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("first-show-ms: %.1f\npeak-rss-kib: %ld\n", static_cast<double>(m_startup.nsecsElapsed()) / 1e6,
        usage.ru_maxrss);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void AppController::connectAtStart()
{
    if (m_options.sandbox) {
        connectSandbox();
        return;
    }
    const ConnectionProfile environment = ConnectionProfile::fromEnvironment();
    if (environment.isValid()) {
        connectTo(environment, ClientOptions::fromEnvironment().apiKey);
        return;
    }
    const QString last = m_profiles->lastUsedId();
    if (last == ConnectionProfile::kSandboxId) {
        connectSandbox();
        return;
    }
    std::optional<ConnectionProfile> profile = m_profiles->profile(last);
    if (!profile && !m_profiles->isEmpty())
        profile = m_profiles->profiles().first();
    if (!profile) {
        showFirstRun();
        return;
    }
    const ConnectionProfile chosen = *profile;
    m_secrets->readKey(chosen.id, this, [this, chosen](const SecretStore::Result& result) {
        if (result.ok)
            connectTo(chosen, result.key);
        else
            openConnectionDialog(chosen.id, tr("Enter the API key of “%1”.").arg(chosen.name));
    });
}

void AppController::connectSandbox()
{
    if (m_sandbox && m_sandbox->isRunning()) {
        connectTo(ConnectionProfile::sandbox(m_sandbox->baseUrl()), m_sandbox->apiKey());
        return;
    }
    if (!m_sandbox) {
        m_sandbox = new EmbeddedSandbox(this);
        connect(m_sandbox, &EmbeddedSandbox::started, this, [this](const QUrl& baseUrl, const QString& apiKey) {
            connectTo(ConnectionProfile::sandbox(baseUrl), apiKey);
        });
        connect(m_sandbox, &EmbeddedSandbox::failed, this,
            [this](const QString& message) { m_window->statusBar()->showMessage(message); });
        m_window->statusBar()->showMessage(tr("Starting the sandbox…"));
        m_sandbox->start();
    }
}

void AppController::connectTo(const ConnectionProfile& profile, const QString& apiKey)
{
    ExpressClient* old = m_client;
    m_client = new ExpressClient(m_nam, profile.clientOptions(apiKey), this);
    m_window->setConnection(m_client, profile);
    if (old)
        old->deleteLater();
    m_window->setConnectionNote(profile.source == ConnectionProfile::Source::Stored && m_secrets->isSessionOnly()
            ? SecretStore::sessionOnlyText()
            : QString());
    m_window->statusBar()->showMessage(tr("Connected to “%1”.").arg(profile.name), 5000);
    if (profile.source != ConnectionProfile::Source::Environment)
        m_profiles->setLastUsedId(profile.id);
    qCDebug(lcUi) << "connected to profile" << profile.id;
}

void AppController::showFirstRun()
{
    auto* dialog = new FirstRunDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::sandboxChosen, this, &AppController::connectSandbox);
    connect(dialog, &FirstRunDialog::connectChosen, this, [this] { openConnectionDialog({}, {}); });
    dialog->open();
}

void AppController::openConnectionDialog(const QString& profileId, const QString& keyMessage)
{
    if (m_connectionDialog) {
        m_connectionDialog->raise();
        return;
    }
    const ConnectionProfile environment = ConnectionProfile::fromEnvironment();
    auto* dialog = new ConnectionDialog(
        m_profiles.get(), m_secrets, m_nam, environment, ClientOptions::fromEnvironment().apiKey, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A stored profile id; "" for a new one (first run), "sandbox" and "environment" as they are.
    if (profileId.isEmpty() || m_profiles->profile(profileId) || profileId == ConnectionProfile::kSandboxId
        || profileId == ConnectionProfile::kEnvironmentId)
        dialog->selectProfile(profileId);
    if (!keyMessage.isEmpty())
        dialog->focusKey(keyMessage);
    connect(dialog, &ConnectionDialog::connectRequested, this,
        [this](const ConnectionProfile& profile, const QString& apiKey) {
            m_window->runGuarded(
                tr("switch to “%1”").arg(profile.name), [this, profile, apiKey] { connectTo(profile, apiKey); });
        });
    connect(dialog, &ConnectionDialog::sandboxRequested, this,
        [this] { m_window->runGuarded(tr("switch to the sandbox"), [this] { connectSandbox(); }); });
    m_connectionDialog = dialog;
    dialog->open();
}
