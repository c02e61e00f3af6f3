#include "ampcard/tariff/units.h"

namespace ampcard::tariff {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr std::int64_t powerOfTen(int exponent)
{
    std::int64_t value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

Status appendDigit(std::int64_t &value, char digit)
{
    if (__builtin_mul_overflow(value, std::int64_t{10}, &value) ||
        __builtin_add_overflow(value, std::int64_t{digit - '0'}, &value))
        return Errc::kOverflow;
    return kOk;
}

} // namespace

Result<std::int64_t> parseDecimal(std::string_view text, int decimals)
{
    if (text.empty())
        return Errc::kParseEmpty;
    std::size_t pos = 0;
    const bool negative = text[0] == '-';
    if (negative)
        ++pos;

    std::int64_t value = 0;
    const std::size_t integerStart = pos;
    while (pos < text.size() && isDigit(text[pos]))
        AMPCARD_TRY(appendDigit(value, text[pos++]));
    if (pos == integerStart)
        return Errc::kParseSyntax;

    int fractionDigits = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        const std::size_t fractionStart = pos;
        for (; pos < text.size() && isDigit(text[pos]); ++pos) {
            if (fractionDigits < decimals) {
                AMPCARD_TRY(appendDigit(value, text[pos]));
                ++fractionDigits;
            } else if (text[pos] != '0') {
                return Errc::kParseTooManyDecimals;
            }
        }
        if (pos == fractionStart)
            return Errc::kParseSyntax;
    }
    if (pos != text.size())
        return Errc::kParseSyntax;

    const Result<std::int64_t> scaled = checkedMul(value, powerOfTen(decimals - fractionDigits));
    if (!scaled.ok())
        return scaled;
    return negative ? -scaled.value() : scaled.value();
}

DecimalText formatDecimal(std::int64_t value, int decimals, int shown)
{
    const std::int64_t truncated = value / powerOfTen(decimals - shown);
    const bool negative = truncated < 0;
    // Negate in unsigned arithmetic so that INT64_MIN has a magnitude too.
    std::uint64_t magnitude = negative ? 0u - static_cast<std::uint64_t>(truncated)
                                       : static_cast<std::uint64_t>(truncated);

    char reversed[DecimalText::kCapacity];
    std::size_t count = 0;
    for (int i = 0; i < shown; ++i) {
        reversed[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    }
    if (shown > 0)
        reversed[count++] = '.';
    do {
        reversed[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        reversed[count++] = '-';

    DecimalText text;
    for (std::size_t i = 0; i < count; ++i)
        text.data[i] = reversed[count - 1 - i];
    text.size = static_cast<std::uint8_t>(count);
    return text;
}

Result<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return Errc::kOverflow;
    return sum;
}

Result<std::int64_t> checkedSub(std::int64_t a, std::int64_t b)
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return Errc::kOverflow;
    return difference;
}

Result<std::int64_t> checkedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return Errc::kOverflow;
    return product;
}

Result<std::int64_t> exactCost(Price price, Energy energy)
{
    return checkedMul(price.raw(), energy.raw());
}

} // namespace ampcard::tariff
