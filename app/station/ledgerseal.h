#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "ampcard/station/ledger.h"

// How the ledger's lines are sealed (docs/station.md, "The keyed chain"). A journal entry or an
// audit line is serialised field by field (numbers as 8 bytes big-endian, texts as their UTF-8
// length and bytes) after the seal of the line before it; a keyed line's seal is HMAC-SHA256 of
// that under the chain key, behind a domain label; a line written before the chain was keyed
// carries plain SHA-256 of it.

namespace ampcard::station::seal {

inline constexpr qsizetype kSealSize = 32;

// One audit line as stored.
struct AuditLine {
    qint64 seq = 0;
    QString id;
    QString station;
    QString at;
    QString operatorName;
    QString action;
    QString subject;
    QString detail;
    QByteArray state; // the protected tables' digest this line seals; empty when none
    QByteArray previousHash;
    QByteArray hash;
    bool keyed = false;
};

// A journal entry as stored, its time as the text the file holds (verify reads a million of
// these: no date parsing on the way).
struct JournalRow {
    qint64 seq = 0;
    QString id;
    QString station;
    QString at;
    QString kind;
    QString reference;
    QString meter;
    QString operatorName;
    qint64 amount = 0;
    qint64 energy = 0;
    QString detail;
    QByteArray previousHash;
    QByteArray hash;
};

// The audit log's columns in the order `auditLineFrom` reads them, and the line at the query's
// current row.
inline constexpr const char kAuditColumns[] =
    "seq, id, station, at, operator, action, subject, detail, state, previous_hash, hash, keyed";
AuditLine auditLineFrom(const QSqlQuery &query);

// The serialised journal entry and audit line, without the domain label.
QByteArray journalBytes(const LedgerEntry &entry);
QByteArray journalBytes(const JournalRow &row);
QByteArray auditBytes(const AuditLine &line);

// Seals with one key (OpenSSL's HMAC-SHA256).
class Sealer {
public:
    explicit Sealer(const QByteArray &key) : m_key(key) {}
    [[nodiscard]] QByteArray journal(const LedgerEntry &entry) const;
    [[nodiscard]] QByteArray journal(const JournalRow &row) const;
    [[nodiscard]] QByteArray audit(const AuditLine &line) const;
    // The seal of a journal link already serialised (journalBytes), into `out` (32 bytes).
    void journal(const char *link, qsizetype size, unsigned char *out) const;
    void audit(const char *link, qsizetype size, unsigned char *out) const;

private:
    QByteArray m_key;
};

// The plain SHA-256 of a journal link written before the chain was keyed, into `out`.
void plainJournal(const char *link, qsizetype size, unsigned char *out);
void plainAudit(const char *link, qsizetype size, unsigned char *out);

// Appends a big-endian 64-bit number, and a text as its byte length and bytes (the link's parts).
void putNumber(QByteArray &out, qint64 value);
void putBytes(QByteArray &out, const char *bytes, qsizetype size);

[[nodiscard]] QByteArray plainAudit(const AuditLine &line);
[[nodiscard]] QByteArray auditGenesis(const QString &station);

// Whether an audit action records a change of the protected tables (and so seals them).
[[nodiscard]] bool isProtectedAction(const QString &action);

// The protected tables, each with the SHA-256 of its canonical rows: operators (without the
// sign-in counters), settings (without the ledger's own heads), tariff plans, plan assignments.
// `digest` is their four hashes one after the other (128 bytes); empty with *error on failure.
[[nodiscard]] QStringList protectedParts();
[[nodiscard]] QByteArray stateDigest(const QSqlDatabase &db, QString *error);

// The settings the ledger keeps for itself (not protected state).
[[nodiscard]] bool isInternalSetting(const QString &key);

} // namespace ampcard::station::seal
