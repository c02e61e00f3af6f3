#pragma once

#include <cstdint>

#include "ampcard/base/status.h"

// Local civil time as the meter's clock keeps it (no time zones, no daylight saving).

namespace ampcard::tariff {

// Seconds since 2000-01-01T00:00:00 local time.
using Timestamp = std::int64_t;

inline constexpr std::int64_t kSecondsPerMinute = 60;
inline constexpr std::int64_t kSecondsPerHour = 3600;
inline constexpr std::int64_t kSecondsPerDay = 86400;

struct CivilTime {
    std::int16_t year = 2000; // 1970..9999
    std::uint8_t month = 1;   // 1..12
    std::uint8_t day = 1;     // 1..days in month
    std::uint8_t hour = 0;    // 0..23
    std::uint8_t minute = 0;  // 0..59
    std::uint8_t second = 0;  // 0..59
    constexpr bool operator==(const CivilTime &) const = default;
};

[[nodiscard]] constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

[[nodiscard]] constexpr int daysInMonth(int year, int month)
{
    constexpr std::uint8_t kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Days from 2000-01-01 to the given date of the proleptic Gregorian calendar (may be negative).
[[nodiscard]] constexpr std::int64_t daysFromCivil(int year, int month, int day)
{
    // Count years from March so that the leap day is the last day of the counted year.
    const int y = month <= 2 ? year - 1 : year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int monthFromMarch = month > 2 ? month - 3 : month + 9;
    const int dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    constexpr std::int64_t kDaysFrom0000To2000 = 730425;
    return static_cast<std::int64_t>(era) * 146097 + dayOfEra - kDaysFrom0000To2000;
}

static_assert(daysFromCivil(2000, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 60);
static_assert(daysFromCivil(2001, 1, 1) == 366);
static_assert(daysFromCivil(1970, 1, 1) == -10957);

// Validates and converts; kDateTime when any field is out of range.
Result<Timestamp> toTimestamp(const CivilTime &time);
// Converts a timestamp back to the calendar (valid for years 1970..9999).
CivilTime toCivil(Timestamp timestamp);

} // namespace ampcard::tariff
