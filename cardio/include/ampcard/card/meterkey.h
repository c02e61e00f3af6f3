#pragma once

#include <array>
#include <cstdint>

#include "ampcard/card/aes.h"
#include "ampcard/card/records.h"

// Per-meter keys: K_meter = KDF(K_master, label, utility id || meter number || key version), the
// SP 800-108 counter-mode KDF with AES-CMAC, 128 bits. The station derives them with OpenSSL from
// the same label and context; a meter holds only its own.

namespace ampcard::card {

inline constexpr std::size_t kMeterKeySize = 16;
inline constexpr std::array<std::uint8_t, 17> kMeterKeyLabel = {
    'A', 'M', 'P', 'C', 'A', 'R', 'D', ' ', 'M', 'E', 'T', 'E', 'R', ' ', 'K', 'E', 'Y'};

std::array<std::uint8_t, 11> meterKeyContext(std::uint32_t utilityId, const MeterNumber &meter,
                                             std::uint8_t keyVersion);

Status deriveMeterKey(const Aes &master, std::uint32_t utilityId, const MeterNumber &meter,
                      std::uint8_t keyVersion, Bytes out);

} // namespace ampcard::card
