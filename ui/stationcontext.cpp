#include "stationcontext.h"

#include <QStringList>

#include "ampcard/tariff/errc.h"

using namespace ampcard;

const QString StationContext::kUtilityNameKey = QStringLiteral("utility_name");
const QString StationContext::kCurrencyKey = QStringLiteral("currency");
const QString StationContext::kKeystoreKey = QStringLiteral("keystore_path");
const QString StationContext::kReaderKey = QStringLiteral("reader");

bool StationContext::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool StationContext::openLedger(const QString &path, bool create)
{
    if (!m_ledger.open(path, create))
        return fail(m_ledger.errorString());
    return true;
}

bool StationContext::restoreLedger(const QString &backupPath, const QString &login,
                                   const QString &password, station::BackupReport *report)
{
    const QString path = m_ledger.database().databaseName();
    const std::optional<station::Session> before = m_session;
    m_desk.reset();
    m_lookup.reset();
    m_session.reset();
    m_ledger.close();
    station::Backup backup;
    const bool restored = backup.restore(backupPath, path, login, password, report);
    if (!m_ledger.open(path, false))
        return fail(m_ledger.errorString());
    if (!restored) {
        m_session = before; // the same ledger is back: so is whoever was signed in
        return fail(backup.errorString());
    }
    return true;
}

QString StationContext::keystorePath() const
{
    return m_ledger.setting(kKeystoreKey);
}

bool StationContext::unlockKeys(const QString &path, const QByteArray &passphrase)
{
    cardio::UtilityKeys keys;
    const QString file = path.isEmpty() ? keystorePath() : path;
    if (file.isEmpty())
        return fail(tr("No keystore is set for this station."));
    if (const Status status = cardio::Keystore::open(file, passphrase, &keys); !status.ok())
        return fail(describe(status.code()));
    m_keys = std::move(keys);
    m_desk.reset();
    m_lookup.reset();
    return true;
}

bool StationContext::connectReader(const QString &reader)
{
    m_desk.reset();
    m_reader.disconnect();
    QStringList readers;
    if (!m_reader.listReaders(&readers).ok() || readers.isEmpty())
        return fail(describe(Errc::kNoReader));
    QString chosen = reader.isEmpty() ? m_ledger.setting(kReaderKey) : reader;
    if (chosen.isEmpty() || !readers.contains(chosen)) {
        chosen.clear();
        for (const QString &name : readers) {
            if (m_reader.waitForCard(name, 0).ok()) {
                chosen = name;
                break;
            }
        }
        if (chosen.isEmpty())
            chosen = readers.first();
    }
    m_readerName = chosen;
    if (const Status status = m_reader.connect(chosen); !status.ok())
        return fail(chosen + QStringLiteral(": ") + describe(status.code()));
    return true;
}

station::CardDesk *StationContext::desk()
{
    if (!m_keys.valid()) {
        fail(tr("The keystore is locked: a supervisor must unlock it first."));
        return nullptr;
    }
    // A card pulled and put back needs a new connection: always reconnect before card work.
    if (!connectReader(m_readerName))
        return nullptr;
    m_desk = std::make_unique<station::CardDesk>(m_ledger, m_keys, m_reader);
    return m_desk.get();
}

cardio::ApduChannel *StationContext::channel()
{
    m_desk.reset();
    return connectReader(m_readerName) ? &m_reader : nullptr;
}

station::CardDesk &StationContext::lookup()
{
    if (!m_lookup)
        m_lookup = std::make_unique<station::CardDesk>(m_ledger, m_keys, m_idleReader);
    return *m_lookup;
}

bool StationContext::signIn(const QString &login, const QString &password)
{
    station::Operators operators(m_ledger);
    m_session = operators.signIn(login, password);
    if (!m_session)
        return fail(operators.errorString());
    return true;
}

QString StationContext::utilityName() const
{
    const QString name = m_ledger.setting(kUtilityNameKey);
    return name.isEmpty() ? tr("Ampcard utility") : name;
}

QString StationContext::currency() const
{
    return m_ledger.setting(kCurrencyKey);
}
