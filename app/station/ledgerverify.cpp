// Ledger::verify and Ledger::crossCheck: what an auditor runs, and what every report runs first.

#include <cstring>
#include <optional>

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "ampcard/station/ledger.h"
#include "ampcard/tariff/tarifffile.h"
#include "ledgerseal.h"

namespace ampcard::station {

namespace {

const QString kHeadKey = QStringLiteral("ledger_head");
const QString kAuditHeadKey = QStringLiteral("audit_head");

QString headText(qint64 seq, const QByteArray &hash)
{
    return QStringLiteral("%1:%2").arg(seq).arg(QString::fromLatin1(hash.toHex()));
}

QString storedSetting(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 moneyIn(const QJsonObject &json, const char *key)
{
    return tariff::moneyFromText(json.value(QLatin1String(key)).toString())
        .value_or(tariff::Money())
        .raw();
}

qint64 energyIn(const QJsonObject &json, const char *key)
{
    return tariff::energyFromText(json.value(QLatin1String(key)).toString())
        .value_or(tariff::Energy())
        .raw();
}

// " AND column >= ? AND column < ?" for the bounds that are valid, their values added to *values.
QString window(const QString &column, const QDateTime &from, const QDateTime &to,
               QVariantList *values)
{
    QString clause;
    if (from.isValid()) {
        clause += QStringLiteral(" AND %1 >= ?").arg(column);
        *values << from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (to.isValid()) {
        clause += QStringLiteral(" AND %1 < ?").arg(column);
        *values << to.toUTC().toString(Qt::ISODateWithMs);
    }
    return clause;
}

// Walks one chain; the caller's report gets the first break.
struct Walk {
    ChainReport &report;
    const std::optional<seal::Sealer> &sealer;
    qint64 unchecked = 0;

    bool broken(qint64 at, const QString &reason)
    {
        report.brokenAt = at;
        report.reason = reason;
        return false;
    }
};

// The SQLite connection under Qt's: the journal walk reads a million rows straight from SQLite
// (no QVariant per column), which keeps keyed verification within its budget.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A prepared statement that finalises itself.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (db)
            m_ok = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }
    int step() { return sqlite3_step(m_statement); }
    [[nodiscard]] qint64 number(int column) const
    {
        return sqlite3_column_int64(m_statement, column);
    }
    // The column's bytes (text as UTF-8, or a blob); valid until the next step.
    [[nodiscard]] QByteArrayView bytes(int column) const
    {
        const void *data = sqlite3_column_blob(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        return {static_cast<const char *>(data), size};
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = false;
};

bool walkJournal(const QSqlDatabase &db, const QString &station, Walk &walk)
{
    Statement rows(handleOf(db),
                   "SELECT seq, id, station, at, kind, reference, meter, operator, amount, energy, "
                   "detail, previous_hash, hash, keyed FROM ledger ORDER BY seq");
    if (!rows.ok())
        return walk.broken(0,
                           Ledger::tr("The journal cannot be read: %1").arg(db.lastError().text()));
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM ledger")) && count.next())
        walk.report.entries = count.value(0).toLongLong();
    QByteArray previous = Ledger::genesisHash(station);
    qint64 expected = 1;
    qint64 keyedFrom = 0;
    QByteArray link;
    unsigned char computed[seal::kSealSize];
    int result = SQLITE_ROW;
    while ((result = rows.step()) == SQLITE_ROW) {
        const qint64 seq = rows.number(0);
        const QByteArrayView previousHash = rows.bytes(11);
        const QByteArrayView hash = rows.bytes(12);
        const bool keyed = rows.number(13) != 0;
        if (seq != expected)
            return walk.broken(seq, Ledger::tr("Entry %1 follows entry %2: the entries between "
                                               "were removed.")
                                        .arg(seq)
                                        .arg(expected - 1));
        if (previousHash != QByteArrayView(previous))
            return walk.broken(seq, Ledger::tr("Entry %1 does not follow the entry before it: an "
                                               "entry was replaced or its seal rewritten.")
                                        .arg(seq));
        link.clear();
        link.append(previousHash);
        seal::putNumber(link, seq);
        for (int column = 1; column <= 7; ++column) {
            const QByteArrayView text = rows.bytes(column);
            seal::putBytes(link, text.data(), text.size());
        }
        seal::putNumber(link, rows.number(8));
        seal::putNumber(link, rows.number(9));
        const QByteArrayView detail = rows.bytes(10);
        seal::putBytes(link, detail.data(), detail.size());
        const auto sealMatches = [&] {
            return hash.size() == seal::kSealSize &&
                   std::memcmp(hash.data(), computed, seal::kSealSize) == 0;
        };
        if (keyed) {
            if (keyedFrom == 0)
                keyedFrom = seq;
            if (!walk.sealer) {
                ++walk.unchecked;
            } else {
                walk.sealer->journal(link.constData(), link.size(), computed);
                if (!sealMatches())
                    return walk.broken(seq,
                                       Ledger::tr("Entry %1 does not match its seal: it was "
                                                  "edited after it was written (a seal computed "
                                                  "again without the station's key does not "
                                                  "verify).")
                                           .arg(seq));
            }
        } else if (keyedFrom != 0) {
            return walk.broken(seq, Ledger::tr("Entry %1 is not sealed with the station's key, "
                                               "though the journal is sealed from entry %2: it "
                                               "was written outside the station.")
                                        .arg(seq)
                                        .arg(keyedFrom));
        } else {
            seal::plainJournal(link.constData(), link.size(), computed);
            if (!sealMatches())
                return walk.broken(seq, Ledger::tr("Entry %1 does not match its hash: it was "
                                                   "edited after it was written.")
                                            .arg(seq));
        }
        previous = hash.toByteArray();
        ++expected;
    }
    if (result != SQLITE_DONE)
        return walk.broken(0, Ledger::tr("The journal cannot be read: %1")
                                  .arg(QString::fromUtf8(sqlite3_errstr(result))));
    const qint64 last = expected - 1;
    const QString recorded = storedSetting(db, kHeadKey);
    if (recorded != (last == 0 ? QString() : headText(last, previous)))
        return walk.broken(last + 1, Ledger::tr("The journal ends at entry %1 but its head records "
                                                "%2: the newest entries were removed.")
                                         .arg(last)
                                         .arg(recorded.section(QLatin1Char(':'), 0, 0)));
    if (keyedFrom > 1)
        walk.report.notes << Ledger::tr("Entries 1 to %1 were written before the journal was "
                                        "keyed; they are held by the seals after them.")
                                 .arg(keyedFrom - 1);
    return true;
}

// The audit chain; `sealed` gets the newest state a keyed line sealed, and its line.
bool walkAudit(const QSqlDatabase &db, const QString &station, Walk &walk, QByteArray *sealed,
               qint64 *sealedAt)
{
    Statement rows(handleOf(db), "SELECT seq, id, station, at, operator, action, subject, "
                                 "detail, state, previous_hash, hash, keyed FROM audit_log "
                                 "ORDER BY seq");
    if (!rows.ok())
        return walk.broken(
            0, Ledger::tr("The audit log cannot be read: %1").arg(db.lastError().text()));
    QByteArray previous;
    qint64 legacy = 0;
    qint64 keyedFrom = 0;
    qint64 unsealed = 0;
    qint64 expected = 0;
    QByteArray link;
    unsigned char computed[seal::kSealSize];
    int result = SQLITE_ROW;
    while ((result = rows.step()) == SQLITE_ROW) {
        struct {
            qint64 seq;
            QByteArrayView previousHash, hash, state;
            bool keyed;
            QString action() const { return m_action.toString(); }
            QUtf8StringView m_action;
        } line{rows.number(0), rows.bytes(9),        rows.bytes(10),
               rows.bytes(8),  rows.number(11) != 0, QUtf8StringView(rows.bytes(5))};
        ++walk.report.auditLines;
        if (line.hash.isEmpty()) { // written before the audit log was chained (schema 9)
            if (!previous.isEmpty())
                return walk.broken(0, Ledger::tr("Audit line %1 is not chained, though the "
                                                 "audit log is chained before it: it was "
                                                 "written outside the station.")
                                          .arg(line.seq));
            ++legacy;
            expected = line.seq + 1;
            continue;
        }
        if (previous.isEmpty()) {
            previous = seal::auditGenesis(station);
            expected = line.seq;
        }
        if (line.seq != expected)
            return walk.broken(0, Ledger::tr("Audit line %1 follows line %2: the lines between "
                                             "were removed.")
                                      .arg(line.seq)
                                      .arg(expected - 1));
        if (line.previousHash != QByteArrayView(previous))
            return walk.broken(0, Ledger::tr("Audit line %1 does not follow the line before it: "
                                             "a line was replaced or its seal rewritten.")
                                      .arg(line.seq));
        link.clear();
        link.append(line.previousHash);
        seal::putNumber(link, line.seq);
        for (int column = 1; column <= 7; ++column) {
            const QByteArrayView text = rows.bytes(column);
            seal::putBytes(link, text.data(), text.size());
        }
        seal::putBytes(link, line.state.data(), line.state.size());
        const auto sealMatches = [&] {
            return line.hash.size() == seal::kSealSize &&
                   std::memcmp(line.hash.data(), computed, seal::kSealSize) == 0;
        };
        if (line.keyed) {
            if (keyedFrom == 0)
                keyedFrom = line.seq;
            if (!walk.sealer) {
                ++walk.unchecked;
            } else {
                walk.sealer->audit(link.constData(), link.size(), computed);
                if (!sealMatches())
                    return walk.broken(0, Ledger::tr("Audit line %1 (%2) does not match its "
                                                     "seal: it was edited after it was written.")
                                              .arg(line.seq)
                                              .arg(line.action()));
            }
            if (!line.state.isEmpty()) {
                *sealed = line.state.toByteArray();
                *sealedAt = line.seq;
            }
        } else {
            seal::plainAudit(link.constData(), link.size(), computed);
            if (!sealMatches())
                return walk.broken(0, Ledger::tr("Audit line %1 (%2) does not match its hash: it "
                                                 "was edited after it was written.")
                                          .arg(line.seq)
                                          .arg(line.action()));
            if (keyedFrom != 0 && seal::isProtectedAction(line.action()))
                return walk.broken(0, Ledger::tr("Audit line %1 (%2) changes operators, settings "
                                                 "or tariffs without the station's key, though "
                                                 "the ledger is keyed from line %3: it was "
                                                 "written outside the station.")
                                          .arg(line.seq)
                                          .arg(line.action())
                                          .arg(keyedFrom));
            if (keyedFrom != 0)
                ++unsealed;
            else if (!line.state.isEmpty()) {
                *sealed = line.state.toByteArray();
                *sealedAt = line.seq;
            }
        }
        previous = line.hash.toByteArray();
        ++expected;
    }
    if (result != SQLITE_DONE)
        return walk.broken(0, Ledger::tr("The audit log cannot be read: %1")
                                  .arg(QString::fromUtf8(sqlite3_errstr(result))));
    const QString recorded = storedSetting(db, kAuditHeadKey);
    if (!previous.isEmpty() && recorded != headText(expected - 1, previous))
        return walk.broken(0, Ledger::tr("The audit log ends at line %1 but its head records %2: "
                                         "the newest lines were removed.")
                                  .arg(expected - 1)
                                  .arg(recorded.section(QLatin1Char(':'), 0, 0)));
    if (legacy > 0)
        walk.report.notes << Ledger::tr("%n audit line(s) from before the audit log was chained "
                                        "are not covered.",
                                        nullptr, int(legacy));
    if (keyedFrom == 0 && walk.report.auditLines > legacy)
        walk.report.notes << Ledger::tr("This ledger was never opened with the keystore: its "
                                        "lines are chained but not sealed with the station's "
                                        "key.");
    if (unsealed > 0)
        walk.report.notes << Ledger::tr("%n audit line(s) after the ledger was keyed were written "
                                        "without the keystore (sign-ins, customer and meter "
                                        "records at the command line): their place in the chain "
                                        "is checked, their author is not.",
                                        nullptr, int(unsealed));
    return true;
}

// Empty when the protected tables are as the line `sealedAt` sealed them (or nothing was sealed).
QString stateDiffers(const QSqlDatabase &db, const QByteArray &sealed, qint64 sealedAt)
{
    if (sealed.isEmpty())
        return {};
    QString error;
    const QByteArray now = seal::stateDigest(db, &error);
    if (now.isEmpty())
        return Ledger::tr("The protected tables cannot be read: %1").arg(error);
    const QStringList parts = seal::protectedParts();
    for (int i = 0; i < parts.size(); ++i) {
        const qsizetype at = qsizetype(i) * seal::kSealSize;
        if (now.mid(at, seal::kSealSize) != sealed.mid(at, seal::kSealSize))
            return Ledger::tr("The table %1 differs from what audit line %2 sealed: it was "
                              "changed outside the station.")
                .arg(parts[i])
                .arg(sealedAt);
    }
    return {};
}

} // namespace

QString Ledger::stateIntact() const
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE state IS NOT NULL ORDER BY seq "
                                   "DESC LIMIT 1")
                        .arg(QLatin1String(seal::kAuditColumns))))
        return tr("The audit log cannot be read: %1").arg(query.lastError().text());
    if (!query.next())
        return {};
    const seal::AuditLine line = seal::auditLineFrom(query);
    if (line.keyed && hasKey() && seal::Sealer(m_key).audit(line) != line.hash)
        return tr("Audit line %1 (%2) does not match its seal: it was edited after it was "
                  "written.")
            .arg(line.seq)
            .arg(line.action);
    if (!line.keyed && everKeyed())
        return tr("Audit line %1 (%2) changes operators, settings or tariffs without the "
                  "station's key: it was written outside the station.")
            .arg(line.seq)
            .arg(line.action);
    return stateDiffers(db, line.state, line.seq);
}

ChainReport Ledger::verify() const
{
    ChainReport report;
    QSqlDatabase db = database();
    // The file itself first: a damaged page anywhere (a sale, a card, an index) is named before
    // the chains are walked.
    QSqlQuery check(db);
    check.setForwardOnly(true);
    QStringList damage;
    if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")))
        damage << check.lastError().text();
    while (check.isActive() && check.next()) {
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
    std::optional<seal::Sealer> sealer;
    if (hasKey())
        sealer.emplace(m_key);
    report.keyChecked = hasKey();
    Walk walk{report, sealer};
    if (!walkJournal(db, m_station, walk))
        return report;
    QByteArray sealed;
    qint64 sealedAt = 0;
    if (!walkAudit(db, m_station, walk, &sealed, &sealedAt))
        return report;

    if (const QString differs = stateDiffers(db, sealed, sealedAt); !differs.isEmpty()) {
        report.brokenAt = 0;
        report.reason = differs;
        return report;
    }
    if (const QString mismatch = crossCheck(); !mismatch.isEmpty()) {
        report.brokenAt = 0;
        report.reason = mismatch;
        return report;
    }
    if (!hasKey() && walk.unchecked > 0)
        report.notes.prepend(tr("Checked without the keystore: the links of %n line(s) hold, but "
                                "their seals were not checked, so a line edited and sealed again "
                                "by hand cannot be told from the original. Give the keystore "
                                "(--keystore, AMPCARD_PASSPHRASE) to check them.",
                                nullptr, int(walk.unchecked)));
    return report;
}

QString Ledger::crossCheck(const QDateTime &from, const QDateTime &to,
                           const QString &customerNumber) const
{
    QSqlDatabase db = database();
    // Every journal entry of a sale (in the window) has its sales row, and that row counts as
    // taken.
    QVariantList entryBounds;
    const QString entryWindow = window(QStringLiteral("l.at"), from, to, &entryBounds);
    QSqlQuery orphans(db);
    orphans.setForwardOnly(true);
    orphans.prepare(
        // min(+seq) picks the first such entry; the + keeps SQLite from walking the whole journal
        // by its primary key, so the window's index on ledger.at does the work. The row's other
        // columns come with the minimum.
        QStringLiteral(
            "SELECT min(+l.seq), l.kind, l.reference, s.id, s.state FROM ledger l LEFT JOIN "
            "sales s ON s.ledger_seq = l.seq WHERE l.kind IN ('sale', 'reversal', "
            "'account-opening', 'meter-change', 'card-replacement') AND (s.id IS NULL "
            "OR s.state NOT IN ('complete', 'cancelled'))%1")
            .arg(entryWindow));
    for (const QVariant &bound : entryBounds)
        orphans.addBindValue(bound);
    if (!orphans.exec())
        return tr("The sales cannot be checked against the journal: %1")
            .arg(orphans.lastError().text());
    if (orphans.next() && !orphans.value(0).isNull())
        return orphans.value(3).isNull()
                   ? tr("Journal entry %1 (%2 %3) has no sales row: the row was removed.")
                         .arg(orphans.value(0).toLongLong())
                         .arg(orphans.value(1).toString(), orphans.value(2).toString())
                   : tr("Sale %1 is \"%2\" though journal entry %3 records it taken: its state "
                        "was changed.")
                         .arg(orphans.value(3).toString(), orphans.value(4).toString())
                         .arg(orphans.value(0).toLongLong());
    // The rows of the window (and of one customer's meters, when asked).
    QVariantList bounds;
    QString rowWindow = window(QStringLiteral("s.created_at"), from, to, &bounds);
    if (!customerNumber.isEmpty()) {
        rowWindow +=
            QStringLiteral(" AND s.meter_id IN (SELECT m.id FROM meters m JOIN customers c "
                           "ON c.id = m.customer_id WHERE c.number = ?)");
        bounds << customerNumber;
    }
    // A sale is cancelled only by a completed cancellation.
    QSqlQuery cancelled(db);
    cancelled.prepare(QStringLiteral("SELECT s.id FROM sales s WHERE s.state = 'cancelled'%1 AND "
                                     "NOT EXISTS (SELECT 1 FROM sales c WHERE c.kind = 'cancel' "
                                     "AND c.reference = s.id AND c.state = 'complete') LIMIT 1")
                          .arg(rowWindow));
    for (const QVariant &bound : bounds)
        cancelled.addBindValue(bound);
    if (!cancelled.exec())
        return tr("The sales cannot be checked against the journal: %1")
            .arg(cancelled.lastError().text());
    if (cancelled.next())
        return tr("Sale %1 is marked cancelled but no completed cancellation refers to it: its "
                  "state was changed.")
            .arg(cancelled.value(0).toString());

    // Every row taken says what its journal entry says.
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral(
                     "SELECT s.id, s.kind, s.reference, s.paid, s.fixed_charge, s.debt_recovered, "
                     "s.vat, s.credit, s.energy, s.operator, s.created_at, s.receipt, l.seq, "
                     "l.reference, l.amount, l.energy, l.operator, l.detail FROM sales s LEFT "
                     "JOIN ledger l ON l.seq = s.ledger_seq WHERE s.state IN ('complete', "
                     "'cancelled')%1 ORDER BY s.created_at")
                     .arg(rowWindow));
    for (const QVariant &bound : bounds)
        rows.addBindValue(bound);
    if (!rows.exec())
        return tr("The sales cannot be checked against the journal: %1")
            .arg(rows.lastError().text());
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        if (rows.value(12).isNull())
            return tr("Sale %1 counts as taken but has no journal entry: it was not sold here.")
                .arg(id);
        const qint64 seq = rows.value(12).toLongLong();
        auto differs = [&](const QString &what) {
            return tr("Sale %1 differs from journal entry %2 in %3: the sales row was edited.")
                .arg(id)
                .arg(seq)
                .arg(what);
        };
        const bool cancel = rows.value(1).toString() == QLatin1String("cancel");
        if (rows.value(13).toString() != (cancel ? rows.value(2).toString() : id))
            return differs(tr("the sale it belongs to"));
        if (rows.value(3).toLongLong() != rows.value(14).toLongLong())
            return differs(tr("the amount paid"));
        if (rows.value(8).toLongLong() != rows.value(15).toLongLong())
            return differs(tr("the energy"));
        if (rows.value(9).toString() != rows.value(16).toString())
            return differs(tr("the operator"));
        if (rows.value(11).toString() != rows.value(17).toString())
            return differs(tr("the receipt"));
        const QJsonObject receipt =
            QJsonDocument::fromJson(rows.value(17).toString().toUtf8()).object();
        if (rows.value(10).toString() != receipt.value(QStringLiteral("at")).toString())
            return differs(tr("the time of sale"));
        const struct {
            int column;
            const char *key;
            const char *what;
        } amounts[] = {{4, "fixedCharge", QT_TR_NOOP("the fixed charge")},
                       {5, "debtRecovered", QT_TR_NOOP("the debt recovered")},
                       {6, "vat", QT_TR_NOOP("the VAT")},
                       {7, "credit", QT_TR_NOOP("the credit")}};
        for (const auto &amount : amounts) {
            if (receipt.contains(QLatin1String(amount.key)) &&
                rows.value(amount.column).toLongLong() != moneyIn(receipt, amount.key))
                return differs(tr(amount.what));
        }
        if (receipt.contains(QStringLiteral("energy")) &&
            rows.value(8).toLongLong() != energyIn(receipt, "energy"))
            return differs(tr("the energy"));
    }
    return {};
}

} // namespace ampcard::station
