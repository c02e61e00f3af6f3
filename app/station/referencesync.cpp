#include "referencesync.h"

#include <array>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "ampcard/central/pg.h"
#include "ampcard/station/ledger.h"
#include "transaction.h"

namespace ampcard::station {

const QString ReferenceSync::kPulledKey = QStringLiteral("referencePulled");
const QString ReferenceSync::kPulledProtectedKey = QStringLiteral("referencePulledProtected");
const QString ReferenceSync::kClashSeenKey = QStringLiteral("referenceClashSeen");

namespace {

const QString kApplying = QStringLiteral("applying");

// How one kind of record lives in the ledger. Its body on the server is the JSON object of
// `columns`; applying it inserts the record or updates `updated` (the shared columns: a meter's
// sequence, debt and proven credit stay this station's own).
struct Kind {
    const char *name;
    const char *table;
    const char *key;        // the column that identifies a record
    const char *naturalKey; // what must be unique across stations (an SQL expression)
    const char *columns;    // comma-separated
    const char *updated;    // comma-separated; empty: a record never changes once made
    bool isProtected;       // sealed state (ledgerseal.cpp): applied only with the key
};

constexpr Kind kKinds[] = {
    {"customer", "customers", "id", "number",
     "id,station,number,name,address,phone,customer_group,created_at",
     "number,name,address,phone,customer_group", false},
    {"meter", "meters", "id", "number",
     "id,station,number,customer_id,phases,key_version,tariff_plan,status,replaced_by,created_at",
     "number,customer_id,phases,key_version,tariff_plan,status,replaced_by", false},
    {"card", "cards", "id", "serial",
     "id,station,serial,kind,meter_id,state,reason,issued_by,issued_at", "state,reason,meter_id",
     false},
    {"plan", "tariff_plans", "id", "name || '/' || version",
     "id,station,name,version,tariff,activates_at,created_by,created_at", "", true},
    {"assignment", "plan_assignments", "customer_group", "customer_group",
     "customer_group,plan,assigned_by,assigned_at", "plan,assigned_by,assigned_at", true},
    {"fee", "settings", "key", "key", "key,value", "value", true},
    {"operator", "operators", "id", "login", "id,station,login,name,role,password,created_at",
     "login,name,role,password", true},
};

const Kind *kindNamed(const QString &name)
{
    for (const Kind &kind : kKinds) {
        if (name == QLatin1String(kind.name))
            return &kind;
    }
    return nullptr;
}

QStringList columnsOf(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// SELECT json_object(...), natural key FROM table WHERE key = ?
QString bodyQuery(const Kind &kind)
{
    QStringList pairs;
    for (const QString &column : columnsOf(kind.columns))
        pairs << QStringLiteral("'%1', %1").arg(column);
    return QStringLiteral("SELECT json_object(%1), %2 FROM %3 WHERE %4 = ?")
        .arg(pairs.join(QStringLiteral(", ")), QLatin1String(kind.naturalKey),
             QLatin1String(kind.table), QLatin1String(kind.key));
}

// INSERT … SELECT json_extract(body, '$.column') … ON CONFLICT (key) DO UPDATE / NOTHING.
QString applyQuery(const Kind &kind)
{
    const QStringList columns = columnsOf(kind.columns);
    QStringList values;
    for (const QString &column : columns)
        values << QStringLiteral("json_extract(body, '$.%1')").arg(column);
    QStringList updates;
    for (const QString &column : columnsOf(kind.updated))
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    // Only when the body's id is the record's key the server checked (and a fee record is the
    // fee rules, never another setting).
    return QStringLiteral("WITH record (body, key) AS (SELECT ?, ?) INSERT INTO %1 (%2) SELECT %3 "
                          "FROM record WHERE json_extract(body, '$.%4') = key AND ('%1' <> "
                          "'settings' OR key = 'fees') ON CONFLICT (%4) DO %5")
        .arg(QLatin1String(kind.table), columns.join(QStringLiteral(", ")),
             values.join(QStringLiteral(", ")), QLatin1String(kind.key),
             updates.isEmpty()
                 ? QStringLiteral("NOTHING")
                 : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool setStatus(QSqlDatabase db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM sync_status WHERE key = ?"));
        query.addBindValue(key);
        return query.exec();
    }
    query.prepare(QStringLiteral("INSERT INTO sync_status (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

qint64 status(QSqlDatabase db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM sync_status WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

// Keeps a clash for a supervisor; `refused`: this station's record, refused by the server.
bool noteClash(QSqlDatabase db, const central::PgConnection::Result &rows, int row,
               std::array<int, 6> columns, bool refused, qint64 *noted, QString *error)
{
    QSqlQuery note(db);
    note.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO reference_clashes (revision, kind, key, natural_key, clash_with, "
        "other_station, side, noted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    note.addBindValue(rows.number(row, columns[0]));
    note.addBindValue(rows.text(row, columns[1]));
    note.addBindValue(rows.text(row, columns[2]));
    note.addBindValue(rows.text(row, columns[3]));
    note.addBindValue(rows.number(row, columns[4]));
    note.addBindValue(rows.number(row, columns[5]));
    note.addBindValue(refused ? QStringLiteral("refused") : QStringLiteral("not-applied"));
    note.addBindValue(nowText());
    if (!note.exec()) {
        *error = note.lastError().text();
        return false;
    }
    if (noted)
        *noted += note.numRowsAffected();
    return true;
}

} // namespace

bool ReferenceSync::push(Counts *counts, QString *error, int batchSize)
{
    QSqlDatabase db = m_ledger.database();
    const QString ledgerId = m_ledger.stationId();
    for (;;) {
        QSqlQuery waiting(db);
        waiting.prepare(
            QStringLiteral("SELECT seq, kind, key FROM reference_outbox ORDER BY seq LIMIT ?"));
        waiting.addBindValue(batchSize);
        if (!waiting.exec()) {
            *error = tr("Cannot read the reference outbox: %1").arg(waiting.lastError().text());
            return false;
        }
        QStringList parameters;
        QStringList rows;
        qint64 last = 0;
        int taken = 0;
        while (waiting.next()) {
            last = waiting.value(0).toLongLong();
            ++taken;
            const Kind *kind = kindNamed(waiting.value(1).toString());
            if (kind == nullptr)
                continue;
            QSqlQuery body(db);
            body.prepare(bodyQuery(*kind));
            body.addBindValue(waiting.value(2).toString());
            if (!body.exec()) {
                *error = tr("Cannot read a %1 for the server: %2")
                             .arg(QLatin1String(kind->name), body.lastError().text());
                return false;
            }
            if (!body.next())
                continue; // gone since (a record is never deleted today): nothing to share
            const auto base = parameters.size();
            parameters << ledgerId + QLatin1Char(':') + waiting.value(0).toString()
                       << QString::number(m_station) << QLatin1String(kind->name)
                       << waiting.value(2).toString() << body.value(1).toString()
                       << body.value(0).toString();
            rows << QStringLiteral("($%1, $%2::integer, $%3, $%4, $%5, $%6::jsonb)")
                        .arg(base + 1)
                        .arg(base + 2)
                        .arg(base + 3)
                        .arg(base + 4)
                        .arg(base + 5)
                        .arg(base + 6);
        }
        waiting.finish();
        if (taken == 0)
            return true;
        if (!rows.isEmpty()) {
            const auto inserted = m_server.exec(
                QStringLiteral(
                    "INSERT INTO ampcard.reference (origin, station, kind, key, "
                    "natural_key, body) VALUES %1 ON CONFLICT (station, origin) DO NOTHING")
                    .arg(rows.join(QStringLiteral(", "))),
                parameters);
            if (!inserted.ok()) {
                *error = tr("The server refused reference records: %1").arg(inserted.error());
                return false;
            }
            if (m_inserted)
                m_inserted();
        }
        QSqlQuery done(db);
        done.prepare(QStringLiteral("DELETE FROM reference_outbox WHERE seq <= ?"));
        done.addBindValue(last);
        if (!done.exec()) {
            *error = tr("Cannot clear what the server took from the reference outbox: %1")
                         .arg(done.lastError().text());
            return false;
        }
        counts->pushed += rows.size();
    }
}

bool ReferenceSync::pull(Counts *counts, QString *error, int batchSize)
{
    if (!pullKinds(false, counts, error, batchSize))
        return false;
    if (m_ledger.everKeyed() && !m_ledger.hasKey()) {
        const auto waiting = m_server.exec(
            QStringLiteral("SELECT count(*) FROM ampcard.reference WHERE revision > $1 AND "
                           "station <> $2 AND clash_with IS NULL AND kind IN ('plan', "
                           "'assignment', 'fee', 'operator')"),
            {QString::number(status(m_ledger.database(), kPulledProtectedKey)),
             QString::number(m_station)});
        if (waiting.ok())
            counts->waiting = waiting.number(0, 0);
        return true;
    }
    return pullKinds(true, counts, error, batchSize);
}

bool ReferenceSync::pullKinds(bool protectedKinds, Counts *counts, QString *error, int batchSize)
{
    QSqlDatabase db = m_ledger.database();
    const QString cursorKey = protectedKinds ? kPulledProtectedKey : kPulledKey;
    const QString kinds = protectedKinds ? QStringLiteral("'plan', 'assignment', 'fee', 'operator'")
                                         : QStringLiteral("'customer', 'meter', 'card'");
    for (;;) {
        const qint64 from = status(db, cursorKey);
        const auto rows = m_server.exec(
            QStringLiteral("SELECT revision, station, kind, key, natural_key, body::text FROM "
                           "ampcard.reference WHERE revision > $1 AND station <> $2 AND "
                           "clash_with IS NULL AND kind IN (%1) ORDER BY revision LIMIT $3")
                .arg(kinds),
            {QString::number(from), QString::number(m_station), QString::number(batchSize)});
        if (!rows.ok()) {
            *error = tr("Cannot pull reference records: %1").arg(rows.error());
            return false;
        }
        if (rows.rows() == 0)
            return true;
        Transaction transaction(db, Transaction::Lock::kImmediate);
        if (!transaction.started() || !setStatus(db, kApplying, QStringLiteral("1"))) {
            *error = tr("Cannot apply reference records: %1").arg(transaction.errorText());
            return false;
        }
        qint64 applied = 0;
        for (int row = 0; row < rows.rows(); ++row) {
            const Kind *kind = kindNamed(rows.text(row, 2));
            if (kind == nullptr)
                continue;
            QSqlQuery apply(db);
            apply.prepare(applyQuery(*kind));
            apply.addBindValue(rows.text(row, 5));
            apply.addBindValue(rows.text(row, 3));
            if (apply.exec()) {
                // Nothing written: a plan this ledger holds already, or a record whose body is
                // not the record the server checked (left out).
                if (apply.numRowsAffected() > 0)
                    ++applied;
                continue;
            }
            // This ledger holds a record of its own with the same number (made here, not yet
            // pushed, and so refused when it is): the other station's stays out, noted.
            QString noteError;
            if (!noteClash(db, rows, row, {0, 2, 3, 4, 0, 1}, false, nullptr, &noteError)) {
                *error = tr("Cannot apply a %1 from station %2: %3")
                             .arg(QLatin1String(kind->name))
                             .arg(rows.number(row, 1))
                             .arg(apply.lastError().text());
                return false;
            }
        }
        const qint64 to = rows.number(rows.rows() - 1, 0);
        if (!setStatus(db, cursorKey, QString::number(to)) || !setStatus(db, kApplying, {})) {
            *error = tr("Cannot apply reference records: cannot note the revision.");
            return false;
        }
        // Protected state changed: the audit line seals the new state (ledgerseal.cpp).
        if (applied > 0 && !m_ledger.audit(QStringLiteral("network"),
                                           protectedKinds ? QStringLiteral("network.pull")
                                                          : QStringLiteral("network.pull-records"),
                                           QStringLiteral("%1..%2").arg(from + 1).arg(to),
                                           QStringLiteral("records %1").arg(applied))) {
            *error = m_ledger.errorString();
            return false;
        }
        if (!transaction.commit()) {
            *error = tr("Cannot apply reference records: %1").arg(transaction.errorText());
            return false;
        }
        counts->pulled += applied;
        if (rows.rows() < batchSize)
            return true;
    }
}

bool ReferenceSync::clashes(Counts *counts, QString *error)
{
    QSqlDatabase db = m_ledger.database();
    const qint64 seen = status(db, kClashSeenKey);
    const auto rows = m_server.exec(
        QStringLiteral("SELECT r.revision, r.kind, r.key, r.natural_key, r.clash_with, "
                       "coalesce((SELECT f.station FROM ampcard.reference f WHERE f.revision = "
                       "r.clash_with), 0) FROM ampcard.reference r WHERE r.station = $1 AND "
                       "r.clash_with IS NOT NULL AND r.revision > $2 ORDER BY r.revision"),
        {QString::number(m_station), QString::number(seen)});
    if (!rows.ok()) {
        *error = tr("Cannot read the clashes the server found: %1").arg(rows.error());
        return false;
    }
    for (int row = 0; row < rows.rows(); ++row) {
        QString noteError;
        if (!noteClash(db, rows, row, {0, 1, 2, 3, 4, 5}, true, &counts->newClashes, &noteError)) {
            *error = tr("Cannot note a clash: %1").arg(noteError);
            return false;
        }
        if (!setStatus(db, kClashSeenKey, rows.text(row, 0))) {
            *error = tr("Cannot note a clash.");
            return false;
        }
    }
    return true;
}

} // namespace ampcard::station
