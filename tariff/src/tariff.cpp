#include "ampcard/tariff/tariff.h"

namespace ampcard::tariff {

namespace {

constexpr std::uint8_t index8(int i)
{
    return static_cast<std::uint8_t>(i);
}

Status validatePrice(Price price, Errc code, int index)
{
    if (price.isNegative())
        return {code, index8(index)};
    if (price > kMaxPrice)
        return {Errc::kOverflow, index8(index)};
    return kOk;
}

Timestamp at(int year, int month, int day, int hour)
{
    return daysFromCivil(year, month, day) * kSecondsPerDay + hour * kSecondsPerHour;
}

} // namespace

Status validate(const Ladder &ladder)
{
    if (ladder.stepCount < 1 || ladder.stepCount > kMaxSteps)
        return Errc::kStepCount;
    for (int i = 0; i + 1 < ladder.stepCount; ++i) {
        if (i == 0 && ladder.thresholds[0].raw() <= 0)
            return {Errc::kThresholdNotPositive, 0};
        if (i > 0 && ladder.thresholds[i] <= ladder.thresholds[i - 1])
            return {Errc::kThresholdOrder, index8(i)};
    }
    for (int i = 0; i < ladder.stepCount; ++i)
        AMPCARD_TRY(validatePrice(ladder.prices[i], Errc::kStepPrice, i));
    return kOk;
}

Status validate(const Tou &tou)
{
    if (!tou.enabled())
        return tou.segmentCount == 0 ? kOk : Status(Errc::kTouRateCount);
    if (tou.rateMask >= (1u << kMaxTouRates))
        return Errc::kTouRateCount;
    for (int rate = 0; rate < kMaxTouRates; ++rate) {
        if (tou.defines(rate))
            AMPCARD_TRY(validatePrice(tou.rates[rate], Errc::kTouRatePrice, rate));
    }
    if (tou.segmentCount == 0)
        return Errc::kTouScheduleEmpty;
    if (tou.segmentCount > kMaxTouSegments)
        return Errc::kTouScheduleTooLong;
    for (int i = 0; i < tou.segmentCount; ++i) {
        const TouSegment &segment = tou.segments[i];
        if (segment.startMinute >= 24 * 60)
            return {Errc::kTouScheduleTime, index8(i)};
        if (i == 0 && segment.startMinute != 0)
            return {Errc::kTouScheduleStart, 0};
        if (i > 0 && segment.startMinute <= tou.segments[i - 1].startMinute)
            return {Errc::kTouScheduleOrder, index8(i)};
        if (!tou.defines(segment.rate))
            return {Errc::kTouScheduleRate, index8(i)};
    }
    return kOk;
}

Status validate(const Settlement &settlement)
{
    if (settlement.mode == SettlementMode::kMonthly) {
        const SettlementDate &date = settlement.dates[0];
        if (date.day < 1 || date.day > 28)
            return Errc::kSettlementDay;
        if (date.hour > 23)
            return Errc::kSettlementHour;
        return kOk;
    }
    if (settlement.mode != SettlementMode::kYearly)
        return Errc::kSettlementDateCount;
    if (settlement.dateCount < 1 || settlement.dateCount > kMaxYearlyDates)
        return Errc::kSettlementDateCount;
    for (int i = 0; i < settlement.dateCount; ++i) {
        const SettlementDate &date = settlement.dates[i];
        if (date.month < 1 || date.month > 12 || date.day < 1 ||
            date.day > daysInMonth(2001, date.month))
            return {Errc::kSettlementDate, index8(i)};
        if (date.hour > 23)
            return {Errc::kSettlementHour, index8(i)};
        if (i > 0) {
            const SettlementDate &previous = settlement.dates[i - 1];
            const int key = (date.month * 32 + date.day) * 24 + date.hour;
            const int previousKey = (previous.month * 32 + previous.day) * 24 + previous.hour;
            if (key <= previousKey)
                return {Errc::kSettlementDateOrder, index8(i)};
        }
    }
    return kOk;
}

Status validate(const Tariff &tariff)
{
    AMPCARD_TRY(validate(tariff.ladder));
    AMPCARD_TRY(validate(tariff.tou));
    AMPCARD_TRY(validate(tariff.settlement));
    if (tariff.tou.enabled()) {
        // The dearest combination must stay within the price limit.
        Price dearestRate;
        for (int rate = 0; rate < kMaxTouRates; ++rate) {
            if (tariff.tou.defines(rate) && tariff.tou.rates[rate] > dearestRate)
                dearestRate = tariff.tou.rates[rate];
        }
        for (int step = 0; step < tariff.ladder.stepCount; ++step) {
            if (dearestRate.raw() + tariff.ladder.prices[step].raw() > kMaxPrice.raw())
                return {Errc::kOverflow, index8(step)};
        }
    }
    return kOk;
}

int stepAt(const Ladder &ladder, Energy usage)
{
    int step = 0;
    while (step + 1 < ladder.stepCount && usage >= ladder.thresholds[step])
        ++step;
    return step;
}

std::uint8_t rateAt(const Tou &tou, Timestamp time)
{
    if (!tou.enabled() || tou.segmentCount == 0)
        return 0;
    std::int64_t secondOfDay = time % kSecondsPerDay;
    if (secondOfDay < 0)
        secondOfDay += kSecondsPerDay;
    const auto minute = static_cast<std::uint16_t>(secondOfDay / kSecondsPerMinute);
    int segment = 0;
    while (segment + 1 < tou.segmentCount && tou.segments[segment + 1].startMinute <= minute)
        ++segment;
    return tou.segments[segment].rate;
}

Price unitPrice(const Tariff &tariff, int step, std::uint8_t rate)
{
    const Price stepPrice = tariff.ladder.prices[step];
    if (!tariff.tou.enabled())
        return stepPrice;
    return Price::fromRaw(tariff.tou.rates[rate].raw() + stepPrice.raw());
}

Timestamp nextSettlement(const Settlement &settlement, Timestamp after)
{
    const CivilTime now = toCivil(after);
    if (settlement.mode == SettlementMode::kMonthly) {
        const SettlementDate &date = settlement.dates[0];
        int year = now.year;
        int month = now.month;
        Timestamp candidate = at(year, month, date.day, date.hour);
        if (candidate <= after) {
            if (++month > 12) {
                month = 1;
                ++year;
            }
            candidate = at(year, month, date.day, date.hour);
        }
        return candidate;
    }
    const int dateCount =
        settlement.dateCount < kMaxYearlyDates ? settlement.dateCount : kMaxYearlyDates;
    for (int year = now.year; year <= now.year + 1; ++year) {
        for (int i = 0; i < dateCount; ++i) {
            const SettlementDate &date = settlement.dates[i];
            const Timestamp candidate = at(year, date.month, date.day, date.hour);
            if (candidate > after)
                return candidate;
        }
    }
    return INT64_MAX; // no dates: an unvalidated settlement never settles
}

} // namespace ampcard::tariff
