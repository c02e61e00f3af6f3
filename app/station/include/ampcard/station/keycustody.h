#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The keystore's custody at the station: a supervisor or administrator copies it to a backup,
// restores it from one, and changes its passphrase. Either proves the passphrase first (the file
// opens), checks the utility, and goes to the audit log. The keystore stays encrypted throughout
// (docs/keystore.md).

namespace ampcard::station {

class Ledger;
class Session;

class KeyCustody {
    Q_DECLARE_TR_FUNCTIONS(KeyCustody)

public:
    explicit KeyCustody(Ledger &ledger) : m_ledger(ledger) {}

    // Copies `keystore` to `to` (never over an existing file) and checks the copy opens.
    bool backup(const Session &by, const QString &keystore, const QByteArray &passphrase,
                const QString &to);
    // Puts the backup `from` in place of `keystore`; the one it replaces is kept beside it as
    // "<keystore>.before-restore-<UTC time>".
    bool restore(const Session &by, const QString &keystore, const QByteArray &passphrase,
                 const QString &from);
    // Re-seals `keystore` under `newPassphrase` (8 characters or more) once `oldPassphrase` opens
    // it; the master key does not change, so cards and meters are not affected.
    bool changePassphrase(const Session &by, const QString &keystore,
                          const QByteArray &oldPassphrase, const QByteArray &newPassphrase);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool opens(const QString &path, const QByteArray &passphrase);

    Ledger &m_ledger;
    QString m_error;
};

} // namespace ampcard::station
