// The whole loop with real parts: the station's CardDesk sells through the real pcscd to
// ampcard-vcard, the same card image goes into ampcard-meter-sim, the meter loads it, consumes
// under a load, writes its return record, and the station reads it at the next sale. The
// station's quote and the meter's deduction agree to 0.0001.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "../card/pcscharness.h"
#include "../station/staff.h"
#include "ampcard/cardio/pcscreader.h"
#include "ampcard/station/carddesk.h"
#include "ampcard/station/cards.h"
#include "ampcard/station/ledger.h"
#include "ampcard/station/reports.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/shifts.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/tarifffile.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

constexpr const char *kMeter = "310100000001";
// Two steps a month: 50 kWh at 0.5000, the rest at 0.8000.
constexpr const char *kLadder =
    R"({"name":"L2","currency":"KES","settlement":{"mode":"monthly","day":1,"hour":0},)"
    R"("steps":[{"upTo":"50","price":"0.5000"},{"price":"0.8000"}]})";

qint64 money(const QString &text)
{
    const auto value = tariff::moneyFromText(text);
    if (!value)
        qFatal("not money: %s", qPrintable(text));
    return value->raw();
}

// ampcard-meter-sim as a process: one command, one JSON answer; events are collected aside.
class MeterSim {
public:
    bool start(const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(AMPCARD_METER_SIM), arguments);
        return m_process.waitForStarted(5000);
    }
    ~MeterSim()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("quit\n");
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    QJsonObject command(const QString &line)
    {
        m_process.write(line.toUtf8() + '\n');
        for (;;) {
            while (!m_process.canReadLine()) {
                if (!m_process.waitForReadyRead(30000))
                    return {{QStringLiteral("error"), QStringLiteral("no answer to ") + line}};
            }
            const QJsonObject answer =
                QJsonDocument::fromJson(m_process.readLine().trimmed()).object();
            if (answer.contains(QStringLiteral("event"))) {
                m_events << answer;
                continue;
            }
            return answer;
        }
    }
    qint64 remaining()
    {
        return money(command(QStringLiteral("status"))[QStringLiteral("remaining")].toString());
    }

private:
    QProcess m_process;
    QList<QJsonObject> m_events;
};

} // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!testing::ensurePcscd(&why))
            QFAIL(qPrintable(why));
    }

    // Open the account with preset credit to recover; consume into the ladder; sell (the debt is
    // recovered); the meter loads exactly the credit sold; consume across the step boundary: the
    // meter deducts what the station quoted for that energy. A purchase over the hoarding limit is
    // refused, and accepted once the meter has used enough. Then the card is lost: the
    // replacement binds a new card and the meter refuses the old one.
    void sellLoadConsumeAndReplace()
    {
        QTemporaryDir dir;
        Ledger ledger;
        testing::Staff staff;
        QVERIFY(ledger.open(dir.filePath(QStringLiteral("ledger.sqlite")), true));
        QVERIFY(testing::seed(ledger, staff));
        StationSettings settings;
        settings.utilityId = testing::kUtility;
        settings.stationNumber = 7;
        settings.fees.vatBasisPoints = 1600;
        settings.fees.debtBasisPoints = 2500;
        settings.hoardingLimit = tariff::Money::fromWhole(300);
        QVERIFY(Settings(ledger).save(*staff.admin, settings));
        QVERIFY(TariffPlans(ledger).addVersion(*staff.supervisor, QStringLiteral("L2"), kLadder,
                                               QDateTime::currentDateTimeUtc()) > 0);
        QVERIFY(Shifts(ledger).open(*staff.installer));
        QVERIFY(Shifts(ledger).open(*staff.cashier));

        const cardio::UtilityKeys keys = testing::utilityKeys(testing::kUtility, testing::kSeed);
        const QString image = dir.filePath(QStringLiteral("card.img"));
        QVERIFY(testing::createCard(image, "user", "1001", "t1"));
        testing::VirtualCardProcess vcard;
        QVERIFY(vcard.start(image));
        cardio::PcscReader reader;
        QCOMPARE(reader.connect(testing::kVpcdReader), kOk);
        CardDesk desk(ledger, keys, reader);
        // The card goes back into the station's reader (a new card session).
        auto atCounter = [&](const QString &card) {
            return vcard.start(card) && reader.connect(testing::kVpcdReader).ok();
        };

        // A new meter on its preset credit.
        QVERIFY(testing::writeMeterKeyFile(dir.filePath(QStringLiteral("meter.key"))));
        QFile credit(dir.filePath(QStringLiteral("credit.json")));
        QVERIFY(credit.open(QIODevice::WriteOnly));
        credit.write(R"({"presetCredit": "20", "hoardingLimit": "5000"})");
        credit.close();
        MeterSim meter;
        QVERIFY(meter.start({QStringLiteral("--state"), dir.filePath(QStringLiteral("state")),
                             QStringLiteral("--key-file"),
                             dir.filePath(QStringLiteral("meter.key")), QStringLiteral("--credit"),
                             dir.filePath(QStringLiteral("credit.json")), QStringLiteral("--time"),
                             QDateTime::currentDateTime().addSecs(3600).toString(
                                 QStringLiteral("yyyy-MM-ddTHH:mm"))}));

        AccountRequest opening;
        opening.customerNumber = QStringLiteral("C-1");
        opening.meter.number = QLatin1String(kMeter);
        opening.meter.tariffPlan = QStringLiteral("L2");
        opening.presetRecovery = tariff::Money::fromWhole(20);
        QVERIFY2(desk.openAccount(*staff.installer, opening), qPrintable(desk.errorString()));

        // The customer takes the card to the meter.
        vcard.stop();
        QJsonObject answer = meter.command(QStringLiteral("insert ") + image);
        QCOMPARE(answer[QStringLiteral("code")].toString(), QStringLiteral("C-00"));
        meter.command(QStringLiteral("remove"));
        // 30 kWh at 2 kW.
        meter.command(QStringLiteral("load 2000"));
        meter.command(QStringLiteral("advance 54000"));
        meter.command(QStringLiteral("load 0"));
        const QJsonObject afterUse = meter.command(QStringLiteral("status"));
        QCOMPARE(afterUse[QStringLiteral("ladderUsage")].toString().left(5),
                 QStringLiteral("30.00"));
        // Card in again: the meter writes its return record with the usage.
        QCOMPARE(
            meter.command(QStringLiteral("insert ") + image)[QStringLiteral("code")].toString(),
            QStringLiteral("C-02"));
        meter.command(QStringLiteral("remove"));
        const qint64 beforeSale = meter.remaining();

        // At the counter: the station reads what the meter wrote, recovers the preset as debt.
        QVERIFY(atCounter(image));
        const auto receipt = desk.sell(*staff.cashier, QLatin1String(kMeter), [] {
            SaleRequest request;
            request.money = tariff::Money::fromWhole(100);
            return request;
        }());
        QVERIFY2(receipt, qPrintable(desk.errorString()));
        QCOMPARE(money((*receipt)[QStringLiteral("debtRecovered")].toString()),
                 tariff::Money::fromWhole(20).raw());
        const qint64 sold = money((*receipt)[QStringLiteral("credit")].toString());
        const auto check = desk.inspect(*staff.cashier);
        QVERIFY(check && check->returned);
        QCOMPARE(check->returned->periodUsage.raw(), tariff::Energy::fromWhole(30).raw());
        // What 40 kWh from here cost, as the station quotes it (steps 1 and 2).
        SaleRequest byEnergy;
        byEnergy.by = SaleRequest::By::kEnergy;
        byEnergy.energy = tariff::Energy::fromWhole(40);
        const auto quote = desk.quote(*check, byEnergy);
        QVERIFY2(quote, qPrintable(desk.errorString()));
        QCOMPARE(quote->energy.pieceCount, std::size_t{2});

        // The meter loads exactly the credit sold, then deducts exactly the quote for 40 kWh.
        vcard.stop();
        QCOMPARE(
            meter.command(QStringLiteral("insert ") + image)[QStringLiteral("code")].toString(),
            QStringLiteral("C-00"));
        meter.command(QStringLiteral("remove"));
        const qint64 loaded = meter.remaining();
        QCOMPARE(loaded - beforeSale, sold);
        meter.command(QStringLiteral("load 4000"));
        meter.command(QStringLiteral("advance 36000"));
        meter.command(QStringLiteral("load 0"));
        const qint64 afterForty = meter.remaining();
        qInfo("quote for 40 kWh %s, meter deducted %s",
              qPrintable(tariff::formatMoney(quote->energy.money)),
              qPrintable(tariff::formatMoney(tariff::Money::fromRaw(loaded - afterForty))));
        QVERIFY(qAbs((loaded - afterForty) - quote->energy.money.raw()) <= 1);

        // Hoarding: 270 more (232.76 of credit) would take the meter above 300 and is refused,
        // nothing recorded; after the 40 kWh (the card brings the meter's word back) it fits and is
        // sold.
        QVERIFY(atCounter(image));
        SaleRequest big;
        big.money = tariff::Money::fromWhole(270);
        const qint64 salesBefore = [&] {
            QSqlQuery count(ledger.database());
            count.exec(QStringLiteral("SELECT count(*) FROM sales"));
            count.next();
            return count.value(0).toLongLong();
        }();
        QVERIFY(!desk.sell(*staff.cashier, QLatin1String(kMeter), big));
        QVERIFY2(desk.errorString().contains(QStringLiteral("limit")),
                 qPrintable(desk.errorString()));
        vcard.stop();
        QCOMPARE(
            meter.command(QStringLiteral("insert ") + image)[QStringLiteral("code")].toString(),
            QStringLiteral("C-02"));
        meter.command(QStringLiteral("remove"));
        QVERIFY(atCounter(image));
        const auto second = desk.sell(*staff.cashier, QLatin1String(kMeter), big);
        QVERIFY2(second, qPrintable(desk.errorString()));
        {
            QSqlQuery count(ledger.database());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM sales")) && count.next());
            QCOMPARE(count.value(0).toLongLong(), salesBefore + 1); // the refusal left no row
        }
        vcard.stop();
        QCOMPARE(
            meter.command(QStringLiteral("insert ") + image)[QStringLiteral("code")].toString(),
            QStringLiteral("C-00"));
        meter.command(QStringLiteral("remove"));
        const qint64 afterSecond = meter.remaining();
        QCOMPARE(afterSecond - afterForty, money((*second)[QStringLiteral("credit")].toString()));

        // The card is lost: a replacement on a new card; the meter takes it and refuses the old.
        const QString spare = dir.filePath(QStringLiteral("spare.img"));
        QVERIFY(testing::createCard(spare, "user", "1002", "t1"));
        QVERIFY(atCounter(spare));
        QVERIFY2(desk.replaceCard(*staff.installer, QLatin1String(kMeter), QStringLiteral("lost")),
                 qPrintable(desk.errorString()));
        vcard.stop();
        QCOMPARE(
            meter.command(QStringLiteral("insert ") + spare)[QStringLiteral("code")].toString(),
            QStringLiteral("C-00"));
        meter.command(QStringLiteral("remove"));
        QCOMPARE(
            meter.command(QStringLiteral("insert ") + image)[QStringLiteral("code")].toString(),
            QStringLiteral("C-13"));
        meter.command(QStringLiteral("remove"));
        QCOMPARE(meter.remaining(), afterSecond); // nothing moved

        // The reports show it: the history, and energy bought against used.
        QVERIFY(atCounter(spare));
        QVERIFY2(desk.inspect(*staff.cashier), qPrintable(desk.errorString()));
        const auto usage = Reports(ledger).usage(*staff.supervisor, QStringLiteral("C-1"));
        QVERIFY(usage && usage->rows.size() == 1);
        qInfo("usage this month: bought %s kWh, used %s kWh", qPrintable(usage->rows[0][1]),
              qPrintable(usage->rows[0][2]));
        QVERIFY(!ledger.verify().brokenAt);
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
