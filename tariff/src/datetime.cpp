#include "ampcard/tariff/datetime.h"

namespace ampcard::tariff {

Result<Timestamp> toTimestamp(const CivilTime &time)
{
    if (time.year < 1970 || time.year > 9999 || time.month < 1 || time.month > 12 || time.day < 1 ||
        time.day > daysInMonth(time.year, time.month) || time.hour > 23 || time.minute > 59 ||
        time.second > 59)
        return Errc::kDateTime;
    return daysFromCivil(time.year, time.month, time.day) * kSecondsPerDay +
           time.hour * kSecondsPerHour + time.minute * kSecondsPerMinute + time.second;
}

CivilTime toCivil(Timestamp timestamp)
{
    std::int64_t days = timestamp / kSecondsPerDay;
    std::int64_t secondOfDay = timestamp % kSecondsPerDay;
    if (secondOfDay < 0) {
        secondOfDay += kSecondsPerDay;
        --days;
    }
    // Inverse of daysFromCivil, counting from 0000-03-01.
    const std::int64_t fromMarch0000 = days + 730425;
    const std::int64_t era = (fromMarch0000 >= 0 ? fromMarch0000 : fromMarch0000 - 146096) / 146097;
    const std::int64_t dayOfEra = fromMarch0000 - era * 146097;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
    const std::int64_t month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    CivilTime civil;
    civil.year = static_cast<std::int16_t>(year);
    civil.month = static_cast<std::uint8_t>(month);
    civil.day = static_cast<std::uint8_t>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    civil.hour = static_cast<std::uint8_t>(secondOfDay / kSecondsPerHour);
    civil.minute = static_cast<std::uint8_t>(secondOfDay % kSecondsPerHour / kSecondsPerMinute);
    civil.second = static_cast<std::uint8_t>(secondOfDay % kSecondsPerMinute);
    return civil;
}

} // namespace ampcard::tariff
