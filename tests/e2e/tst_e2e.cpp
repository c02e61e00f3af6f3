// The whole loop with real parts: the station's CardDesk sells through the real pcscd to
// ampcard-vcard, the same card image goes into ampcard-meter-sim (or the Cortex-M3 image in QEMU),
// the meter loads it, consumes under a load, alarms, trips, writes its return record, and the
// station reads it at the next sale. Remote sales and relay control go over DL/T645 on a pty.
// In every scenario the station's quote and the meter's deduction agree to 0.0001, and the meter
// loads exactly the credit the ledger sold.
#include <QTcpServer>
#include <QTest>

#include "ampcard/cardio/keystore.h"
#include "ampcard/meterlink/dlt645master.h"
#include "ampcard/station/reports.h"
#include "loop.h"

using namespace ampcard;
using namespace ampcard::station;
using namespace testing;

namespace {

// The same plan's next version: one price.
constexpr const char *kFlat =
    R"({"name":"L2","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
    R"("steps":[{"price":"0.6000"}]})";

// A fixed day in the coming year, so every run sees the same calendar (no month end mid-way).
QDateTime comingYear(int month, int day, int hour)
{
    return QDateTime(QDate(QDate::currentDate().year() + 1, month, day), QTime(hour, 0), Qt::UTC);
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

dlt645::Address meterAddress()
{
    return dlt645::addressFromDigits("310100000001").value();
}

} // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!ensurePcscd(&why))
            QFAIL(qPrintable(why));
    }

    // Open the account with preset credit to recover; consume into the ladder; sell (the debt is
    // recovered); the meter loads exactly the credit sold; consume across the step boundary: the
    // meter deducts what the station quoted for that energy. A purchase over the hoarding limit is
    // refused, and accepted once the meter has used enough. Then the card is lost: the
    // replacement binds a new card and the meter refuses the old one.
    void sellLoadConsumeAndReplace()
    {
        Station s;
        const QString problem =
            s.setUp(kLadder, comingYear(3, 5, 8), tariff::Money::fromWhole(300));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, R"({"presetCredit": "20", "hoardingLimit": "5000"})"));
        const QString image = s.card();

        QVERIFY2(s.open(tariff::Money::fromWhole(20)), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, image), QStringLiteral("C-00"));
        s.consume(meter, 2000, 54000); // 30 kWh at 2 kW
        QCOMPARE(meter.status()[QStringLiteral("ladderUsage")].toString().left(5),
                 QStringLiteral("30.00"));
        // Card in again: the meter writes its return record with the usage.
        QCOMPARE(s.toMeter(meter, image), QStringLiteral("C-02"));
        const qint64 beforeSale = meter.remaining();

        // At the counter: the station reads what the meter wrote, recovers the preset as debt.
        QVERIFY(s.atCounter(image));
        const auto receipt = s.sell(100);
        QVERIFY2(receipt, qPrintable(s.desk->errorString()));
        QCOMPARE(money((*receipt)[QStringLiteral("debtRecovered")].toString()),
                 tariff::Money::fromWhole(20).raw());
        const qint64 sold = money((*receipt)[QStringLiteral("credit")].toString());
        const auto check = s.desk->inspect(*s.staff.cashier);
        QVERIFY(check && check->returned);
        QCOMPARE(check->returned->periodUsage.raw(), tariff::Energy::fromWhole(30).raw());
        // What 40 kWh from here cost, as the station quotes it (steps 1 and 2).
        const auto quote = s.quoteEnergy(40);
        QVERIFY2(quote, qPrintable(s.desk->errorString()));
        QCOMPARE(quote->energy.pieceCount, std::size_t{2});

        // The meter loads exactly the credit sold, then deducts exactly the quote for 40 kWh.
        QCOMPARE(s.toMeter(meter, image), QStringLiteral("C-00"));
        const qint64 loaded = meter.remaining();
        QCOMPARE(loaded - beforeSale, sold);
        s.consume(meter, 4000, 36000);
        const qint64 afterForty = meter.remaining();
        qInfo("quote for 40 kWh %s, meter deducted %s",
              qPrintable(tariff::formatMoney(quote->energy.money)),
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(loaded - afterForty))));
        QCOMPARE(loaded - afterForty, quote->energy.money.raw());

        // Hoarding: 270 more (232.76 of credit) would take the meter above 300 and is refused,
        // nothing recorded; after the 40 kWh (the card brings the meter's word back) it fits and is
        // sold.
        QVERIFY(s.atCounter(image));
        SaleRequest big;
        big.money = tariff::Money::fromWhole(270);
        const qint64 salesBefore = s.scalar(QStringLiteral("SELECT count(*) FROM sales"));
        QVERIFY(!s.desk->sell(*s.staff.cashier, QLatin1String(kLoopMeter), big));
        QVERIFY2(s.desk->errorString().contains(QStringLiteral("limit")),
                 qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales")), salesBefore);
        QCOMPARE(s.toMeter(meter, image), QStringLiteral("C-02"));
        QVERIFY(s.atCounter(image));
        const auto second = s.desk->sell(*s.staff.cashier, QLatin1String(kLoopMeter), big);
        QVERIFY2(second, qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales")), salesBefore + 1);
        QCOMPARE(s.toMeter(meter, image), QStringLiteral("C-00"));
        const qint64 afterSecond = meter.remaining();
        QCOMPARE(afterSecond - afterForty, money((*second)[QStringLiteral("credit")].toString()));

        // The card is lost: a replacement on a new card; the meter takes it and refuses the old.
        const QString spare = s.dir.filePath(QStringLiteral("spare.img"));
        QVERIFY(createCard(spare, "user", "1002", "t1"));
        QVERIFY(s.atCounter(spare));
        QVERIFY2(s.desk->replaceCard(*s.staff.installer, QLatin1String(kLoopMeter),
                                     QStringLiteral("lost")),
                 qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, spare), QStringLiteral("C-00"));
        QCOMPARE(s.toMeter(meter, image), QStringLiteral("C-13"));
        QCOMPARE(meter.remaining(), afterSecond); // nothing moved

        // The reports show it: the history, and energy bought against used.
        QVERIFY(s.atCounter(spare));
        QVERIFY2(s.desk->inspect(*s.staff.cashier), qPrintable(s.desk->errorString()));
        const auto usage = Reports(s.ledger).usage(*s.staff.supervisor, QStringLiteral("C-1"));
        QVERIFY(usage && usage->rows.size() == 1);
        qInfo("usage this month: bought %s kWh, used %s kWh", qPrintable(usage->rows[0][1]),
              qPrintable(usage->rows[0][2]));
        QVERIFY(!s.ledger.verify().brokenAt);
    }

    // The ladder restarts at the settlement date (monthly, day 1 at 00:00). The card last left the
    // meter on 31 December with 45 kWh used; on 2 January the station quotes from step 1 although
    // the card still says 45 kWh, and the meter, which settled at midnight, deducts exactly that.
    void ladderAcrossASettlementDate()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(12, 31, 8), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, kQuietCredit));
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.sell(100), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        s.consume(meter, 5000, 9 * 3600); // 45 kWh by 17:00 on 31 December
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-02"));

        // On 31 December 40 kWh cost 5 at 0.50 and 35 at 0.80.
        QVERIFY(s.atCounter(s.card()));
        const auto december = s.quoteEnergy(40);
        QVERIFY2(december, qPrintable(s.desk->errorString()));
        QCOMPARE(december->energy.money.raw(), tariff::Money::fromWhole(305).raw() / 10);
        s.vcard.stop();

        // Two idle days: the meter settles at midnight and starts the new period at step 1.
        s.consume(meter, 0, 2 * 86400);
        QCOMPARE(meter.status()[QStringLiteral("ladderUsage")].toString().left(4),
                 QStringLiteral("0.00"));
        QVERIFY(s.atCounter(s.card()));
        const auto january = s.quoteEnergy(40);
        QVERIFY2(january, qPrintable(s.desk->errorString()));
        QCOMPARE(january->energy.money.raw(), tariff::Money::fromWhole(20).raw());
        s.vcard.stop();
        const qint64 before = meter.remaining();
        s.consume(meter, 4000, 10 * 3600);
        qInfo("after the settlement: quote for 40 kWh %s, meter deducted %s",
              qPrintable(tariff::formatMoney(january->energy.money)),
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(before - meter.remaining()))));
        QCOMPARE(before - meter.remaining(), january->energy.money.raw());
    }

    // The credit falls below alarm 1 (the lamp), then alarm 2 (a two-minute trip), runs out and
    // the relay opens; the customer confirms the overdraft with the button and uses it up to the
    // limit, when the relay opens again. The station reads the overdraft off the card and sells by
    // energy: the credit covers the overdraft and the energy asked for, the meter repays the
    // overdraft first, and after exactly that energy nothing is left. The consumption report
    // shows the energy the card brought back.
    void overdraftAndItsRecovery()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(3, 5, 8), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MeterConsole meter;
        QVERIFY(s.startSimulator(
            meter, R"({"alarm1": "10", "alarm2": "5", "closeAllow": "0", "overdraftLimit": "10",)"
                   R"( "hoardingLimit": "5000"})"));
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        const auto first = s.sell(20);
        QVERIFY2(first, qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QCOMPARE(meter.remaining(), money((*first)[QStringLiteral("credit")].toString()));

        (void)meter.takeEvents(QStringLiteral("relay")); // the supply closing at the opening
        s.consume(meter, 1000, 15 * 3600);               // 17.24 - 7.50: below alarm 1
        QJsonObject status = meter.status();
        QCOMPARE(status[QStringLiteral("creditState")].toString(), QStringLiteral("alarm1"));
        QCOMPARE(status[QStringLiteral("lamps")].toObject()[QStringLiteral("alarm")].toString(),
                 QStringLiteral("on"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        QVERIFY(meter.takeEvents(QStringLiteral("relay")).isEmpty());
        s.consume(meter, 1000, 10 * 3600); // below alarm 2: the relay opens for two minutes
        status = meter.status();
        QCOMPARE(status[QStringLiteral("creditState")].toString(), QStringLiteral("alarm2"));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        const QList<QJsonObject> trip = meter.takeEvents(QStringLiteral("relay"));
        QCOMPARE(trip.size(), 2);
        QCOMPARE(trip[0][QStringLiteral("relay")].toString(), QStringLiteral("open"));
        QCOMPARE(trip[1][QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        qInfo("alarm 2 trip from %s to %s", qPrintable(trip[0][QStringLiteral("time")].toString()),
              qPrintable(trip[1][QStringLiteral("time")].toString()));
        s.consume(meter, 1000, 15 * 3600); // runs out
        status = meter.status();
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        QCOMPARE(status[QStringLiteral("creditState")].toString(), QStringLiteral("exhausted"));
        meter.command(QStringLiteral("press")); // the customer takes the overdraft
        QCOMPARE(meter.status()[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        s.consume(meter, 1000, 30 * 3600);
        status = meter.status();
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        QCOMPARE(status[QStringLiteral("creditState")].toString(), QStringLiteral("cutoff"));
        const qint64 owed = meter.remaining();
        QVERIFY2(owed < 0 && owed >= -tariff::Money::fromWhole(10).raw(),
                 qPrintable(status[QStringLiteral("remaining")].toString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-02"));

        // At the counter: 30 kWh wanted, with the overdraft to repay.
        QVERIFY(s.atCounter(s.card()));
        const auto quote = s.quoteEnergy(30);
        QVERIFY2(quote, qPrintable(s.desk->errorString()));
        const auto check = s.desk->inspect(*s.staff.cashier);
        QVERIFY2(check, qPrintable(s.desk->errorString()));
        // The consumption report: what the meter counted between the readings the card brought.
        const auto report = Reports(s.ledger).consumption(*s.staff.supervisor,
                                                          s.now.date().addDays(-5), s.now.date());
        QVERIFY2(report && report->rows.size() == 1, qPrintable(Reports(s.ledger).errorString()));
        QCOMPARE(report->rows[0][5].left(5),
                 meter.status()[QStringLiteral("forwardKwh")].toString().left(5));
        SaleRequest byEnergy;
        byEnergy.by = SaleRequest::By::kEnergy;
        byEnergy.energy = tariff::Energy::fromWhole(30);
        const auto sale = s.desk->sell(*s.staff.cashier, QLatin1String(kLoopMeter), byEnergy);
        QVERIFY2(sale, qPrintable(s.desk->errorString()));
        const qint64 credit = money((*sale)[QStringLiteral("credit")].toString());
        QVERIFY(credit >= quote->energy.money.raw() - owed);
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        const qint64 loaded = meter.remaining();
        QCOMPARE(loaded - owed, credit);
        status = meter.status();
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        QCOMPARE(status[QStringLiteral("creditState")].toString(), QStringLiteral("normal"));

        // 30 kWh of load; alarm 2 cuts the supply for two minutes on the way down, so the meter
        // counts 29.9 kWh: it deducts what the station quotes for the energy it counted.
        const auto forward = [&] {
            return tariff::energyFromText(meter.status()[QStringLiteral("forwardKwh")].toString())
                ->raw();
        };
        const qint64 forwardBefore = forward();
        (void)meter.takeEvents(QStringLiteral("relay"));
        s.consume(meter, 3000, 10 * 3600);
        QCOMPARE(meter.takeEvents(QStringLiteral("relay")).size(), 2); // the alarm 2 trip
        SaleRequest metered;
        metered.by = SaleRequest::By::kEnergy;
        metered.energy = tariff::Energy::fromRaw(forward() - forwardBefore);
        const auto counted = s.desk->quote(*check, metered);
        QVERIFY2(counted, qPrintable(s.desk->errorString()));
        const qint64 left = meter.remaining();
        qInfo("overdraft %s repaid; %s kWh counted (30 kWh of load), quoted %s, meter deducted %s, "
              "left %s",
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(-owed))),
              qPrintable(tariff::formatEnergy(metered.energy)),
              qPrintable(tariff::formatMoney(counted->energy.money)),
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(loaded - left))),
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(left))));
        QCOMPARE(loaded - left, counted->energy.money.raw());
        // What the two minutes without supply did not use stays on the meter: the credit bought
        // 30 kWh after the overdraft, to less than 0.01 (the least payment that covers it).
        const qint64 unused = quote->energy.money.raw() - counted->energy.money.raw();
        QVERIFY2(left >= unused && left < unused + 100, qPrintable(QString::number(left)));
        QCOMPARE(s.creditSold(), money((*first)[QStringLiteral("credit")].toString()) + credit);
    }

    // A new version of the customer's plan rides on the next purchase: the meter switches to it on
    // loading, and deducts at the new price what the station now quotes.
    void tariffChangeDeliveredByTheNextPurchase()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(3, 5, 8), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, kQuietCredit));
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.sell(100), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QCOMPARE(meter.status()[QStringLiteral("price")].toString(), QStringLiteral("0.5000"));

        QVERIFY(TariffPlans(s.ledger).addVersion(*s.staff.supervisor, QStringLiteral("L2"),
                                                 QByteArray(kFlat), s.now) > 0);
        QVERIFY(s.atCounter(s.card()));
        const auto sale = s.sell(50);
        QVERIFY2(sale, qPrintable(s.desk->errorString()));
        QCOMPARE((*sale)[QStringLiteral("tariff")].toString(), QStringLiteral("L2 v2"));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QCOMPARE(meter.status()[QStringLiteral("price")].toString(), QStringLiteral("0.6000"));
        // The card brings the meter's new tariff back: the next sale carries no tariff.
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-02"));
        QVERIFY(s.atCounter(s.card()));
        const auto quote = s.quoteEnergy(10);
        QVERIFY2(quote, qPrintable(s.desk->errorString()));
        QCOMPARE(quote->energy.money.raw(), tariff::Money::fromWhole(6).raw());
        const auto next = s.sell(10);
        QVERIFY2(next, qPrintable(s.desk->errorString()));
        QVERIFY(!next->contains(QStringLiteral("tariff")));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        const qint64 before = meter.remaining();
        s.consume(meter, 1000, 10 * 3600);
        QCOMPARE(before - meter.remaining(), quote->energy.money.raw());
    }

    // Remote sales over DL/T645 0x03 interleaved with card sales share one sequence space: each
    // token gets the next number, the meter loads every one, and a remote sale is refused while
    // the card holds a number the meter has not loaded. Only the meter's sealed record settles a
    // remote sale: a lost answer leaves it pending until the meter is read again; a token that
    // never arrived stays pending until a later sale is loaded without it, then it is void.
    void remoteAndCardPurchasesShareOneSequence()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(3, 5, 8), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SerialLine rs485;
        QVERIFY2(rs485.start(s.dir.path(), QStringLiteral("rs485")),
                 "socat is needed: bash scripts/deps.sh serial");
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, kQuietCredit, rs485.meterSide));
        Dlt645RemoteMeter line;
        QString why;
        QVERIFY2(line.open(rs485.stationSide, 2400, &why), qPrintable(why));
        qint64 loadedTotal = 0;
        auto loads = [&](const QString &image) {
            const qint64 before = meter.remaining();
            const QString code = s.toMeter(meter, image);
            loadedTotal += meter.remaining() - before;
            return code;
        };
        SaleRequest tenKwh;
        tenKwh.by = SaleRequest::By::kEnergy;
        tenKwh.energy = tariff::Energy::fromWhole(10);

        QVERIFY2(s.open(), qPrintable(s.desk->errorString())); // sequence 1
        QCOMPARE(loads(s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.sell(100), qPrintable(s.desk->errorString())); // 2, by card
        QCOMPARE(loads(s.card()), QStringLiteral("C-00"));

        qint64 before = meter.remaining();
        const auto remote =
            s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), tenKwh, line); // 3
        QVERIFY2(remote, qPrintable(s.desk->errorString()));
        QCOMPARE((*remote)[QStringLiteral("sequence")].toInt(), 3);
        QCOMPARE((*remote)[QStringLiteral("delivery")].toString(), QStringLiteral("remote"));
        QCOMPARE(meter.status()[QStringLiteral("lastSeq")].toInt(), 3);
        loadedTotal += meter.remaining() - before;
        QCOMPARE(meter.remaining() - before, money((*remote)[QStringLiteral("credit")].toString()));

        // The card, last in the meter at sequence 2, gets 4: no conflict with the remote 3.
        QVERIFY(s.atCounter(s.card()));
        const auto card = s.sell(50);
        QVERIFY2(card, qPrintable(s.desk->errorString()));
        QCOMPARE((*card)[QStringLiteral("sequence")].toInt(), 4);
        s.vcard.stop();
        // A remote sale now would make the meter refuse the card's 4: refused, nothing recorded.
        const qint64 rows = s.scalar(QStringLiteral("SELECT count(*) FROM sales"));
        QVERIFY(!s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), tenKwh, line));
        QVERIFY2(s.desk->errorString().contains(QStringLiteral("sequence 4")),
                 qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales")), rows);
        QCOMPARE(loads(s.card()), QStringLiteral("C-00"));

        // Quote at the counter, then the remote sale of the same energy: the meter deducts it.
        QVERIFY(s.atCounter(s.card()));
        const auto quote = s.quoteEnergy(10);
        QVERIFY2(quote, qPrintable(s.desk->errorString()));
        s.vcard.stop();
        before = meter.remaining();
        const auto fifth =
            s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), tenKwh, line);
        QVERIFY2(fifth, qPrintable(s.desk->errorString()));
        QCOMPARE((*fifth)[QStringLiteral("sequence")].toInt(), 5);
        loadedTotal += meter.remaining() - before;
        before = meter.remaining();
        s.consume(meter, 1000, 10 * 3600);
        QCOMPARE(before - meter.remaining(), quote->energy.money.raw());

        // The answer to sequence 6 is lost (the meter loaded it) and so is the next read: the
        // sale stays pending, nothing is charged, until the meter's sealed record is read again.
        LossyLine lost(line, true, 1);
        before = meter.remaining();
        QVERIFY(!s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), tenKwh, lost));
        QVERIFY2(s.desk->errorString().contains(QStringLiteral("pending")),
                 qPrintable(s.desk->errorString()));
        loadedTotal += meter.remaining() - before;
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 1);
        const auto settled =
            s.desk->settleRemote(*s.staff.cashier, QLatin1String(kLoopMeter), line);
        QVERIFY2(settled && settled->size() == 1 &&
                     settled->first().contains(QStringLiteral("completed")),
                 qPrintable(settled ? settled->join(QLatin1Char('|')) : s.desk->errorString()));
        // Sequence 7 never reaches the meter and the answer is lost. A copy of the token could
        // still reach the meter, so it stays pending until a later sale is loaded without it.
        LossyLine dropped(line, false, 0);
        QVERIFY(!s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), tenKwh, dropped));
        QVERIFY2(s.desk->errorString().contains(QStringLiteral("stays pending")),
                 qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 1);
        QCOMPARE(meter.status()[QStringLiteral("lastSeq")].toInt(), 6);

        // Every sequence once, every credit loaded once: the card's 8 supersedes 7, which the
        // meter's next record proves, and the ledger and the meter agree.
        QVERIFY(s.atCounter(s.card()));
        const auto last = s.sell(20);
        QVERIFY2(last, qPrintable(s.desk->errorString()));
        QCOMPARE((*last)[QStringLiteral("sequence")].toInt(), 8);
        QCOMPARE(loads(s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        const auto check = s.desk->inspect(*s.staff.cashier);
        QVERIFY2(check, qPrintable(s.desk->errorString()));
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'pending'")), 0);
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = 'void' AND "
                                         "proof = 'superseded'")),
                 1);
        qInfo("credit sold %s, loaded by the meter %s",
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(s.creditSold()))),
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(loadedTotal))));
        QCOMPARE(loadedTotal, s.creditSold());
        QVERIFY(!s.ledger.verify().brokenAt);
    }

    // Remote relay control over DL/T645 0x1C: a trip cuts the load whatever the credit; close-allow
    // waits for the customer's button; keep-power holds the supply when the credit runs out, and
    // its release lets the credit trip act.
    void remoteTripAndKeepPower()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(3, 5, 8), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SerialLine rs485;
        QVERIFY2(rs485.start(s.dir.path(), QStringLiteral("rs485")),
                 "socat is needed: bash scripts/deps.sh serial");
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, kQuietCredit, rs485.meterSide));
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        QVERIFY2(s.sell(10), qPrintable(s.desk->errorString())); // 8.6206 of credit
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-02"));
        QVERIFY(s.atCounter(s.card()));
        const auto quote = s.quoteEnergy(4);
        QVERIFY2(quote, qPrintable(s.desk->errorString()));
        s.vcard.stop();
        const qint64 before = meter.remaining();
        s.consume(meter, 1000, 4 * 3600);
        QCOMPARE(before - meter.remaining(), quote->energy.money.raw());

        meterlink::Dlt645Master master;
        QString why;
        QVERIFY2(master.open(rs485.stationSide, 2400, &why), qPrintable(why));
        card::LineSecrets line;
        QCOMPARE(s.keys.lineSecrets(meterNumber(kLoopMeter), 1, &line), kOk);
        const std::uint8_t password[4] = {0x02, line.password02[0], line.password02[1],
                                          line.password02[2]};
        const auto relay = [&](std::uint8_t command) {
            return master.relay(meterAddress(), command, password, 0x12345678, 0, 0);
        };
        QCOMPARE(relay(0x1A), kOk); // trip
        QJsonObject status = meter.status();
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        const QString forward = status[QStringLiteral("forwardKwh")].toString();
        s.consume(meter, 1000, 3600);
        QCOMPARE(meter.status()[QStringLiteral("forwardKwh")].toString(), forward);
        QCOMPARE(relay(0x1B), kOk); // close allowed: the customer presses the button
        QCOMPARE(meter.status()[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        meter.command(QStringLiteral("press"));
        QCOMPARE(meter.status()[QStringLiteral("relay")].toString(), QStringLiteral("closed"));

        QCOMPARE(relay(0x3A), kOk); // keep-power: a hospital, a holiday
        s.consume(meter, 1000, 20 * 3600);
        status = meter.status();
        QCOMPARE(status[QStringLiteral("keepPower")].toBool(), true);
        QVERIFY2(status[QStringLiteral("creditState")].toString() != QLatin1String("normal"),
                 qPrintable(status[QStringLiteral("creditState")].toString()));
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("closed"));
        QCOMPARE(relay(0x3B), kOk); // released: the credit trip acts
        s.consume(meter, 1000, 60);
        status = meter.status();
        QCOMPARE(status[QStringLiteral("keepPower")].toBool(), false);
        QCOMPARE(status[QStringLiteral("relay")].toString(), QStringLiteral("open"));
        // A wrong password is refused and changes nothing.
        const std::uint8_t wrong[4] = {0x02, 0x11, 0x11, 0x11};
        QVERIFY(!master.relay(meterAddress(), 0x1C, wrong, 1, 0, 0).ok());
        QCOMPARE(meter.status()[QStringLiteral("relay")].toString(), QStringLiteral("open"));
    }

    // The counter's command line sells remotely: `ampcard sale --remote PORT` delivers the token
    // over the meter's RS-485 line, `sale settle-remote` finds nothing pending, and a port that is
    // not there is a clear refusal.
    void commandLineSellsRemotely()
    {
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(3, 5, 8), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SerialLine rs485;
        QVERIFY2(rs485.start(s.dir.path(), QStringLiteral("rs485")),
                 "socat is needed: bash scripts/deps.sh serial");
        MeterConsole meter;
        QVERIFY(s.startSimulator(meter, kQuietCredit, rs485.meterSide));
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(meter, s.card()), QStringLiteral("C-00"));
        const QString keystore = s.dir.filePath(QStringLiteral("keys.json"));
        QCOMPARE(cardio::Keystore::write(keystore, kUtility, masterKeyBytes(kSeed),
                                         "station passphrase", cardio::KdfCost{1u << 10, 8, 1}),
                 kOk);
        const auto ampcard = [&](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
            environment.insert(QStringLiteral("AMPCARD_OPERATOR"), QStringLiteral("cash"));
            environment.insert(QStringLiteral("AMPCARD_PASSWORD"), QStringLiteral("cash-pass"));
            environment.insert(QStringLiteral("AMPCARD_KEYSTORE"), keystore);
            environment.insert(QStringLiteral("AMPCARD_PASSPHRASE"),
                               QStringLiteral("station passphrase"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(AMPCARD_EXECUTABLE),
                          arguments + QStringList{QStringLiteral("--ledger"),
                                                  s.dir.filePath(QStringLiteral("ledger.sqlite"))});
            process.closeWriteChannel();
            if (!process.waitForFinished(60000))
                qFatal("ampcard did not finish");
            return std::make_tuple(process.exitCode(), process.readAllStandardOutput(),
                                   process.readAllStandardError());
        };
        const qint64 before = meter.remaining();
        auto [code, out, err] =
            ampcard({QStringLiteral("sale"), QStringLiteral("--meter"), QLatin1String(kLoopMeter),
                     QStringLiteral("--money"), QStringLiteral("100"), QStringLiteral("--remote"),
                     rs485.stationSide, QStringLiteral("--json")});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject receipt = QJsonDocument::fromJson(out).object();
        QCOMPARE(receipt[QStringLiteral("delivery")].toString(), QStringLiteral("remote"));
        QCOMPARE(receipt[QStringLiteral("sequence")].toInt(), 2);
        QCOMPARE(meter.status()[QStringLiteral("lastSeq")].toInt(), 2);
        QCOMPARE(meter.remaining() - before, money(receipt[QStringLiteral("credit")].toString()));

        std::tie(code, out, err) = ampcard({QStringLiteral("sale"), QStringLiteral("settle-remote"),
                                            QStringLiteral("--meter"), QLatin1String(kLoopMeter),
                                            QStringLiteral("--remote"), rs485.stationSide});
        QVERIFY2(code == 0 && out.contains("no remote sale pending"), out + err);
        std::tie(code, out, err) =
            ampcard({QStringLiteral("sale"), QStringLiteral("--meter"), QLatin1String(kLoopMeter),
                     QStringLiteral("--money"), QStringLiteral("100"), QStringLiteral("--remote"),
                     s.dir.filePath(QStringLiteral("no-such-port"))});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("no-such-port"), err.constData());
        QCOMPARE(s.creditSold(), money(receipt[QStringLiteral("credit")].toString()));
    }

    // The Cortex-M3 image in QEMU as the meter: the station sets its clock over DL/T645, opens
    // the account and sells by card (the image reads the card file through semihosting), sells
    // remotely over UART0 (DL/T645 0x03 through a pty bridged to QEMU's TCP serial), and the
    // image deducts what the station quoted.
    void qemuImage()
    {
        QVERIFY2(QFile::exists(QStringLiteral(AMPCARD_FIRMWARE)),
                 "build the cortex-m3 preset first (scripts/test.sh does): " AMPCARD_FIRMWARE);
        Station s;
        const QString problem = s.setUp(kLadder, comingYear(3, 5, 8), tariff::Money());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const quint16 uart0 = freePort();
        MeterConsole qemu;
        QVERIFY(qemu.start(
            QStringLiteral("qemu-system-arm"),
            {QStringLiteral("-M"), QStringLiteral("mps2-an385"), QStringLiteral("-nographic"),
             QStringLiteral("-monitor"), QStringLiteral("none"), QStringLiteral("-serial"),
             QStringLiteral("tcp:127.0.0.1:%1,server=on,wait=off").arg(uart0),
             QStringLiteral("-serial"), QStringLiteral("null"), QStringLiteral("-serial"),
             QStringLiteral("stdio"), QStringLiteral("-semihosting-config"),
             QStringLiteral("enable=on,target=native"), QStringLiteral("-kernel"),
             QStringLiteral(AMPCARD_FIRMWARE)},
            s.dir.path()));
        QCOMPARE(qemu.event(QStringLiteral("boot"))[QStringLiteral("event")].toString(),
                 QStringLiteral("boot"));
        SerialLine bridge;
        QVERIFY2(bridge.start(s.dir.path(), QStringLiteral("uart0"), uart0),
                 "socat is needed: bash scripts/deps.sh serial");

        // The station's clock to the meter (broadcast, unanswered), then the meter key.
        auto master = std::make_unique<meterlink::Dlt645Master>();
        QString why;
        QVERIFY2(master->open(bridge.stationSide, 2400, &why), qPrintable(why));
        const QDateTime local = s.now.toLocalTime();
        QCOMPARE(
            master->broadcastTime(local.toSecsSinceEpoch() + local.offsetFromUtc() - 946'684'800),
            kOk);
        for (int i = 0; i < 50 && !qemu.status()[QStringLiteral("time")].toString().startsWith(
                                      s.now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
             ++i)
            QThread::msleep(50);
        QVERIFY2(qemu.status()[QStringLiteral("time")].toString().startsWith(
                     s.now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))),
                 qPrintable(qemu.status()[QStringLiteral("time")].toString()));
        std::array<std::uint8_t, 16> key{};
        QCOMPARE(s.keys.meterKey(meterNumber(kLoopMeter), 1, key), kOk);
        card::LineSecrets secrets;
        QCOMPARE(s.keys.lineSecrets(meterNumber(kLoopMeter), 1, &secrets), kOk);
        const QByteArray lineHex =
            QByteArray(reinterpret_cast<const char *>(secrets.password02.data()), 3).toHex() +
            QByteArray(reinterpret_cast<const char *>(secrets.password04.data()), 3).toHex() +
            QByteArray::number(secrets.modbusPin, 16).rightJustified(4, '0');
        QCOMPARE(
            qemu.command(QStringLiteral("provision 3301 310100000001 ") +
                         QString::fromLatin1(
                             QByteArray(reinterpret_cast<const char *>(key.data()), 16).toHex()) +
                         QLatin1Char(' ') + QString::fromLatin1(lineHex))[QStringLiteral("ok")]
                .toString(),
            QStringLiteral("provision"));

        // The card: opening (with the plan), a sale, the meter loads both.
        QVERIFY2(s.open(), qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(qemu, QStringLiteral("card.img")), QStringLiteral("C-00"));
        QVERIFY(s.atCounter(s.card()));
        const auto sale = s.sell(100);
        QVERIFY2(sale, qPrintable(s.desk->errorString()));
        QCOMPARE(s.toMeter(qemu, QStringLiteral("card.img")), QStringLiteral("C-00"));
        QCOMPARE(qemu.remaining(), money((*sale)[QStringLiteral("credit")].toString()));
        s.consume(qemu, 2000, 5 * 3600); // 10 kWh
        QCOMPARE(s.toMeter(qemu, QStringLiteral("card.img")), QStringLiteral("C-02"));

        // Remote, over the image's UART0.
        QVERIFY(s.atCounter(s.card()));
        const auto quote = s.quoteEnergy(50); // from 10 kWh: 40 at 0.50, 10 at 0.80
        QVERIFY2(quote, qPrintable(s.desk->errorString()));
        QCOMPARE(quote->energy.money.raw(), tariff::Money::fromWhole(28).raw());
        s.vcard.stop();
        master.reset(); // the port is the remote line's now
        Dlt645RemoteMeter line;
        QVERIFY2(line.open(bridge.stationSide, 2400, &why), qPrintable(why));
        SaleRequest request;
        request.by = SaleRequest::By::kEnergy;
        request.energy = tariff::Energy::fromWhole(50);
        qint64 before = qemu.remaining();
        const auto remote =
            s.desk->sellRemote(*s.staff.cashier, QLatin1String(kLoopMeter), request, line);
        QVERIFY2(remote, qPrintable(s.desk->errorString()));
        QCOMPARE(qemu.remaining() - before, money((*remote)[QStringLiteral("credit")].toString()));
        QCOMPARE(qemu.status()[QStringLiteral("lastSeq")].toInt(), 3);
        before = qemu.remaining();
        s.consume(qemu, 5000, 10 * 3600); // 50 kWh
        qInfo("QEMU image: quote for 50 kWh %s, image deducted %s",
              qPrintable(tariff::formatMoney(quote->energy.money)),
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(before - qemu.remaining()))));
        QCOMPARE(before - qemu.remaining(), quote->energy.money.raw());
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
