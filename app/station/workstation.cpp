#include "ampcard/station/workstation.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include "ampcard/tariff/errc.h"
#include "filemodes.h"

namespace ampcard::station {

const QString Workstation::kUtilityNameKey = QStringLiteral("utility_name");
const QString Workstation::kCurrencyKey = QStringLiteral("currency");
const QString Workstation::kKeystoreKey = QStringLiteral("keystore_path");
const QString Workstation::kReaderKey = QStringLiteral("reader");

bool Workstation::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Workstation::openLedger(const QString &path, bool create)
{
    if (!m_ledger.open(path, create))
        return fail(m_ledger.errorString());
    if (m_keys.valid() && !m_ledger.takeKey(Ledger::chainKey(m_keys, m_ledger.stationId())))
        return fail(m_ledger.errorString());
    return true;
}

bool Workstation::restoreLedger(const QString &backupPath, const QString &login,
                                const QString &password, BackupReport *report)
{
    const QString path = m_ledger.database().databaseName();
    const std::optional<Session> before = m_session;
    m_desk.reset();
    m_lookup.reset();
    m_session.reset();
    m_ledger.close();
    Backup backup;
    const bool restored = backup.restore(backupPath, path, m_keys, login, password, report);
    if (!openLedger(path, false))
        return false;
    if (!restored) {
        m_session = before; // the same ledger is back: so is whoever was signed in
        return fail(backup.errorString());
    }
    return true;
}

QString Workstation::keystorePath() const
{
    return m_ledger.setting(kKeystoreKey);
}

bool Workstation::unlockKeys(const QString &path, const QByteArray &passphrase)
{
    cardio::UtilityKeys keys;
    const QString file = path.isEmpty() ? keystorePath() : path;
    if (file.isEmpty())
        return fail(tr("No keystore is set for this station."));
    if (!QFileInfo::exists(file))
        return fail(tr("There is no keystore at %1.").arg(QDir::toNativeSeparators(file)));
    if (const Status status = cardio::Keystore::open(file, passphrase, &keys); !status.ok())
        return fail(describe(status.code()));
    // The keystore and its folder are the station's alone: wider modes are tightened and audited.
    const QStringList widened = filemodes::tighten(file);
    // The journal and the audit log are sealed with the station's key from now on.
    if (m_ledger.isOpen() && !m_ledger.takeKey(Ledger::chainKey(keys, m_ledger.stationId())))
        return fail(m_ledger.errorString());
    m_keys = std::move(keys);
    if (!widened.isEmpty() && m_ledger.isOpen())
        (void)m_ledger.audit(QStringLiteral("station"), QStringLiteral("file.permissions"), file,
                             widened.join(QStringLiteral("; ")));
    m_desk.reset();
    m_lookup.reset();
    return true;
}

bool Workstation::connectReader(const QString &reader)
{
    return connect(reader, true);
}

bool Workstation::connect(const QString &reader, bool strict)
{
    m_desk.reset();
    m_reader.disconnect();
    QStringList readers;
    if (!m_reader.listReaders(&readers).ok() || readers.isEmpty())
        return fail(describe(Errc::kNoReader));
    if (strict && !reader.isEmpty() && !readers.contains(reader))
        return fail(tr("no reader named \"%1\" (readers: %2)")
                        .arg(reader, readers.join(QStringLiteral(", "))));
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

CardDesk *Workstation::desk()
{
    if (!m_keys.valid()) {
        fail(tr("The keystore is locked: a supervisor must unlock it first."));
        return nullptr;
    }
    // A card pulled and put back needs a new connection: always reconnect before card work.
    if (!connect(m_readerName, false))
        return nullptr;
    m_desk = std::make_unique<CardDesk>(m_ledger, m_keys, m_reader);
    m_desk->setStepHook(m_hook);
    return m_desk.get();
}

cardio::PcscReader *Workstation::channel()
{
    m_desk.reset();
    return connect(m_readerName, false) ? &m_reader : nullptr;
}

CardDesk &Workstation::lookup()
{
    if (!m_lookup)
        m_lookup = std::make_unique<CardDesk>(m_ledger, m_keys, m_idleReader);
    return *m_lookup;
}

bool Workstation::signIn(const QString &login, const QString &password)
{
    Operators operators(m_ledger);
    m_session = operators.signIn(login, password);
    if (!m_session)
        return fail(operators.errorString());
    return true;
}

QString Workstation::utilityName() const
{
    const QString name = m_ledger.setting(kUtilityNameKey);
    return name.isEmpty() ? tr("Ampcard utility") : name;
}

QString Workstation::currency() const
{
    return m_ledger.setting(kCurrencyKey);
}

} // namespace ampcard::station
