#include "ampcard/station/ledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include "schema.h"
#include "transaction.h"

namespace ampcard::station {

namespace {

constexpr qsizetype kHashSize = 32;
const QString kStationKey = QStringLiteral("station_id");
const QString kHeadKey = QStringLiteral("ledger_head"); // "seq:hex hash" of the newest entry

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; the ledger's text columns hold '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

void putNumber(QByteArray &out, qint64 value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(static_cast<char>((static_cast<quint64>(value) >> shift) & 0xFF));
}

void putText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    putNumber(out, utf8.size());
    out.append(utf8);
}

QString headText(qint64 seq, const QByteArray &hash)
{
    return QStringLiteral("%1:%2").arg(seq).arg(QString::fromLatin1(hash.toHex()));
}

LedgerEntry entryFrom(const QSqlQuery &query)
{
    LedgerEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.id = query.value(1).toString();
    entry.station = query.value(2).toString();
    entry.at = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    entry.kind = query.value(4).toString();
    entry.reference = query.value(5).toString();
    entry.meter = query.value(6).toString();
    entry.operatorName = query.value(7).toString();
    entry.amount = query.value(8).toLongLong();
    entry.energy = query.value(9).toLongLong();
    entry.detail = query.value(10).toString();
    entry.previousHash = query.value(11).toByteArray();
    entry.hash = query.value(12).toByteArray();
    return entry;
}

const QString kEntryColumns =
    QStringLiteral("seq, id, station, at, kind, reference, meter, operator, amount, energy, "
                   "detail, previous_hash, hash");

} // namespace

Ledger::Ledger() : m_connection(QStringLiteral("ledger-") + newId()) {}

Ledger::~Ledger()
{
    close();
}

QSqlDatabase Ledger::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Ledger::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void Ledger::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_station.clear();
}

QString Ledger::adviceFor(const QString &sqliteMessage)
{
    if (sqliteMessage.contains(QLatin1String("malformed")) ||
        sqliteMessage.contains(QLatin1String("file is not a database")))
        return tr("The ledger file is damaged: restore the newest backup (Administration or "
                  "\"ampcard restore\") and keep this file for the auditors.");
    if (sqliteMessage.contains(QLatin1String("database or disk is full")))
        return tr("The disk holding the ledger is full: free space on it.");
    if (sqliteMessage.contains(QLatin1String("database is locked")) ||
        sqliteMessage.contains(QLatin1String("database is busy")))
        return tr("The ledger is busy: another program (a second station window or the ampcard "
                  "tool) is writing to it. Nothing was recorded; try again in a moment.");
    return {};
}

bool Ledger::fail(const QString &message)
{
    m_error = message;
    if (const QString advice = adviceFor(message); !advice.isEmpty())
        m_error += QLatin1Char(' ') + advice;
    return false;
}

bool Ledger::open(const QString &path, bool create)
{
    close();
    m_error.clear();
    if (setUp(path, create))
        return true;
    close(); // once setUp's handles are gone, so the connection is not in use
    return false;
}

bool Ledger::setUp(const QString &path, bool create)
{
    const QFileInfo file(path);
    if (!create && !file.exists())
        return fail(tr("There is no ledger at %1. Create one with \"ampcard init\".")
                        .arg(QDir::toNativeSeparators(path)));
    if (create && !QDir().mkpath(file.absolutePath()))
        return fail(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(file.absolutePath())));
    const bool fresh = !file.exists() || file.size() == 0;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("Cannot open the ledger %1: %2")
                        .arg(QDir::toNativeSeparators(path), db.lastError().text()));

    QString error;
    const int version = schema::versionOf(db, &error);
    if (version < 0)
        return fail(tr("%1 is not a ledger (or it is damaged): %2")
                        .arg(QDir::toNativeSeparators(path), error));
    if (version > schema::currentVersion())
        return fail(tr("The ledger %1 has schema version %2; this program knows up to %3. "
                       "Install the newer Ampcard that wrote it.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(schema::currentVersion()));
    if (version == 0 && !fresh) {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next() ||
            tables.value(0).toInt() != 0)
            return fail(tr("%1 is an SQLite file but not an Ampcard ledger.")
                            .arg(QDir::toNativeSeparators(path)));
    }
    if (version == 0 && !create)
        return fail(tr("There is no ledger at %1. Create one with \"ampcard init\".")
                        .arg(QDir::toNativeSeparators(path)));

    // WAL keeps readers off the writer; FULL makes each committed sale survive a power cut.
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(tr("Cannot set up the ledger %1: %2")
                            .arg(QDir::toNativeSeparators(path), query.lastError().text()));
    }

    if (version < schema::currentVersion()) {
        Transaction transaction(db);
        if (!transaction.started() || !schema::migrate(db, version, &error))
            return fail(tr("Cannot bring the ledger %1 to schema version %2: %3")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(schema::currentVersion())
                            .arg(error.isEmpty() ? db.lastError().text() : error));
        if (version == 0) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            insert.addBindValue(kStationKey);
            insert.addBindValue(newId());
            if (!insert.exec())
                return fail(insert.lastError().text());
        }
        if (!transaction.commit())
            return fail(tr("Cannot bring the ledger %1 to schema version %2: %3")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(schema::currentVersion())
                            .arg(db.lastError().text()));
    }

    QSqlQuery station(db);
    station.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    station.addBindValue(kStationKey);
    if (!station.exec() || !station.next())
        return fail(tr("The ledger %1 has no station id: it is damaged.")
                        .arg(QDir::toNativeSeparators(path)));
    m_station = station.value(0).toString();
    return true;
}

int Ledger::schemaVersion() const
{
    QSqlDatabase db = database();
    QString error;
    return schema::versionOf(db, &error);
}

QByteArray Ledger::genesisHash(const QString &station)
{
    return QCryptographicHash::hash(QByteArray("ampcard-ledger-v1:") + station.toUtf8(),
                                    QCryptographicHash::Sha256);
}

QByteArray Ledger::chainHash(const LedgerEntry &entry)
{
    QByteArray data = entry.previousHash;
    putNumber(data, entry.seq);
    putText(data, entry.id);
    putText(data, entry.station);
    putText(data, timeText(entry.at));
    putText(data, entry.kind);
    putText(data, entry.reference);
    putText(data, entry.meter);
    putText(data, entry.operatorName);
    putNumber(data, entry.amount);
    putNumber(data, entry.energy);
    putText(data, entry.detail);
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

bool Ledger::append(LedgerEntry &entry)
{
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (!transaction.started()) {
        m_error = tr("The ledger is busy or read-only: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1"))) {
        m_error = last.lastError().text();
        return false;
    }
    LedgerEntry next = entry;
    if (last.next()) {
        next.seq = last.value(0).toLongLong() + 1;
        next.previousHash = last.value(1).toByteArray();
    } else {
        next.seq = 1;
        next.previousHash = genesisHash(m_station);
    }
    if (next.id.isEmpty())
        next.id = newId();
    next.station = m_station;
    if (!next.at.isValid())
        next.at = QDateTime::currentDateTimeUtc();
    next.at = QDateTime::fromString(timeText(next.at), Qt::ISODateWithMs); // as stored
    next.hash = chainHash(next);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO ledger (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?)")
                       .arg(kEntryColumns));
    for (const QVariant &value :
         {QVariant(next.seq), text(next.id), text(next.station), text(timeText(next.at)),
          text(next.kind), text(next.reference), text(next.meter), text(next.operatorName),
          QVariant(next.amount), QVariant(next.energy), text(next.detail),
          QVariant(next.previousHash), QVariant(next.hash)})
        insert.addBindValue(value);
    QSqlQuery head(db);
    head.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    head.addBindValue(kHeadKey);
    head.addBindValue(headText(next.seq, next.hash));
    if (!insert.exec() || !head.exec()) {
        m_error = tr("Cannot write to the ledger: %1")
                      .arg((insert.lastError().isValid() ? insert : head).lastError().text());
        return false;
    }
    if (!transaction.commit()) {
        m_error = tr("Cannot write to the ledger: %1").arg(db.lastError().text());
        return false;
    }
    entry = next;
    return true;
}

ChainReport Ledger::verify() const
{
    ChainReport report;
    QSqlDatabase db = database();
    // The file itself first: a damaged page anywhere (a sale, a card, an index) is named before
    // the chain is walked.
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        report.brokenAt = 0;
        report.reason = tr("The ledger file is damaged: %1. Restore the newest backup; keep this "
                           "file for the auditors.")
                            .arg(check.lastError().text());
        return report;
    }
    QStringList damage;
    while (check.next()) {
        if (check.value(0).toString() != QLatin1String("ok"))
            damage << check.value(0).toString();
    }
    if (!damage.isEmpty()) {
        report.brokenAt = 0;
        report.reason = tr("The ledger file is damaged: %1. Restore the newest backup; keep this "
                           "file for the auditors.")
                            .arg(damage.join(QStringLiteral("; ")));
        return report;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM ledger ORDER BY seq").arg(kEntryColumns))) {
        report.brokenAt = 0;
        report.reason = tr("The ledger cannot be read: %1").arg(query.lastError().text());
        return report;
    }
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM ledger")) && count.next())
        report.entries = count.value(0).toLongLong();
    QByteArray previous = genesisHash(m_station);
    qint64 expected = 1;
    qint64 last = 0;
    while (query.next()) {
        const LedgerEntry entry = entryFrom(query);
        last = entry.seq;
        if (entry.seq != expected) {
            report.brokenAt = entry.seq;
            report.reason = tr("Entry %1 follows entry %2: the entries between were removed.")
                                .arg(entry.seq)
                                .arg(expected - 1);
            return report;
        }
        if (entry.previousHash != previous) {
            report.brokenAt = entry.seq;
            report.reason = tr("Entry %1 does not follow the entry before it: an entry was "
                               "replaced or its hash rewritten.")
                                .arg(entry.seq);
            return report;
        }
        if (entry.hash.size() != kHashSize || chainHash(entry) != entry.hash) {
            report.brokenAt = entry.seq;
            report.reason =
                tr("Entry %1 does not match its hash: it was edited after it was written.")
                    .arg(entry.seq);
            return report;
        }
        previous = entry.hash;
        ++expected;
    }
    QSqlQuery head(db);
    head.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    head.addBindValue(kHeadKey);
    const QString recorded = head.exec() && head.next() ? head.value(0).toString() : QString();
    const QString found = last == 0 ? QString() : headText(last, previous);
    if (recorded != found) {
        report.brokenAt = last + 1;
        report.reason = tr("The ledger ends at entry %1 but its head records %2: the newest "
                           "entries were removed.")
                            .arg(last)
                            .arg(recorded.section(QLatin1Char(':'), 0, 0));
    }
    return report;
}

QString Ledger::head() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(kHeadKey);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<LedgerEntry> Ledger::entry(qint64 seq) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE seq = ?").arg(kEntryColumns));
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

bool Ledger::audit(const QString &operatorName, const QString &action, const QString &subject,
                   const QString &detail)
{
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO audit_log (id, station, at, operator, action, "
                                  "subject, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value : {newId(), m_station, timeText(QDateTime::currentDateTimeUtc()),
                                 operatorName, action, subject, detail})
        insert.addBindValue(text(value));
    if (insert.exec())
        return true;
    m_error = tr("Cannot write to the audit log: %1").arg(insert.lastError().text());
    return false;
}

QList<QStringList> Ledger::auditLines(int limit) const
{
    QList<QStringList> lines;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT at, operator, action, subject, detail FROM audit_log "
                                 "ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return lines;
    while (query.next())
        lines.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString()});
    return lines;
}

QString Ledger::setting(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool Ledger::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(text(value));
    if (query.exec())
        return true;
    m_error = tr("Cannot store the setting %1: %2").arg(key, query.lastError().text());
    return false;
}

QString Ledger::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/ledger.sqlite");
}

} // namespace ampcard::station
