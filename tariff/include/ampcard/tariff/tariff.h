#pragma once

#include <array>
#include <cstdint>

#include "ampcard/tariff/datetime.h"
#include "ampcard/base/status.h"
#include "ampcard/tariff/units.h"

// A tariff: a ladder (step) tariff over the usage of the current settlement period, an optional
// time-of-use schedule, and the settlement rule that resets the ladder usage.

namespace ampcard::tariff {

inline constexpr int kMaxSteps = 8;
inline constexpr int kMaxThresholds = kMaxSteps - 1;
inline constexpr int kMaxTouRates = 4;
inline constexpr int kMaxTouSegments = 14;
inline constexpr int kMaxYearlyDates = 4;
// Highest accepted price per kWh (1,000,000.0000): keeps every sum of prices far from overflow.
inline constexpr Price kMaxPrice = Price::fromWhole(1'000'000);

// TOU rate indices, in the order DL/T645 numbers tariffs 1..4.
enum class TouRate : std::uint8_t { kSharp = 0, kPeak = 1, kFlat = 2, kValley = 3 };

struct Ladder {
    std::uint8_t stepCount = 1; // 1..8
    // thresholds[i] is the upper bound of step i in period usage; usage exactly on a threshold
    // stays in the lower step. Only the first stepCount - 1 entries are used.
    std::array<Energy, kMaxThresholds> thresholds{};
    // Price of each step (pure ladder) or the step's surcharge added to the TOU rate.
    std::array<Price, kMaxSteps> prices{};
};

struct TouSegment {
    std::uint16_t startMinute = 0; // minute of the day, 0..1439
    std::uint8_t rate = 0;         // TouRate index
};

struct Tou {
    std::uint8_t rateMask = 0; // bit i set when rate i is defined; 0 means no TOU (pure ladder)
    std::array<Price, kMaxTouRates> rates{};
    std::uint8_t segmentCount = 0; // each segment runs until the next one, the last until 24:00
    std::array<TouSegment, kMaxTouSegments> segments{};

    [[nodiscard]] constexpr bool enabled() const { return rateMask != 0; }
    [[nodiscard]] constexpr bool defines(int rate) const
    {
        return rate >= 0 && rate < kMaxTouRates && (rateMask & (1u << rate)) != 0;
    }
};

enum class SettlementMode : std::uint8_t { kMonthly = 0, kYearly = 1 };

struct SettlementDate {
    std::uint8_t month = 1; // 1..12
    std::uint8_t day = 1;   // 1..28 for monthly, a real day of a non-leap year for yearly
    std::uint8_t hour = 0;  // 0..23
};

struct Settlement {
    SettlementMode mode = SettlementMode::kMonthly;
    // Monthly: dates[0].day and dates[0].hour, month ignored. Yearly: dateCount dates in order.
    std::uint8_t dateCount = 1;
    std::array<SettlementDate, kMaxYearlyDates> dates{};
};

struct Tariff {
    Ladder ladder;
    Tou tou;
    Settlement settlement;
};

// Checks a tariff; the Status index names the step, rate, segment or date at fault.
Status validate(const Tariff &tariff);
Status validate(const Ladder &ladder);
Status validate(const Tou &tou);
Status validate(const Settlement &settlement);

// Step (0-based) that the next unit consumed after `usage` falls in.
[[nodiscard]] int stepAt(const Ladder &ladder, Energy usage);

// TOU rate in force at `time`; 0 when the tariff has no TOU.
[[nodiscard]] std::uint8_t rateAt(const Tou &tou, Timestamp time);

// Price per kWh for a step and TOU rate: the rate plus the step surcharge with TOU, the step
// price without. The rate must be defined when TOU is on (validated tariffs only).
[[nodiscard]] Price unitPrice(const Tariff &tariff, int step, std::uint8_t rate);

// The first settlement instant strictly after `after`.
[[nodiscard]] Timestamp nextSettlement(const Settlement &settlement, Timestamp after);

} // namespace ampcard::tariff
