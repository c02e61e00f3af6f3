#include <random>

#include <QTest>

#include "ampcard/tariff/billing.h"
#include "testtariffs.h"

using namespace ampcard;
using namespace ampcard::tariff;
using testing::at;
using testing::kwh;
using testing::money;
using testing::price;

namespace {

// An independent reference: prices every watt-hour on its own by walking the ladder, accumulates
// the exact cost in sub-units and never truncates until asked.
class Reference {
public:
    explicit Reference(const Tariff &tariff) : m_tariff(tariff) {}

    void consume(std::int64_t wattHours, std::uint8_t rate)
    {
        for (std::int64_t i = 0; i < wattHours; ++i) {
            int step = 0;
            // The unit that ends exactly on a threshold belongs to the lower step.
            while (step + 1 < m_tariff.ladder.stepCount &&
                   m_usage + 1 > m_tariff.ladder.thresholds[step].raw())
                ++step;
            m_exact += unitPrice(m_tariff, step, rate).raw();
            ++m_usage;
        }
    }
    void settle() { m_usage = 0; }
    void switchTo(const Tariff &tariff) { m_tariff = tariff; }
    [[nodiscard]] std::int64_t money() const { return m_exact / kSubUnitsPerMoneyUnit; }

private:
    Tariff m_tariff;
    std::int64_t m_usage = 0;
    std::int64_t m_exact = 0;
};

Tariff monthlySouthAfricaOnDay(int day)
{
    Tariff tariff = testing::southAfrica();
    tariff.settlement.dates[0].day = static_cast<std::uint8_t>(day);
    return tariff;
}

} // namespace

class TestBilling : public QObject {
    Q_OBJECT

private slots:
    // The exact-deduction property: however the consumption is chopped, across step boundaries,
    // TOU changes and settlement resets, the money deducted equals the truncated exact cost.
    void deductionIsIndependentOfChopping_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("tou");
        for (int seed = 1; seed <= 12; ++seed) {
            QTest::addRow("ladder-seed-%d", seed) << seed << false;
            QTest::addRow("tou-seed-%d", seed) << seed << true;
        }
    }

    void deductionIsIndependentOfChopping()
    {
        QFETCH(int, seed);
        QFETCH(bool, tou);
        Tariff tariff = tou ? testing::zhejiangTou() : monthlySouthAfricaOnDay(1);
        if (tou) {
            // Small thresholds so that many chops cross steps; monthly resets.
            tariff.ladder.thresholds[0] = kwh("7");
            tariff.ladder.thresholds[1] = kwh("19.5");
            tariff.settlement.mode = SettlementMode::kMonthly;
            tariff.settlement.dates[0] = {1, 3, 0};
        } else {
            tariff.ladder.thresholds[0] = kwh("5");
            tariff.ladder.thresholds[1] = kwh("12.345");
        }
        std::mt19937_64 random(static_cast<std::uint64_t>(seed));
        std::uniform_int_distribution<std::int64_t> chop(0, 2500);
        std::uniform_int_distribution<std::int64_t> gap(60, 9 * 3600);

        Timestamp now = at(2024, 1, 2, 5);
        Billing billing = Billing::start(tariff, now).value();
        Reference reference(tariff);
        std::int64_t deducted = 0;
        int settlements = 0;
        for (int i = 0; i < 4000; ++i) {
            now += gap(random);
            while (billing.settleDue(now)) {
                reference.settle();
                ++settlements;
            }
            const std::int64_t energy = chop(random);
            const std::uint8_t rate = rateAt(tariff.tou, now);
            const Result<Deduction> charged = billing.consume(Energy::fromRaw(energy), now);
            QVERIFY(charged.ok());
            deducted += charged.value().money.raw();
            reference.consume(energy, rate);
            QCOMPARE(deducted, reference.money());
        }
        QVERIFY2(settlements >= 10, "the run must cross settlements");
    }

    void wholeEqualsSumOfQuanta()
    {
        const Tariff tariff = testing::zhejiang();
        const Timestamp now = at(2024, 3, 1);
        Billing billing = Billing::start(tariff, now).value();
        std::int64_t deducted = 0;
        for (int i = 0; i < 5000 * 100; ++i) // 5000 kWh in 0.01 kWh quanta
            deducted += billing.consume(kDisplayEnergyUnit, now).value().money.raw();
        QCOMPARE(Money::fromRaw(deducted), money("2852.0000"));
        QCOMPARE(billing.state().period.money, money("2852.0000"));
        QCOMPARE(billing.state().period.stepEnergy[0], kwh("2760"));
        QCOMPARE(billing.state().period.stepEnergy[1], kwh("2040"));
        QCOMPARE(billing.state().period.stepEnergy[2], kwh("200"));
    }

    void settlementFreezesAndResetsTheLadder()
    {
        Billing billing = Billing::start(testing::zhejiang(), at(2024, 6, 1)).value();
        QVERIFY(billing.consume(kwh("3000"), at(2024, 12, 31, 23)).ok());
        QCOMPARE(billing.consume(kwh("1"), at(2025, 1, 1, 0, 0, 1)).status().code(),
                 Errc::kSettlementDue);

        const std::optional<PeriodRecord> frozen = billing.settleDue(at(2025, 1, 1, 0, 0, 1));
        QVERIFY(frozen.has_value());
        QCOMPARE(frozen->start, at(2024, 6, 1));
        QCOMPARE(frozen->end, at(2025, 1, 1));
        QCOMPARE(frozen->usage, kwh("3000"));
        QCOMPARE(frozen->money, money("1626.0000")); // 2760 x 0.538 + 240 x 0.588
        QVERIFY(!billing.settleDue(at(2025, 1, 1, 0, 0, 1)).has_value());

        // The new year starts in step 1 again.
        const Deduction first = billing.consume(kwh("1"), at(2025, 1, 1, 0, 0, 1)).value();
        QCOMPARE(first.step, std::uint8_t{0});
        QCOMPARE(first.price, price("0.5380"));
        QCOMPARE(first.money, money("0.5380"));
        QCOMPARE(billing.state().period.start, at(2025, 1, 1));
    }

    void missedSettlementsEachFreezeAPeriod()
    {
        Billing billing = Billing::start(monthlySouthAfricaOnDay(1), at(2024, 1, 15)).value();
        QVERIFY(billing.consume(kwh("10"), at(2024, 1, 20)).ok());
        int frozen = 0;
        while (billing.settleDue(at(2024, 5, 10)))
            ++frozen;
        QCOMPARE(frozen, 4); // Feb, Mar, Apr, May
        QCOMPARE(billing.state().period.start, at(2024, 5, 1));
    }

    void pendingTariffSwitchesAtFirstConsumptionAfterActivation()
    {
        Billing billing = Billing::start(testing::zhejiang(), at(2024, 1, 1)).value();
        Tariff dearer = testing::zhejiang();
        dearer.ladder.prices[0] = price("0.6000");
        QCOMPARE(billing.schedule(dearer, at(2024, 3, 1)), kOk);

        QCOMPARE(billing.consume(kwh("1"), at(2024, 2, 29, 23, 59, 59)).value().money,
                 money("0.5380"));
        QVERIFY(billing.state().hasPending);
        QCOMPARE(billing.nextUnitPrice(at(2024, 3, 1)), price("0.6000"));
        QCOMPARE(billing.consume(kwh("1"), at(2024, 3, 1)).value().money, money("0.6000"));
        QVERIFY(!billing.state().hasPending);
        QCOMPARE(billing.state().active.ladder.prices[0], price("0.6000"));
        // The ladder usage carries over the switch.
        QCOMPARE(billing.state().period.usage, kwh("2"));

        Tariff invalid = dearer;
        invalid.ladder.stepCount = 0;
        QCOMPARE(billing.schedule(invalid, at(2024, 4, 1)).code(), Errc::kStepCount);
        QVERIFY(!billing.state().hasPending);
    }

    void switchToANewSettlementRule()
    {
        Billing billing = Billing::start(testing::zhejiang(), at(2024, 1, 1)).value();
        QCOMPARE(billing.schedule(monthlySouthAfricaOnDay(1), at(2024, 3, 10)), kOk);
        QVERIFY(billing.consume(kwh("1"), at(2024, 3, 10)).ok());
        QCOMPARE(billing.state().nextSettlement, at(2024, 4, 1));
    }

    void clockGoingBackCountsAsLastTime()
    {
        Billing billing = Billing::start(testing::zhejiang(), at(2024, 12, 31, 23)).value();
        QVERIFY(billing.consume(kwh("1"), at(2024, 12, 31, 23, 30)).ok());
        QVERIFY(billing.consume(kwh("1"), at(2024, 12, 31, 22)).ok());
        QCOMPARE(billing.state().lastTime, at(2024, 12, 31, 23, 30));
        QCOMPARE(billing.state().period.usage, kwh("2"));
    }

    void touEnergyIsCountedPerRate()
    {
        Billing billing = Billing::start(testing::zhejiangTou(), at(2024, 1, 1)).value();
        QVERIFY(billing.consume(kwh("2"), at(2024, 1, 1, 9)).ok());
        QVERIFY(billing.consume(kwh("3"), at(2024, 1, 1, 23)).ok());
        const PeriodRecord &period = billing.state().period;
        QCOMPARE(period.rateEnergy[static_cast<int>(TouRate::kPeak)], kwh("2"));
        QCOMPARE(period.rateEnergy[static_cast<int>(TouRate::kValley)], kwh("3"));
        QCOMPARE(period.money, money("2.0000")); // 2 x 0.568 + 3 x 0.288
    }

    void restoreRefusesInconsistentState()
    {
        Billing billing = Billing::start(testing::zhejiang(), at(2024, 1, 1)).value();
        QVERIFY(billing.consume(kwh("1.001"), at(2024, 1, 2)).ok());
        BillingState state = billing.state();
        QVERIFY(Billing::restore(state).ok());
        QCOMPARE(Billing::restore(state).value().state().residue, state.residue);

        BillingState badResidue = state;
        badResidue.residue = kSubUnitsPerMoneyUnit;
        QCOMPARE(Billing::restore(badResidue).status().code(), Errc::kInvalidState);
        BillingState badClock = state;
        badClock.nextSettlement = badClock.period.start;
        QCOMPARE(Billing::restore(badClock).status().code(), Errc::kInvalidState);
        BillingState badTariff = state;
        badTariff.active.ladder.thresholds[1] = Energy{};
        QCOMPARE(Billing::restore(badTariff).status().code(), Errc::kThresholdOrder);
    }
};

QTEST_APPLESS_MAIN(TestBilling)
#include "tst_billing.moc"
