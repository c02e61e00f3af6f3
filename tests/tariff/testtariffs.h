#pragma once

#include <string_view>

#include <QTest>

#include "ampcard/tariff/tariff.h"

// Literals and the public example tariffs of ../shared/vectors/tariffs.md, for the tests.

namespace testing {

using namespace ampcard::tariff;

template <typename Unit> Unit parseOrFail(std::string_view text)
{
    const auto parsed = Unit::parse(text);
    if (!parsed.ok())
        qFatal("bad literal in test: %.*s", static_cast<int>(text.size()), text.data());
    return parsed.value();
}

inline Money money(std::string_view text)
{
    return parseOrFail<Money>(text);
}
inline Price price(std::string_view text)
{
    return parseOrFail<Price>(text);
}
inline Energy kwh(std::string_view text)
{
    return parseOrFail<Energy>(text);
}

inline Timestamp at(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    CivilTime civil;
    civil.year = static_cast<std::int16_t>(year);
    civil.month = static_cast<std::uint8_t>(month);
    civil.day = static_cast<std::uint8_t>(day);
    civil.hour = static_cast<std::uint8_t>(hour);
    civil.minute = static_cast<std::uint8_t>(minute);
    civil.second = static_cast<std::uint8_t>(second);
    return toTimestamp(civil).value();
}

// Zhejiang residential ladder, yearly settlement on 1 January (source: provincial tariff notice).
inline Tariff zhejiang()
{
    Tariff tariff;
    tariff.ladder.stepCount = 3;
    tariff.ladder.thresholds[0] = kwh("2760");
    tariff.ladder.thresholds[1] = kwh("4800");
    tariff.ladder.prices[0] = price("0.5380");
    tariff.ladder.prices[1] = price("0.5880");
    tariff.ladder.prices[2] = price("0.8380");
    tariff.settlement.mode = SettlementMode::kYearly;
    tariff.settlement.dateCount = 1;
    tariff.settlement.dates[0] = {1, 1, 0};
    return tariff;
}

// The same ladder on the additive TOU model: peak 0.568 08:00-22:00, valley 0.288 otherwise, steps
// adding +0.05 and +0.30.
inline Tariff zhejiangTou()
{
    Tariff tariff = zhejiang();
    tariff.ladder.prices[0] = price("0");
    tariff.ladder.prices[1] = price("0.05");
    tariff.ladder.prices[2] = price("0.30");
    tariff.tou.rateMask =
        (1u << static_cast<int>(TouRate::kPeak)) | (1u << static_cast<int>(TouRate::kValley));
    tariff.tou.rates[static_cast<int>(TouRate::kPeak)] = price("0.568");
    tariff.tou.rates[static_cast<int>(TouRate::kValley)] = price("0.288");
    tariff.tou.segmentCount = 3;
    tariff.tou.segments[0] = {0, static_cast<std::uint8_t>(TouRate::kValley)};
    tariff.tou.segments[1] = {8 * 60, static_cast<std::uint8_t>(TouRate::kPeak)};
    tariff.tou.segments[2] = {22 * 60, static_cast<std::uint8_t>(TouRate::kValley)};
    return tariff;
}

// South African inclining blocks, monthly (Thornhill Estate newsletter, September 2018).
inline Tariff southAfrica()
{
    Tariff tariff;
    tariff.ladder.stepCount = 3;
    tariff.ladder.thresholds[0] = kwh("500");
    tariff.ladder.thresholds[1] = kwh("1000");
    tariff.ladder.prices[0] = price("1.4316");
    tariff.ladder.prices[1] = price("1.6954");
    tariff.ladder.prices[2] = price("1.8154");
    tariff.settlement.mode = SettlementMode::kMonthly;
    tariff.settlement.dates[0] = {1, 1, 0};
    return tariff;
}

} // namespace testing

namespace QTest {
template <> inline char *toString(const ampcard::tariff::Money &value)
{
    const auto text = value.format();
    return qstrdup(QByteArray(text.data, text.size).constData());
}
template <> inline char *toString(const ampcard::tariff::Energy &value)
{
    const auto text = value.format();
    return qstrdup(QByteArray(text.data, text.size).constData());
}
} // namespace QTest
