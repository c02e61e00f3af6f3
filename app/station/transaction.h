#pragma once

#include <utility>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace ampcard::station {

// One unit of work: rolled back unless committed. Built on SQLite savepoints, so a unit of work
// nests inside a caller's larger one (a sale writes its row, its journal entry and its audit line
// as one) and commits only with it.
class Transaction {
public:
    // kImmediate: when this is the outermost unit, it starts with BEGIN IMMEDIATE, so the write
    // lock is taken before anything is read (a sequence number read and taken in one unit cannot
    // be taken by another process in between). Nested, it is a plain savepoint of the outer unit.
    enum class Lock { kDeferred, kImmediate };

    explicit Transaction(QSqlDatabase db, Lock lock = Lock::kDeferred)
        : m_db(std::move(db)), m_name(nextName())
    {
        QSqlQuery query(m_db);
        int &depth = depthOf(m_db);
        if (lock == Lock::kImmediate && depth == 0 && !openedByCaller(m_db)) {
            m_outer = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!m_outer) {
                m_error = query.lastError().text();
                return;
            }
        }
        m_open = query.exec(QStringLiteral("SAVEPOINT ") + m_name);
        if (!m_open) {
            m_error = query.lastError().text();
            if (m_outer)
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_outer = false;
            return;
        }
        ++depth;
    }
    ~Transaction()
    {
        if (!m_open)
            return;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ") + m_name);
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_name);
        if (m_outer)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        --depthOf(m_db);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    [[nodiscard]] bool started() const { return m_open; }
    // Not yet committed (nor rolled back).
    [[nodiscard]] bool isOpen() const { return m_open; }
    bool commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE ") + m_name)) {
            m_error = query.lastError().text();
            return false;
        }
        if (m_outer && !query.exec(QStringLiteral("COMMIT"))) {
            m_error = query.lastError().text();
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
        m_open = false;
        --depthOf(m_db);
        return m_error.isEmpty();
    }
    // Why the savepoint could not start or the commit failed (SQLite's words: "database or disk
    // is full", "database is locked", ...).
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    // A transaction the caller began itself (QSqlDatabase::transaction(), as a bulk fill does):
    // this unit nests in it as a savepoint, and the caller's transaction holds the lock.
    static bool openedByCaller(const QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return false;
        sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
        return connection != nullptr && sqlite3_get_autocommit(connection) == 0;
    }
    // Per thread: a connection lives in the thread that opened it, and the sync worker's thread
    // writes to its own connection while the counter's thread sells.
    static int &depthOf(const QSqlDatabase &db)
    {
        thread_local QHash<QString, int> depths;
        return depths[db.connectionName()];
    }
    static QString nextName()
    {
        thread_local unsigned counter = 0;
        return QStringLiteral("unit%1").arg(++counter);
    }

    QSqlDatabase m_db;
    QString m_name;
    bool m_open = false;
    bool m_outer = false;
    QString m_error;
};

} // namespace ampcard::station
