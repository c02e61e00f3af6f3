// Network mode with every real part (issue 17, scenario 4): two stations on a real PostgreSQL
// with TLS, the card through the real pcscd to ampcard-vcard, the meter in ampcard-meter-sim
// with its RS-485 port on a pty. Station 2 sells remotely while station 1 is offline; station 1
// then sells on the customer's card without knowing. Card and remote sales share the meter's one
// sequence space, so the meter refuses the card's token; the station learns that from the
// meter's proof, the customer gets the money back, and the meter's credit, the stations' ledgers
// and the server's totals agree: nothing created, nothing lost, nothing counted twice.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../central/pgcluster.h"
#include "../central/tool.h"
#include "ampcard/central/pg.h"
#include "ampcard/station/sync.h"
#include "loop.h"

using namespace ampcard;
using namespace ampcard::station;
using namespace testing;

namespace {

QDateTime comingYear(int month, int day, int hour)
{
    return QDateTime(QDate(QDate::currentDate().year() + 1, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestNetworkLoop : public QObject {
    Q_OBJECT

    PgCluster m_pg;

    // Station 1 is the head office: its tariff plan is the one every station sells by.
    QString addStation(int station)
    {
        return testing::addStation(AMPCARD_EXECUTABLE, m_pg.adminUrl(), station,
                                   QStringLiteral("100000"), station == 1);
    }

    // The credit of the sales the meter proved it loaded, at one station.
    static qint64 provenCredit(Station &s)
    {
        return s.scalar(QStringLiteral("SELECT coalesce(sum(token_amount), 0) FROM sales WHERE "
                                       "proof IN ('loaded', 'carried') AND kind IN ('purchase', "
                                       "'opening')"));
    }
    static qint64 journalSum(Station &s)
    {
        return s.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger"));
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(ensurePcscd(&why), qPrintable(why));
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        const Tool init =
            runTool(AMPCARD_EXECUTABLE, {QStringLiteral("server"), QStringLiteral("init"),
                                         QStringLiteral("--db"), m_pg.adminUrl()});
        QVERIFY2(init.code == 0, qPrintable(init.err));
    }

    void remoteSaleAtStation2WhileStation1Offline_thenCardSaleAtStation1_nothingLost()
    {
        Station one;
        Station two;
        QString problem = one.setUp(kLadder, comingYear(3, 5, 8), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = two.setUp(kLadder, comingYear(3, 5, 8), tariff::Money(), false);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Sync syncOne(one.ledger);
        Sync syncTwo(two.ledger);
        QString error;
        QVERIFY2(syncOne.join(addStation(1), {}, 1, QStringLiteral("admin"), &error),
                 qPrintable(error));
        QVERIFY2(syncTwo.join(addStation(2), {}, 2, QStringLiteral("admin"), &error),
                 qPrintable(error));

        Sync::Round round;
        QVERIFY2(syncOne.push(&round, &error), qPrintable(error)); // each hears its float
        QVERIFY2(syncTwo.push(&round, &error), qPrintable(error));

        SerialLine rs485;
        QVERIFY2(rs485.start(one.dir.path(), QStringLiteral("rs485")),
                 "socat is needed: bash scripts/deps.sh serial");
        MeterConsole meter;
        QVERIFY(one.startSimulator(meter, kQuietCredit, rs485.meterSide));

        // Station 1 opens the account (sequence 1) and sells on the card (2); both load.
        QVERIFY2(one.open(), qPrintable(one.desk->errorString()));
        QCOMPARE(one.toMeter(meter, one.card()), QStringLiteral("C-00"));
        QVERIFY(one.atCounter(one.card()));
        QVERIFY2(one.sell(100), qPrintable(one.desk->errorString()));
        QCOMPARE(one.toMeter(meter, one.card()), QStringLiteral("C-00"));
        QVERIFY2(syncOne.push(&round, &error), qPrintable(error));
        QVERIFY2(syncTwo.push(&round, &error), qPrintable(error)); // the account reaches 2
        QCOMPARE(two.scalar(QStringLiteral("SELECT count(*) FROM meters WHERE number = '%1'")
                                .arg(QLatin1String(kLoopMeter))),
                 1);

        // Station 1 is offline from here (it does not sync). Station 2 sells over the line: the
        // server allocates 3, after everything the meter and the stations know.
        Dlt645RemoteMeter line;
        QString why;
        QVERIFY2(line.open(rs485.stationSide, 2400, &why), qPrintable(why));
        SaleRequest tenKwh;
        tenKwh.by = SaleRequest::By::kEnergy;
        tenKwh.energy = tariff::Energy::fromWhole(10);
        const auto remote =
            two.desk->sellRemote(*two.staff.cashier, QLatin1String(kLoopMeter), tenKwh, line);
        QVERIFY2(remote, qPrintable(two.desk->errorString()));
        QCOMPARE((*remote)[QStringLiteral("sequence")].toInt(), 3);
        QCOMPARE(meter.status()[QStringLiteral("lastSeq")].toInt(), 3);

        // Station 1 sells on the card, which was last in the meter at 2: it issues 3 as well, and
        // the meter, which loaded 3 from the line, refuses it.
        QVERIFY(one.atCounter(one.card()));
        const auto card = one.sell(50);
        QVERIFY2(card, qPrintable(one.desk->errorString()));
        QCOMPARE((*card)[QStringLiteral("sequence")].toInt(), 3);
        const QString saleId = (*card)[QStringLiteral("sale")].toString();
        QVERIFY(one.toMeter(meter, one.card()) != QLatin1String("C-00"));
        QCOMPARE(meter.status()[QStringLiteral("lastSeq")].toInt(), 3);

        // Back at station 1: the meter's record on the card proves the sale was never loaded
        // (its credit is not in the meter's figures); it is owed to the customer and refunded.
        QVERIFY(one.atCounter(one.card()));
        const auto check = one.desk->inspect(*one.staff.cashier);
        QVERIFY2(check, qPrintable(one.desk->errorString()));
        QCOMPARE(one.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE id = '%1' AND "
                                           "proof = 'superseded'")
                                .arg(saleId)),
                 1);
        const auto refund = one.desk->cancel(*one.staff.supervisor, saleId);
        QVERIFY2(refund, qPrintable(one.desk->errorString()));
        // The next card sale goes after everything the meter loaded (the refund used one
        // sequence up), and loads.
        const auto again = one.sell(50);
        QVERIFY2(again, qPrintable(one.desk->errorString()));
        QVERIFY((*again)[QStringLiteral("sequence")].toInt() > 3);
        QCOMPARE(one.toMeter(meter, one.card()), QStringLiteral("C-00"));
        QVERIFY(one.atCounter(one.card()));
        QVERIFY2(one.desk->inspect(*one.staff.cashier), qPrintable(one.desk->errorString()));
        one.vcard.stop();

        // Back online: both push; what the meter loaded is exactly what the stations proved
        // loaded, and the server holds exactly the stations' ledgers.
        QVERIFY2(syncOne.push(&round, &error), qPrintable(error));
        QVERIFY2(syncTwo.push(&round, &error), qPrintable(error));
        QVERIFY2(two.desk->settleRemote(*two.staff.cashier, QLatin1String(kLoopMeter), line),
                 qPrintable(two.desk->errorString()));
        const QJsonObject status = meter.status();
        QCOMPARE(money(status[QStringLiteral("creditLoaded")].toString()),
                 provenCredit(one) + provenCredit(two));
        QCOMPARE(status[QStringLiteral("loads")].toInt(),
                 one.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE proof IN ('loaded', "
                                           "'carried') AND token_amount > 0")) +
                     two.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE proof IN "
                                               "('loaded', 'carried') AND token_amount > 0")));
        central::PgConnection db;
        QVERIFY2(db.open(m_pg.adminUrl(), &error), qPrintable(error));
        const auto total = db.exec(QStringLiteral(
            "SELECT coalesce(sum(amount), 0), count(*), count(DISTINCT id) FROM ampcard.journal"));
        QVERIFY2(total.ok(), qPrintable(total.error()));
        QCOMPARE(total.number(0, 0), journalSum(one) + journalSum(two));
        QCOMPARE(total.number(0, 1), total.number(0, 2));
        QCOMPARE(total.number(0, 1), one.scalar(QStringLiteral("SELECT count(*) FROM ledger")) +
                                         two.scalar(QStringLiteral("SELECT count(*) FROM ledger")));
        QVERIFY(one.ledger.verify().whole());
        QVERIFY(two.ledger.verify().whole());

        // The auditors' report over all stations lists the sequence both stations sold, with
        // station 1's sale refunded in full.
        const Tool reporter = runTool(
            AMPCARD_EXECUTABLE, {QStringLiteral("server"), QStringLiteral("add-reporter"),
                                 QStringLiteral("--db"), m_pg.adminUrl(), QStringLiteral("--login"),
                                 QStringLiteral("auditor"), QStringLiteral("--json")});
        QVERIFY2(reporter.code == 0, qPrintable(reporter.err));
        const Tool shared = runTool(AMPCARD_EXECUTABLE,
                                    {QStringLiteral("report"), QStringLiteral("sequences"),
                                     QStringLiteral("--all-stations"), QStringLiteral("--server"),
                                     QJsonDocument::fromJson(reporter.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("url"))
                                         .toString(),
                                     QStringLiteral("--csv")});
        QVERIFY2(shared.code == 0, qPrintable(shared.err));
        const QStringList lines = shared.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the header and sequence 3
        const QStringList row = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(row.value(0), QLatin1String(kLoopMeter));
        QCOMPARE(row.value(1), QStringLiteral("3"));
        QCOMPARE(row.value(2), QStringLiteral("1 2"));
        QCOMPARE(row.size(), 6);
        const qint64 paidByOne =
            one.scalar(QStringLiteral("SELECT paid FROM sales WHERE id = '%1'").arg(saleId));
        QCOMPARE(money(row.value(row.size() - 1)), paidByOne); // refunded in full

        // Offline, a remote sale cannot have its sequence: refused, saying so, nothing recorded
        // and nothing sent to the meter. Card sales go on.
        m_pg.stop();
        const qint64 rows = two.scalar(QStringLiteral("SELECT count(*) FROM sales"));
        QVERIFY(!two.desk->sellRemote(*two.staff.cashier, QLatin1String(kLoopMeter), tenKwh, line));
        QVERIFY2(two.desk->errorString().contains(QStringLiteral("from the server")),
                 qPrintable(two.desk->errorString()));
        QCOMPARE(two.scalar(QStringLiteral("SELECT count(*) FROM sales")), rows);
        QCOMPARE(meter.status()[QStringLiteral("loads")].toInt(),
                 status[QStringLiteral("loads")].toInt());
        QVERIFY(one.atCounter(one.card()));
        QVERIFY2(one.sell(20), qPrintable(one.desk->errorString()));
        one.vcard.stop();
        QString restarted;
        QVERIFY2(m_pg.restart(&restarted), qPrintable(restarted));
    }
};

QTEST_GUILESS_MAIN(TestNetworkLoop)
#include "tst_networkloop.moc"
