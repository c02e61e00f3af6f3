#include <functional>

#include <QTest>

#include "ampcard/tariff/tariff.h"
#include "testtariffs.h"

using namespace ampcard;
using namespace ampcard::tariff;
using testing::at;
using testing::kwh;
using testing::price;

using Mutation = std::function<void(Tariff &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(ampcard::tariff::Settlement)

class TestTariff : public QObject {
    Q_OBJECT

private slots:
    void publicExamplesAreValid()
    {
        QCOMPARE(validate(testing::zhejiang()), kOk);
        QCOMPARE(validate(testing::zhejiangTou()), kOk);
        QCOMPARE(validate(testing::southAfrica()), kOk);
    }

    void validationNamesTheFault_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("index");

        auto row = [](const char *name, Mutation mutate, Errc error, int index) {
            QTest::newRow(name) << mutate << static_cast<int>(error) << index;
        };
        row(
            "no-steps", [](Tariff &t) { t.ladder.stepCount = 0; }, Errc::kStepCount, 0);
        row(
            "nine-steps", [](Tariff &t) { t.ladder.stepCount = 9; }, Errc::kStepCount, 0);
        row(
            "zero-first-threshold", [](Tariff &t) { t.ladder.thresholds[0] = Energy{}; },
            Errc::kThresholdNotPositive, 0);
        row(
            "equal-thresholds", [](Tariff &t) { t.ladder.thresholds[1] = kwh("2760"); },
            Errc::kThresholdOrder, 1);
        row(
            "decreasing-thresholds", [](Tariff &t) { t.ladder.thresholds[1] = kwh("100"); },
            Errc::kThresholdOrder, 1);
        row(
            "negative-price", [](Tariff &t) { t.ladder.prices[2] = price("-0.01"); },
            Errc::kStepPrice, 2);
        row(
            "absurd-price", [](Tariff &t) { t.ladder.prices[1] = price("1000000.0001"); },
            Errc::kOverflow, 1);
        row(
            "monthly-day-29",
            [](Tariff &t) {
                t.settlement.mode = SettlementMode::kMonthly;
                t.settlement.dates[0].day = 29;
            },
            Errc::kSettlementDay, 0);
        row(
            "hour-24", [](Tariff &t) { t.settlement.dates[0].hour = 24; }, Errc::kSettlementHour,
            0);
        row(
            "five-yearly-dates", [](Tariff &t) { t.settlement.dateCount = 5; },
            Errc::kSettlementDateCount, 0);
        row(
            "leap-day-settlement",
            [](Tariff &t) {
                t.settlement.dateCount = 2;
                t.settlement.dates[1] = {2, 29, 0};
            },
            Errc::kSettlementDate, 1);
        row(
            "yearly-dates-out-of-order",
            [](Tariff &t) {
                t.settlement.dateCount = 2;
                t.settlement.dates[0] = {7, 1, 0};
                t.settlement.dates[1] = {1, 1, 0};
            },
            Errc::kSettlementDateOrder, 1);
        row(
            "tou-schedule-not-from-midnight",
            [](Tariff &t) {
                t = testing::zhejiangTou();
                t.tou.segments[0].startMinute = 60;
            },
            Errc::kTouScheduleStart, 0);
        row(
            "tou-schedule-out-of-order",
            [](Tariff &t) {
                t = testing::zhejiangTou();
                t.tou.segments[2].startMinute = 8 * 60;
            },
            Errc::kTouScheduleOrder, 2);
        row(
            "tou-undefined-rate",
            [](Tariff &t) {
                t = testing::zhejiangTou();
                t.tou.segments[1].rate = static_cast<std::uint8_t>(TouRate::kSharp);
            },
            Errc::kTouScheduleRate, 1);
        row(
            "tou-negative-rate",
            [](Tariff &t) {
                t = testing::zhejiangTou();
                t.tou.rates[static_cast<int>(TouRate::kValley)] = price("-0.288");
            },
            Errc::kTouRatePrice, 3);
        row(
            "tou-without-schedule",
            [](Tariff &t) {
                t = testing::zhejiangTou();
                t.tou.segmentCount = 0;
            },
            Errc::kTouScheduleEmpty, 0);
        row(
            "tou-schedule-too-long",
            [](Tariff &t) {
                t = testing::zhejiangTou();
                t.tou.segmentCount = kMaxTouSegments + 1;
            },
            Errc::kTouScheduleTooLong, 0);
        row(
            "tou-minute-past-midnight",
            [](Tariff &t) {
                t = testing::zhejiangTou();
                t.tou.segments[2].startMinute = 24 * 60;
            },
            Errc::kTouScheduleTime, 2);
        row(
            "tou-sum-beyond-limit",
            [](Tariff &t) {
                t = testing::zhejiangTou();
                t.ladder.prices[2] = kMaxPrice;
            },
            Errc::kOverflow, 2);
    }

    void validationNamesTheFault()
    {
        QFETCH(Mutation, mutate);
        QFETCH(int, error);
        QFETCH(int, index);
        Tariff tariff = testing::zhejiang();
        mutate(tariff);
        const Status status = validate(tariff);
        QCOMPARE(static_cast<int>(status.code()), error);
        QCOMPARE(static_cast<int>(status.index()), index);
    }

    void usageOnAThresholdStaysInTheLowerStep_data()
    {
        QTest::addColumn<QString>("usage");
        QTest::addColumn<int>("step");
        QTest::newRow("empty") << "0" << 0;
        QTest::newRow("tier1-just-below") << "2759.999" << 0;
        // stepAt names the step of the NEXT unit: once usage reaches 2760 the next one is step 2.
        QTest::newRow("tier1-upper-boundary") << "2760" << 1;
        QTest::newRow("tier2-inside") << "3000" << 1;
        QTest::newRow("tier2-upper-boundary") << "4800" << 2;
        QTest::newRow("far-above") << "100000" << 2;
    }

    void usageOnAThresholdStaysInTheLowerStep()
    {
        QFETCH(QString, usage);
        QFETCH(int, step);
        QCOMPARE(stepAt(testing::zhejiang().ladder, kwh(usage.toStdString())), step);
    }

    void touRateFollowsTheDailySchedule_data()
    {
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("minute");
        QTest::addColumn<int>("rate");
        const int peak = static_cast<int>(TouRate::kPeak);
        const int valley = static_cast<int>(TouRate::kValley);
        QTest::newRow("midnight") << 0 << 0 << valley;
        QTest::newRow("before-peak") << 7 << 59 << valley;
        QTest::newRow("peak-start") << 8 << 0 << peak;
        QTest::newRow("peak-end") << 21 << 59 << peak;
        QTest::newRow("valley-again") << 22 << 0 << valley;
        QTest::newRow("last-minute") << 23 << 59 << valley;
    }

    void touRateFollowsTheDailySchedule()
    {
        QFETCH(int, hour);
        QFETCH(int, minute);
        QFETCH(int, rate);
        const Tariff tariff = testing::zhejiangTou();
        QCOMPARE(static_cast<int>(rateAt(tariff.tou, at(2024, 6, 1, hour, minute))), rate);
    }

    void additiveTouPrice()
    {
        const Tariff tariff = testing::zhejiangTou();
        const auto peak = static_cast<std::uint8_t>(TouRate::kPeak);
        const auto valley = static_cast<std::uint8_t>(TouRate::kValley);
        QCOMPARE(unitPrice(tariff, 0, peak), price("0.568"));
        QCOMPARE(unitPrice(tariff, 1, peak), price("0.618"));
        QCOMPARE(unitPrice(tariff, 2, valley), price("0.588"));
        QCOMPARE(unitPrice(testing::zhejiang(), 1, valley), price("0.5880"));
    }

    void nextSettlement_data()
    {
        QTest::addColumn<Settlement>("settlement");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<qint64>("expected");

        Settlement monthly;
        monthly.dates[0] = {1, 15, 6};
        QTest::newRow("monthly-later-this-month")
            << monthly << qint64(at(2024, 1, 10)) << qint64(at(2024, 1, 15, 6));
        QTest::newRow("monthly-exactly-on-instant-goes-to-next")
            << monthly << qint64(at(2024, 1, 15, 6)) << qint64(at(2024, 2, 15, 6));
        QTest::newRow("monthly-december-wraps-year")
            << monthly << qint64(at(2024, 12, 20)) << qint64(at(2025, 1, 15, 6));

        Settlement yearly;
        yearly.mode = SettlementMode::kYearly;
        yearly.dateCount = 2;
        yearly.dates[0] = {1, 1, 0};
        yearly.dates[1] = {7, 1, 0};
        QTest::newRow("yearly-mid-year")
            << yearly << qint64(at(2024, 3, 3)) << qint64(at(2024, 7, 1));
        QTest::newRow("yearly-after-last-date")
            << yearly << qint64(at(2024, 7, 1)) << qint64(at(2025, 1, 1));
        QTest::newRow("yearly-one-second-before")
            << yearly << qint64(at(2024, 6, 30, 23, 59, 59)) << qint64(at(2024, 7, 1));
    }

    void nextSettlement()
    {
        QFETCH(Settlement, settlement);
        QFETCH(qint64, after);
        QFETCH(qint64, expected);
        QCOMPARE(validate(settlement), kOk);
        QCOMPARE(ampcard::tariff::nextSettlement(settlement, after), expected);
    }
};

QTEST_APPLESS_MAIN(TestTariff)
#include "tst_tariff.moc"
