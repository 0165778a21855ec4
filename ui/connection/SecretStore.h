// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// The API key of each connection profile, in the OS keychain (QtKeychain; asynchronous jobs, never blocking).
// Where no keychain works, keys are kept in memory for this session only and isSessionOnly() says so; a key is
// never written to QSettings or any file. The Memory backend keeps everything in memory (tests).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Keychain, Memory };
    Q_ENUM(Backend)

    // Where a key is (or was put).
    enum class Storage { None, Keychain, Memory, Session };
    Q_ENUM(Storage)

    // Where a key given now would go. Unknown until the keychain has answered a call (checkKeychain() asks); the
    // Memory backend stands in for a working keychain.
    enum class Availability { Unknown, Keychain, SessionOnly };
    Q_ENUM(Availability)

    struct Result
    {
        // A key was read, or written/removed as asked.
        bool ok = false;
        QString key;
        Storage storage = Storage::None;
        // For people: why the keychain could not be used, or that there is no key; empty when all went well.
        QString message;
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(Backend backend, QObject* parent = nullptr);
    ~SecretStore() override;

    Backend backend() const { return m_backend; }
    // The keychain service name (default "Express Admin").
    void setServiceName(const QString& name) { m_serviceName = name; }
    // True once the keychain failed: keys given since then last until the app quits.
    bool isSessionOnly() const { return m_sessionOnly; }
    // Why (the keychain's own words), for the status bar; empty while the keychain works.
    QString sessionOnlyReason() const { return m_sessionOnlyReason; }
    Availability availability() const;
    // Asks the keychain whether it works (a read of an entry never written), unless that is known already or
    // being asked; the answer comes as availabilityChanged() (and sessionOnlyChanged() when it does not work).
    void checkKeychain();

    // Each calls done once, later (never from within the call), through context.
    void readKey(const QString& profileId, QObject* context, Callback done);
    void writeKey(const QString& profileId, const QString& key, QObject* context, Callback done);
    void removeKey(const QString& profileId, QObject* context, Callback done);

    // The text shown wherever a key is entered while the keychain does not work.
    static QString sessionOnlyText();

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly);
    void availabilityChanged(SecretStore::Availability availability);

private:
    void finishLater(QObject* context, Callback done, const Result& result);
    void fallBack(const QString& reason);
    // A keychain call succeeded (or found no entry): the keychain works.
    void confirmKeychain();

    Backend m_backend;
    QString m_serviceName;
    // Keys kept in memory: every key for the Memory backend, the session's keys after a keychain failure.
    QHash<QString, QString> m_memory;
    bool m_sessionOnly = false;
    bool m_keychainConfirmed = false;
    bool m_checking = false;
    QString m_sessionOnlyReason;
};
