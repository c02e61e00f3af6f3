// The station's side of network mode against a real PostgreSQL 15 with TLS (pgcluster.h): a
// keyed SQLite ledger joins the server, its history arrives, and every later entry goes out
// through the outbox once, whatever breaks in between (docs/network.md "Failure cases").

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../station/desk.h"
#include "../station/staff.h"
#include "ampcard/central/pg.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/sync.h"
#include "pgcluster.h"
#include "tool.h"

using ampcard::central::PgConnection;
using ampcard::station::Ledger;
using ampcard::station::LedgerEntry;
using ampcard::station::Sync;

namespace {

using testing::runTool;
using testing::Tool;

// Money into the journal as the station's services append it; fees need no sales row, and the
// push treats every kind alike (the sale protocol's own suites cover sales).
bool sell(Ledger &ledger, int count, qint64 amount = 1000000)
{
    for (int i = 0; i < count; ++i) {
        LedgerEntry entry;
        entry.kind = QStringLiteral("fee");
        entry.reference = QStringLiteral("F-%1").arg(i);
        entry.meter = QStringLiteral("000000000001");
        entry.operatorName = QStringLiteral("cash");
        entry.amount = amount;
        entry.energy = 40000;
        entry.detail = QStringLiteral("{}");
        if (!ledger.append(entry))
            return false;
    }
    return true;
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT

private:
    testing::PgCluster m_pg;
    QTemporaryDir m_dir;
    int m_nextStation = 1;
    QString m_database = QStringLiteral("ampcard");

    QString adminUrl() const
    {
        return m_pg.adminUrl().replace(QStringLiteral("dbname=ampcard"),
                                       QStringLiteral("dbname=") + m_database);
    }

    // The scenarios with reference data start on a server of their own (a database of the
    // same cluster), so no other scenario's customers or meters are there before them.
    bool useFreshServer(const QString &name)
    {
        PgConnection db;
        QString error;
        if (!db.open(m_pg.adminUrl(), &error) ||
            !db.exec(QStringLiteral("CREATE DATABASE %1").arg(name)).ok())
            return false;
        m_database = name;
        const Tool init =
            runTool(AMPCARD_EXECUTABLE, {QStringLiteral("server"), QStringLiteral("init"),
                                         QStringLiteral("--db"), adminUrl()});
        return init.code == 0;
    }

    // A new station on the server: its URL as `ampcard server add-station` prints it.
    // `headOffice`: the station edits the tariff plans, fee rules and operators all share.
    QString addStation(int station, const QString &floatText = QStringLiteral("100000"),
                       bool headOffice = false)
    {
        return testing::addStation(AMPCARD_EXECUTABLE, adminUrl(), station, floatText, headOffice);
    }

    // What the server holds of `station`: entries, their sum, the journal head's hash.
    struct Central {
        qint64 entries = -1;
        qint64 sum = 0;
        qint64 audit = -1;
        QString head;
    };
    Central central(int station)
    {
        PgConnection db;
        QString error;
        Central c;
        if (!db.open(adminUrl(), &error))
            return c;
        const auto j = db.exec(
            QStringLiteral("SELECT count(*), coalesce(sum(amount), 0), (SELECT encode(hash, "
                           "'hex') FROM ampcard.journal WHERE station = $1::integer ORDER BY seq "
                           "DESC LIMIT 1) FROM ampcard.journal WHERE station = $1::integer"),
            {QString::number(station)});
        const auto a = db.exec(
            QStringLiteral("SELECT count(*) FROM ampcard.audit WHERE station = $1::integer"),
            {QString::number(station)});
        if (!j.ok() || !a.ok())
            return c;
        c.entries = j.number(0, 0);
        c.sum = j.number(0, 1);
        c.head = j.text(0, 2).toUpper();
        c.audit = a.number(0, 0);
        return c;
    }

    static qint64 localCount(Ledger &ledger, const char *table)
    {
        QSqlQuery query(ledger.database());
        return query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) &&
                       query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }
    static qint64 localSum(Ledger &ledger)
    {
        QSqlQuery query(ledger.database());
        return query.exec(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger")) &&
                       query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }
    static QString localHead(Ledger &ledger)
    {
        QSqlQuery query(ledger.database());
        return query.exec(
                   QStringLiteral("SELECT hex(hash) FROM ledger ORDER BY seq DESC LIMIT 1")) &&
                       query.next()
                   ? query.value(0).toString()
                   : QString();
    }

    // The central copy of `ledger` is whole: as many entries and audit lines, the same sum and
    // the same head, and nothing waits.
    void checkMirrored(Ledger &ledger, int station)
    {
        const Central c = central(station);
        QCOMPARE(c.entries, localCount(ledger, "ledger"));
        QCOMPARE(c.audit, localCount(ledger, "audit_log"));
        QCOMPARE(c.sum, localSum(ledger));
        QCOMPARE(c.head, localHead(ledger));
        QCOMPARE(Sync(ledger).state().waiting, 0);
        const auto verified = ledger.verify();
        QVERIFY2(verified.whole(), qPrintable(verified.reason));
    }

private slots:
    void init() { m_database = QStringLiteral("ampcard"); }

    void initTestCase()
    {
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        const Tool init =
            runTool(AMPCARD_EXECUTABLE, {QStringLiteral("server"), QStringLiteral("init"),
                                         QStringLiteral("--db"), adminUrl()});
        QVERIFY2(init.code == 0, qPrintable(init.err));
    }

    void standAloneStation_joins_historyArrivesOnce()
    {
        const int station = m_nextStation++;
        const QString url = addStation(station);
        QVERIFY(!url.isEmpty());
        auto ledger = testing::freshLedger(m_dir);
        QVERIFY(ledger);
        testing::Staff staff;
        QVERIFY(staff.hire(*ledger));
        QVERIFY(sell(*ledger, 2500));
        QCOMPARE(Sync(*ledger).state().waiting, 0); // stand-alone: nothing is queued

        Sync sync(*ledger);
        QString error;
        QVERIFY2(sync.join(url, {}, station, QStringLiteral("admin"), &error), qPrintable(error));
        QVERIFY(sync.joined());
        // The password is not in the ledger: only in the station's own password file.
        QVERIFY(!ledger->setting(Sync::kServerKey).contains(QStringLiteral("password=")));
        QFile passfile(ledger->path() + QStringLiteral(".pgpass"));
        QCOMPARE(passfile.permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
        QVERIFY(sync.state().waiting >= 2500);

        Sync::Round round;
        QVERIFY2(sync.push(&round, &error, 1000), qPrintable(error));
        QCOMPARE(round.journal, 2500);
        QVERIFY(round.batches >= 3);
        checkMirrored(*ledger, station);

        // Sales after the join go through the outbox; a second push sends only them.
        QVERIFY(sell(*ledger, 3, 2500000));
        QCOMPARE(sync.state().waiting, 3);
        QVERIFY(sync.push(&round, &error));
        QCOMPARE(round.journal, 3);
        checkMirrored(*ledger, station);
        // The history from before the join does not draw on the float; the 3 sales after it do.
        QCOMPARE(sync.state().floatLeft, 100000LL * 10000 - 3 * 2500000LL);
        QVERIFY(sync.state().lastSuccess.isValid());
    }

    void joiningStation_withAnotherLedgersLogin_isRefused()
    {
        const int station = m_nextStation++;
        const QString url = addStation(station);
        auto first = testing::freshLedger(m_dir);
        auto second = testing::freshLedger(m_dir);
        QVERIFY(first && second);
        QVERIFY(sell(*first, 2));
        QVERIFY(sell(*second, 2));
        QString error;
        Sync one(*first);
        QVERIFY(one.join(url, {}, station, QStringLiteral("admin"), &error));
        Sync::Round round;
        QVERIFY(one.push(&round, &error));
        // A second ledger with the same login: refused at join, and a push of its own refused.
        Sync two(*second);
        QVERIFY(!two.join(url, {}, station, QStringLiteral("admin"), &error));
        QVERIFY2(error.contains(QStringLiteral("belongs to another ledger")), qPrintable(error));
        QVERIFY(!Sync(*second).joined());
        // A wrong station number for the login.
        auto third = testing::freshLedger(m_dir);
        QVERIFY(!Sync(*third).join(url, {}, station + 40, QStringLiteral("admin"), &error));
        QVERIFY2(error.contains(QStringLiteral("not %1").arg(station + 40)), qPrintable(error));
        checkMirrored(*first, station);
    }

    void linkCut_serverDown_entriesWaitAndArriveOnce()
    {
        const int station = m_nextStation++;
        const QString url = addStation(station);
        auto ledger = testing::freshLedger(m_dir);
        QVERIFY(sell(*ledger, 10));
        Sync sync(*ledger);
        QString error;
        QVERIFY(sync.join(url, {}, station, QStringLiteral("admin"), &error));
        Sync::Round round;
        QVERIFY(sync.push(&round, &error));

        m_pg.stop();
        QVERIFY(sell(*ledger, 5)); // selling goes on with the server away
        QVERIFY(!sync.push(&round, &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot connect")), qPrintable(error));
        const Sync::State down = sync.state();
        QCOMPARE(down.waiting, 5);
        QCOMPARE(down.lastError, error);
        QVERIFY(down.oldestWaiting.isValid());

        QString why;
        QVERIFY2(m_pg.restart(&why), qPrintable(why));
        QVERIFY2(sync.push(&round, &error), qPrintable(error));
        QCOMPARE(round.journal, 5);
        QVERIFY(sync.state().lastError.isEmpty());
        checkMirrored(*ledger, station);
    }

    void workerKilledAfterTheServerCommitted_pushRepeated_nothingDoubled()
    {
        const int station = m_nextStation++;
        const QString url = addStation(station);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            Ledger ledger;
            QVERIFY(ledger.open(path, true));
            QVERIFY(testing::keyLedger(ledger));
            QVERIFY(sell(ledger, 1200));
            QString error;
            QVERIFY(Sync(ledger).join(url, {}, station, QStringLiteral("admin"), &error));
        }
        // The test build of the tool ends itself once the server committed the first batch,
        // before the outbox is cleared, as a power cut would.
        const Tool killed = runTool(AMPCARD_FAULTS_EXECUTABLE,
                                    {QStringLiteral("sync"), QStringLiteral("--ledger"), path},
                                    {QStringLiteral("AMPCARD_FAULT_STEP=sync-committed")});
        QCOMPARE(killed.code, 70);
        QVERIFY(central(station).entries > 0);
        const Tool again =
            runTool(AMPCARD_EXECUTABLE, {QStringLiteral("sync"), QStringLiteral("--ledger"), path});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        Ledger ledger;
        QVERIFY(ledger.open(path, false));
        QVERIFY(testing::keyLedger(ledger));
        checkMirrored(ledger, station);

        const Tool status = runTool(AMPCARD_EXECUTABLE,
                                    {QStringLiteral("sync"), QStringLiteral("status"),
                                     QStringLiteral("--ledger"), path, QStringLiteral("--json")});
        QCOMPARE(status.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("waiting")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("station")).toInt(), station);
        QVERIFY(!json.value(QStringLiteral("lastSuccess")).toString().isEmpty());
    }

    // Scenario 3: the link drops; the counter sells on, within the float the server granted,
    // and is refused beyond it; back online, everything is pushed once.
    void offlineStation_sellsWithinItsFloat_refusedBeyond_pushedOnceBackOnline()
    {
        using ampcard::station::Shifts;
        const int station = m_nextStation++;
        const QString url = addStation(station, QStringLiteral("1000"));
        testing::Counter c;
        QVERIFY(c.setUp());
        QVERIFY2(c.openAccount(), qPrintable(c.desk->errorString()));
        QCOMPARE(c.visitMeter(), ampcard::Status());
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        Sync sync(*c.ledger);
        QString error;
        QVERIFY(sync.join(url, {}, station, QStringLiteral("admin"), &error));
        Sync::Round round;
        QVERIFY(sync.push(&round, &error));
        QCOMPARE(sync.floatLeftNow(), std::optional<qint64>(1000LL * 10000));

        m_pg.stop();
        const auto first = c.desk->sell(*c.staff.cashier, {}, testing::byMoney(500));
        QVERIFY2(first, qPrintable(c.desk->errorString()));
        QVERIFY(c.cardToken());
        QCOMPARE(c.visitMeter(c.cardToken()->amount.raw()), ampcard::Status());
        const auto second = c.desk->sell(*c.staff.cashier, {}, testing::byMoney(400));
        QVERIFY2(second, qPrintable(c.desk->errorString()));
        QCOMPARE(c.visitMeter(c.cardToken()->amount.raw()), ampcard::Status());
        QCOMPARE(sync.floatLeftNow(), std::optional<qint64>(100LL * 10000));
        QVERIFY(!c.desk->sell(*c.staff.cashier, {}, testing::byMoney(200)));
        QVERIFY2(c.desk->errorString().contains(QStringLiteral("float left (100.0000)")),
                 qPrintable(c.desk->errorString()));
        QVERIFY(!sync.push(&round, &error)); // still offline

        QString why;
        QVERIFY2(m_pg.restart(&why), qPrintable(why));
        QVERIFY2(sync.push(&round, &error), qPrintable(error));
        QVERIFY(sync.push(&round, &error)); // again: nothing more to send
        QCOMPARE(round.journal, 0);
        checkMirrored(*c.ledger, station);
        QCOMPARE(central(station).sum, 900LL * 10000);
        QCOMPARE(sync.floatLeftNow(), std::optional<qint64>(100LL * 10000));
    }

    // The credit the station's sales put on tokens.
    static qint64 sold(Ledger &ledger)
    {
        QSqlQuery query(ledger.database());
        return query.exec(QStringLiteral("SELECT coalesce(sum(token_amount), 0) FROM sales WHERE "
                                         "kind = 'purchase'")) &&
                       query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

    // The card and the meter as the customer carries them from one counter to another.
    static void carryCard(testing::Counter &from, testing::Counter &to)
    {
        to.memory = from.memory;
        to.reader.application().reset();
        to.meter = from.meter;
    }

    // Both stations' totals on the server are their ledgers' totals, and their chains verify.
    void checkNetwork(testing::Counter &a, int stationA, testing::Counter &b, int stationB)
    {
        checkMirrored(*a.ledger, stationA);
        checkMirrored(*b.ledger, stationB);
        PgConnection db;
        QString error;
        QVERIFY2(db.open(adminUrl(), &error), qPrintable(error));
        const auto total = db.exec(QStringLiteral("SELECT coalesce(sum(amount), 0), count(*), "
                                                  "count(DISTINCT id) FROM ampcard.journal "
                                                  "WHERE station IN ($1::integer, $2::integer)"),
                                   {QString::number(stationA), QString::number(stationB)});
        QVERIFY2(total.ok(), qPrintable(total.error()));
        QCOMPARE(total.number(0, 0), localSum(*a.ledger) + localSum(*b.ledger));
        QCOMPARE(total.number(0, 1), total.number(0, 2)); // nothing counted twice
    }

    // Scenario 1: a customer, meter and plan made at one station are sold to at the other, and
    // the card goes from one counter to the other and back.
    void twoStations_accountMadeAtOne_soldAtTheOther_cardGoesThereAndBack()
    {
        using ampcard::station::Shifts;
        QVERIFY(useFreshServer(QStringLiteral("scenario1")));
        const int stationA = m_nextStation++;
        const int stationB = m_nextStation++;
        testing::Counter a;
        testing::Counter b;
        QVERIFY(a.setUp());
        QVERIFY(b.setUp({}, {}, false)); // operators only: the rest comes from the server
        Sync syncA(*a.ledger);
        Sync syncB(*b.ledger);
        QString error;
        QVERIFY2(syncA.join(addStation(stationA, QStringLiteral("100000"), true), {}, stationA,
                            QStringLiteral("admin"), &error),
                 qPrintable(error));
        QVERIFY2(syncB.join(addStation(stationB), {}, stationB, QStringLiteral("admin"), &error),
                 qPrintable(error));
        QVERIFY2(a.openAccount(), qPrintable(a.desk->errorString()));
        QCOMPARE(a.visitMeter(), ampcard::Status());
        QVERIFY(Shifts(*a.ledger).open(*a.staff.cashier));
        QVERIFY(Shifts(*b.ledger).open(*b.staff.cashier));

        Sync::Round round;
        QVERIFY2(syncA.push(&round, &error), qPrintable(error));
        QVERIFY(round.referencePushed >= 5); // 2 customers, the meter, the card, the plan, …
        QVERIFY2(syncB.push(&round, &error), qPrintable(error));
        QVERIFY2(round.referencePulled >= 4, qPrintable(QString::number(round.referencePulled)));
        QCOMPARE(round.referenceWaiting, 0); // B's key is open: the plan came too
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM meters m JOIN customers c ON "
                                         "c.id = m.customer_id WHERE m.number = '%1' AND "
                                         "c.number = 'C-1' AND m.tariff_plan = 'R1'")
                              .arg(QLatin1String(testing::kMeterNumber))),
                 1);
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM tariff_plans WHERE name = 'R1'")),
                 1);
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM cards WHERE serial = 4097")), 1);
        // What B applied is not sent back as B's own.
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM reference_outbox")), 0);

        carryCard(a, b);
        const auto atB = b.desk->sell(*b.staff.cashier, {}, testing::byMoney(100));
        QVERIFY2(atB, qPrintable(b.desk->errorString()));
        QVERIFY(b.cardToken());
        const std::uint32_t sequenceAtB = b.cardToken()->sequence;
        QCOMPARE(b.visitMeter(b.cardToken()->amount.raw()), ampcard::Status());
        QCOMPARE(b.meter.lastSequence, sequenceAtB);

        carryCard(b, a);
        const auto backAtA = a.desk->sell(*a.staff.cashier, {}, testing::byMoney(200));
        QVERIFY2(backAtA, qPrintable(a.desk->errorString()));
        QVERIFY(a.cardToken()->sequence > sequenceAtB); // learnt from the meter's proof
        QCOMPARE(a.visitMeter(a.cardToken()->amount.raw()), ampcard::Status());
        QCOMPARE(a.meter.loads, 2u); // both sales, each once
        QCOMPARE(a.meter.creditLoaded, std::int64_t(a.cardToken()->amount.raw()) + sold(*b.ledger));

        QVERIFY2(syncA.push(&round, &error), qPrintable(error));
        QVERIFY2(syncB.push(&round, &error), qPrintable(error));
        checkNetwork(a, stationA, b, stationB);
        for (const Sync::Clash &clash : syncB.clashes())
            QCOMPARE(clash.kind, QStringLiteral("operator")); // both hired an "admin", no more
    }

    // Scenario 8: the same meter opened at two stations while both were offline. The second to
    // push is refused its meter (and the meter's card) as a clash, kept for a supervisor at
    // both ends; the opening fees both took are on the server, nothing lost.
    void twoOfflineStations_openTheSameMeter_secondIsAClash_noMoneyLost()
    {
        using ampcard::station::Shifts;
        QVERIFY(useFreshServer(QStringLiteral("scenario8")));
        const int stationA = m_nextStation++;
        const int stationB = m_nextStation++;
        testing::Counter a;
        testing::Counter b;
        a.meterDigits = b.meterDigits = "310100000008";
        const auto fee = ampcard::tariff::Money::fromWhole(10);
        QVERIFY(a.setUp(fee));
        QVERIFY(b.setUp(fee, {}, false));
        Sync syncA(*a.ledger);
        Sync syncB(*b.ledger);
        QString error;
        QVERIFY(syncA.join(addStation(stationA, QStringLiteral("100000"), true), {}, stationA,
                           QStringLiteral("admin"), &error));
        QVERIFY(syncB.join(addStation(stationB), {}, stationB, QStringLiteral("admin"), &error));
        Sync::Round round;
        QVERIFY2(syncA.push(&round, &error), qPrintable(error));
        QVERIFY2(syncB.push(&round, &error), qPrintable(error)); // B has C-1, C-2 and R1 now
        QVERIFY(Shifts(*a.ledger).open(*a.staff.installer));
        QVERIFY(Shifts(*b.ledger).open(*b.staff.installer));

        m_pg.stop();
        QVERIFY2(a.openAccount(0x3003, QStringLiteral("C-1")), qPrintable(a.desk->errorString()));
        QVERIFY2(b.openAccount(0x4004, QStringLiteral("C-2")), qPrintable(b.desk->errorString()));
        QVERIFY(!syncA.push(&round, &error));
        QString why;
        QVERIFY2(m_pg.restart(&why), qPrintable(why));

        QVERIFY2(syncA.push(&round, &error), qPrintable(error));
        QCOMPARE(round.newClashes, 0);
        QVERIFY2(syncB.push(&round, &error), qPrintable(error));
        QCOMPARE(round.newClashes, 2); // the meter, and the card opened on it
        const QString meter = QLatin1String(a.meterDigits);
        int refused = 0;
        int notApplied = 0;
        for (const Sync::Clash &clash : syncB.clashes()) {
            if (clash.kind == QLatin1String("meter") && clash.naturalKey == meter) {
                QCOMPARE(clash.otherStation, stationA);
                clash.refused ? ++refused : ++notApplied;
            }
        }
        QCOMPARE(refused, 1);    // B's meter, refused by the server
        QCOMPARE(notApplied, 1); // A's meter, which B could not take beside its own
        QVERIFY(syncB.state().clashes >= 3);
        // What a supervisor reads: the tool lists the clashes, the status counts them.
        const Tool listed = runTool(AMPCARD_EXECUTABLE,
                                    {QStringLiteral("sync"), QStringLiteral("clashes"),
                                     QStringLiteral("--json"), QStringLiteral("--ledger"), b.path});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        int listedMeters = 0;
        for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject clash = value.toObject();
            if (clash.value(QStringLiteral("kind")).toString() == QLatin1String("meter") &&
                clash.value(QStringLiteral("number")).toString() == meter &&
                clash.value(QStringLiteral("otherStation")).toInt() == stationA)
                ++listedMeters;
        }
        QCOMPARE(listedMeters, 2);
        const Tool status = runTool(AMPCARD_EXECUTABLE,
                                    {QStringLiteral("sync"), QStringLiteral("status"),
                                     QStringLiteral("--json"), QStringLiteral("--ledger"), b.path});
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8())
                     .object()
                     .value(QStringLiteral("clashes"))
                     .toInteger(),
                 syncB.state().clashes);

        // A never sees B's meter or card; its own stand.
        QVERIFY2(syncA.push(&round, &error), qPrintable(error));
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM meters")), 1);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM cards WHERE serial = 16388")), 0);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM reference_clashes")), 0);
        // Both opening fees reached the server.
        QCOMPARE(central(stationA).sum, fee.raw());
        QCOMPARE(central(stationB).sum, fee.raw());
        checkNetwork(a, stationA, b, stationB);
    }

    void stationInNetworkMode_restoresAnOlderCopyAndSellsAgain_forkIsRefused()
    {
        const int station = m_nextStation++;
        const QString url = addStation(station);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        {
            Ledger ledger;
            QVERIFY(ledger.open(path, true));
            QVERIFY(testing::keyLedger(ledger));
            QVERIFY(sell(ledger, 4));
            QString error;
            QVERIFY(Sync(ledger).join(url, {}, station, QStringLiteral("admin"), &error));
            Sync::Round round;
            QVERIFY(Sync(ledger).push(&round, &error));
            QVERIFY(ledger.database()
                        .exec(QStringLiteral("VACUUM INTO '%1'").arg(copy))
                        .lastError()
                        .text()
                        .isEmpty());
            QVERIFY(sell(ledger, 3));
            QVERIFY(Sync(ledger).push(&round, &error));
        }
        // The insider swaps the older copy in and sells again: entries 5.. differ from the ones
        // the server holds.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(copy, path));
        Ledger ledger;
        QVERIFY(ledger.open(path, false));
        QVERIFY(testing::keyLedger(ledger));
        QVERIFY(sell(ledger, 1, 1));
        Sync sync(ledger);
        Sync::Round round;
        QString error;
        QVERIFY(!sync.push(&round, &error));
        QVERIFY2(error.contains(QStringLiteral("forked chain")), qPrintable(error));
        QCOMPARE(central(station).entries, 7);
        // Kept, and the error is there for a supervisor.
        QVERIFY(sync.state().waiting >= 1);
        QCOMPARE(sync.state().lastError, error);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
