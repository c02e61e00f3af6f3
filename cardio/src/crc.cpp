#include "ampcard/card/crc.h"

namespace ampcard::card {

std::uint32_t crc32(ConstBytes data, std::uint32_t crc)
{
    crc = ~crc;
    for (std::uint8_t byte : data) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ ((crc & 1u) != 0 ? 0xEDB88320u : 0u);
    }
    return ~crc;
}

} // namespace ampcard::card
