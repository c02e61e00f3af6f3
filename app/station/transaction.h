#pragma once

#include <utility>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace ampcard::station {

// One unit of work: rolled back unless committed. Built on SQLite savepoints, so a unit of work
// nests inside a caller's larger one (a sale writes its row, its journal entry and its audit line
// as one) and commits only with it.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)), m_name(nextName())
    {
        QSqlQuery query(m_db);
        m_open = query.exec(QStringLiteral("SAVEPOINT ") + m_name);
        if (!m_open)
            m_error = query.lastError().text();
    }
    ~Transaction()
    {
        if (!m_open)
            return;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ") + m_name);
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_name);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    [[nodiscard]] bool started() const { return m_open; }
    bool commit()
    {
        QSqlQuery query(m_db);
        m_open = !query.exec(QStringLiteral("RELEASE ") + m_name);
        if (m_open)
            m_error = query.lastError().text();
        return !m_open;
    }
    // Why the savepoint could not start or the commit failed (SQLite's words: "database or disk
    // is full", "database is locked", ...).
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    static QString nextName()
    {
        static unsigned counter = 0;
        return QStringLiteral("unit%1").arg(++counter);
    }

    QSqlDatabase m_db;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace ampcard::station
