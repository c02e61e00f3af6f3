#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "ampcard/station/ledger.h"

// Backup and restore of the ledger file. A backup is a consistent snapshot taken while the station
// runs (SQLite VACUUM INTO), checked before it is called done. A restore takes only a backup whose
// chain verifies, signed for by an administrator of that backup, and never destroys the ledger it
// replaces: that file is kept beside it.

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
    // Replaces the ledger at `ledgerPath` with the backup at `backupPath`. The backup's chain must
    // verify and `login`/`password` must be an administrator in it. The ledger must be closed.
    // Every meter's newest sequence is unknown from `at` on, until the meter shows it (a return
    // record written after `at`, or a remote read): the backup may not know a later sale.
    bool restore(const QString &backupPath, const QString &ledgerPath, const QString &login,
                 const QString &password, BackupReport *report,
                 const QDateTime &at = QDateTime::currentDateTimeUtc());
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QString m_error;
};

} // namespace ampcard::station
