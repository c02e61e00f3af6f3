#pragma once

#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QList>
#include <QString>
#include <QStringList>

// The station's ledger: one SQLite file holding the append-only, hash-chained journal of money
// entries, the audit log and the station's settings. Every unit of work is one transaction;
// every money row carries a globally unique id and the station id, so ledgers merge later.

namespace ampcard::station {

// One money entry of the journal. Amounts are tariff::Money raw units (0.0001), energies
// tariff::Energy raw units; both signed (a reversal carries the negated amounts).
struct LedgerEntry {
    qint64 seq = 0;       // position in the chain, 1..n (set by append)
    QString id;           // globally unique (UUID), set by append when empty
    QString station;      // set by append
    QDateTime at;         // UTC, set by append when invalid
    QString kind;         // "sale", "reversal", "fee", ...
    QString reference;    // the sale, or the entry a reversal corrects
    QString meter;        // 12-digit meter number, or empty
    QString operatorName; // who did it
    qint64 amount = 0;
    qint64 energy = 0;
    QString detail; // compact JSON with the receipt lines
    QByteArray previousHash;
    QByteArray hash;
};

// What `verify` found: the chain is whole, or the first link that breaks it.
struct ChainReport {
    qint64 entries = 0;             // entries in the ledger
    std::optional<qint64> brokenAt; // seq of the first entry that does not verify
    QString reason;                 // translated, for the auditor
};

class Ledger {
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    Ledger();
    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    // Opens (creating when `create`) the ledger at `path`: WAL, synchronous=FULL, foreign keys,
    // then the schema migrations up to the current version in one transaction. A file newer than
    // this program, or one that is not a ledger, is refused and left untouched.
    bool open(const QString &path, bool create);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] QString stationId() const { return m_station; }
    [[nodiscard]] QSqlDatabase database() const;

    // Appends `entry` to the chain in its own transaction; fills seq, id, station, at and hashes.
    bool append(LedgerEntry &entry);
    // Recomputes the chain from the first entry; stops at the first broken link.
    [[nodiscard]] ChainReport verify() const;
    // "seq:hash" (hex) of the newest entry as the ledger records it; empty when there is none.
    [[nodiscard]] QString head() const;
    // The entry at `seq`, if any.
    [[nodiscard]] std::optional<LedgerEntry> entry(qint64 seq) const;

    // Appends a line to the audit log in its own transaction.
    bool audit(const QString &operatorName, const QString &action, const QString &subject,
               const QString &detail);

    // The newest `limit` audit lines, newest first: time (UTC), operator, action, subject, detail.
    [[nodiscard]] QList<QStringList> auditLines(int limit) const;

    // A station setting (settings table), or empty; and its change inside the caller's unit of
    // work (callers audit it).
    [[nodiscard]] QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    // The hash an entry must carry, given the one before it.
    [[nodiscard]] static QByteArray chainHash(const LedgerEntry &entry);
    // The previous hash of the first entry: bound to the station, so chains do not splice.
    [[nodiscard]] static QByteArray genesisHash(const QString &station);

    // Where the ledger lives by default: the user's data folder.
    [[nodiscard]] static QString defaultPath();

    // What an operator should do about an SQLite error text the station passes on: a full disk or
    // a damaged file; empty for anything else.
    [[nodiscard]] static QString adviceFor(const QString &sqliteMessage);

private:
    bool setUp(const QString &path, bool create);
    bool fail(const QString &message);

    QString m_connection;
    QString m_station;
    QString m_error;
};

} // namespace ampcard::station
