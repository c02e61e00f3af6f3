// DESIGN.md §8, the insider: someone with the ledger file (the sqlite3 tool, a copy of the
// folder) but not the keystore passphrase. Each test plays one attack from issue 15 on a real
// ledger file written through the station's services, and ends with `verify`, a report, a
// sign-in or a restore refusing and naming what changed.
#include <sys/stat.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include "ampcard/station/backup.h"
#include "ampcard/station/operators.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/shifts.h"
#include "desk.h"
#include "intruder.h"

using namespace ampcard;
using namespace ampcard::station;
using testing::byMoney;
using testing::Counter;

namespace {

void putNumber(QByteArray &out, qint64 value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(static_cast<char>((static_cast<quint64>(value) >> shift) & 0xFF));
}

void putText(QByteArray &out, const QString &text)
{
    putNumber(out, text.toUtf8().size());
    out.append(text.toUtf8());
}

// The chain's recipe as the first release published it: SHA-256 of the previous hash and the
// fields. What an insider who read the source would compute after an edit.
QByteArray oldRecipe(const QSqlQuery &row, const QByteArray &previous)
{
    QByteArray data = previous;
    putNumber(data, row.value(0).toLongLong());
    for (int i = 1; i <= 7; ++i)
        putText(data, row.value(i).toString());
    putNumber(data, row.value(8).toLongLong());
    putNumber(data, row.value(9).toLongLong());
    putText(data, row.value(10).toString());
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// Re-seals the whole journal from entry `from` with the old recipe and rewrites the head.
bool resealFrom(Intruder &intruder, qint64 from)
{
    QSqlQuery rows(intruder.db());
    if (!rows.exec(
            QStringLiteral("SELECT seq, id, station, at, kind, reference, meter, operator, "
                           "amount, energy, detail, previous_hash FROM ledger ORDER BY seq")))
        return false;
    QByteArray previous;
    qint64 last = 0;
    QList<QPair<qint64, QPair<QByteArray, QByteArray>>> updates;
    while (rows.next()) {
        const qint64 seq = rows.value(0).toLongLong();
        if (seq == from)
            previous = rows.value(11).toByteArray();
        if (seq >= from) {
            const QByteArray hash = oldRecipe(rows, previous);
            updates.append({seq, {previous, hash}});
            previous = hash;
        } else {
            previous.clear();
        }
        last = seq;
    }
    for (const auto &update : updates) {
        if (!intruder.exec(QStringLiteral("UPDATE ledger SET previous_hash = ?, hash = ? WHERE seq "
                                          "= ?"),
                           {update.second.first, update.second.second, update.first}))
            return false;
    }
    return intruder.exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'ledger_head'"),
                         {QStringLiteral("%1:%2").arg(last).arg(
                             QString::fromLatin1(updates.last().second.second.toHex()))});
}

// A counter with an account and three completed sales by the cashier, the ledger closed so the
// intruder has the file to itself; `reopen` brings the station back with its keys.
struct Scene {
    Counter c;
    QString sale; // the second sale's id

    bool setUp()
    {
        if (!c.setUp() || !c.openAccount() || !c.visitMeter().ok() ||
            !Shifts(*c.ledger).open(*c.staff.cashier))
            return false;
        for (int whole : {300, 200, 100}) {
            const auto sold = c.desk->sell(*c.staff.cashier, {}, byMoney(whole));
            if (!sold || !c.visitMeter().ok() || !c.desk->inspect(*c.staff.cashier))
                return false;
            if (whole == 200)
                sale = sold->value(QStringLiteral("sale")).toString();
        }
        return c.ledger->verify().whole();
    }
    void leave()
    {
        c.desk.reset();
        c.ledger->close();
    }
    bool reopen() { return c.restart(); }
    QString verdict() const
    {
        const ChainReport report = c.ledger->verify();
        return report.whole() ? QString() : report.reason;
    }
};

mode_t modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777) : 0;
}

} // namespace

class TestInsider : public QObject {
    Q_OBJECT

private slots:
    void insider_editsPaidInSales_reportsAndZReportRefuse()
    {
        Scene s;
        QVERIFY(s.setUp());
        const QDate today = QDate::currentDate();
        QVERIFY(Reports(*s.c.ledger).daily(*s.c.staff.supervisor, today));
        s.leave();
        {
            Intruder intruder(s.c.path, true);
            QVERIFY(intruder.exec(QStringLiteral("UPDATE sales SET paid = paid - 1000000 WHERE id "
                                                 "= ?"),
                                  {s.sale}));
        }
        QVERIFY(s.reopen());
        Reports reports(*s.c.ledger);
        QVERIFY(!reports.daily(*s.c.staff.supervisor, today));
        QVERIFY2(reports.errorString().contains(s.sale) &&
                     reports.errorString().contains(QStringLiteral("amount paid")),
                 qPrintable(reports.errorString()));
        QVERIFY(!reports.monthly(*s.c.staff.supervisor, today.year(), today.month()));
        QVERIFY(!Shifts(*s.c.ledger).close(*s.c.staff.cashier, QStringLiteral("cash")));
        QVERIFY2(s.verdict().contains(s.sale), qPrintable(s.verdict()));
    }

    void insider_editsVatAndReceiptTogether_reportRefusesNamingTheReceipt()
    {
        Scene s;
        QVERIFY(s.setUp());
        s.leave();
        {
            Intruder intruder(s.c.path, true);
            QVERIFY(
                intruder.exec(QStringLiteral("UPDATE sales SET vat = 0, receipt = "
                                             "json_set(receipt, '$.vat', '0.0000') WHERE id = ?"),
                              {s.sale}));
        }
        QVERIFY(s.reopen());
        Reports reports(*s.c.ledger);
        QVERIFY(!reports.daily(*s.c.staff.supervisor, QDate::currentDate()));
        QVERIFY2(reports.errorString().contains(QStringLiteral("receipt")),
                 qPrintable(reports.errorString()));
    }

    void insider_deletesASalesRow_verifyNamesTheOrphanEntry()
    {
        Scene s;
        QVERIFY(s.setUp());
        s.leave();
        {
            Intruder intruder(s.c.path, true);
            QVERIFY(intruder.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(intruder.exec(QStringLiteral("DELETE FROM sales WHERE id = ?"), {s.sale}));
        }
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().contains(QStringLiteral("has no sales row")), qPrintable(s.verdict()));
        QVERIFY(!Reports(*s.c.ledger).daily(*s.c.staff.supervisor, QDate::currentDate()));
    }

    void insider_editsJournalAndResealsWithTheOldRecipe_verifyNamesTheEntry()
    {
        Scene s;
        QVERIFY(s.setUp());
        const qint64 seq =
            s.c.scalar(QStringLiteral("SELECT ledger_seq FROM sales WHERE id = '%1'").arg(s.sale));
        s.leave();
        {
            Intruder intruder(s.c.path, true);
            QVERIFY(
                intruder.exec(QStringLiteral("UPDATE ledger SET amount = 1 WHERE seq = ?"), {seq}));
            QVERIFY(
                intruder.exec(QStringLiteral("UPDATE sales SET paid = 1 WHERE id = ?"), {s.sale}));
            QVERIFY(resealFrom(intruder, seq));
        }
        QVERIFY(s.reopen());
        const ChainReport report = s.c.ledger->verify();
        QVERIFY(!report.whole());
        QCOMPARE(*report.brokenAt, seq);
        QVERIFY2(report.reason.contains(QStringLiteral("does not match its seal")),
                 qPrintable(report.reason));
        // Without the keystore the links hold, and verify says what it could not check.
        Ledger blind;
        QVERIFY(blind.open(s.c.path, false));
        const ChainReport unkeyed = blind.verify();
        QVERIFY(!unkeyed.keyChecked);
        QVERIFY2(unkeyed.notes.join(QLatin1Char(' '))
                     .contains(QStringLiteral("without the "
                                              "keystore")),
                 qPrintable(unkeyed.notes.join(QLatin1Char(' '))));
    }

    void insider_marksAnEntryUnkeyed_verifySaysItWasWrittenOutside()
    {
        Scene s;
        QVERIFY(s.setUp());
        s.leave();
        {
            Intruder intruder(s.c.path, true);
            QVERIFY(intruder.exec(QStringLiteral("UPDATE ledger SET keyed = 0 WHERE seq = 2")));
            QVERIFY(resealFrom(intruder, 2));
        }
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().contains(QStringLiteral("not sealed with the station's key")),
                 qPrintable(s.verdict()));
    }

    void insider_splicesAnotherStationsChain_verifyRefuses()
    {
        Scene s;
        Scene other;
        QVERIFY(s.setUp());
        QVERIFY(other.setUp());
        s.leave();
        other.leave();
        {
            // The other station's journal (sealed under its own station key) pasted in.
            Intruder intruder(s.c.path, true);
            QVERIFY(intruder.exec(QStringLiteral("ATTACH DATABASE ? AS other"), {other.c.path}));
            QVERIFY(intruder.exec(QStringLiteral("DELETE FROM ledger")));
            QVERIFY(intruder.exec(QStringLiteral("INSERT INTO ledger SELECT * FROM other.ledger")));
            QVERIFY(intruder.exec(QStringLiteral("UPDATE settings SET value = (SELECT value FROM "
                                                 "other.settings WHERE key = 'ledger_head') WHERE "
                                                 "key = 'ledger_head'")));
        }
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().contains(QStringLiteral("Entry 1")), qPrintable(s.verdict()));
    }

    void insider_removesTheNewestAuditLines_verifyNamesTheHead()
    {
        Scene s;
        QVERIFY(s.setUp());
        s.leave();
        {
            Intruder intruder(s.c.path, true);
            QVERIFY(intruder.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT "
                                                 "max(seq) - 2 FROM audit_log)")));
        }
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().contains(QStringLiteral("newest lines were removed")),
                 qPrintable(s.verdict()));
    }

    void insider_makesCashierAdministratorBySql_signInAndVerifyRefuse()
    {
        Scene s;
        QVERIFY(s.setUp());
        s.leave();
        {
            Intruder intruder(s.c.path, true);
            QVERIFY(intruder.exec(QStringLiteral(
                "UPDATE operators SET role = 'administrator' WHERE login = 'cash'")));
        }
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().contains(QStringLiteral("table operators differs")),
                 qPrintable(s.verdict()));
        Operators operators(*s.c.ledger, 1000);
        QVERIFY(!operators.signIn(QStringLiteral("cash"), QStringLiteral("cash-pass")));
        QVERIFY2(operators.errorString().contains(QStringLiteral("operators differs")),
                 qPrintable(operators.errorString()));
    }

    void insider_changesASettingBySql_verifyNamesTheTable()
    {
        Scene s;
        QVERIFY(s.setUp());
        s.leave();
        {
            Intruder intruder(s.c.path, true);
            QVERIFY(intruder.exec(QStringLiteral("INSERT OR REPLACE INTO settings VALUES "
                                                 "('fees', '{\"vatBasisPoints\":0}')")));
        }
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().contains(QStringLiteral("table settings differs")),
                 qPrintable(s.verdict()));
    }

    void insider_forgesAnUnkeyedTariffChange_verifyRefuses()
    {
        Scene s;
        QVERIFY(s.setUp());
        s.leave();
        {
            // Through the station's own code, but without the keystore: refused outright.
            Ledger unkeyed;
            QVERIFY(unkeyed.open(s.c.path, false));
            QVERIFY(!unkeyed.audit(QStringLiteral("admin"), QStringLiteral("tariff.add"),
                                   QStringLiteral("R1"), QStringLiteral("cheap")));
            QVERIFY(unkeyed.errorString().contains(QStringLiteral("keystore")));
            QVERIFY(!unkeyed.setSetting(QStringLiteral("utility_name"), QStringLiteral("Eve")));
        }
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().isEmpty(), qPrintable(s.verdict()));
    }

    void insider_restoresALedgerMadeElsewhere_restoreRefuses()
    {
        Scene s;
        Scene eve; // "ampcard init --admin eve" on another machine, same utility keys
        QVERIFY(s.setUp());
        QVERIFY(eve.setUp());
        const QString evePath = eve.c.path;
        eve.leave();
        s.leave();
        Backup backup;
        BackupReport report;
        // Eve signs for her own file: not an administrator of this ledger.
        QVERIFY(!backup.restore(evePath, s.c.path, s.c.keys, QStringLiteral("admin"),
                                QStringLiteral("wrong-pass"), &report));
        // The real administrator is asked to restore it: another station's ledger.
        QVERIFY(!backup.restore(evePath, s.c.path, s.c.keys, QStringLiteral("admin"),
                                QStringLiteral("admin-pass"), &report));
        QVERIFY2(backup.errorString().contains(QStringLiteral("Only a backup of this station")),
                 qPrintable(backup.errorString()));
        // Eve copies this station's id into her file first: the histories differ.
        {
            Ledger mine;
            QVERIFY(mine.open(s.c.path, false));
            const QString station = mine.stationId();
            mine.close();
            Intruder intruder(evePath, true);
            QVERIFY(intruder.exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = "
                                                 "'station_id'"),
                                  {station}));
        }
        QVERIFY(!backup.restore(evePath, s.c.path, s.c.keys, QStringLiteral("admin"),
                                QStringLiteral("admin-pass"), &report));
        QVERIFY2(!backup.errorString().isEmpty(), "refused without a reason");
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().isEmpty(), qPrintable(s.verdict())); // the ledger is untouched
    }

    void insider_restoresAnOldBackupOfThisStation_allowedAndSequencesUnknown()
    {
        Scene s;
        QVERIFY(s.setUp());
        const QString path = QFileInfo(s.c.path).absolutePath() + QStringLiteral("/monday.sqlite");
        BackupReport report;
        QVERIFY(Backup().save(*s.c.staff.supervisor, *s.c.ledger, path, &report));
        QCOMPARE(modeOf(path), mode_t(0600));
        QVERIFY(s.c.desk->sell(*s.c.staff.cashier, {}, byMoney(50)));
        s.leave();
        Backup backup;
        QVERIFY2(backup.restore(path, s.c.path, s.c.keys, QStringLiteral("admin"),
                                QStringLiteral("admin-pass"), &report),
                 qPrintable(backup.errorString()));
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().isEmpty(), qPrintable(s.verdict()));
        QCOMPARE(s.c.scalar(QStringLiteral("SELECT count(*) FROM meters WHERE "
                                           "sequence_unknown_since = ''")),
                 qint64{0});
    }

    void insider_damagesTheLedger_keystoreAloneRestores()
    {
        Scene s;
        QVERIFY(s.setUp());
        const QString path = QFileInfo(s.c.path).absolutePath() + QStringLiteral("/backup.sqlite");
        BackupReport report;
        QVERIFY(Backup().save(*s.c.staff.supervisor, *s.c.ledger, path, &report));
        s.leave();
        {
            // An operator's password hash replaced: no administrator signs in any more.
            Intruder intruder(s.c.path, true);
            QVERIFY(intruder.exec(QStringLiteral("UPDATE operators SET password = 'x'")));
        }
        Backup backup;
        QVERIFY2(backup.restore(path, s.c.path, s.c.keys, {}, {}, &report),
                 qPrintable(backup.errorString()));
        QVERIFY(s.reopen());
        QVERIFY2(s.verdict().isEmpty(), qPrintable(s.verdict()));
        QVERIFY(Operators(*s.c.ledger, 1000)
                    .signIn(QStringLiteral("admin"), QStringLiteral("admin-pass")));
    }

    void insider_worldReadableFiles_tightenedAndAudited()
    {
        Scene s;
        QVERIFY(s.setUp());
        QCOMPARE(modeOf(s.c.path), mode_t(0600));
        QCOMPARE(modeOf(s.c.path + QStringLiteral("-wal")), mode_t(0600));
        QCOMPARE(modeOf(QFileInfo(s.c.path).absolutePath()), mode_t(0700));
        s.leave();
        QVERIFY(::chmod(QFile::encodeName(s.c.path).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(QFileInfo(s.c.path).absolutePath()).constData(), 0755) ==
                0);
        QVERIFY(s.reopen());
        QCOMPARE(modeOf(s.c.path), mode_t(0600));
        QCOMPARE(modeOf(QFileInfo(s.c.path).absolutePath()), mode_t(0700));
        QCOMPARE(s.c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'file.permissions' AND detail LIKE '%0644 -> 0600%'")),
                 qint64{1});
    }

    void insider_locksOutTheLastAdministrator_keystoreRecovers()
    {
        Scene s;
        QVERIFY(s.setUp());
        Operators operators(*s.c.ledger, 1000);
        for (int i = 0; i < Operators::kMaxFailedSignIns; ++i)
            QVERIFY(!operators.signIn(QStringLiteral("admin"), QStringLiteral("guess")));
        QVERIFY(!operators.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass")));
        QVERIFY(!operators.recover(cardio::UtilityKeys(), QStringLiteral("admin")));
        // Another utility's keystore is not this station's.
        QVERIFY(!operators.recover(testing::utilityKeys(testing::kUtility, 99),
                                   QStringLiteral("admin")));
        QVERIFY2(operators.recover(s.c.keys, QStringLiteral("admin"), QStringLiteral("new-pass-1")),
                 qPrintable(operators.errorString()));
        QVERIFY(operators.signIn(QStringLiteral("admin"), QStringLiteral("new-pass-1")));
        QVERIFY2(s.verdict().isEmpty(), qPrintable(s.verdict()));
    }

    // An unknown login costs what a known one costs: the same PBKDF2 work (one check at the
    // stored work factor) and one audited write, with the same message; so neither the answer nor
    // its time tells which logins exist. (Counted, not timed: the time is in bench_station.)
    void insider_guessesLogins_refusalWorkDoesNotTell()
    {
        Scene s;
        QVERIFY(s.setUp());
        Operators operators(*s.c.ledger, 20000);
        QVERIFY(operators.add(*s.c.staff.admin, QStringLiteral("slow"), QStringLiteral("Slow"),
                              Role::kCashier, QStringLiteral("slow-pass-1")));
        (void)operators.signIn(QStringLiteral("warm-up"), QStringLiteral("wrong")); // decoy made
        struct Work {
            quint64 iterations;
            qint64 auditLines;
            QString said;
        };
        auto refuse = [&](const QString &login) {
            const quint64 before = Operators::pbkdf2Iterations();
            const qint64 lines = s.c.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
            const bool refused = !operators.signIn(login, QStringLiteral("wrong"));
            return Work{refused ? Operators::pbkdf2Iterations() - before : 0,
                        s.c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) - lines,
                        operators.errorString()};
        };
        const Work known = refuse(QStringLiteral("slow"));
        const Work unknown = refuse(QStringLiteral("nobody-at-all"));
        QCOMPARE(known.iterations, quint64{20000});
        QCOMPARE(unknown.iterations, known.iterations);
        QCOMPARE(unknown.auditLines, known.auditLines);
        QCOMPARE(unknown.said, known.said);
    }

    void insider_plantsAFormulaInACustomerName_csvNeutralisesIt()
    {
        ReportTable table{QStringLiteral("t"),
                          {QStringLiteral("name"), QStringLiteral("paid")},
                          {{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-12.5000")},
                           {QStringLiteral("+1+2"), QStringLiteral("@SUM(A1)")},
                           {QStringLiteral("-2+3"), QStringLiteral("\tcmd")}}};
        const QString csv = table.toCsv();
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",-12.5000")),
                 qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("'+1+2,'@SUM(A1)")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("'-2+3,'\tcmd")), qPrintable(csv));
    }
};

QTEST_GUILESS_MAIN(TestInsider)
#include "tst_insider.moc"
