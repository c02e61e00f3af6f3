#include "ledgerseal.h"

#include <openssl/hmac.h>
#include <openssl/sha.h>

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ampcard::station::seal {

namespace {

const QByteArray kJournalDomain = QByteArrayLiteral("ampcard-journal-v2");
const QByteArray kAuditDomain = QByteArrayLiteral("ampcard-audit-v2");

void putText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    seal::putBytes(out, utf8.constData(), utf8.size());
}

void putBlob(QByteArray &out, const QByteArray &bytes)
{
    seal::putBytes(out, bytes.constData(), bytes.size());
}

QByteArray hmac(const QByteArray &key, const QByteArray &domain, const QByteArray &data)
{
    const QByteArray message = domain + data;
    QByteArray out(kSealSize, Qt::Uninitialized);
    unsigned int size = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()),
         static_cast<std::size_t>(message.size()), reinterpret_cast<unsigned char *>(out.data()),
         &size);
    return out;
}

// One protected table: the columns that matter, in a fixed order.
struct Part {
    const char *name;
    const char *sql;
};

constexpr Part kParts[] = {
    {"operators", "SELECT id, login, name, role, password, created_at FROM operators ORDER BY id"},
    {"settings", "SELECT key, value FROM settings WHERE key NOT IN ('ledger_head', 'audit_head', "
                 "'chain_keyed_at') ORDER BY key"},
    {"tariff_plans",
     "SELECT id, name, version, tariff, activates_at FROM tariff_plans ORDER BY id"},
    {"plan_assignments",
     "SELECT customer_group, plan FROM plan_assignments ORDER BY customer_group"},
};

} // namespace

void putNumber(QByteArray &out, qint64 value)
{
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<char>((static_cast<quint64>(value) >> (56 - 8 * i)) & 0xFF);
    out.append(bytes, 8);
}

void putBytes(QByteArray &out, const char *bytes, qsizetype size)
{
    putNumber(out, size);
    out.append(bytes, size);
}

AuditLine auditLineFrom(const QSqlQuery &query)
{
    return {
        query.value(0).toLongLong(),  query.value(1).toString(),     query.value(2).toString(),
        query.value(3).toString(),    query.value(4).toString(),     query.value(5).toString(),
        query.value(6).toString(),    query.value(7).toString(),     query.value(8).toByteArray(),
        query.value(9).toByteArray(), query.value(10).toByteArray(), query.value(11).toInt() != 0};
}

QByteArray journalBytes(const JournalRow &row)
{
    QByteArray data;
    data.reserve(row.previousHash.size() + 160 + row.detail.size() * 2);
    data += row.previousHash;
    putNumber(data, row.seq);
    putText(data, row.id);
    putText(data, row.station);
    putText(data, row.at);
    putText(data, row.kind);
    putText(data, row.reference);
    putText(data, row.meter);
    putText(data, row.operatorName);
    putNumber(data, row.amount);
    putNumber(data, row.energy);
    putText(data, row.detail);
    return data;
}

QByteArray journalBytes(const LedgerEntry &entry)
{
    return journalBytes(JournalRow{entry.seq, entry.id, entry.station,
                                   entry.at.toUTC().toString(Qt::ISODateWithMs), entry.kind,
                                   entry.reference, entry.meter, entry.operatorName, entry.amount,
                                   entry.energy, entry.detail, entry.previousHash, entry.hash});
}

QByteArray auditBytes(const AuditLine &line)
{
    QByteArray data = line.previousHash;
    putNumber(data, line.seq);
    putText(data, line.id);
    putText(data, line.station);
    putText(data, line.at);
    putText(data, line.operatorName);
    putText(data, line.action);
    putText(data, line.subject);
    putText(data, line.detail);
    putBlob(data, line.state);
    return data;
}

QByteArray Sealer::journal(const LedgerEntry &entry) const
{
    return hmac(m_key, kJournalDomain, journalBytes(entry));
}

QByteArray Sealer::journal(const JournalRow &row) const
{
    return hmac(m_key, kJournalDomain, journalBytes(row));
}

namespace {

// HMAC-SHA256 of the domain label and a link, into `out` (32 bytes).
void hmacInto(const QByteArray &key, const QByteArray &domain, const char *link, qsizetype size,
              unsigned char *out)
{
    unsigned int written = 0;
    QByteArray message;
    message.reserve(domain.size() + size);
    message.append(domain);
    message.append(link, size);
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()),
         static_cast<std::size_t>(message.size()), out, &written);
}

} // namespace

void Sealer::journal(const char *link, qsizetype size, unsigned char *out) const
{
    hmacInto(m_key, kJournalDomain, link, size, out);
}

void Sealer::audit(const char *link, qsizetype size, unsigned char *out) const
{
    hmacInto(m_key, kAuditDomain, link, size, out);
}

void plainAudit(const char *link, qsizetype size, unsigned char *out)
{
    QByteArray message = kAuditDomain;
    message.append(link, size);
    SHA256(reinterpret_cast<const unsigned char *>(message.constData()),
           static_cast<std::size_t>(message.size()), out);
}

QByteArray Sealer::audit(const AuditLine &line) const
{
    return hmac(m_key, kAuditDomain, auditBytes(line));
}

void plainJournal(const char *link, qsizetype size, unsigned char *out)
{
    SHA256(reinterpret_cast<const unsigned char *>(link), static_cast<std::size_t>(size), out);
}

QByteArray plainAudit(const AuditLine &line)
{
    return QCryptographicHash::hash(kAuditDomain + auditBytes(line), QCryptographicHash::Sha256);
}

QByteArray auditGenesis(const QString &station)
{
    return QCryptographicHash::hash(QByteArray("ampcard-audit-genesis:") + station.toUtf8(),
                                    QCryptographicHash::Sha256);
}

bool isProtectedAction(const QString &action)
{
    static const QStringList kActions = {
        QStringLiteral("operator.add"),      QStringLiteral("operator.unlock"),
        QStringLiteral("operator.password"), QStringLiteral("operator.recover"),
        QStringLiteral("operator.role"),     QStringLiteral("settings.set"),
        QStringLiteral("settings.change"),   QStringLiteral("tariff.add"),
        QStringLiteral("tariff.assign"),     QStringLiteral("ledger.keyed"),
        QStringLiteral("ledger.restore"),    QStringLiteral("network.pull")};
    return kActions.contains(action);
}

QStringList protectedParts()
{
    QStringList names;
    for (const Part &part : kParts)
        names << QString::fromLatin1(part.name);
    return names;
}

QByteArray stateDigest(const QSqlDatabase &db, QString *error)
{
    QByteArray digest;
    for (const Part &part : kParts) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QString::fromLatin1(part.sql))) {
            *error = query.lastError().text();
            return {};
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const int columns = query.record().count();
        while (query.next()) {
            QByteArray row;
            for (int i = 0; i < columns; ++i)
                putText(row, query.value(i).toString());
            hash.addData(row);
        }
        digest += hash.result();
    }
    return digest;
}

bool isInternalSetting(const QString &key)
{
    return key == QLatin1String("ledger_head") || key == QLatin1String("audit_head") ||
           key == QLatin1String("chain_keyed_at");
}

} // namespace ampcard::station::seal
