#include "ampcard/station/backup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include "ampcard/station/operators.h"

namespace ampcard::station {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's companions of a database file.
const char *const kCompanions[] = {"", "-wal", "-shm"};

} // namespace

bool Backup::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Backup::save(const Session &by, Ledger &ledger, const QString &path, BackupReport *report)
{
    if (!by.may(Permission::kBackupLedger))
        return fail(tr("Only a supervisor or administrator may back up the ledger."));
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; a backup never overwrites a file.").arg(native(path)));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("Cannot create the folder for %1.").arg(native(path)));
    QSqlQuery snapshot(ledger.database());
    snapshot.prepare(QStringLiteral("VACUUM INTO ?"));
    snapshot.addBindValue(path);
    if (!snapshot.exec()) {
        QFile::remove(path);
        return fail(
            tr("Cannot write the backup %1: %2").arg(native(path), snapshot.lastError().text()));
    }
    {
        Ledger copy;
        if (!copy.open(path, false)) {
            QFile::remove(path);
            return fail(
                tr("The backup %1 cannot be read back: %2").arg(native(path), copy.errorString()));
        }
        const ChainReport check = copy.verify();
        if (check.brokenAt) {
            copy.close();
            QFile::remove(path);
            return fail(tr("The backup does not verify (%1); the ledger itself may be damaged: "
                           "run \"ampcard ledger verify\".")
                            .arg(check.reason));
        }
        report->entries = check.entries;
        report->head = copy.head();
    }
    (void)ledger.audit(by.login(), QStringLiteral("ledger.backup"), path, report->head);
    return true;
}

bool Backup::restore(const QString &backupPath, const QString &ledgerPath, const QString &login,
                     const QString &password, BackupReport *report, const QDateTime &at)
{
    if (!QFileInfo::exists(backupPath))
        return fail(tr("There is no backup at %1.").arg(native(backupPath)));
    // Work on a copy beside the ledger: the backup itself stays as it was, and the final step is
    // one rename on the same file system.
    const QString staging = ledgerPath + QStringLiteral(".restoring");
    for (const char *companion : kCompanions)
        QFile::remove(staging + QLatin1String(companion));
    if (!QDir().mkpath(QFileInfo(ledgerPath).absolutePath()) || !QFile::copy(backupPath, staging))
        return fail(tr("Cannot copy the backup next to %1.").arg(native(ledgerPath)));
    auto abandon = [&staging] {
        for (const char *companion : kCompanions)
            QFile::remove(staging + QLatin1String(companion));
    };
    {
        Ledger candidate;
        if (!candidate.open(staging, false)) {
            const QString why = candidate.errorString();
            abandon();
            return fail(tr("The backup cannot be used: %1").arg(why));
        }
        const ChainReport check = candidate.verify();
        if (check.brokenAt) {
            candidate.close();
            abandon();
            return fail(tr("The backup does not verify: %1").arg(check.reason));
        }
        Operators operators(candidate);
        const std::optional<Session> admin = operators.signIn(login, password);
        if (!admin || !admin->may(Permission::kRestoreLedger)) {
            const QString why = admin ? tr("only an administrator may restore the ledger")
                                      : operators.errorString();
            candidate.close();
            abandon();
            return fail(tr("Restore refused: %1").arg(why));
        }
        // The backup may not know the newest sequence of any meter (a sale made after it): each
        // meter must show the station what it loaded before it is sold to again (DESIGN.md §5).
        QSqlQuery unknown(candidate.database());
        if (!unknown.exec(QStringLiteral("UPDATE meters SET sequence_unknown_since = '%1'")
                              .arg(at.toUTC().toString(Qt::ISODateWithMs)))) {
            const QString why = unknown.lastError().text();
            candidate.close();
            abandon();
            return fail(tr("The backup cannot be used: %1").arg(why));
        }
        (void)candidate.audit(login, QStringLiteral("ledger.restore"), backupPath,
                              candidate.head());
        QSqlQuery checkpoint(candidate.database());
        (void)checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        report->entries = check.entries;
        report->head = candidate.head();
    }
    if (QFileInfo::exists(ledgerPath)) {
        report->keptAs =
            ledgerPath + QStringLiteral(".before-restore-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        for (const char *companion : kCompanions) {
            const QString from = ledgerPath + QLatin1String(companion);
            if (QFileInfo::exists(from) &&
                !QFile::rename(from, report->keptAs + QLatin1String(companion))) {
                abandon();
                return fail(tr("Cannot set the current ledger aside as %1; nothing was changed.")
                                .arg(native(report->keptAs)));
            }
        }
    }
    for (const char *companion : kCompanions) {
        const QString from = staging + QLatin1String(companion);
        if (QFileInfo::exists(from) && !QFile::rename(from, ledgerPath + QLatin1String(companion)))
            return fail(tr("Cannot put the restored ledger in place; it is at %1 and the previous "
                           "one at %2.")
                            .arg(native(staging), native(report->keptAs)));
    }
    return true;
}

} // namespace ampcard::station
