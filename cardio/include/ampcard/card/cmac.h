#pragma once

#include "ampcard/card/aes.h"

// AES-CMAC (NIST SP 800-38B), streaming.

namespace ampcard::card {

class Cmac {
public:
    // The key must be set; subkeys K1 and K2 are derived here.
    explicit Cmac(const Aes &aes);
    ~Cmac();
    Cmac(const Cmac &) = delete;
    Cmac &operator=(const Cmac &) = delete;

    void update(ConstBytes data);
    // The full 16-byte tag; the object must not be used afterwards.
    void finish(Block &tag);

    static Block compute(const Aes &aes, ConstBytes message);

private:
    const Aes &m_aes;
    Block m_k1{};
    Block m_k2{};
    Block m_state{};
    Block m_buffer{};
    std::size_t m_used = 0;
};

} // namespace ampcard::card
