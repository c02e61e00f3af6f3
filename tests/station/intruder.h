#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

// Runs SQL on a ledger file through a connection of its own, as someone with the sqlite3 tool
// would; with `dropTriggers`, the append-only triggers go first (they stop mistakes, not an
// insider).
class Intruder {
public:
    explicit Intruder(const QString &path, bool dropTriggers = false)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open the ledger file");
        for (const char *trigger :
             {"ledger_no_update", "ledger_no_delete", "audit_no_update", "audit_no_delete"}) {
            if (dropTriggers)
                exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(trigger));
        }
    }
    ~Intruder() { QSqlDatabase::removeDatabase(m_name); }
    Intruder(const Intruder &) = delete;
    Intruder &operator=(const Intruder &) = delete;

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    [[nodiscard]] QString name() const { return m_name; }

private:
    QString m_name = QUuid::createUuid().toString();
};
