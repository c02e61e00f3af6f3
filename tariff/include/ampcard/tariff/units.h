#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "ampcard/base/status.h"

// Exact units. Money, prices and energy are integers of a fixed decimal unit; no floating point
// touches them. Arithmetic that can overflow returns a Result.

namespace ampcard::tariff {

// Fixed-capacity text of a formatted decimal number (no heap).
struct DecimalText {
    static constexpr std::size_t kCapacity = 24;
    char data[kCapacity]{};
    std::uint8_t size = 0;
    [[nodiscard]] constexpr std::string_view view() const { return {data, size}; }
};

// Parses "-12.3400" style text with at most `decimals` significant fraction digits into an integer
// of 10^-decimals units. Trailing fraction zeros beyond `decimals` are accepted (the value is still
// exact); other excess digits are refused, never rounded. No exponent, no locale, no spaces.
Result<std::int64_t> parseDecimal(std::string_view text, int decimals);

// Formats an integer of 10^-decimals units with `shown` fraction digits (shown <= decimals),
// truncating toward zero the digits that are not shown.
DecimalText formatDecimal(std::int64_t value, int decimals, int shown);

// Checked arithmetic: overflow is a Status, never undefined behaviour.
Result<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b);
Result<std::int64_t> checkedSub(std::int64_t a, std::int64_t b);
Result<std::int64_t> checkedMul(std::int64_t a, std::int64_t b);

// A unit type: an int64 count of 10^-Decimals of its base unit. Tag keeps money, prices and energy
// from mixing by accident.
template <int Decimals, typename Tag> class Fixed {
public:
    static constexpr int kDecimals = Decimals;
    static constexpr std::int64_t kScale = [] {
        std::int64_t scale = 1;
        for (int i = 0; i < Decimals; ++i)
            scale *= 10;
        return scale;
    }();

    constexpr Fixed() = default;
    static constexpr Fixed fromRaw(std::int64_t raw) { return Fixed(raw); }
    static constexpr Fixed fromWhole(std::int64_t whole) { return Fixed(whole * kScale); }
    static Result<Fixed> parse(std::string_view text)
    {
        const Result<std::int64_t> raw = parseDecimal(text, Decimals);
        if (!raw.ok())
            return raw.status();
        return Fixed(raw.value());
    }

    [[nodiscard]] constexpr std::int64_t raw() const { return m_raw; }
    [[nodiscard]] DecimalText format(int shown = Decimals) const
    {
        return formatDecimal(m_raw, Decimals, shown);
    }

    [[nodiscard]] Result<Fixed> plus(Fixed other) const
    {
        const Result<std::int64_t> sum = checkedAdd(m_raw, other.m_raw);
        return sum.ok() ? Result<Fixed>(Fixed(sum.value())) : Result<Fixed>(sum.status());
    }
    [[nodiscard]] Result<Fixed> minus(Fixed other) const
    {
        const Result<std::int64_t> difference = checkedSub(m_raw, other.m_raw);
        return difference.ok() ? Result<Fixed>(Fixed(difference.value()))
                               : Result<Fixed>(difference.status());
    }
    [[nodiscard]] constexpr bool isNegative() const { return m_raw < 0; }

    constexpr auto operator<=>(const Fixed &) const = default;

private:
    constexpr explicit Fixed(std::int64_t raw) : m_raw(raw) {}
    std::int64_t m_raw = 0;
};

// Currency amount in 0.0001 units.
using Money = Fixed<4, struct MoneyTag>;
// Price per kWh in 0.0001 currency units.
using Price = Fixed<4, struct PriceTag>;
// Active energy in 0.001 kWh (1 Wh): finer than the 0.01 kWh that displays and DL/T645 show.
using Energy = Fixed<3, struct EnergyTag>;

// price x energy is counted in 10^-7 currency units ("sub-units") before it is truncated to Money.
inline constexpr std::int64_t kSubUnitsPerMoneyUnit = Energy::kScale;

// Exact cost of `energy` at `price`, in sub-units (10^-7 currency).
Result<std::int64_t> exactCost(Price price, Energy energy);

// Energy shown to people and in DL/T645: truncated to 0.01 kWh.
inline constexpr Energy kDisplayEnergyUnit = Energy::fromRaw(10);

} // namespace ampcard::tariff
