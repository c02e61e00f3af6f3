#include "ampcard/station/sync.h"

#include <algorithm>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "ampcard/central/centralschema.h"
#include "ampcard/central/pg.h"
#include "ampcard/station/ledger.h"
#include "filemodes.h"
#include "referencesync.h"
#include "transaction.h"

namespace ampcard::station {

const QString Sync::kServerKey = QStringLiteral("network.server");
const QString Sync::kStationKey = QStringLiteral("network.station");

namespace {

const QString kLastSuccess = QStringLiteral("lastSuccess");
const QString kLastError = QStringLiteral("lastError");
const QString kLastErrorAt = QStringLiteral("lastErrorAt");
const QString kFloatLeft = QStringLiteral("floatLeft");
const QString kFloatSeq = QStringLiteral("floatSeq");     // the server's journal head at floatLeft
const QString kHistorySeq = QStringLiteral("historySeq"); // the journal head when joining
const QString kCardSalesNoted = QStringLiteral("cardSalesNoted"); // journal seq told the server
const QString kProtectedWaiting = QStringLiteral("protectedWaiting");

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString bytea(const QVariant &hexText)
{
    return hexText.isNull() ? QString() : QStringLiteral("\\x") + hexText.toString();
}

// One chain's part of a batch: the rows as the server's INSERT takes them.
struct Batch {
    QStringList parameters;
    QStringList rows; // "($1, $2, …)" per entry
    qint64 lastEntry = 0;
    int count = 0;
};

// How a column of a chain's outbox query goes to the server.
enum class Column { kText, kBool, kBytes };

// Up to `limit` waiting entries of one chain, oldest first: `sql` selects the id, then the other
// columns as `columns` says (the seq second); the station number goes in after the id.
Batch readChain(QSqlDatabase db, int station, int limit, const QString &sql,
                std::initializer_list<Column> columns, QString *error)
{
    Batch batch;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError().text();
        return batch;
    }
    const int width = static_cast<int>(columns.size()) + 2;
    while (query.next()) {
        const auto base = batch.parameters.size();
        batch.parameters << query.value(0).toString() << QString::number(station);
        int index = 1;
        for (const Column column : columns) {
            const QVariant value = query.value(index++);
            switch (column) {
            case Column::kText: batch.parameters << value.toString(); break;
            case Column::kBool:
                batch.parameters << (value.toInt() != 0 ? QStringLiteral("true")
                                                        : QStringLiteral("false"));
                break;
            case Column::kBytes: batch.parameters << bytea(value); break;
            }
        }
        QStringList placeholders;
        for (int i = 1; i <= width; ++i)
            placeholders << QStringLiteral("$%1").arg(base + i);
        batch.rows << QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
        batch.lastEntry = query.value(1).toLongLong();
        ++batch.count;
    }
    return batch;
}

Batch readJournal(QSqlDatabase db, int station, int limit, QString *error)
{
    using enum Column;
    return readChain(
        db, station, limit,
        QStringLiteral(
            "SELECT l.id, l.seq, l.at, l.kind, l.reference, l.meter, l.operator, l.amount, "
            "l.energy, l.detail, l.keyed, hex(l.previous_hash), hex(l.hash) FROM outbox o JOIN "
            "ledger l ON l.seq = o.entry WHERE o.chain = 'journal' ORDER BY o.entry LIMIT ?"),
        {kText, kText, kText, kText, kText, kText, kText, kText, kText, kBool, kBytes, kBytes},
        error);
}

Batch readAudit(QSqlDatabase db, int station, int limit, QString *error)
{
    using enum Column;
    return readChain(
        db, station, limit,
        QStringLiteral(
            "SELECT a.id, a.seq, a.at, a.operator, a.action, a.subject, a.detail, a.keyed, "
            "hex(a.state), hex(a.previous_hash), hex(a.hash) FROM outbox o JOIN audit_log a ON "
            "a.seq = o.entry WHERE o.chain = 'audit' ORDER BY o.entry LIMIT ?"),
        {kText, kText, kText, kText, kText, kText, kBool, kBytes, kBytes, kBytes}, error);
}

} // namespace

bool Sync::fail(const QString &message, QString *error)
{
    *error = message;
    note(kLastError, message);
    note(kLastErrorAt, nowText());
    return false;
}

void Sync::note(const QString &key, const QString &value)
{
    QSqlQuery query(m_ledger.database());
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM sync_status WHERE key = ?"));
        query.addBindValue(key);
        (void)query.exec();
        return;
    }
    query.prepare(QStringLiteral("INSERT INTO sync_status (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    (void)query.exec(); // a note that cannot be written leaves the previous one: nothing is lost
}

QString Sync::note(const QString &key) const
{
    QSqlQuery query(m_ledger.database());
    query.prepare(QStringLiteral("SELECT value FROM sync_status WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString Sync::passfile() const
{
    return m_ledger.path() + QStringLiteral(".pgpass");
}

bool Sync::joined() const
{
    return !m_ledger.setting(kStationKey).isEmpty();
}

bool Sync::join(const QString &url, const QString &password, int station,
                const QString &operatorName, QString *error)
{
    if (joined()) {
        *error = tr("This ledger has joined station %1 of a server already (%2).")
                     .arg(m_ledger.setting(kStationKey), m_ledger.setting(kServerKey));
        return false;
    }
    if (station <= 0) {
        *error = tr("A station number is a whole number from 1.");
        return false;
    }
    const QString secret =
        password.isEmpty() ? central::parameterOf(url, QStringLiteral("password")) : password;
    if (secret.isEmpty()) {
        *error = tr("No password for the server: give the URL that `ampcard server add-station` "
                    "printed, or set AMPCARD_SERVER_PASSWORD.");
        return false;
    }
    const auto stored = central::withParameters(url, {{QStringLiteral("passfile"), passfile()}},
                                                {QStringLiteral("password")}, error);
    if (!stored)
        return false;
    const QString user = central::parameterOf(url, QStringLiteral("user"));
    // Made new with mode 0600 from the start (never a file or link someone left there), and
    // gone again if the join fails.
    QFile::remove(passfile());
    QFile file(passfile());
    QString escaped = secret;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char(':'), QStringLiteral("\\:"));
    const QByteArray line = QStringLiteral("*:*:*:%1:%2\n").arg(user, escaped).toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(line) != line.size() || !file.flush()) {
        *error = tr("Cannot write the server's password file %1: %2")
                     .arg(file.fileName(), file.errorString());
        file.close();
        QFile::remove(passfile());
        return false;
    }
    file.close();
    struct RemoveUnlessJoined {
        const Sync &sync;
        QString path;
        ~RemoveUnlessJoined()
        {
            if (!sync.joined())
                QFile::remove(path);
        }
    } cleanup{*this, passfile()};

    central::PgConnection server;
    if (!server.open(*stored, error))
        return false;
    QString schemaError;
    const int version = central::CentralSchema::version(server, &schemaError);
    if (version < 1) {
        *error = version < 0 ? tr("The server has no Ampcard schema readable by this station: %1")
                                   .arg(schemaError)
                             : tr("The server has no Ampcard schema: run `ampcard server init`.");
        return false;
    }
    const auto who = server.exec(QStringLiteral(
        "SELECT ampcard.current_station(), (SELECT ledger_id FROM ampcard.stations)"));
    if (!who.ok()) {
        *error = tr("The server refused this station's login: %1").arg(who.error());
        return false;
    }
    if (who.isNull(0, 0) || who.number(0, 0) != station) {
        *error = who.isNull(0, 0) ? tr("The server does not know this login as a station.")
                                  : tr("The server knows this login as station %1, not %2.")
                                        .arg(who.number(0, 0))
                                        .arg(station);
        return false;
    }
    if (!who.isNull(0, 1) && who.text(0, 1) != m_ledger.stationId()) {
        *error = tr("Station %1 on the server belongs to another ledger (%2); this ledger is %3.")
                     .arg(station)
                     .arg(who.text(0, 1), m_ledger.stationId());
        return false;
    }

    QSqlDatabase db = m_ledger.database();
    Transaction transaction(db, Transaction::Lock::kImmediate);
    if (!transaction.started()) {
        *error = tr("Cannot join: %1").arg(transaction.errorText());
        return false;
    }
    if (!m_ledger.setSetting(kServerKey, *stored) ||
        !m_ledger.setSetting(kStationKey, QString::number(station))) {
        *error = m_ledger.errorString();
        return false;
    }
    QSqlQuery history(db);
    if (!history.exec(QStringLiteral("INSERT OR IGNORE INTO outbox (chain, entry)"
                                     " SELECT 'journal', seq FROM ledger ORDER BY seq")) ||
        !history.exec(QStringLiteral("INSERT OR IGNORE INTO outbox (chain, entry)"
                                     " SELECT 'audit', seq FROM audit_log ORDER BY seq"))) {
        *error = tr("Cannot queue the history for the server: %1").arg(history.lastError().text());
        return false;
    }
    // The station's reference records, each kind after the ones it refers to.
    for (const char *sql :
         {"INSERT INTO reference_outbox (kind, key) SELECT 'customer', id FROM customers ORDER BY "
          "rowid",
          "INSERT INTO reference_outbox (kind, key) SELECT 'meter', id FROM meters ORDER BY rowid",
          "INSERT INTO reference_outbox (kind, key) SELECT 'card', id FROM cards ORDER BY rowid",
          "INSERT INTO reference_outbox (kind, key) SELECT 'plan', id FROM tariff_plans ORDER BY "
          "rowid",
          "INSERT INTO reference_outbox (kind, key) SELECT 'assignment', customer_group FROM "
          "plan_assignments ORDER BY rowid",
          "INSERT INTO reference_outbox (kind, key) SELECT 'fee', key FROM settings WHERE key = "
          "'fees'",
          "INSERT INTO reference_outbox (kind, key) SELECT 'operator', id FROM operators ORDER BY "
          "rowid"}) {
        if (!history.exec(QString::fromLatin1(sql))) {
            *error = tr("Cannot queue the station's records for the server: %1")
                         .arg(history.lastError().text());
            return false;
        }
    }
    QSqlQuery head(db);
    if (!head.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM ledger")) || !head.next()) {
        *error = tr("Cannot read the journal's head: %1").arg(head.lastError().text());
        return false;
    }
    note(kHistorySeq, head.value(0).toString());
    if (!m_ledger.audit(operatorName, QStringLiteral("network.join"), QString::number(station),
                        server.parameter("host") + QLatin1Char(':') + server.parameter("port"))) {
        *error = m_ledger.errorString();
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("Cannot join: %1").arg(transaction.errorText());
        return false;
    }
    return true;
}

bool Sync::push(Round *round, QString *error, int batchSize)
{
    *round = Round{};
    if (!joined()) {
        *error = tr("This station has not joined a server (ampcard network join).");
        return false;
    }
    const int station = m_ledger.setting(kStationKey).toInt();
    central::PgConnection server;
    QString openError;
    if (!server.open(m_ledger.setting(kServerKey), &openError))
        return fail(openError, error);
    step(Step::kConnected);
    QSqlDatabase db = m_ledger.database();
    ReferenceSync reference(m_ledger, server, station);
    reference.setInsertedHook([this] { step(Step::kReferenceInserted); });
    ReferenceSync::Counts counts;
    // Reference data never holds the money back: when it fails, the journal still goes out
    // (and the float is heard), and the round reports the reference error at its end.
    QString referenceError;
    bool referenceDone = reference.push(&counts, &referenceError);
    if (referenceDone) {
        round->referencePushed = counts.pushed;
        step(Step::kReferencePushed);
        // Pulled before the journal goes out, so the audit line a pull writes leaves in this
        // round.
        referenceDone =
            reference.pull(&counts, &referenceError) && reference.clashes(&counts, &referenceError);
    }
    if (referenceDone) {
        round->referencePulled = counts.pulled;
        round->referenceWaiting = counts.waiting;
        round->newClashes = counts.newClashes;
        note(kProtectedWaiting, counts.waiting > 0 ? QString::number(counts.waiting) : QString());
        step(Step::kReferencePulled);
    }
    for (;;) {
        QString readError;
        const Batch journal = readJournal(db, station, batchSize, &readError);
        if (!readError.isEmpty())
            return fail(tr("Cannot read the outbox: %1").arg(readError), error);
        const Batch audit = readAudit(db, station, batchSize - journal.count, &readError);
        if (!readError.isEmpty())
            return fail(tr("Cannot read the outbox: %1").arg(readError), error);
        if (journal.count == 0 && audit.count == 0)
            break;

        auto refused = [&](const central::PgConnection::Result &result) {
            server.exec(QStringLiteral("ROLLBACK"));
            return fail(tr("The server refused a batch: %1").arg(result.error()), error);
        };
        auto begin = server.exec(QStringLiteral("BEGIN"));
        if (!begin.ok())
            return refused(begin);
        const auto bound =
            server.exec(QStringLiteral("SELECT ampcard.bind_ledger($1, $2::bigint)"),
                        {m_ledger.stationId(), QString::number(note(kHistorySeq).toLongLong())});
        if (!bound.ok())
            return refused(bound);
        step(Step::kBatchBegun);
        if (journal.count > 0) {
            const auto inserted = server.exec(
                QStringLiteral("INSERT INTO ampcard.journal (id, station, seq, at, kind, "
                               "reference, meter, operator, amount, energy, detail, keyed, "
                               "previous_hash, hash) VALUES %1 ON CONFLICT (id) DO NOTHING")
                    .arg(journal.rows.join(QStringLiteral(", "))),
                journal.parameters);
            if (!inserted.ok())
                return refused(inserted);
            step(Step::kJournalInserted);
        }
        if (audit.count > 0) {
            const auto inserted = server.exec(
                QStringLiteral("INSERT INTO ampcard.audit (id, station, seq, at, operator, action,"
                               " subject, detail, keyed, state, previous_hash, hash) VALUES %1"
                               " ON CONFLICT (id) DO NOTHING")
                    .arg(audit.rows.join(QStringLiteral(", "))),
                audit.parameters);
            if (!inserted.ok())
                return refused(inserted);
            step(Step::kAuditInserted);
        }
        const auto left = server.exec(
            QStringLiteral("SELECT float_granted - float_used, journal_seq FROM ampcard.stations"));
        if (!left.ok() || left.rows() != 1)
            return refused(left);
        step(Step::kBeforeCommit);
        const auto commit = server.exec(QStringLiteral("COMMIT"));
        if (!commit.ok())
            return fail(tr("The server did not confirm a batch: %1").arg(commit.error()), error);
        step(Step::kServerCommitted);

        QSqlQuery done(db);
        done.prepare(QStringLiteral(
            "DELETE FROM outbox WHERE (chain = 'journal' AND entry <= ?) OR (chain = 'audit' AND "
            "entry <= ?)"));
        done.addBindValue(journal.count > 0 ? journal.lastEntry : 0);
        done.addBindValue(audit.count > 0 ? audit.lastEntry : 0);
        if (!done.exec())
            return fail(tr("Cannot clear what the server took from the outbox: %1")
                            .arg(done.lastError().text()),
                        error);
        step(Step::kOutboxCleared);
        round->journal += journal.count;
        round->audit += audit.count;
        ++round->batches;
        note(kFloatLeft, left.text(0, 0));
        note(kFloatSeq, left.text(0, 1));
        note(kLastSuccess, nowText());
    }
    if (!noteCardSales(server, error))
        return false;
    if (!referenceDone)
        return fail(referenceError, error);
    note(kLastSuccess, nowText());
    note(kLastError, QString());
    return true;
}

bool Sync::noteCardSales(central::PgConnection &server, QString *error)
{
    QSqlQuery sold(m_ledger.database());
    sold.prepare(QStringLiteral(
        "SELECT m.number, max(s.sequence), max(s.ledger_seq) FROM sales s JOIN meters m ON "
        "m.id = s.meter_id WHERE s.ledger_seq > ? AND s.state = 'complete' AND s.card_serial <> "
        "0 AND s.kind IN ('purchase', 'opening', 'replacement') GROUP BY m.number"));
    sold.addBindValue(note(kCardSalesNoted).toLongLong());
    if (!sold.exec())
        return fail(
            tr("Cannot read the card sales for the server: %1").arg(sold.lastError().text()),
            error);
    QStringList meters;
    QStringList sequences;
    qint64 last = 0;
    while (sold.next()) {
        meters << sold.value(0).toString();
        sequences << sold.value(1).toString();
        last = std::max(last, sold.value(2).toLongLong());
    }
    if (meters.isEmpty())
        return true;
    const auto noted =
        server.exec(QStringLiteral("SELECT ampcard.note_card_sale(m, s) FROM unnest($1::text[], "
                                   "$2::bigint[]) AS t(m, s)"),
                    {QLatin1Char('{') + meters.join(QLatin1Char(',')) + QLatin1Char('}'),
                     QLatin1Char('{') + sequences.join(QLatin1Char(',')) + QLatin1Char('}')});
    if (!noted.ok())
        return fail(tr("The server did not take the card sales' sequences: %1").arg(noted.error()),
                    error);
    step(Step::kCardSalesNoted);
    note(kCardSalesNoted, QString::number(last));
    return true;
}

std::optional<qint64> Sync::pullProtected(QString *error)
{
    if (!joined() || (m_ledger.everKeyed() && !m_ledger.hasKey())) {
        *error = tr("Tariff plans, fee rules and operators from other stations are applied only "
                    "with the station's key unlocked.");
        return std::nullopt;
    }
    central::PgConnection server;
    if (!server.open(m_ledger.setting(kServerKey), error))
        return std::nullopt;
    ReferenceSync reference(m_ledger, server, m_ledger.setting(kStationKey).toInt());
    ReferenceSync::Counts counts;
    if (!reference.pull(&counts, error))
        return std::nullopt;
    note(kProtectedWaiting, QString());
    return counts.pulled;
}

bool Sync::sharedEditAllowed(SharedEdit edit, QString *error) const
{
    if (!joined())
        return true;
    central::PgConnection server;
    QString why;
    if (server.open(m_ledger.setting(kServerKey), &why)) {
        const auto editor =
            server.exec(QStringLiteral("SELECT edits_shared FROM ampcard.stations"));
        if (edit == SharedEdit::kOperators ||
            (editor.ok() && editor.rows() == 1 && editor.text(0, 0) == QLatin1String("t")))
            return true;
        *error = tr("In network mode tariff plans and fee rules are the utility's: they are "
                    "changed at the head office's station and reach this one from the server.");
        return false;
    }
    *error = tr("Tariff plans, fee rules and operators are shared by every station in network "
                "mode: a change needs the server, which cannot be reached (%1). Nothing was "
                "changed; try again when the station is online.")
                 .arg(why);
    return false;
}

std::optional<qint64> Sync::allocateRemote(const QString &meterNumber, qint64 loaded,
                                           QString *error)
{
    central::PgConnection server;
    if (!server.open(m_ledger.setting(kServerKey), error))
        return std::nullopt;
    const auto allocated = server.exec(QStringLiteral("SELECT ampcard.allocate_remote($1, $2)"),
                                       {meterNumber, QString::number(loaded)});
    if (!allocated.ok()) {
        *error = allocated.sqlState() == QLatin1String("AMP07")
                     ? tr("a card sale at another station that the meter has not loaded is "
                          "out (%1): insert the card in the meter first")
                           .arg(allocated.error().section(QLatin1Char('\n'), 0, 0))
                     : allocated.error();
        return std::nullopt;
    }
    return allocated.number(0, 0);
}

QList<Sync::Clash> Sync::clashes() const
{
    QList<Clash> found;
    QSqlQuery query(m_ledger.database());
    if (!query.exec(QStringLiteral("SELECT revision, kind, key, natural_key, other_station, side, "
                                   "noted_at FROM reference_clashes ORDER BY revision")))
        return found;
    while (query.next()) {
        Clash clash;
        clash.revision = query.value(0).toLongLong();
        clash.kind = query.value(1).toString();
        clash.key = query.value(2).toString();
        clash.naturalKey = query.value(3).toString();
        clash.otherStation = query.value(4).toInt();
        clash.refused = query.value(5).toString() == QLatin1String("refused");
        clash.notedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        found.append(clash);
    }
    return found;
}

std::optional<qint64> Sync::floatLeftNow() const
{
    if (!joined())
        return std::nullopt;
    const QString left = note(kFloatLeft);
    if (left.isEmpty())
        return 0; // nothing granted is known yet
    QSqlQuery query(m_ledger.database());
    query.prepare(
        QStringLiteral("SELECT (SELECT coalesce(sum(amount), 0) FROM ledger WHERE seq > ?),"
                       " (SELECT coalesce(sum(paid), 0) FROM sales WHERE state = 'pending')"));
    query.addBindValue(note(kFloatSeq).toLongLong());
    if (!query.exec() || !query.next())
        return 0;
    return left.toLongLong() - query.value(0).toLongLong() - query.value(1).toLongLong();
}

Sync::State Sync::state() const
{
    State state;
    state.joined = joined();
    state.station = m_ledger.setting(kStationKey).toInt();
    state.server = m_ledger.setting(kServerKey);
    QSqlQuery query(m_ledger.database());
    if (query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM outbox),"
            " (SELECT min(at) FROM (SELECT l.at FROM outbox o JOIN ledger l ON l.seq = o.entry"
            "  WHERE o.chain = 'journal' UNION ALL SELECT a.at FROM outbox o JOIN audit_log a"
            "  ON a.seq = o.entry WHERE o.chain = 'audit'))")) &&
        query.next()) {
        state.waiting = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            state.oldestWaiting = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    }
    state.lastSuccess = QDateTime::fromString(note(kLastSuccess), Qt::ISODateWithMs);
    state.lastError = note(kLastError);
    state.lastErrorAt = QDateTime::fromString(note(kLastErrorAt), Qt::ISODateWithMs);
    const QString left = note(kFloatLeft);
    state.floatLeft = left.isEmpty() ? -1 : left.toLongLong();
    QSqlQuery reference(m_ledger.database());
    if (reference.exec(QStringLiteral("SELECT (SELECT count(*) FROM reference_outbox), "
                                      "(SELECT count(*) FROM reference_clashes)")) &&
        reference.next()) {
        state.referenceWaiting = reference.value(0).toLongLong();
        state.protectedWaiting = note(kProtectedWaiting).toLongLong();
        state.clashes = reference.value(1).toLongLong();
    }
    return state;
}

} // namespace ampcard::station
