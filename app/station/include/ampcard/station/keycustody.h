#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The keystore's custody at the station: a supervisor or administrator copies it to a backup and
// restores it from one. Either proves the passphrase first (the file opens), checks the utility,
// and goes to the audit log. The keystore stays encrypted throughout (docs/keystore.md).

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
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool opens(const QString &path, const QByteArray &passphrase);

    Ledger &m_ledger;
    QString m_error;
};

} // namespace ampcard::station
