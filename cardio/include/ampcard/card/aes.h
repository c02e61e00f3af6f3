#pragma once

#include <array>
#include <cstdint>

#include "ampcard/base/bytes.h"
#include "ampcard/base/status.h"

// AES (FIPS-197) encryption with 128- or 256-bit keys. Only the forward cipher: CCM, CMAC and the
// KDF need nothing else, so the firmware carries no inverse tables. Byte-oriented and table-based
// (one 256-byte S-box): small, not hardened against cache-timing attacks.

namespace ampcard::card {

inline constexpr std::size_t kAesBlockSize = 16;
using Block = std::array<std::uint8_t, kAesBlockSize>;

class Aes {
public:
    Aes() = default;
    ~Aes() { secureZero(m_roundKeys); }
    Aes(const Aes &) = default;
    Aes &operator=(const Aes &) = default;

    // 16 or 32 bytes; kKeyLength otherwise.
    Status setKey(ConstBytes key);
    [[nodiscard]] bool hasKey() const { return m_rounds != 0; }

    // Encrypts one block; in and out may be the same block.
    void encrypt(const Block &in, Block &out) const;

private:
    std::array<std::uint8_t, 240> m_roundKeys{};
    std::uint8_t m_rounds = 0;
};

} // namespace ampcard::card
