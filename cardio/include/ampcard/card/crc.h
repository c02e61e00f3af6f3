#pragma once

#include <cstdint>

#include "ampcard/base/bytes.h"

namespace ampcard::card {

// CRC-32 (IEEE 802.3, reflected, init and final xor 0xFFFFFFFF): crc32("123456789") == 0xCBF43926.
[[nodiscard]] std::uint32_t crc32(ConstBytes data, std::uint32_t crc = 0);

} // namespace ampcard::card
