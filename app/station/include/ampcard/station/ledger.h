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

// The station's ledger: one SQLite file holding the append-only journal of money entries, the
// audit log and the station's settings. Every unit of work is one transaction; every money row
// carries a globally unique id and the station id, so ledgers merge later.
//
// Against an insider with the file but not the keystore passphrase (DESIGN.md §8): the journal
// and the audit log are each a chain sealed with HMAC-SHA256 under a key derived from the
// utility master key and the station id (docs/station.md, "The keyed chain"); every change of
// operators, settings or tariffs seals a digest of those tables in its audit line; `verify`
// checks all of it and that the sales rows agree with their journal entries.

namespace ampcard::cardio {
class UtilityKeys;
}

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

// What `verify` found: the ledger is whole, or the first thing that breaks it.
struct ChainReport {
    qint64 entries = 0;             // entries in the journal
    qint64 auditLines = 0;          // lines in the audit log
    std::optional<qint64> brokenAt; // seq of the first journal entry that does not verify; 0
                                    // when what breaks is not a journal entry (the reason says)
    QString reason;                 // translated, for the auditor
    bool keyChecked = false;        // the seals were checked with the station's key
    QStringList notes;              // what was not or could not be checked (translated)

    [[nodiscard]] bool whole() const { return !brokenAt; }
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
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase database() const;

    // Takes the chain key (from the unlocked keystore: `chainKey`). A ledger not keyed before is
    // keyed now: an audit line sealed with the key closes its history and protected state.
    bool takeKey(const QByteArray &key);
    // A copy of this ledger (a backup) checked with the same key.
    bool takeKeyOf(const Ledger &original) { return !original.hasKey() || takeKey(original.m_key); }
    // Whether this ledger holds the chain key, and whether it was ever keyed.
    [[nodiscard]] bool hasKey() const { return !m_key.isEmpty(); }
    [[nodiscard]] bool everKeyed() const { return m_keyedSince > 0; }
    // The chain key of `station` under the utility's master key: KDF label "AMPCARD LEDGER
    // CHAIN", context = utility id ‖ station id (docs/keystore.md).
    [[nodiscard]] static QByteArray chainKey(const cardio::UtilityKeys &keys,
                                             const QString &station);

    // Appends `entry` to the journal in its own transaction (or the caller's); fills seq, id,
    // station, at and the seal. Refused without the chain key: money is written sealed only.
    bool append(LedgerEntry &entry);
    // Checks the file, the journal and the audit chain from their first lines, the protected
    // tables against their newest seal, and the sales rows against their journal entries; stops
    // at the first break. Without the key it checks the links and says what it could not check.
    [[nodiscard]] ChainReport verify() const;
    // That operators, settings and tariffs are as the newest change sealed them (checked at every
    // sign-in, so a role given by SQL is refused before it is used): empty, or what differs.
    [[nodiscard]] QString stateIntact() const;
    // That the sales taken (complete, cancelled) made in [from, to) (unbounded where invalid) and,
    // when given, of one customer's meters, agree with their journal entries, and that no journal
    // entry lost its sales row: empty, or the first mismatch named (translated).
    [[nodiscard]] QString crossCheck(const QDateTime &from = {}, const QDateTime &to = {},
                                     const QString &customerNumber = {}) const;
    // "seq:hash" (hex) of the newest entry as the ledger records it; empty when there is none.
    [[nodiscard]] QString head() const;
    // The entry at `seq`, if any.
    [[nodiscard]] std::optional<LedgerEntry> entry(qint64 seq) const;

    // Appends a line to the audit chain (in the caller's transaction when one is open). A line
    // recording a change of operators, settings or tariffs seals the digest of those tables;
    // once the ledger was keyed such a line needs the key.
    bool audit(const QString &operatorName, const QString &action, const QString &subject,
               const QString &detail);

    // The newest `limit` audit lines, newest first: time (UTC), operator, action, subject, detail.
    [[nodiscard]] QList<QStringList> auditLines(int limit) const;

    // A station setting (settings table), or empty; and its change inside the caller's unit of
    // work, audited as "settings.set" (a protected change: sealed).
    [[nodiscard]] QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    // The plain SHA-256 link of an entry written before the chain was keyed (schema 9 and
    // older), given the one before it.
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
    bool writeAudit(const QString &operatorName, const QString &action, const QString &subject,
                    const QString &detail);
    bool putInternal(const QString &key, const QString &value);

    QString m_connection;
    QString m_station;
    QString m_path;
    QString m_error;
    QByteArray m_key;        // the chain key, when the keystore was unlocked
    qint64 m_keyedSince = 0; // the audit line that keyed the ledger, 0 when never keyed
};

} // namespace ampcard::station
