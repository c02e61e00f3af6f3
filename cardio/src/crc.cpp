#include "ampcard/card/crc.h"

#include <array>

namespace ampcard::card {

namespace {

constexpr std::array<std::uint32_t, 256> makeTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t byte = 0; byte < 256; ++byte) {
        std::uint32_t crc = byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ ((crc & 1u) != 0 ? 0xEDB88320u : 0u);
        table[byte] = crc;
    }
    return table;
}

constexpr std::array<std::uint32_t, 256> kTable = makeTable();

constexpr std::uint32_t crcOf(const char *text, std::size_t size)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        crc = (crc >> 8) ^ kTable[(crc ^ static_cast<std::uint8_t>(text[i])) & 0xFFu];
    return ~crc;
}

static_assert(crcOf("123456789", 9) == 0xCBF43926u); // the CRC-32 check value

} // namespace

std::uint32_t crc32(ConstBytes data, std::uint32_t crc)
{
    crc = ~crc;
    for (std::uint8_t byte : data)
        crc = (crc >> 8) ^ kTable[(crc ^ byte) & 0xFFu];
    return ~crc;
}

} // namespace ampcard::card
