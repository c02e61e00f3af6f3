#include "ampcard/station/ledger.h"

#include <array>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include "ampcard/cardio/keystore.h"
#include "filemodes.h"
#include "ledgerseal.h"
#include "schema.h"
#include "transaction.h"

namespace ampcard::station {

namespace {

const QString kStationKey = QStringLiteral("station_id");
const QString kHeadKey = QStringLiteral("ledger_head");       // "seq:hex hash" of the newest entry
const QString kAuditHeadKey = QStringLiteral("audit_head");   // the same for the audit chain
const QString kKeyedAtKey = QStringLiteral("chain_keyed_at"); // the audit line that keyed it

// KDF label of the chain key (docs/keystore.md).
constexpr std::array<std::uint8_t, 20> kChainLabel = {'A', 'M', 'P', 'C', 'A', 'R', 'D',
                                                      ' ', 'L', 'E', 'D', 'G', 'E', 'R',
                                                      ' ', 'C', 'H', 'A', 'I', 'N'};

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
    m_path.clear();
    m_key.clear();
    m_keyedSince = 0;
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
    m_path = path;
    m_keyedSince = setting(kKeyedAtKey).toLongLong();
    // The file and its folder are the station's alone; wider modes are tightened and audited.
    const QStringList widened = filemodes::tighten(path);
    if (!widened.isEmpty() && !fresh) // a new file is made 0600 without a word
        (void)writeAudit(QStringLiteral("station"), QStringLiteral("file.permissions"), path,
                         widened.join(QStringLiteral("; ")));
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
    return QCryptographicHash::hash(seal::journalBytes(entry), QCryptographicHash::Sha256);
}

QByteArray Ledger::chainKey(const cardio::UtilityKeys &keys, const QString &station)
{
    QByteArray key(seal::kSealSize, Qt::Uninitialized);
    const QByteArray context = station.toUtf8();
    const Status status = keys.purposeKey(
        kChainLabel,
        card::ConstBytes(reinterpret_cast<const std::uint8_t *>(context.constData()),
                         static_cast<std::size_t>(context.size())),
        card::Bytes(reinterpret_cast<std::uint8_t *>(key.data()), seal::kSealSize));
    return status.ok() ? key : QByteArray();
}

bool Ledger::takeKey(const QByteArray &key)
{
    if (key.size() != seal::kSealSize)
        return fail(tr("The keystore did not give a ledger key."));
    if (m_keyedSince > 0) {
        // The key must be the one that keyed this ledger: the keyed-at line verifies under it.
        QSqlQuery line(database());
        line.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ? AND keyed = 1")
                         .arg(QLatin1String(seal::kAuditColumns)));
        line.addBindValue(m_keyedSince);
        if (line.exec() && line.next()) {
            const seal::AuditLine found = seal::auditLineFrom(line);
            if (seal::Sealer(key).audit(found) != found.hash)
                return fail(tr("This keystore did not seal this ledger (audit line %1 does not "
                               "verify under its key): it holds another master key, or the line "
                               "was edited. Run \"ampcard ledger verify\".")
                                .arg(m_keyedSince));
        }
        m_key = key;
        return true;
    }
    m_key = key;
    Transaction transaction(database());
    if (!transaction.started())
        return fail(tr("The ledger is busy or read-only: %1").arg(transaction.errorText()));
    if (!writeAudit(QStringLiteral("station"), QStringLiteral("ledger.keyed"), m_station,
                    tr("the journal and the audit log are sealed with the station's key from "
                       "here on")))
        return false;
    QSqlQuery last(database());
    if (!last.exec(QStringLiteral("SELECT max(seq) FROM audit_log")) || !last.next() ||
        !putInternal(kKeyedAtKey, last.value(0).toString()))
        return fail(tr("Cannot key the ledger: %1").arg(last.lastError().text()));
    if (!transaction.commit())
        return fail(tr("Cannot key the ledger: %1").arg(transaction.errorText()));
    m_keyedSince = last.value(0).toLongLong();
    return true;
}

bool Ledger::append(LedgerEntry &entry)
{
    if (!hasKey()) {
        m_error = tr("Money is written to the ledger only sealed with the station's key: unlock "
                     "the keystore first.");
        return false;
    }
    QSqlDatabase db = database();
    // Immediate: the head is read under the write lock. A deferred unit that reads first cannot
    // take the lock once another connection (the sync worker) has written since; SQLite answers
    // "database is locked" at once instead of waiting.
    Transaction transaction(db, Transaction::Lock::kImmediate);
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
    next.hash = seal::Sealer(m_key).journal(next);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO ledger (%1, keyed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, 1)")
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
    if (seal::isProtectedAction(action) && everKeyed() && !hasKey())
        return fail(tr("Operators, settings and tariffs of this ledger change only sealed with "
                       "the station's key: unlock the keystore first (--keystore, "
                       "AMPCARD_PASSPHRASE)."));
    Transaction transaction(database(), Transaction::Lock::kImmediate); // as append: reads first
    if (!transaction.started())
        return fail(tr("Cannot write to the audit log: %1").arg(transaction.errorText()));
    if (!writeAudit(operatorName, action, subject, detail))
        return false;
    if (!transaction.commit())
        return fail(tr("Cannot write to the audit log: %1").arg(transaction.errorText()));
    return true;
}

bool Ledger::writeAudit(const QString &operatorName, const QString &action, const QString &subject,
                        const QString &detail)
{
    QSqlDatabase db = database();
    seal::AuditLine line;
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return fail(tr("Cannot write to the audit log: %1").arg(last.lastError().text()));
    line.seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    line.previousHash = line.seq > 1 ? last.value(1).toByteArray() : QByteArray();
    if (line.previousHash.isEmpty()) // the first line, or the first after unchained ones
        line.previousHash = seal::auditGenesis(m_station);
    line.id = newId();
    line.station = m_station;
    line.at = timeText(QDateTime::currentDateTimeUtc());
    line.operatorName = operatorName;
    line.action = action;
    line.subject = subject;
    line.detail = detail;
    if (seal::isProtectedAction(action)) {
        QString error;
        line.state = seal::stateDigest(db, &error);
        if (line.state.isEmpty())
            return fail(tr("Cannot seal the station's state: %1").arg(error));
    }
    line.keyed = hasKey();
    line.hash = line.keyed ? seal::Sealer(m_key).audit(line) : seal::plainAudit(line);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, id, station, at, operator, action, "
                                  "subject, detail, state, previous_hash, hash, keyed) VALUES (?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(line.seq);
    for (const QString &value : {line.id, line.station, line.at, line.operatorName, line.action,
                                 line.subject, line.detail})
        insert.addBindValue(text(value));
    insert.addBindValue(line.state.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                             : QVariant(line.state));
    insert.addBindValue(line.previousHash);
    insert.addBindValue(line.hash);
    insert.addBindValue(line.keyed ? 1 : 0);
    if (!insert.exec())
        return fail(tr("Cannot write to the audit log: %1").arg(insert.lastError().text()));
    return putInternal(kAuditHeadKey, headText(line.seq, line.hash));
}

bool Ledger::putInternal(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(text(value));
    if (query.exec())
        return true;
    return fail(tr("Cannot store the setting %1: %2").arg(key, query.lastError().text()));
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
    if (seal::isInternalSetting(key) || key == kStationKey)
        return fail(tr("The setting %1 is the ledger's own.").arg(key));
    if (setting(key) == value && !value.isNull())
        return true;
    if (everKeyed() && !hasKey())
        return fail(tr("Settings of this ledger change only sealed with the station's key: "
                       "unlock the keystore first (--keystore, AMPCARD_PASSPHRASE)."));
    Transaction transaction(database());
    if (!transaction.started())
        return fail(tr("Cannot store the setting %1: %2").arg(key, transaction.errorText()));
    if (!putInternal(key, value) ||
        !writeAudit(QStringLiteral("station"), QStringLiteral("settings.set"), key, value))
        return false;
    if (!transaction.commit())
        return fail(tr("Cannot store the setting %1: %2").arg(key, transaction.errorText()));
    return true;
}

QString Ledger::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/ledger.sqlite");
}

} // namespace ampcard::station
