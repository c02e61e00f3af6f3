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

// The meter's secrets on its communication line (docs/keystore.md "Line secrets"): the DL/T645
// passwords of levels 02 and 04 and the Modbus unlock PIN. Derived like the meter key, under their
// own label, from KDF(K_master, "AMPCARD METER LINE", context) -> 8 bytes: bytes 0-2 and 3-5 give
// six decimal digits each (a 24-bit number modulo 10^6, BCD, wire order: low byte first), bytes
// 6-7 the PIN (1..65535). No two meters share them and none is a factory default.
inline constexpr std::array<std::uint8_t, 18> kLineSecretsLabel = {
    'A', 'M', 'P', 'C', 'A', 'R', 'D', ' ', 'M', 'E', 'T', 'E', 'R', ' ', 'L', 'I', 'N', 'E'};
inline constexpr std::size_t kLineSeedSize = 8;

struct LineSecrets {
    std::array<std::uint8_t, 3> password02{}; // wire order, as after the level byte
    std::array<std::uint8_t, 3> password04{};
    std::uint16_t modbusPin = 0;

    // A meter refuses to be commissioned with these: zero, equal levels or a zero PIN.
    [[nodiscard]] bool usable() const;
};

// The secrets from the KDF's 8 output bytes (the host derives them with OpenSSL).
LineSecrets lineSecretsFromSeed(ConstBytes seed);
Status deriveLineSecrets(const Aes &master, std::uint32_t utilityId, const MeterNumber &meter,
                         std::uint8_t keyVersion, LineSecrets *out);

} // namespace ampcard::card
