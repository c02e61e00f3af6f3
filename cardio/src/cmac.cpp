#include "ampcard/card/cmac.h"

namespace ampcard::card {

namespace {

// Doubling in GF(2^128): shift left one bit, reduce by x^128 + x^7 + x^2 + x + 1.
Block doubled(const Block &in)
{
    Block out;
    for (std::size_t i = 0; i < kAesBlockSize; ++i) {
        const std::uint8_t carry =
            i + 1 < kAesBlockSize ? static_cast<std::uint8_t>(in[i + 1] >> 7) : 0;
        out[i] = static_cast<std::uint8_t>((in[i] << 1) | carry);
    }
    if ((in[0] & 0x80) != 0)
        out[kAesBlockSize - 1] ^= 0x87;
    return out;
}

} // namespace

Cmac::Cmac(const Aes &aes) : m_aes(aes)
{
    Block zero{};
    Block l;
    m_aes.encrypt(zero, l);
    m_k1 = doubled(l);
    m_k2 = doubled(m_k1);
    secureZero(l);
}

Cmac::~Cmac()
{
    secureZero(m_k1);
    secureZero(m_k2);
    secureZero(m_state);
    secureZero(m_buffer);
}

void Cmac::update(ConstBytes data)
{
    for (std::uint8_t byte : data) {
        if (m_used == kAesBlockSize) {
            for (std::size_t i = 0; i < kAesBlockSize; ++i)
                m_state[i] ^= m_buffer[i];
            m_aes.encrypt(m_state, m_state);
            m_used = 0;
        }
        m_buffer[m_used++] = byte;
    }
}

void Cmac::finish(Block &tag)
{
    const Block &subkey = m_used == kAesBlockSize ? m_k1 : m_k2;
    if (m_used < kAesBlockSize) {
        m_buffer[m_used] = 0x80;
        for (std::size_t i = m_used + 1; i < kAesBlockSize; ++i)
            m_buffer[i] = 0;
    }
    for (std::size_t i = 0; i < kAesBlockSize; ++i)
        m_state[i] = static_cast<std::uint8_t>(m_state[i] ^ m_buffer[i] ^ subkey[i]);
    m_aes.encrypt(m_state, tag);
}

Block Cmac::compute(const Aes &aes, ConstBytes message)
{
    Cmac cmac(aes);
    cmac.update(message);
    Block tag;
    cmac.finish(tag);
    return tag;
}

} // namespace ampcard::card
