#include "ampcard/station/backup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include "ampcard/cardio/keystore.h"
#include "ampcard/station/operators.h"
#include "filemodes.h"

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
    // The station's alone before it is opened (opening a wider file would tighten it and say so
    // in the copy's audit log, and the copy would no longer be the ledger's history).
    filemodes::restrict(path);
    (void)filemodes::tighten(path);
    {
        Ledger copy;
        if (!copy.open(path, false)) {
            QFile::remove(path);
            return fail(
                tr("The backup %1 cannot be read back: %2").arg(native(path), copy.errorString()));
        }
        const bool keyed = copy.takeKeyOf(ledger);
        const ChainReport check = copy.verify();
        if (!keyed || check.brokenAt) {
            copy.close();
            QFile::remove(path);
            return fail(tr("The backup does not verify (%1); the ledger itself may be damaged: "
                           "run \"ampcard ledger verify\".")
                            .arg(keyed ? check.reason : copy.errorString()));
        }
        report->entries = check.entries;
        report->head = copy.head();
    }
    (void)ledger.audit(by.login(), QStringLiteral("ledger.backup"), path, report->head);
    return true;
}

namespace {

// "seq:hash" heads of the journal and the audit log, read from the file's settings.
struct Heads {
    QString journal;
    QString audit;
};

Heads headsOf(const Ledger &ledger)
{
    return {ledger.head(), ledger.setting(QStringLiteral("audit_head"))};
}

// Whether the chain whose head is `head` holds the line `seq:hash` of the other one.
bool holds(const Ledger &ledger, const QString &table, const QString &head)
{
    if (head.isEmpty())
        return true; // an empty chain is the beginning of any chain
    QSqlQuery query(ledger.database());
    query.prepare(QStringLiteral("SELECT hash FROM %1 WHERE seq = ?").arg(table));
    query.addBindValue(head.section(QLatin1Char(':'), 0, 0).toLongLong());
    return query.exec() && query.next() &&
           QString::fromLatin1(query.value(0).toByteArray().toHex()) ==
               head.section(QLatin1Char(':'), 1);
}

// One history is the beginning of the other: each chain holds the other's head, or is held by it.
bool sameHistory(const Ledger &current, const Ledger &candidate)
{
    const Heads now = headsOf(current);
    const Heads then = headsOf(candidate);
    return (holds(current, QStringLiteral("ledger"), then.journal) ||
            holds(candidate, QStringLiteral("ledger"), now.journal)) &&
           (holds(current, QStringLiteral("audit_log"), then.audit) ||
            holds(candidate, QStringLiteral("audit_log"), now.audit));
}

} // namespace

bool Backup::restore(const QString &backupPath, const QString &ledgerPath,
                     const cardio::UtilityKeys &keys, const QString &login, const QString &password,
                     BackupReport *report, const QDateTime &at)
{
    if (!keys.valid())
        return fail(tr("Restore refused: unlock the keystore first; the backup is checked with "
                       "the station's key."));
    if (!QFileInfo::exists(backupPath))
        return fail(tr("There is no backup at %1.").arg(native(backupPath)));
    // The current ledger decides who signs: its administrator when it is whole; when it cannot be
    // read, or does not verify under the station's key (damaged or edited), the keystore alone.
    Ledger current;
    const bool opened = QFileInfo::exists(ledgerPath) && current.open(ledgerPath, false);
    bool readable = opened;
    if (readable) {
        QSqlQuery check(current.database());
        readable = check.exec(QStringLiteral("PRAGMA quick_check(1)")) && check.next() &&
                   check.value(0).toString() == QLatin1String("ok");
    }
    // A keystore that did not seal the current ledger has no say over it, whatever its state.
    if (readable && !current.takeKey(Ledger::chainKey(keys, current.stationId())))
        return fail(tr("Restore refused: %1").arg(current.errorString()));
    const bool whole = readable && current.verify().whole();
    if (whole) {
        Operators operators(current);
        const std::optional<Session> admin = operators.signIn(login, password);
        if (!admin || !admin->may(Permission::kRestoreLedger))
            return fail(tr("Restore refused: %1")
                            .arg(admin ? tr("only an administrator of the current ledger may "
                                            "restore it")
                                       : operators.errorString()));
    }
    // Work on a copy beside the ledger: the backup itself stays as it was, and the final step is
    // one rename on the same file system.
    const QString staging = ledgerPath + QStringLiteral(".restoring");
    for (const char *companion : kCompanions)
        QFile::remove(staging + QLatin1String(companion));
    if (!QDir().mkpath(QFileInfo(ledgerPath).absolutePath()) || !QFile::copy(backupPath, staging))
        return fail(tr("Cannot copy the backup next to %1.").arg(native(ledgerPath)));
    filemodes::restrict(staging);
    auto abandon = [&staging] {
        for (const char *companion : kCompanions)
            QFile::remove(staging + QLatin1String(companion));
    };
    {
        Ledger candidate;
        auto refuse = [&](const QString &why) {
            candidate.close();
            current.close();
            abandon();
            return fail(why);
        };
        if (!candidate.open(staging, false))
            return refuse(tr("The backup cannot be used: %1").arg(candidate.errorString()));
        if (opened && candidate.stationId() != current.stationId())
            return refuse(tr("Restore refused: %1 is a ledger of station %2; this station is %3. "
                             "Only a backup of this station may replace its ledger.")
                              .arg(native(backupPath), candidate.stationId(), current.stationId()));
        if (!candidate.takeKey(Ledger::chainKey(keys, candidate.stationId())))
            return refuse(tr("Restore refused: %1").arg(candidate.errorString()));
        const ChainReport check = candidate.verify();
        if (check.brokenAt)
            return refuse(tr("The backup does not verify: %1").arg(check.reason));
        if (!candidate.everKeyed())
            return refuse(tr("Restore refused: the backup was never sealed with the station's "
                             "key, so nothing proves it was made here."));
        if (whole && !sameHistory(current, candidate))
            return refuse(tr("Restore refused: the backup's history is not this ledger's (neither "
                             "chain is the beginning of the other): it was made from another "
                             "file or edited."));
        current.close();
        // The backup may not know the newest sequence of any meter (a sale made after it): each
        // meter must show the station what it loaded before it is sold to again (DESIGN.md §5).
        QSqlQuery unknown(candidate.database());
        if (!unknown.exec(QStringLiteral("UPDATE meters SET sequence_unknown_since = '%1'")
                              .arg(at.toUTC().toString(Qt::ISODateWithMs)))) {
            return refuse(tr("The backup cannot be used: %1").arg(unknown.lastError().text()));
        }
        if (!candidate.audit(whole ? login : QStringLiteral("keystore"),
                             QStringLiteral("ledger.restore"), backupPath, candidate.head()))
            return refuse(tr("The backup cannot be used: %1").arg(candidate.errorString()));
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
