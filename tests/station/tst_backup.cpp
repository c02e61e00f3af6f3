// Backup and restore of real ledger files: a snapshot that verifies, a restore that takes only a
// whole chain signed for by an administrator, and a replaced ledger that is kept, never deleted.
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "ampcard/station/backup.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/operators.h"
#include "staff.h"

using namespace ampcard::station;

namespace {

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void appendSales(Ledger &ledger, int count)
{
    for (int i = 0; i < count; ++i) {
        LedgerEntry entry;
        entry.kind = QStringLiteral("fee"); // chain entries without a sales row behind them
        entry.amount = 10'000 * (i + 1);
        if (!ledger.append(entry))
            qFatal("append");
    }
}

ampcard::cardio::UtilityKeys keys()
{
    return testing::utilityKeys(testing::kUtility, testing::kSeed);
}

// What a refused restore must leave as it was: the journal and the sales (the audit log gains
// the refused sign-in).
QString history(const QString &path)
{
    Ledger ledger;
    if (!ledger.open(path, false))
        return {};
    return ledger.head() + QLatin1Char('/') + QString::number(ledger.verify().entries);
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ledgerPath;
    QString m_backupPath;
    int m_run = 0;

    // A ledger with an administrator, a supervisor and a cashier, 30 entries, and its backup.
    void makeLedgerAndBackup()
    {
        const QString folder = m_dir.filePath(QString::number(++m_run));
        m_ledgerPath = folder + QStringLiteral("/ledger.sqlite");
        m_backupPath = folder + QStringLiteral("/backups/monday.sqlite");
        Ledger ledger;
        QVERIFY(ledger.open(m_ledgerPath, true));
        testing::Staff staff;
        QVERIFY(staff.hire(ledger));
        appendSales(ledger, 30);
        const Session cashier = *staff.cashier;
        const Session supervisor = *staff.supervisor;
        Backup backup;
        BackupReport report;
        QVERIFY(!backup.save(cashier, ledger, m_backupPath, &report));
        QVERIFY(backup.errorString().contains(QStringLiteral("supervisor")));
        QVERIFY2(backup.save(supervisor, ledger, m_backupPath, &report),
                 qPrintable(backup.errorString()));
        QCOMPARE(report.entries, qint64{30});
        QCOMPARE(report.head, ledger.head());
        QVERIFY(!backup.save(supervisor, ledger, m_backupPath, &report)); // never overwrites
        QVERIFY(backup.errorString().contains(QStringLiteral("already exists")));
        appendSales(ledger, 5); // sold after the backup
    }

private slots:
    void restoreKeepsTheReplacedLedger()
    {
        makeLedgerAndBackup();
        Backup backup;
        BackupReport report;
        QVERIFY2(backup.restore(m_backupPath, m_ledgerPath, keys(), QStringLiteral("admin"),
                                QStringLiteral("admin-pass"), &report),
                 qPrintable(backup.errorString()));
        QCOMPARE(report.entries, qint64{30});
        QVERIFY(!report.keptAs.isEmpty());
        QVERIFY(!QFile::exists(m_ledgerPath + QStringLiteral(".restoring")));
        Ledger restored;
        QVERIFY(restored.open(m_ledgerPath, false));
        QCOMPARE(restored.verify().entries, qint64{30});
        QVERIFY(!restored.verify().brokenAt);
        QSqlQuery audit(restored.database());
        QVERIFY(audit.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.restore'")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);
        Ledger kept; // the five later sales are not lost: they are in the kept file
        QVERIFY(kept.open(report.keptAs, false));
        QCOMPARE(kept.verify().entries, qint64{35});
        QVERIFY(!kept.verify().brokenAt);
    }

    void restoreOntoALostLedger()
    {
        makeLedgerAndBackup();
        for (const char *companion : {"", "-wal", "-shm"})
            QFile::remove(m_ledgerPath + QLatin1String(companion));
        Backup backup;
        BackupReport report;
        QVERIFY(backup.restore(m_backupPath, m_ledgerPath, keys(), QStringLiteral("admin"),
                               QStringLiteral("admin-pass"), &report));
        QVERIFY(report.keptAs.isEmpty());
        Ledger restored;
        QVERIFY(restored.open(m_ledgerPath, false));
        QCOMPARE(restored.verify().entries, qint64{30});
    }

    void refusedRestoresChangeNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<QString>("says");
        QTest::newRow("supervisor") << "sup"
                                    << "sup-pass" << false << "administrator";
        QTest::newRow("wrong-password") << "admin"
                                        << "guess-guess" << false << "wrong password";
        QTest::newRow("edited-backup") << "admin"
                                       << "admin-pass" << true << "does not verify";
    }
    void refusedRestoresChangeNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(bool, tamper);
        QFETCH(QString, says);
        makeLedgerAndBackup();
        if (tamper) {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intruder"));
            db.setDatabaseName(m_backupPath);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ledger_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE ledger SET amount = 1 WHERE seq = 9")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
        const QString before = history(m_ledgerPath);
        const QByteArray backupBefore = bytes(m_backupPath);
        Backup backup;
        BackupReport report;
        QVERIFY(!backup.restore(m_backupPath, m_ledgerPath, keys(), login, password, &report));
        QVERIFY2(backup.errorString().contains(says), qPrintable(backup.errorString()));
        QCOMPARE(history(m_ledgerPath), before);
        QCOMPARE(bytes(m_backupPath), backupBefore);
        const QStringList left = QDir(QFileInfo(m_ledgerPath).absolutePath())
                                     .entryList({QStringLiteral("*.restoring*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
