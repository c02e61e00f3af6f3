// Scenario 6 of network mode on real PostgreSQL 15 servers: a primary with a synchronous
// standby; the primary is killed in the middle of a station's push, the standby is promoted, and
// the station goes on with the two-host URL it joined with. Nothing pushed is lost or doubled.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "../station/staff.h"
#include "ampcard/central/pg.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/sync.h"
#include "pgcluster.h"

using ampcard::central::PgConnection;
using ampcard::station::Ledger;
using ampcard::station::LedgerEntry;
using ampcard::station::Sync;

class TestFailover : public QObject {
    Q_OBJECT

private:
    testing::PgCluster m_pg;

    // Journal entries of `station` on whichever server takes connections now; -1 when none does.
    qint64 centralEntries(int station)
    {
        PgConnection db;
        QString error;
        if (!db.open(m_pg.adminUrlBothHosts(), &error))
            return -1;
        const auto count = db.exec(
            QStringLiteral("SELECT count(*) FROM ampcard.journal WHERE station = $1::integer"),
            {QString::number(station)});
        return count.ok() ? count.number(0, 0) : -1;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        QVERIFY2(m_pg.startStandby(&why), qPrintable(why));
        QProcess init;
        init.start(QStringLiteral(AMPCARD_EXECUTABLE),
                   {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"),
                    m_pg.adminUrlBothHosts()});
        QVERIFY(init.waitForFinished(60000));
        QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
        QElapsedTimer waiting;
        waiting.start();
        while (m_pg.replication() != QLatin1String("s1|sync") && waiting.elapsed() < 20000)
            QThread::msleep(100);
        QCOMPARE(m_pg.replication(), QStringLiteral("s1|sync"));
    }

    void primaryKilledMidPush_standbyPromoted_nothingLostOrDoubled()
    {
        QProcess add;
        add.start(QStringLiteral(AMPCARD_EXECUTABLE),
                  {QStringLiteral("server"), QStringLiteral("add-station"), QStringLiteral("--db"),
                   m_pg.adminUrlBothHosts(), QStringLiteral("--station"), QStringLiteral("1"),
                   QStringLiteral("--json")});
        QVERIFY(add.waitForFinished(60000));
        const QString url = QJsonDocument::fromJson(add.readAllStandardOutput())
                                .object()
                                .value(QStringLiteral("url"))
                                .toString();
        QVERIFY2(url.contains(QStringLiteral("target_session_attrs")), qPrintable(url));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        constexpr int kEntries = 40'000;
        {
            Ledger ledger;
            QVERIFY(ledger.open(path, true));
            QVERIFY(testing::keyLedger(ledger));
            ledger.database().transaction();
            for (int i = 0; i < kEntries; ++i) {
                LedgerEntry entry;
                entry.kind = QStringLiteral("fee");
                entry.reference = QStringLiteral("F-%1").arg(i);
                entry.operatorName = QStringLiteral("cash");
                entry.amount = 10'000;
                entry.detail = QStringLiteral("{}");
                QVERIFY(ledger.append(entry));
            }
            ledger.database().commit();
            QString error;
            QVERIFY2(Sync(ledger).join(url, {}, 1, QStringLiteral("admin"), &error),
                     qPrintable(error));
        }

        // The push runs in its own process; the primary dies once part of it has arrived.
        QProcess push;
        push.start(QStringLiteral(AMPCARD_EXECUTABLE),
                   {QStringLiteral("sync"), QStringLiteral("--ledger"), path});
        QElapsedTimer waiting;
        waiting.start();
        qint64 before = 0;
        while (before <= 0 && waiting.elapsed() < 60000) {
            QThread::msleep(20);
            before = centralEntries(1);
        }
        QVERIFY2(before > 0 && before < kEntries, qPrintable(QString::number(before)));
        m_pg.stopPrimary();
        QVERIFY(push.waitForFinished(60000));
        QCOMPARE(push.exitCode(), 1); // the push stopped with the server gone
        QString why;
        QVERIFY2(m_pg.promote(&why), qPrintable(why));

        // Everything the station saw committed is on the promoted standby (synchronous).
        const qint64 kept = centralEntries(1);
        QVERIFY2(kept >= before, qPrintable(QStringLiteral("%1 < %2").arg(kept).arg(before)));

        QProcess again;
        again.start(QStringLiteral(AMPCARD_EXECUTABLE),
                    {QStringLiteral("sync"), QStringLiteral("--ledger"), path});
        QVERIFY(again.waitForFinished(120000));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());

        Ledger ledger;
        QVERIFY(ledger.open(path, false));
        QCOMPARE(Sync(ledger).state().waiting, 0);
        QCOMPARE(centralEntries(1), kEntries);
        PgConnection db;
        QString error;
        QVERIFY2(db.open(m_pg.adminUrlBothHosts(), &error), qPrintable(error));
        const auto sum = db.exec(QStringLiteral(
            "SELECT sum(amount), count(DISTINCT seq), max(seq) FROM ampcard.journal"));
        QCOMPARE(sum.number(0, 0), qint64(kEntries) * 10'000);
        QCOMPARE(sum.number(0, 1), kEntries);
        QCOMPARE(sum.number(0, 2), kEntries);
        QSqlQuery head(ledger.database());
        QVERIFY(head.exec(QStringLiteral("SELECT lower(hex(hash)) FROM ledger WHERE seq = %1")
                              .arg(kEntries)) &&
                head.next());
        const auto centralHead =
            db.exec(QStringLiteral("SELECT encode(journal_hash, 'hex') FROM ampcard.stations"));
        QCOMPARE(centralHead.text(0, 0), head.value(0).toString());
    }
};

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
