// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/CustomHeaders.h"
#include "core/settings/ConnectionProfile.h"

#include <QDialog>
#include <QPointer>

class ExpressClient;
class ProfileStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;

// Connection profiles: pick, add, edit or delete one (name, URL, colour), enter its API key (kept in the OS
// keychain, or for this session only when there is none), "Test connection", and connect. Also offers the
// local sandbox and, when AVARA_API_KEY is set, the Environment profile. Open it with open().
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // None of the pointers is owned; all must outlive the dialog. environment is the Environment profile
    // (invalid when AVARA_API_KEY is not set) with its key.
    ConnectionDialog(ProfileStore* profiles, SecretStore* secrets, QNetworkAccessManager* nam,
        const ConnectionProfile& environment, const QString& environmentKey, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    // Shows this profile (a stored id, "environment", "sandbox"; an empty id starts a new profile).
    void selectProfile(const QString& id);
    // The extra headers of AVARA_CUSTOM_HEADERS, sent when the Environment profile is tested (never for another).
    void setEnvironmentHeaders(const CustomHeaders::List& headers) { m_environmentHeaders = headers; }
    // Puts the cursor in the key field with a message, e.g. after the server refused the key.
    void focusKey(const QString& message);

    // The profile as shown (edited) and the key typed.
    ConnectionProfile currentProfile() const;
    QString currentKey() const;

    // Named colours for profiles: "#rrggbb" and what it usually marks.
    static QList<QPair<QString, QString>> colorChoices();

Q_SIGNALS:
    // The user chose to connect; the profile is saved and its key stored (or kept for the session) already. Whoever
    // connects records it as the last used (ConnectionController, once connected).
    void connectRequested(const ConnectionProfile& profile, const QString& apiKey);
    void sandboxRequested();
    // "Test connection" finished: ok, and the text shown.
    void testFinished(bool ok, const QString& text);

private:
    void reloadList(const QString& selectId);
    void onCurrentRowChanged(int row);
    void newProfile();
    void deleteProfile();
    void testConnection();
    void connectToCurrent();
    void updateButtons();
    void showKeyStatus(const QString& text, bool warning);
    // Where the key of a profile not yet stored will go: the keychain, or this session only.
    void showNewKeyStorage();
    void showTestResult(const QString& text, bool ok);
    QString currentId() const;
    bool isEditable() const;

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_nam;
    ConnectionProfile m_environment;
    QString m_environmentKey;
    CustomHeaders::List m_environmentHeaders;
    QListWidget* m_list = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QComboBox* m_colorBox = nullptr;
    QLineEdit* m_keyEdit = nullptr;
    QLabel* m_keyStatus = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
    QPushButton* m_connectButton = nullptr;
    QPointer<ExpressClient> m_testClient;
    QString m_newId;
    bool m_saving = false;
    // What focusKey() asked for, shown above the key's status until another profile is chosen.
    QString m_keyPrompt;
    QString m_keyStatusText;
    bool m_keyStatusWarning = false;
};
