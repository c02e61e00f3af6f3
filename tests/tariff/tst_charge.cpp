#include <random>

#include <QTest>

#include "ampcard/tariff/charge.h"
#include "testtariffs.h"

using namespace ampcard;
using namespace ampcard::tariff;
using testing::kwh;
using testing::money;
using testing::price;

Q_DECLARE_METATYPE(ampcard::tariff::Tariff)

namespace {

std::int64_t pieceMoneySum(const Charge &charge)
{
    std::int64_t sum = 0;
    for (int i = 0; i < charge.pieceCount; ++i)
        sum += charge.pieces[i].money.raw();
    return sum;
}

std::int64_t pieceEnergySum(const Charge &charge)
{
    std::int64_t sum = 0;
    for (int i = 0; i < charge.pieceCount; ++i)
        sum += charge.pieces[i].energy.raw();
    return sum;
}

// Two steps, 0.4883 up to 180 kWh then 0.5383: the shape of the example in the foundation issue.
Tariff issueExample()
{
    Tariff tariff;
    tariff.ladder.stepCount = 2;
    tariff.ladder.thresholds[0] = kwh("180");
    tariff.ladder.prices[0] = price("0.4883");
    tariff.ladder.prices[1] = price("0.5383");
    return tariff;
}

} // namespace

class TestCharge : public QObject {
    Q_OBJECT

private slots:
    // ../shared/vectors/tariffs.md, Zhejiang annual cost table.
    void energyToMoney_data()
    {
        QTest::addColumn<Tariff>("tariff");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("energy");
        QTest::addColumn<int>("rate");
        QTest::addColumn<QString>("money");
        QTest::addColumn<int>("pieces");

        const Tariff zj = testing::zhejiang();
        QTest::newRow("zhejiang-2760-tier1-upper-boundary") << zj << "0"
                                                            << "2760" << 0 << "1484.8800" << 1;
        QTest::newRow("zhejiang-2761") << zj << "0"
                                       << "2761" << 0 << "1485.4680" << 2;
        QTest::newRow("zhejiang-4800-tier2-upper-boundary") << zj << "0"
                                                            << "4800" << 0 << "2684.4000" << 2;
        QTest::newRow("zhejiang-5000") << zj << "0"
                                       << "5000" << 0 << "2852.0000" << 3;
        QTest::newRow("zhejiang-from-usage-2760") << zj << "2760"
                                                  << "1" << 0 << "0.5880" << 1;
        QTest::newRow("zhejiang-truncates-sub-units") << zj << "0"
                                                      << "0.001" << 0 << "0.0005" << 1;
        const int peak = static_cast<int>(TouRate::kPeak);
        const int valley = static_cast<int>(TouRate::kValley);
        QTest::newRow("zhejiang-tou-peak-across-step") << testing::zhejiangTou() << "2700"
                                                       << "100" << peak << "58.8000" << 2;
        QTest::newRow("zhejiang-tou-valley-step3") << testing::zhejiangTou() << "5000"
                                                   << "10" << valley << "5.8800" << 1;
        QTest::newRow("zero-energy") << zj << "100"
                                     << "0" << 0 << "0.0000" << 0;
    }

    void energyToMoney()
    {
        QFETCH(Tariff, tariff);
        QFETCH(QString, used);
        QFETCH(QString, energy);
        QFETCH(int, rate);
        QFETCH(QString, money);
        QFETCH(int, pieces);
        const Result<Charge> result =
            quoteEnergy(tariff, kwh(used.toStdString()), kwh(energy.toStdString()),
                        static_cast<std::uint8_t>(rate));
        QVERIFY(result.ok());
        QCOMPARE(result.value().money, testing::money(money.toStdString()));
        QCOMPARE(static_cast<int>(result.value().pieceCount), pieces);
        QCOMPARE(pieceMoneySum(result.value()), result.value().money.raw());
        QCOMPARE(pieceEnergySum(result.value()), result.value().energy.raw());
    }

    void moneyToEnergy_data()
    {
        QTest::addColumn<Tariff>("tariff");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("energy");
        QTest::addColumn<QString>("firstStepEnergy");
        QTest::addColumn<QString>("firstStepMoney");

        // ../shared/vectors/tariffs.md: 2000.00 rand buys 500 + 500 + 240.44 kWh.
        QTest::newRow("south-africa-2000-rand") << testing::southAfrica() << "0"
                                                << "2000"
                                                << "1240.44"
                                                << "500"
                                                << "715.8000";
        QTest::newRow("issue-example-100") << issueExample() << "100"
                                           << "100"
                                           << "193.20"
                                           << "80"
                                           << "39.0640";
        QTest::newRow("zhejiang-exact-step1") << testing::zhejiang() << "0"
                                              << "1484.88"
                                              << "2760"
                                              << "2760"
                                              << "1484.8800";
        QTest::newRow("zero-amount") << testing::zhejiang() << "0"
                                     << "0"
                                     << "0"
                                     << "0"
                                     << "0";
    }

    void moneyToEnergy()
    {
        QFETCH(Tariff, tariff);
        QFETCH(QString, used);
        QFETCH(QString, amount);
        QFETCH(QString, energy);
        QFETCH(QString, firstStepEnergy);
        QFETCH(QString, firstStepMoney);
        const Result<Charge> result =
            quoteMoney(tariff, kwh(used.toStdString()), money(amount.toStdString()), 0);
        QVERIFY(result.ok());
        QCOMPARE(result.value().energy, kwh(energy.toStdString()));
        QVERIFY(result.value().money <= money(amount.toStdString()));
        if (result.value().pieceCount > 0) {
            QCOMPARE(result.value().pieces[0].energy, kwh(firstStepEnergy.toStdString()));
            QCOMPARE(result.value().pieces[0].money, money(firstStepMoney.toStdString()));
        }
        QCOMPARE(pieceMoneySum(result.value()), result.value().money.raw());
    }

    // For random ladders, usages and amounts: the energy is a whole 0.01 kWh, affordable, and
    // 0.01 kWh more would not be.
    void moneyQuoteIsTheLargestAffordableEnergy()
    {
        std::mt19937_64 random(20261121);
        std::uniform_int_distribution<std::int64_t> priceRaw(1, 30000);
        std::uniform_int_distribution<std::int64_t> thresholdStep(1, 400000);
        std::uniform_int_distribution<std::int64_t> amountRaw(0, 50000000);
        std::uniform_int_distribution<int> steps(1, kMaxSteps);
        std::uniform_int_distribution<std::int64_t> residueRaw(0, kSubUnitsPerMoneyUnit - 1);
        for (int trial = 0; trial < 3000; ++trial) {
            Tariff tariff;
            tariff.ladder.stepCount = static_cast<std::uint8_t>(steps(random));
            std::int64_t threshold = 0;
            for (int i = 0; i < tariff.ladder.stepCount; ++i) {
                tariff.ladder.prices[i] = Price::fromRaw(priceRaw(random));
                if (i + 1 < tariff.ladder.stepCount) {
                    threshold += thresholdStep(random);
                    tariff.ladder.thresholds[i] = Energy::fromRaw(threshold);
                }
            }
            QCOMPARE(validate(tariff), kOk);
            const Energy usage = Energy::fromRaw(thresholdStep(random) * 2);
            const Money amount = Money::fromRaw(amountRaw(random));
            const std::int64_t residue = residueRaw(random);

            const Result<Charge> quote = quoteMoney(tariff, usage, amount, 0, residue);
            QVERIFY(quote.ok());
            QCOMPARE(quote.value().energy.raw() % kDisplayEnergyUnit.raw(), std::int64_t{0});
            QVERIFY2(quote.value().money <= amount, qPrintable(QString::number(trial)));
            const Energy more = Energy::fromRaw(quote.value().energy.raw() + 10);
            const Result<Charge> dearer = charge(tariff, usage, more, 0, residue);
            QVERIFY(dearer.ok());
            QVERIFY2(dearer.value().money > amount, qPrintable(QString::number(trial)));
        }
    }

    void residueIsCarriedIn()
    {
        Tariff tariff;
        tariff.ladder.prices[0] = price("0.0001");
        // 0.001 kWh at 0.0001 is 10^-7: nothing alone, one unit with 999 sub-units carried in.
        QCOMPARE(charge(tariff, Energy{}, kwh("0.001"), 0, 0).value().money, Money{});
        const Charge carried = charge(tariff, Energy{}, kwh("0.001"), 0, 999).value();
        QCOMPARE(carried.money, Money::fromRaw(1));
        QCOMPARE(carried.residue, std::int64_t{0});
    }

    void freeLastStepBuysUnlimitedEnergy()
    {
        Tariff tariff = testing::zhejiang();
        tariff.ladder.prices[2] = Price{};
        QCOMPARE(quoteMoney(tariff, kwh("4800"), money("10"), 0).status().code(),
                 Errc::kUnboundedEnergy);
        // A free middle step is simply skipped over.
        tariff = testing::zhejiang();
        tariff.ladder.prices[1] = Price{};
        const Result<Charge> quote = quoteMoney(tariff, kwh("2760"), money("8.38"), 0);
        QVERIFY(quote.ok());
        QCOMPARE(quote.value().energy, kwh("2050"));
    }

    void refusesBadInput()
    {
        const Tariff tariff = testing::zhejiang();
        QCOMPARE(charge(tariff, kwh("-1"), kwh("1"), 0).status().code(), Errc::kNegative);
        QCOMPARE(charge(tariff, kwh("1"), kwh("-1"), 0).status().code(), Errc::kNegative);
        QCOMPARE(charge(tariff, kwh("1"), kwh("1"), 0, 1000).status().code(), Errc::kNegative);
        QCOMPARE(quoteMoney(tariff, kwh("0"), money("-1"), 0).status().code(), Errc::kNegative);
        QCOMPARE(charge(tariff, kwh("0"), Energy::fromRaw(INT64_MAX / 2), 0).status().code(),
                 Errc::kOverflow);
        QCOMPARE(quoteMoney(tariff, kwh("0"), Money::fromRaw(INT64_MAX), 0).status().code(),
                 Errc::kOverflow);
    }
};

QTEST_APPLESS_MAIN(TestCharge)
#include "tst_charge.moc"
