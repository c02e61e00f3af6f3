#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "ampcard/station/ledger.h"

// Backup and restore of the ledger file. A backup is a consistent snapshot taken while the station
// runs (SQLite VACUUM INTO), checked before it is called done, mode 0600. A restore takes only a
// backup of this station whose chains verify under the station's key and agree with the current
// ledger's (one is the beginning of the other), signed for by an administrator of the current
// ledger (or, when the current ledger cannot be read, proven by the unlocked keystore alone); it
// never destroys the ledger it replaces: that file is kept beside it.

namespace ampcard::cardio {
class UtilityKeys;
}

namespace ampcard::station {

class Session;

struct BackupReport {
    qint64 entries = 0;
    QString head;   // "seq:hash" of the newest journal entry: note it with the backup
    QString keptAs; // restore: where the replaced ledger now is
};

class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Writes a snapshot of `ledger` to `path` (which must not exist) and verifies the copy.
    bool save(const Session &by, Ledger &ledger, const QString &path, BackupReport *report);
    // Replaces the ledger at `ledgerPath` (closed) with the backup at `backupPath`, as `keys` (the
    // unlocked keystore) and `login`/`password` (an administrator of the current ledger; not
    // needed when the current ledger cannot be read) allow. The backup must be of the same
    // station, verify under the station's key, and its journal and audit log must be the
    // beginning of the current ones or the other way round. Every meter's newest sequence is
    // unknown from `at` on, until the meter shows it: the backup may not know a later sale.
    bool restore(const QString &backupPath, const QString &ledgerPath,
                 const cardio::UtilityKeys &keys, const QString &login, const QString &password,
                 BackupReport *report, const QDateTime &at = QDateTime::currentDateTimeUtc());
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QString m_error;
};

} // namespace ampcard::station
