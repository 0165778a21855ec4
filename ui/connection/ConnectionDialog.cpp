// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ConnectionDialog.h"

#include "core/api/ExpressClient.h"
#include "core/settings/ProfileStore.h"
#include "ui/connection/SecretStore.h"
#include "ui/metadata/MetadataPalette.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color.isValid() ? color : QColor(Qt::transparent));
    painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3);
    return QIcon(pixmap);
}

} // namespace

QList<QPair<QString, QString>> ConnectionDialog::colorChoices()
{
    return {
        {u"#c62828"_s, tr("Red — production")},
        {u"#b26a00"_s, tr("Amber — staging")},
        {u"#2e7d32"_s, tr("Green — test")},
        {u"#1565c0"_s, tr("Blue — development")},
        {u"#6a1b9a"_s, tr("Purple")},
        {u"#546e7a"_s, tr("Grey")},
    };
}

ConnectionDialog::ConnectionDialog(ProfileStore* profiles, SecretStore* secrets, QNetworkAccessManager* nam,
    const ConnectionProfile& environment, const QString& environmentKey, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_nam(nam)
    , m_environment(environment)
    , m_environmentKey(environmentKey)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect"));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setMinimumWidth(200);
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(u"newProfileButton"_s);
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(u"deleteProfileButton"_s);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"profileNameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(u"baseUrlEdit"_s);
    m_urlEdit->setAccessibleName(tr("API base URL"));
    m_urlEdit->setPlaceholderText(ClientOptions::defaultBaseUrl().toString());
    m_colorBox = new QComboBox(this);
    m_colorBox->setObjectName(u"colorBox"_s);
    m_colorBox->setAccessibleName(tr("Profile colour"));
    for (const auto& [color, label] : colorChoices())
        m_colorBox->addItem(swatch(QColor(color)), label, color);
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(u"apiKeyEdit"_s);
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Paste the API key"));
    QAction* reveal =
        m_keyEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setObjectName(u"revealKeyAction"_s);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this,
        [this](bool on) { m_keyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(u"keyStatus"_s);
    m_keyStatus->setWordWrap(true);
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&URL:"), m_urlEdit);
    form->addRow(tr("C&olour:"), m_colorBox);
    form->addRow(tr("API &key:"), m_keyEdit);
    form->addRow(QString(), m_keyStatus);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(form, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectToCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::onCurrentRowChanged);
    connect(m_newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    for (QLineEdit* edit : {m_nameEdit, m_urlEdit, m_keyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);

    setTabOrder(m_list, m_newButton);
    setTabOrder(m_newButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_urlEdit);
    setTabOrder(m_urlEdit, m_colorBox);
    setTabOrder(m_colorBox, m_keyEdit);
    setTabOrder(m_keyEdit, m_testButton);

    if (m_secrets->isSessionOnly())
        showKeyStatus(SecretStore::sessionOnlyText(), true);
    // Where a new key will go is said only once the keychain has answered.
    connect(m_secrets, &SecretStore::availabilityChanged, this, [this] {
        if (isEditable() && !m_profiles->profile(currentId()))
            showNewKeyStorage();
    });
    m_secrets->checkKeychain();
    reloadList(m_profiles->lastUsedId());
    resize(720, 360);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::reloadList(const QString& selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto add = [this](const QString& text, const QString& id, const QString& color) {
        auto* item = new QListWidgetItem(swatch(QColor(color)), text, m_list);
        item->setData(kIdRole, id);
    };
    for (const ConnectionProfile& profile : m_profiles->profiles())
        add(profile.name, profile.id, profile.color);
    if (m_environment.isValid())
        add(tr("Environment (AVARA_API_KEY)"), m_environment.id, m_environment.color);
    add(tr("Sandbox (local demo data)"), ConnectionProfile::kSandboxId, ConnectionProfile::sandbox({}).color);
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == selectId)
            row = i;
    }
    m_list->setCurrentRow(row);
    onCurrentRowChanged(row);
}

void ConnectionDialog::selectProfile(const QString& id)
{
    if (id.isEmpty()) {
        newProfile();
        return;
    }
    reloadList(id);
}

void ConnectionDialog::focusKey(const QString& message)
{
    m_keyPrompt = message;
    showKeyStatus(m_keyStatusText, m_keyStatusWarning);
    m_keyEdit->setFocus(Qt::OtherFocusReason);
    m_keyEdit->selectAll();
}

QString ConnectionDialog::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

bool ConnectionDialog::isEditable() const
{
    const QString id = currentId();
    return id != ConnectionProfile::kSandboxId && id != ConnectionProfile::kEnvironmentId;
}

void ConnectionDialog::onCurrentRowChanged(int row)
{
    Q_UNUSED(row);
    m_testResult->clear();
    // A prompt such as "Enter the API key of …" is about the profile it was given for.
    m_keyPrompt.clear();
    const QString id = currentId();
    ConnectionProfile profile;
    if (id == ConnectionProfile::kSandboxId) {
        profile = ConnectionProfile::sandbox(QUrl(u"http://127.0.0.1"_s));
    } else if (id == ConnectionProfile::kEnvironmentId) {
        profile = m_environment;
    } else if (const auto stored = m_profiles->profile(id)) {
        profile = *stored;
    } else {
        profile.id = id;
        profile.color = colorChoices().first().first;
    }
    const bool editable = isEditable();
    m_nameEdit->setText(profile.name);
    m_urlEdit->setText(
        id == ConnectionProfile::kSandboxId ? tr("(in this app, on 127.0.0.1)") : profile.baseUrl.toString());
    const int colorIndex = m_colorBox->findData(profile.color);
    m_colorBox->setCurrentIndex(colorIndex >= 0 ? colorIndex : 0);
    for (QWidget* widget : {static_cast<QWidget*>(m_nameEdit), static_cast<QWidget*>(m_urlEdit),
             static_cast<QWidget*>(m_colorBox), static_cast<QWidget*>(m_keyEdit)})
        widget->setEnabled(editable);
    m_keyEdit->clear();
    if (id == ConnectionProfile::kSandboxId) {
        m_keyEdit->setPlaceholderText(tr("Not needed"));
        showKeyStatus(tr("The sandbox runs inside Express Admin with 30 demo customers; nothing leaves this "
                         "computer and changes are forgotten when you quit."),
            false);
    } else if (id == ConnectionProfile::kEnvironmentId) {
        m_keyEdit->setPlaceholderText(tr("From AVARA_API_KEY"));
        showKeyStatus(tr("The key and URL come from the environment variables AVARA_API_KEY and "
                         "AVARA_BASE_URL."),
            false);
    } else {
        m_keyEdit->setPlaceholderText(tr("Paste the API key"));
        if (m_profiles->profile(id)) {
            showKeyStatus(tr("Reading the key…"), false);
            m_secrets->readKey(id, this, [this, id](const SecretStore::Result& result) {
                if (currentId() != id)
                    return;
                if (result.ok && m_keyEdit->text().isEmpty())
                    m_keyEdit->setText(result.key);
                if (result.storage == SecretStore::Storage::Session || m_secrets->isSessionOnly())
                    showKeyStatus(SecretStore::sessionOnlyText(), true);
                else if (result.ok)
                    showKeyStatus(tr("The key is stored in the system keychain."), false);
                else
                    showKeyStatus(result.message, false);
            });
        } else {
            showNewKeyStorage();
        }
    }
    updateButtons();
}

void ConnectionDialog::showNewKeyStorage()
{
    switch (m_secrets->availability()) {
    case SecretStore::Availability::Unknown:
        showKeyStatus(tr("Checking the system keychain…"), false);
        break;
    case SecretStore::Availability::Keychain:
        showKeyStatus(tr("The key will be stored in the system keychain."), false);
        break;
    case SecretStore::Availability::SessionOnly:
        showKeyStatus(SecretStore::sessionOnlyText(), true);
        break;
    }
}

void ConnectionDialog::newProfile()
{
    const QSignalBlocker blocker(m_list);
    auto* item = new QListWidgetItem(swatch(QColor(colorChoices().first().first)), tr("New profile"), m_list);
    item->setData(kIdRole, QString());
    m_list->setCurrentItem(item);
    onCurrentRowChanged(m_list->row(item));
    m_urlEdit->setText(ClientOptions::defaultBaseUrl().toString());
    m_nameEdit->setFocus(Qt::OtherFocusReason);
    m_newButton->setEnabled(false);
}

void ConnectionDialog::deleteProfile()
{
    const QString id = currentId();
    if (!isEditable())
        return;
    if (!id.isEmpty()) {
        m_profiles->remove(id);
        m_secrets->removeKey(id, this, [](const SecretStore::Result&) {});
    }
    reloadList({});
    m_newButton->setEnabled(true);
}

ConnectionProfile ConnectionDialog::currentProfile() const
{
    const QString id = currentId();
    if (id == ConnectionProfile::kSandboxId)
        return ConnectionProfile::sandbox({});
    if (id == ConnectionProfile::kEnvironmentId)
        return m_environment;
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_nameEdit->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_urlEdit->text().trimmed());
    profile.color = m_colorBox->currentData().toString();
    profile.source = ConnectionProfile::Source::Stored;
    return profile;
}

QString ConnectionDialog::currentKey() const
{
    if (currentId() == ConnectionProfile::kEnvironmentId)
        return m_environmentKey;
    return m_keyEdit->text().trimmed();
}

void ConnectionDialog::updateButtons()
{
    const QString id = currentId();
    const bool editable = isEditable();
    m_deleteButton->setEnabled(editable);
    bool ready = true;
    if (editable) {
        ConnectionProfile profile = currentProfile();
        if (profile.id.isEmpty())
            profile.id = u"new"_s;
        ready = profile.isValid() && !currentKey().isEmpty();
    }
    m_connectButton->setEnabled(ready && !m_saving);
    m_testButton->setEnabled(ready && id != ConnectionProfile::kSandboxId && !m_testClient);
}

void ConnectionDialog::showKeyStatus(const QString& text, bool warning)
{
    m_keyStatusText = text;
    m_keyStatusWarning = warning;
    // The prompt stays above whatever the keychain says later (no key, session only, ...).
    QStringList lines;
    for (const QString& line : {m_keyPrompt, text}) {
        if (!line.isEmpty() && !lines.contains(line))
            lines.append(line);
    }
    m_keyStatus->setText(lines.join(u'\n'));
    QPalette palette = this->palette();
    if (warning || !m_keyPrompt.isEmpty())
        palette.setColor(QPalette::WindowText, MetadataPalette::warningText(this->palette()));
    m_keyStatus->setPalette(palette);
}

void ConnectionDialog::showTestResult(const QString& text, bool ok)
{
    m_testResult->setText(text);
    QPalette palette = this->palette();
    if (!ok)
        palette.setColor(QPalette::WindowText, MetadataPalette::errorText(this->palette()));
    m_testResult->setPalette(palette);
}

void ConnectionDialog::testConnection()
{
    if (m_testClient)
        return;
    ClientOptions options = currentProfile().clientOptions(currentKey());
    if (currentId() == ConnectionProfile::kEnvironmentId)
        options.extraHeaders = m_environmentHeaders;
    options.maxRetries = 0;
    options.attemptTimeout = std::chrono::seconds(15);
    m_testClient = new ExpressClient(m_nam, options, this);
    showTestResult(tr("Testing…"), true);
    updateButtons();
    m_testClient->listCustomers({}, 1, this, [this](const ApiResult<CustomerPage>& result) {
        if (m_testClient)
            m_testClient->deleteLater();
        m_testClient = nullptr;
        const bool ok = result.isOk();
        const QString text =
            ok ? tr("Connected: the server answered and the key was accepted.") : result.error().message;
        showTestResult(text, ok);
        updateButtons();
        Q_EMIT testFinished(ok, text);
    });
}

void ConnectionDialog::connectToCurrent()
{
    const QString id = currentId();
    if (id == ConnectionProfile::kSandboxId) {
        Q_EMIT sandboxRequested();
        accept();
        return;
    }
    if (id == ConnectionProfile::kEnvironmentId) {
        Q_EMIT connectRequested(m_environment, m_environmentKey);
        accept();
        return;
    }
    ConnectionProfile profile = currentProfile();
    const QString key = currentKey();
    if (profile.id.isEmpty())
        profile.id = u"new"_s;
    if (!profile.isValid() || key.isEmpty())
        return;
    profile.id = m_profiles->save(currentProfile());
    m_saving = true;
    updateButtons();
    m_secrets->writeKey(profile.id, key, this, [this, profile, key](const SecretStore::Result& result) {
        m_saving = false;
        Q_EMIT connectRequested(profile, key);
        if (result.storage == SecretStore::Storage::Session)
            showKeyStatus(SecretStore::sessionOnlyText(), true);
        accept();
    });
}
