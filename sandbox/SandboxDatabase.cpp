// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxDatabase.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QVariant>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// "ExSb": marks the file as an express-sandbox database (PRAGMA application_id); user_version is the schema version.
constexpr int ApplicationId = 0x45785362;
constexpr int SchemaVersion = 1;

// SQLite's primary result codes (the driver reports them as the native error code).
constexpr int SqliteBusy = 5;
constexpr int SqliteIoErr = 10;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;

QAtomicInteger<quint64> connectionCounter;

} // namespace

SandboxDatabase::SandboxDatabase()
    : m_connectionName(u"express-sandbox-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

SandboxDatabase::~SandboxDatabase()
{
    m_upsert.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SandboxDatabase::open(const QString& path, QString* errorMessage)
{
    const auto fail = [&](const QString& reason) {
        *errorMessage = u"%1: %2"_s.arg(path, reason);
        m_upsert.reset();
        m_db.close();
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(u"the Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed"_s);
    m_path = path;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return fail(u"cannot be opened: "_s + m_db.lastError().text());

    QSqlQuery query(m_db);
    // One sandbox per database: a second process would keep a working set of its own and the two would
    // overwrite each other. Set before the first access, it also spares WAL its shared-memory file.
    if (!query.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s))
        return fail(u"cannot be opened: "_s + query.lastError().text());
    // The first read tells a SQLite file from anything else (which SQLite refuses without writing to it).
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next()) {
        const QSqlError error = query.lastError();
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code == SqliteBusy)
            return fail(u"in use by another sandbox (%1)"_s.arg(error.databaseText()));
        if (code == SqliteNotADatabase)
            return fail(u"not an SQLite database (%1)"_s.arg(error.databaseText()));
        return fail(u"cannot be read: "_s + error.text());
    }
    const int applicationId = query.value(0).toInt();
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
        return fail(u"cannot be read: "_s + query.lastError().text());
    const bool empty = query.value(0).toInt() == 0;
    if (applicationId != ApplicationId && !(applicationId == 0 && empty))
        return fail(u"not an express-sandbox database"_s);
    if (!empty) {
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return fail(u"cannot be read: "_s + query.lastError().text());
        if (query.value(0).toInt() != SchemaVersion)
            return fail(
                u"unsupported schema version %1 (expected %2)"_s.arg(query.value(0).toInt()).arg(SchemaVersion));
    }

    // WAL with synchronous=NORMAL: a commit is in the log (in the operating system's hands) before exec() returns, so
    // an acknowledged change survives kill -9 of the sandbox; only an OS crash or power failure can lose the last few,
    // never corrupt the file. FULL (an fsync per commit) measured 15 times slower (about 200 changes/s) for a
    // guarantee a development server does not need. The log is folded in by SQLite's automatic checkpoints.
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(u"cannot use write-ahead logging: "_s + query.lastError().text());
    if (!query.exec(u"PRAGMA synchronous=NORMAL"_s))
        return fail(u"cannot be configured: "_s + query.lastError().text());
    // A log left by a killed sandbox holds acknowledged changes: fold it in now and empty it.
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
        return fail(u"cannot be recovered: "_s + query.lastError().text());

    m_new = empty;
    if (empty) {
        const QStringList schema {
            u"CREATE TABLE customers (sequence INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL)"_s,
            u"PRAGMA application_id=%1"_s.arg(ApplicationId),
            u"PRAGMA user_version=%1"_s.arg(SchemaVersion),
        };
        if (!m_db.transaction())
            return fail(u"cannot be written: "_s + m_db.lastError().text());
        for (const QString& statement : schema) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                m_db.rollback();
                return fail(u"cannot be written: "_s + reason);
            }
        }
        if (!m_db.commit())
            return fail(u"cannot be written: "_s + m_db.lastError().text());
    }
    m_upsert.emplace(m_db);
    if (!m_upsert->prepare(u"INSERT INTO customers (sequence, id, record) VALUES (?, ?, ?) "
                           "ON CONFLICT (sequence) DO UPDATE SET id = excluded.id, record = excluded.record"_s))
        return fail(u"cannot be prepared: "_s + m_upsert->lastError().text());
    return true;
}

std::optional<QList<CustomerRecord>> SandboxDatabase::load(QString* errorMessage)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT sequence, record FROM customers ORDER BY sequence"_s)) {
        *errorMessage = u"%1: cannot be read: %2"_s.arg(m_path, query.lastError().text());
        return std::nullopt;
    }
    QList<CustomerRecord> customers;
    QSet<QString> ids;
    while (query.next()) {
        const qint64 sequence = query.value(0).toLongLong();
        const auto fail = [&](const QString& reason) -> std::optional<QList<CustomerRecord>> {
            *errorMessage = u"%1: customer %2: %3"_s.arg(m_path).arg(sequence).arg(reason);
            return std::nullopt;
        };
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toByteArray(), &parseError);
        if (!document.isObject())
            return fail(u"not a JSON object"_s);
        QString reason;
        auto record = CustomerRecord::fromStorageJson(document.object(), &reason);
        if (!record)
            return fail(reason);
        if (ids.contains(record->id))
            return fail(u"duplicate expressCustomerId "_s + record->id);
        ids.insert(record->id);
        record->sequence = sequence;
        customers.append(*record);
    }
    if (query.lastError().isValid()) {
        *errorMessage = u"%1: cannot be read: %2"_s.arg(m_path, query.lastError().text());
        return std::nullopt;
    }
    return customers;
}

std::optional<ApiProblem> SandboxDatabase::bindAndExec(const CustomerRecord& record)
{
    m_upsert->bindValue(0, record.sequence);
    m_upsert->bindValue(1, record.id);
    m_upsert->bindValue(2, QJsonDocument(record.toStorageJson()).toJson(QJsonDocument::Compact));
    if (!m_upsert->exec())
        return problemFrom(m_upsert->lastError());
    m_upsert->finish();
    return std::nullopt;
}

std::optional<ApiProblem> SandboxDatabase::write(const CustomerRecord& record)
{
    // In autocommit mode the statement is its own transaction, committed (and synced) before exec() returns.
    return bindAndExec(record);
}

std::optional<ApiProblem> SandboxDatabase::execute(const QString& statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return problemFrom(query.lastError());
    return std::nullopt;
}

std::optional<ApiProblem> SandboxDatabase::replaceAll(const QList<CustomerRecord>& customers)
{
    if (!m_db.transaction())
        return problemFrom(m_db.lastError());
    std::optional<ApiProblem> problem = execute(u"DELETE FROM customers"_s);
    for (qsizetype i = 0; !problem && i < customers.size(); ++i)
        problem = bindAndExec(customers.at(i));
    if (problem) {
        m_db.rollback();
        return problem;
    }
    if (!m_db.commit()) {
        const ApiProblem failed = problemFrom(m_db.lastError());
        m_db.rollback();
        return failed;
    }
    return std::nullopt;
}

ApiProblem SandboxDatabase::problemFrom(const QSqlError& error) const
{
    // A full disk (or a file-size limit, a failing disk) is 507: the server cannot store the change, and saying so
    // lets a client tell it from a bug. Anything else that stops the write (read-only file, locked) is 500.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString message =
        u"The change was not saved: the sandbox cannot write its database %1 (%2). Nothing was changed."_s.arg(
            m_path, reason);
    if (code == SqliteFull || code == SqliteIoErr)
        return ApiProblem::make(507, u"insufficient_storage"_s, message);
    return ApiProblem::make(500, u"storage_error"_s, message);
}

} // namespace Sandbox
