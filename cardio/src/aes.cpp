#include "ampcard/card/aes.h"

namespace ampcard::card {

namespace {

constexpr std::uint8_t xtime(std::uint8_t x)
{
    return static_cast<std::uint8_t>((x << 1) ^ ((x & 0x80) != 0 ? 0x1b : 0x00));
}

constexpr std::uint8_t gfMultiply(std::uint8_t a, std::uint8_t b)
{
    std::uint8_t product = 0;
    while (b != 0) {
        if ((b & 1) != 0)
            product ^= a;
        a = xtime(a);
        b = static_cast<std::uint8_t>(b >> 1);
    }
    return product;
}

constexpr std::uint8_t rotateLeft(std::uint8_t x, int n)
{
    return static_cast<std::uint8_t>((x << n) | (x >> (8 - n)));
}

// The S-box from its definition: multiplicative inverse in GF(2^8) (through log and exp tables
// of the generator 3), then the affine map.
constexpr std::array<std::uint8_t, 256> makeSbox()
{
    std::array<std::uint8_t, 256> exp{};
    std::array<std::uint8_t, 256> log{};
    std::uint8_t value = 1;
    for (int i = 0; i < 255; ++i) {
        exp[static_cast<std::size_t>(i)] = value;
        log[value] = static_cast<std::uint8_t>(i);
        value = gfMultiply(value, 3);
    }
    std::array<std::uint8_t, 256> box{};
    for (int x = 0; x < 256; ++x) {
        const std::uint8_t inverse =
            x == 0 ? 0
                   : exp[static_cast<std::size_t>((255 - log[static_cast<std::size_t>(x)]) % 255)];
        box[static_cast<std::size_t>(x)] =
            static_cast<std::uint8_t>(inverse ^ rotateLeft(inverse, 1) ^ rotateLeft(inverse, 2) ^
                                      rotateLeft(inverse, 3) ^ rotateLeft(inverse, 4) ^ 0x63);
    }
    return box;
}

constexpr std::array<std::uint8_t, 256> kSbox = makeSbox();
static_assert(kSbox[0x00] == 0x63 && kSbox[0x01] == 0x7c && kSbox[0x53] == 0xed &&
              kSbox[0xff] == 0x16);

} // namespace

Status Aes::setKey(ConstBytes key)
{
    if (key.size() != 16 && key.size() != 32)
        return Errc::kKeyLength;
    const std::size_t words = key.size() / 4; // Nk
    m_rounds = static_cast<std::uint8_t>(words + 6);
    const std::size_t totalWords = 4 * (m_rounds + 1u);
    for (std::size_t i = 0; i < key.size(); ++i)
        m_roundKeys[i] = key[i];
    std::uint8_t roundConstant = 1;
    for (std::size_t i = words; i < totalWords; ++i) {
        std::uint8_t temp[4] = {m_roundKeys[4 * i - 4], m_roundKeys[4 * i - 3],
                                m_roundKeys[4 * i - 2], m_roundKeys[4 * i - 1]};
        if (i % words == 0) {
            const std::uint8_t first = temp[0];
            temp[0] = static_cast<std::uint8_t>(kSbox[temp[1]] ^ roundConstant);
            temp[1] = kSbox[temp[2]];
            temp[2] = kSbox[temp[3]];
            temp[3] = kSbox[first];
            roundConstant = xtime(roundConstant);
        } else if (words > 6 && i % words == 4) {
            for (std::uint8_t &byte : temp)
                byte = kSbox[byte];
        }
        for (std::size_t j = 0; j < 4; ++j)
            m_roundKeys[4 * i + j] =
                static_cast<std::uint8_t>(m_roundKeys[4 * (i - words) + j] ^ temp[j]);
    }
    return kOk;
}

void Aes::encrypt(const Block &in, Block &out) const
{
    Block state;
    for (std::size_t i = 0; i < kAesBlockSize; ++i)
        state[i] = static_cast<std::uint8_t>(in[i] ^ m_roundKeys[i]);
    for (std::size_t round = 1; round <= m_rounds; ++round) {
        // SubBytes and ShiftRows together: byte (row r, column c) comes from column c + r.
        Block shifted;
        for (std::size_t column = 0; column < 4; ++column) {
            for (std::size_t row = 0; row < 4; ++row)
                shifted[4 * column + row] = kSbox[state[4 * ((column + row) % 4) + row]];
        }
        if (round != m_rounds) {
            for (std::size_t column = 0; column < 4; ++column) {
                std::uint8_t *c = &shifted[4 * column];
                const std::uint8_t all = static_cast<std::uint8_t>(c[0] ^ c[1] ^ c[2] ^ c[3]);
                const std::uint8_t first = c[0];
                c[0] = static_cast<std::uint8_t>(c[0] ^ all ^
                                                 xtime(static_cast<std::uint8_t>(c[0] ^ c[1])));
                c[1] = static_cast<std::uint8_t>(c[1] ^ all ^
                                                 xtime(static_cast<std::uint8_t>(c[1] ^ c[2])));
                c[2] = static_cast<std::uint8_t>(c[2] ^ all ^
                                                 xtime(static_cast<std::uint8_t>(c[2] ^ c[3])));
                c[3] = static_cast<std::uint8_t>(c[3] ^ all ^
                                                 xtime(static_cast<std::uint8_t>(c[3] ^ first)));
            }
        }
        const std::uint8_t *roundKey = &m_roundKeys[16 * round];
        for (std::size_t i = 0; i < kAesBlockSize; ++i)
            state[i] = static_cast<std::uint8_t>(shifted[i] ^ roundKey[i]);
    }
    out = state;
    secureZero(state);
}

} // namespace ampcard::card
