// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "WorkspaceStore.h"

#include "WorkspaceSchema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;
constexpr int BusyTimeoutMs = 5000;

QAtomicInteger<quint64> connectionCounter;

Q_LOGGING_CATEGORY(lcStore, "expressadmin.store", QtWarningMsg)

bool isDamage(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

} // namespace

WorkspaceStore::WorkspaceStore(const QString& path)
    : m_path(path)
    , m_connectionName(u"expressadmin-workspace-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

WorkspaceStore::~WorkspaceStore()
{
    disconnect();
}

Result<std::shared_ptr<WorkspaceStore>, StoreError> WorkspaceStore::open(const QString& path)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return StoreError::unavailable(
            path, tr("the Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed"));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
        return StoreError::unavailable(path, tr("the folder %1 cannot be created").arg(folder));

    std::shared_ptr<WorkspaceStore> store(new WorkspaceStore(path));
    store->m_session = std::make_unique<SessionMarker>(path);
    store->m_checkedIntegrity = store->m_session->previousEndedUncleanly();
    StoreError error;
    WorkspaceStore::Health health = store->connect(&error);
    if (health == Health::Damaged) {
        const QString problem = error.message;
        store->disconnect();
        const Result<QString, StoreError> aside = store->moveAside();
        if (aside.isError())
            return aside.error();
        store->m_recoveryNotice = tr("The workspace database %1 could not be read (%2). It was moved aside to %3 and "
                                     "a new one was started; a sync fills it again.")
                                      .arg(path, problem, aside.value());
        health = store->connect(&error);
    }
    if (health != Health::Good)
        return error;
    if (auto failure = store->configure())
        return *failure;
    return store;
}

WorkspaceStore::Health WorkspaceStore::connect(StoreError* error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open()) {
        *error = StoreError::fromSql(m_db.lastError(), m_path);
        return Health::Failed;
    }
    // The first read tells an SQLite file from anything else; after an unclean end, quick_check finds a damaged one.
    QSqlQuery query(m_db);
    if (m_checkedIntegrity)
        qCInfo(lcStore, "checking %s: a session before did not close it", qPrintable(m_path));
    if (!query.exec(
            m_checkedIntegrity ? u"PRAGMA quick_check"_s : u"SELECT 'ok' FROM (SELECT count(*) FROM sqlite_schema)"_s)
        || !query.next()) {
        *error = StoreError::fromSql(query.lastError(), m_path);
        return isDamage(query.lastError()) ? Health::Damaged : Health::Failed;
    }
    const QString verdict = query.value(0).toString();
    if (verdict != u"ok"_s) {
        *error = {StoreError::Kind::Failed, verdict};
        return Health::Damaged;
    }
    return Health::Good;
}

std::optional<StoreError> WorkspaceStore::configure()
{
    QSqlQuery query(m_db);
    for (const QString& pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
             u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs)}) {
        if (!query.exec(pragma))
            return error(query.lastError());
    }
    if (auto failure = WorkspaceSchema::migrate(m_db))
        return error(*failure);
    return std::nullopt;
}

void WorkspaceStore::disconnect()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QString, StoreError> WorkspaceStore::moveAside()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString aside = m_path + u".damaged-"_s + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = m_path + u".damaged-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, aside))
        return StoreError::unavailable(m_path, tr("it is damaged and cannot be moved aside to %1").arg(aside));
    // The WAL goes with it (SQLite finds it next to the file's new name); the shared-memory index is rebuilt anyway.
    if (QFileInfo::exists(m_path + u"-wal"_s))
        QFile::rename(m_path + u"-wal"_s, aside + u"-wal"_s);
    QFile::remove(m_path + u"-shm"_s);
    return aside;
}

std::optional<StoreError> WorkspaceStore::transaction(const std::function<std::optional<QSqlError>()>& work)
{
    // IMMEDIATE takes the write lock at once (waiting up to the busy timeout for another writer), so that a
    // transaction never fails half-way for want of it.
    QSqlQuery query(m_db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return error(query.lastError());
    std::optional<QSqlError> failure = work();
    if (!failure && !query.exec(u"COMMIT"_s))
        failure = query.lastError();
    if (failure) {
        query.exec(u"ROLLBACK"_s);
        return error(*failure);
    }
    return std::nullopt;
}
