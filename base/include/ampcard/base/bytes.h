#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

// Byte spans and helpers for codecs and cryptography (cards, DL/T645, Modbus, the meter's NV
// image). Bytes are std::uint8_t rather than std::byte: AES, CRC and BCD arithmetic read better on
// integers.

namespace ampcard {

using ConstBytes = std::span<const std::uint8_t>;
using Bytes = std::span<std::uint8_t>;

constexpr void storeBigEndian(Bytes out, std::uint64_t value)
{
    for (std::size_t i = out.size(); i-- > 0;) {
        out[i] = static_cast<std::uint8_t>(value);
        value >>= 8;
    }
}

constexpr std::uint64_t loadBigEndian(ConstBytes in)
{
    std::uint64_t value = 0;
    for (std::uint8_t byte : in)
        value = (value << 8) | byte;
    return value;
}

// Compares without an early exit, so the time does not tell where two tags differ.
[[nodiscard]] bool constantTimeEqual(ConstBytes a, ConstBytes b);

// Zeroes memory in a way the optimiser may not remove (key material).
void secureZero(Bytes bytes);

} // namespace ampcard

// The card code named these ampcard::card::Bytes before they moved here, and about forty files of
// the station, the reader, the meter and its NV journal (some under concurrent change on other
// branches) still spell them so. Code in namespace ampcard::card finds the names above without
// these declarations; new code outside it writes ampcard::Bytes.
namespace ampcard::card {
using ampcard::Bytes;
using ampcard::constantTimeEqual;
using ampcard::ConstBytes;
using ampcard::loadBigEndian;
using ampcard::secureZero;
using ampcard::storeBigEndian;
} // namespace ampcard::card
