#include "ampcard/station/keycustody.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include "ampcard/cardio/keystore.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/settings.h"
#include "ampcard/tariff/errc.h"
#include "filemodes.h"

namespace ampcard::station {

bool KeyCustody::fail(const QString &message)
{
    m_error = message;
    return false;
}

// The file opens with `passphrase` and holds the station's utility.
bool KeyCustody::opens(const QString &path, const QByteArray &passphrase)
{
    cardio::UtilityKeys keys;
    if (const Status status = cardio::Keystore::open(path, passphrase, &keys); !status.ok())
        return fail(QDir::toNativeSeparators(path) + QStringLiteral(": ") +
                    describe(status.code()));
    const std::uint32_t utility = Settings(m_ledger).load().utilityId;
    if (utility != 0 && keys.utilityId() != utility)
        return fail(tr("%1 holds the keys of utility %2; this station sells for utility %3.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(keys.utilityId())
                        .arg(utility));
    return true;
}

bool KeyCustody::backup(const Session &by, const QString &keystore, const QByteArray &passphrase,
                        const QString &to)
{
    if (!by.may(Permission::kManageKeys))
        return fail(tr("Only a supervisor or administrator may back up the keys."));
    if (QFile::exists(to))
        return fail(tr("%1 exists already; a key backup never overwrites a file.")
                        .arg(QDir::toNativeSeparators(to)));
    if (!opens(keystore, passphrase))
        return false;
    if (!QFile::copy(keystore, to))
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(to)));
    filemodes::restrict(to); // a key backup is the station's alone, wherever it was made
    if (!opens(to, passphrase)) {
        QFile::remove(to);
        return fail(
            tr("The copy %1 does not open: it was removed.").arg(QDir::toNativeSeparators(to)));
    }
    return m_ledger.audit(by.login(), QStringLiteral("keys.backup"), keystore, to)
               ? true
               : fail(m_ledger.errorString());
}

bool KeyCustody::restore(const Session &by, const QString &keystore, const QByteArray &passphrase,
                         const QString &from)
{
    if (!by.may(Permission::kManageKeys))
        return fail(tr("Only a supervisor or administrator may restore the keys."));
    if (!opens(from, passphrase))
        return false;
    const QString staging = keystore + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(from, staging) || !filemodes::restrict(staging) ||
        !opens(staging, passphrase)) {
        QFile::remove(staging);
        return fail(tr("Cannot copy %1 beside the keystore.").arg(QDir::toNativeSeparators(from)));
    }
    QString kept;
    if (QFile::exists(keystore)) {
        kept = keystore + QStringLiteral(".before-restore-") +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        if (!QFile::rename(keystore, kept)) {
            QFile::remove(staging);
            return fail(tr("Cannot move the current keystore aside."));
        }
    }
    if (!QFile::rename(staging, keystore)) {
        if (!kept.isEmpty())
            QFile::rename(kept, keystore);
        return fail(tr("Cannot put the backup in place."));
    }
    return m_ledger.audit(by.login(), QStringLiteral("keys.restore"), keystore,
                          from + QStringLiteral(" (previous kept as ") + kept + QLatin1Char(')'))
               ? true
               : fail(m_ledger.errorString());
}

bool KeyCustody::changePassphrase(const Session &by, const QString &keystore,
                                  const QByteArray &oldPassphrase, const QByteArray &newPassphrase)
{
    if (!by.may(Permission::kManageKeys))
        return fail(tr("Only a supervisor or administrator may change the keystore passphrase."));
    if (newPassphrase.size() < 8)
        return fail(tr("The new passphrase needs 8 characters or more."));
    if (newPassphrase == oldPassphrase)
        return fail(tr("The new passphrase is the old one."));
    if (!opens(keystore, oldPassphrase))
        return false;
    if (const Status status =
            cardio::Keystore::changePassphrase(keystore, oldPassphrase, newPassphrase);
        !status.ok())
        return fail(tr("Cannot change the passphrase: %1").arg(describe(status.code())));
    return m_ledger.audit(by.login(), QStringLiteral("keys.passphrase"), keystore,
                          QStringLiteral("passphrase changed"))
               ? true
               : fail(m_ledger.errorString());
}

} // namespace ampcard::station
