// Network mode when things break in the middle of a push (issue 17, scenarios 2 and 7), against a
// real PostgreSQL 15 with TLS (pgcluster.h). A counter with customers, a meter, a card, card sales,
// fees and audit lines joins a server; the link is cut (the server stopped) or the worker killed
// (`ampcard-faults sync`) at every step of a round; the push is repeated until it succeeds and
// then the server holds each entry, audit line and record exactly once (docs/network.md
// "Failure cases"). Then a stand-alone station with 100,000 sales joins and its history is
// verified link by link by the server's chain triggers.

#include <atomic>
#include <memory>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "../bench/bulksales.h"
#include "../station/desk.h"
#include "../station/staff.h"
#include "ampcard/central/pg.h"
#include "ampcard/station/customers.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/sync.h"
#include "pgcluster.h"
#include "tool.h"

using ampcard::central::PgConnection;
using ampcard::station::Ledger;
using ampcard::station::LedgerEntry;
using ampcard::station::Sync;
using Step = ampcard::station::Sync::Step;

Q_DECLARE_METATYPE(ampcard::station::Sync::Step)

namespace {

using testing::runTool;
using testing::Tool;

// Every step of a round where a cut matters, with the name `ampcard-faults` knows it by
// (app/cli/faulthook.cpp).
struct StepName {
    Step step;
    const char *name;
};
constexpr StepName kSteps[] = {
    {Step::kConnected, "sync-connected"},
    {Step::kReferenceInserted, "sync-reference-inserted"},
    {Step::kReferencePushed, "sync-reference-pushed"},
    {Step::kReferencePulled, "sync-reference-pulled"},
    {Step::kBatchBegun, "sync-begun"},
    {Step::kJournalInserted, "sync-journal-inserted"},
    {Step::kAuditInserted, "sync-audit-inserted"},
    {Step::kBeforeCommit, "sync-before-commit"},
    {Step::kServerCommitted, "sync-committed"},
    {Step::kOutboxCleared, "sync-outbox-cleared"},
    {Step::kCardSalesNoted, "sync-card-sales-noted"},
};

// Fees into the journal as the station's services append them (no sales row needed; the push
// treats every kind alike).
bool appendFees(Ledger &ledger, int count, const QString &prefix)
{
    for (int i = 0; i < count; ++i) {
        LedgerEntry entry;
        entry.kind = QStringLiteral("fee");
        entry.reference = QStringLiteral("%1-%2").arg(prefix).arg(i);
        entry.meter = QLatin1String(testing::kMeterNumber);
        entry.operatorName = QStringLiteral("cash");
        entry.amount = 1000000 + i * 10000;
        entry.energy = 40000;
        entry.detail = QStringLiteral("{}");
        if (!ledger.append(entry))
            return false;
    }
    return true;
}

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

private:
    testing::PgCluster m_pg;
    QString m_database = QStringLiteral("ampcard");
    int m_nextDatabase = 1;
    int m_nextStation = 1; // the stations' logins are the cluster's, whatever the database
    QTemporaryDir m_other; // the other stations' ledgers

    QString adminUrl() const
    {
        return m_pg.adminUrl().replace(QStringLiteral("dbname=ampcard"),
                                       QStringLiteral("dbname=") + m_database);
    }

    // Each scenario on a server of its own (a database of the same cluster): the customers and
    // meters of one counter are the same numbers as another's, and would clash.
    bool useFreshServer()
    {
        PgConnection db;
        QString error;
        const QString name = QStringLiteral("faults%1").arg(m_nextDatabase++);
        if (!db.open(m_pg.adminUrl(), &error) ||
            !db.exec(QStringLiteral("CREATE DATABASE %1").arg(name)).ok())
            return false;
        m_database = name;
        const Tool init =
            runTool(AMPCARD_EXECUTABLE, {QStringLiteral("server"), QStringLiteral("init"),
                                         QStringLiteral("--db"), adminUrl()});
        return init.code == 0;
    }

    // `headOffice`: the station's plans, fee rules and operators are shared too.
    QString addStation(int station, bool headOffice = false)
    {
        return testing::addStation(AMPCARD_EXECUTABLE, adminUrl(), station,
                                   QStringLiteral("100000"), headOffice);
    }

    // One number from the server (-1 when it cannot be read).
    qint64 serverNumber(const QString &sql, const QStringList &parameters = {})
    {
        PgConnection db;
        QString error;
        if (!db.open(adminUrl(), &error))
            return -1;
        const auto result = db.exec(sql, parameters);
        return result.ok() && result.rows() == 1 && !result.isNull(0, 0) ? result.number(0, 0) : -1;
    }
    QString serverText(const QString &sql, const QStringList &parameters = {})
    {
        PgConnection db;
        QString error;
        if (!db.open(adminUrl(), &error))
            return QStringLiteral("(%1)").arg(error);
        const auto result = db.exec(sql, parameters);
        return result.ok() && result.rows() == 1 ? result.text(0, 0)
                                                 : QStringLiteral("(%1)").arg(result.error());
    }

    static qint64 local(Ledger &ledger, const QString &sql)
    {
        QSqlQuery query(ledger.database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    static QString localText(Ledger &ledger, const QString &sql)
    {
        QSqlQuery query(ledger.database());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    // The central copy of `ledger` is whole and verified: as many journal entries and audit
    // lines, the same sum, the same heads; the server's own head of the station (moved only by
    // its chain triggers, which check every link) is the ledger's; no entry on the server links
    // to anything but its predecessor; nothing waits; the ledger verifies.
    void checkMirrored(Ledger &ledger, int station)
    {
        const QString s = QString::number(station);
        QCOMPARE(serverNumber(QStringLiteral("SELECT count(*) FROM ampcard.journal WHERE station "
                                             "= $1::integer"),
                              {s}),
                 local(ledger, QStringLiteral("SELECT count(*) FROM ledger")));
        QCOMPARE(serverNumber(QStringLiteral("SELECT count(DISTINCT seq) FROM ampcard.journal "
                                             "WHERE station = $1::integer"),
                              {s}),
                 local(ledger, QStringLiteral("SELECT count(*) FROM ledger")));
        QCOMPARE(serverNumber(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ampcard.journal "
                                             "WHERE station = $1::integer"),
                              {s}),
                 local(ledger, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger")));
        QCOMPARE(serverNumber(QStringLiteral("SELECT count(*) FROM ampcard.audit WHERE station = "
                                             "$1::integer"),
                              {s}),
                 local(ledger, QStringLiteral("SELECT count(*) FROM audit_log")));
        const QString head =
            localText(ledger, QStringLiteral("SELECT hex(hash) FROM ledger ORDER BY seq DESC "
                                             "LIMIT 1"));
        QVERIFY(!head.isEmpty());
        QCOMPARE(serverText(QStringLiteral("SELECT upper(encode(hash, 'hex')) FROM ampcard.journal "
                                           "WHERE station = $1::integer ORDER BY seq DESC LIMIT 1"),
                            {s}),
                 head);
        QCOMPARE(serverText(QStringLiteral("SELECT upper(encode(journal_hash, 'hex')) FROM "
                                           "ampcard.stations WHERE station = $1::integer"),
                            {s}),
                 head);
        QCOMPARE(serverNumber(QStringLiteral("SELECT journal_seq FROM ampcard.stations WHERE "
                                             "station = $1::integer"),
                              {s}),
                 local(ledger, QStringLiteral("SELECT max(seq) FROM ledger")));
        QCOMPARE(serverText(QStringLiteral("SELECT upper(encode(hash, 'hex')) FROM ampcard.audit "
                                           "WHERE station = $1::integer ORDER BY seq DESC LIMIT 1"),
                            {s}),
                 localText(ledger, QStringLiteral("SELECT hex(hash) FROM audit_log ORDER BY seq "
                                                  "DESC LIMIT 1")));
        QCOMPARE(serverNumber(QStringLiteral("SELECT count(*) FROM ampcard.journal j JOIN "
                                             "ampcard.journal p ON p.station = j.station AND "
                                             "p.seq = j.seq - 1 WHERE j.station = $1::integer AND "
                                             "j.previous_hash <> p.hash"),
                              {s}),
                 0);
        const Sync::State state = Sync(ledger).state();
        QCOMPARE(state.waiting, 0);
        QCOMPARE(state.referenceWaiting, 0);
        QVERIFY2(state.lastError.isEmpty(), qPrintable(state.lastError));
        const auto verified = ledger.verify();
        QVERIFY2(verified.whole(), qPrintable(verified.reason));
    }

    // The station's records are on the server each exactly once: as many rows as were queued
    // at the join, one per origin and one per record.
    void checkReferenceOnce(int station, qint64 queued)
    {
        const QString s = QString::number(station);
        QCOMPARE(serverNumber(QStringLiteral("SELECT count(*) FROM ampcard.reference WHERE "
                                             "station = $1::integer"),
                              {s}),
                 queued);
        QCOMPARE(serverNumber(QStringLiteral("SELECT count(DISTINCT origin) FROM "
                                             "ampcard.reference WHERE station = $1::integer"),
                              {s}),
                 queued);
        QCOMPARE(serverNumber(QStringLiteral("SELECT count(DISTINCT (kind, key)) FROM "
                                             "ampcard.reference WHERE station = $1::integer"),
                              {s}),
                 queued);
    }

    // The server knows the meter's newest card sale as the ledger does.
    void checkCardSalesNoted(Ledger &ledger)
    {
        const qint64 newest = local(ledger, QStringLiteral("SELECT max(sequence) FROM sales WHERE "
                                                           "card_serial <> 0 AND kind = "
                                                           "'purchase'"));
        QVERIFY(newest > 0);
        QCOMPARE(serverNumber(QStringLiteral("SELECT sequence FROM ampcard.card_sequences WHERE "
                                             "meter = $1"),
                              {QLatin1String(testing::kMeterNumber)}),
                 newest);
    }

    // Another station of the server has pushed a customer of its own, C-9: the counter pulls it
    // (applied in one transaction with an audit line that goes out in the same round).
    bool otherStationPushed()
    {
        const int station = m_nextStation++;
        const QString url = addStation(station);
        auto ledger = testing::freshLedger(m_other);
        testing::Staff staff;
        QString error;
        Sync::Round round;
        return !url.isEmpty() && ledger && staff.hire(*ledger) &&
               ampcard::station::Customers(*ledger).importCsv(
                   *staff.installer, "number,name\nC-9,Chipo Tembo\n") == 1 &&
               Sync(*ledger).join(url, {}, station, QStringLiteral("admin"), &error) &&
               Sync(*ledger).push(&round, &error) && round.referencePushed >= 1;
    }

    // The counter took the other station's customer, once.
    static void checkPulled(Ledger &ledger)
    {
        QCOMPARE(local(ledger, QStringLiteral("SELECT count(*) FROM customers WHERE number = "
                                              "'C-9'")),
                 1);
        QVERIFY(local(ledger, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'network.pull-records'")) >= 1);
    }

    // A counter of a stand-alone station with everything a push carries: customers, a tariff
    // plan, operators, fee rules (reference records), an account opened with its meter and card,
    // two card sales loaded by the meter, fees and audit lines; then it joins. Returns the
    // reference records queued for the server (-1 on failure).
    qint64 prepareCounter(testing::Counter &c, int station)
    {
        using ampcard::station::Shifts;
        if (!otherStationPushed())
            return -1;
        const QString url = addStation(station, true); // every record it queues is shared
        if (url.isEmpty() || !c.setUp() || !c.openAccount() ||
            !(c.visitMeter() == ampcard::Status()) || !Shifts(*c.ledger).open(*c.staff.cashier))
            return -1;
        for (const int money : {100, 250}) {
            if (!c.desk->sell(*c.staff.cashier, {}, testing::byMoney(money)) || !c.cardToken() ||
                !(c.visitMeter(c.cardToken()->amount.raw()) == ampcard::Status()))
                return -1;
        }
        if (!appendFees(*c.ledger, 140, QStringLiteral("F")))
            return -1;
        QString error;
        if (!Sync(*c.ledger).join(url, {}, station, QStringLiteral("admin"), &error)) {
            qWarning("join: %s", qPrintable(error));
            return -1;
        }
        return local(*c.ledger, QStringLiteral("SELECT count(*) FROM reference_outbox"));
    }

    static void stepRows()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<QString>("name");
        for (const StepName &row : kSteps)
            QTest::newRow(row.name) << row.step << QString::fromLatin1(row.name);
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
    }

    void init() { QVERIFY(useFreshServer()); }

    void linkCutAtEveryStep_pushRepeated_nothingLostOrDoubled_data() { stepRows(); }
    void linkCutAtEveryStep_pushRepeated_nothingLostOrDoubled()
    {
        QFETCH(Step, step);
        const int station = m_nextStation++;
        testing::Counter c;
        const qint64 queued = prepareCounter(c, station);
        QVERIFY(queued >= 8); // 2 customers, a meter, a card, a plan, fees, 4 operators
        const qint64 waiting = Sync(*c.ledger).state().waiting;
        QVERIFY(waiting > 150); // more than one batch of 50

        // The link goes the first time the round reaches the step (the server stops at once, as
        // a cut cable or a power cut at the utility would leave it).
        Sync sync(*c.ledger);
        int reached = 0;
        sync.setStepHook([&](Step at) {
            if (at == step && reached++ == 0)
                m_pg.stop();
        });
        Sync::Round round;
        QString error;
        const bool pushed = sync.push(&round, &error, 50);
        QCOMPARE(reached, 1);
        // Noting the card sales is the last thing the round asks of the server: a cut after it
        // leaves the round done, with the ledger's own note of it still to write.
        if (step != Step::kCardSalesNoted) {
            QVERIFY(!pushed);
            QVERIFY(!sync.state().lastError.isEmpty());
        }

        // Selling goes on while the server is away.
        QVERIFY(appendFees(*c.ledger, 7, QStringLiteral("OFF")));
        QVERIFY(!sync.push(&round, &error, 50) || step == Step::kCardSalesNoted);

        QString why;
        QVERIFY2(m_pg.restart(&why), qPrintable(why));
        int attempts = 0;
        bool done = false;
        while (!done && attempts++ < 5)
            done = sync.push(&round, &error, 50);
        QVERIFY2(done, qPrintable(error));
        QCOMPARE(attempts, 1); // a server that is back takes the repeat at once
        QVERIFY(sync.push(&round, &error, 50));
        QCOMPARE(round.journal + round.audit, 0); // nothing left over for a later round

        checkMirrored(*c.ledger, station);
        checkReferenceOnce(station, queued);
        checkCardSalesNoted(*c.ledger);
        checkPulled(*c.ledger);
    }

    void workerKilledAtEveryStep_pushRepeated_nothingLostOrDoubled_data() { stepRows(); }
    void workerKilledAtEveryStep_pushRepeated_nothingLostOrDoubled()
    {
        QFETCH(QString, name);
        const int station = m_nextStation++;
        testing::Counter c;
        const qint64 queued = prepareCounter(c, station);
        QVERIFY(queued >= 8);
        // The counter's program is closed; the worker (`ampcard sync`, the daemon's round) has the
        // ledger to itself, and the test build of it ends the process at the step, as a power
        // cut would.
        c.desk.reset();
        c.ledger.reset();
        const Tool killed = runTool(AMPCARD_FAULTS_EXECUTABLE,
                                    {QStringLiteral("sync"), QStringLiteral("--ledger"), c.path},
                                    {QStringLiteral("AMPCARD_FAULT_STEP=") + name});
        QVERIFY2(killed.code == 70, qPrintable(killed.err)); // the step was reached

        int attempts = 0;
        Tool again;
        while (again.code != 0 && attempts++ < 5)
            again = runTool(AMPCARD_EXECUTABLE,
                            {QStringLiteral("sync"), QStringLiteral("--ledger"), c.path});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(attempts, 1);

        QVERIFY(c.restart());
        QVERIFY(testing::keyLedger(*c.ledger));
        checkMirrored(*c.ledger, station);
        checkReferenceOnce(station, queued);
        checkCardSalesNoted(*c.ledger);
        checkPulled(*c.ledger);
    }

    // The sync worker writes to the ledger every round (the outbox, its notes) from a connection
    // of its own, as the station application's does; a sale at the counter meanwhile waits for
    // the write lock and goes through, never refused as "database is locked".
    void workerPushingWhileTheCounterSells_everySaleGoesThrough()
    {
        const int station = m_nextStation++;
        testing::Counter c;
        QVERIFY(prepareCounter(c, station) >= 8);
        Sync sync(*c.ledger);
        Sync::Round round;
        QString error;
        QVERIFY2(sync.push(&round, &error), qPrintable(error)); // the float to sell within
        std::atomic<bool> stop{false};
        std::atomic<int> rounds{0};
        std::unique_ptr<QThread> worker(QThread::create([&] {
            while (!stop) {
                Ledger ledger;
                if (!ledger.open(c.path, false)) {
                    qWarning("worker: %s", qPrintable(ledger.errorString()));
                    continue;
                }
                Sync::Round done;
                QString failed;
                if (!Sync(ledger).push(&done, &failed))
                    qWarning("worker: %s", qPrintable(failed));
                ++rounds;
            }
        }));
        worker->start();
        for (int i = 0; i < 150; ++i) {
            const auto sold = c.desk->sell(*c.staff.cashier, {}, testing::byMoney(10));
            if (!sold) {
                stop = true;
                worker->wait();
                QFAIL(qPrintable(QStringLiteral("sale %1: %2").arg(i).arg(c.desk->errorString())));
            }
            QVERIFY(c.cardToken());
            QCOMPARE(c.visitMeter(c.cardToken()->amount.raw()), ampcard::Status());
            QThread::msleep(20); // the next customer (back to back, the worker would starve)
        }
        stop = true;
        worker->wait();
        QVERIFY2(rounds >= 3, qPrintable(QString::number(rounds))); // the rounds overlapped sales
        QVERIFY2(sync.push(&round, &error), qPrintable(error));
        checkMirrored(*c.ledger, station);
    }

    // Scenario 7: a stand-alone station with 100,000 sales joins; its whole history arrives in
    // one round and the server's chain triggers accept every link (the station's head on the
    // server is the ledger's, and no entry there links to anything but its predecessor).
    void standAloneStationWith100kSales_joins_historyVerifiedCentrally()
    {
        constexpr int kSales = 100'000;
        const int station = m_nextStation++;
        const QString url = addStation(station);
        QVERIFY(!url.isEmpty());
        testing::Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        Ledger &ledger = *c.ledger;
        QElapsedTimer timer;
        timer.start();
        // A year of completed card sales, each with its sealed journal entry, written in one
        // transaction as the benchmarks make their history (the counter writes each sale in a
        // transaction of its own; the rows and the chain are the same).
        bench::fillSales(ledger, kSales);
        qInfo("%d sales written in %lld ms", kSales, timer.elapsed());

        Sync sync(ledger);
        QString error;
        QVERIFY2(sync.join(url, {}, station, QStringLiteral("admin"), &error), qPrintable(error));
        QVERIFY(sync.state().waiting >= kSales);
        timer.restart();
        Sync::Round round;
        QVERIFY2(sync.push(&round, &error), qPrintable(error));
        qInfo("history pushed in %lld ms (%d batches)", timer.elapsed(), round.batches);
        QCOMPARE(round.journal, local(ledger, QStringLiteral("SELECT count(*) FROM ledger")));
        QVERIFY(round.journal >= kSales);
        QVERIFY(round.batches >= kSales / 2000);
        checkMirrored(ledger, station);
        // The history from before the join does not draw on the float.
        QCOMPARE(serverNumber(QStringLiteral("SELECT float_used FROM ampcard.stations WHERE "
                                             "station = $1::integer"),
                              {QString::number(station)}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
