#include "ampcard/card/ccm.h"

namespace ampcard::card {

namespace {

// CBC-MAC over a stream of bytes, zero-padding on demand.
class CbcMac {
public:
    explicit CbcMac(const Aes &aes) : m_aes(aes) {}
    ~CbcMac() { secureZero(m_state); }

    void absorb(ConstBytes data)
    {
        for (std::uint8_t byte : data) {
            m_state[m_used++] ^= byte;
            if (m_used == kAesBlockSize) {
                m_aes.encrypt(m_state, m_state);
                m_used = 0;
            }
        }
    }
    void padToBlock()
    {
        if (m_used != 0) {
            m_aes.encrypt(m_state, m_state);
            m_used = 0;
        }
    }
    [[nodiscard]] const Block &value() const { return m_state; }

private:
    const Aes &m_aes;
    Block m_state{};
    std::size_t m_used = 0;
};

Status checkParameters(ConstBytes nonce, ConstBytes associatedData, std::size_t length,
                       std::size_t tagLength)
{
    if (nonce.size() < 7 || nonce.size() > 13 || tagLength < 4 || tagLength > 16 ||
        tagLength % 2 != 0 || associatedData.size() >= 0xff00)
        return Errc::kBadParameter;
    const std::size_t lengthBytes = 15 - nonce.size();
    if (lengthBytes < sizeof(std::size_t) && (length >> (8 * lengthBytes)) != 0)
        return Errc::kBadParameter;
    return kOk;
}

Block counterBlock(ConstBytes nonce, std::uint32_t counter)
{
    Block block{};
    block[0] = static_cast<std::uint8_t>(14 - nonce.size()); // q - 1
    for (std::size_t i = 0; i < nonce.size(); ++i)
        block[1 + i] = nonce[i];
    storeBigEndian(Bytes(block).subspan(1 + nonce.size()), counter);
    return block;
}

// T = CBC-MAC(B0 || encoded AAD || payload), unencrypted tag.
Block authenticate(const Aes &aes, ConstBytes nonce, ConstBytes associatedData, ConstBytes payload,
                   std::size_t tagLength)
{
    Block b0{};
    b0[0] = static_cast<std::uint8_t>((associatedData.empty() ? 0 : 0x40) |
                                      (((tagLength - 2) / 2) << 3) | (14 - nonce.size()));
    for (std::size_t i = 0; i < nonce.size(); ++i)
        b0[1 + i] = nonce[i];
    storeBigEndian(Bytes(b0).subspan(1 + nonce.size()), payload.size());

    CbcMac mac(aes);
    mac.absorb(b0);
    if (!associatedData.empty()) {
        std::uint8_t length[2];
        storeBigEndian(length, associatedData.size());
        mac.absorb(length);
        mac.absorb(associatedData);
        mac.padToBlock();
    }
    mac.absorb(payload);
    mac.padToBlock();
    return mac.value();
}

// Counter-mode transform with counters 1, 2, ...; in and out may alias.
void transform(const Aes &aes, ConstBytes nonce, ConstBytes in, Bytes out)
{
    Block keystream;
    for (std::size_t offset = 0; offset < in.size(); offset += kAesBlockSize) {
        const Block counter =
            counterBlock(nonce, static_cast<std::uint32_t>(offset / kAesBlockSize + 1));
        aes.encrypt(counter, keystream);
        for (std::size_t i = 0; i < kAesBlockSize && offset + i < in.size(); ++i)
            out[offset + i] = static_cast<std::uint8_t>(in[offset + i] ^ keystream[i]);
    }
    secureZero(keystream);
}

Block encryptedTag(const Aes &aes, ConstBytes nonce, const Block &mac)
{
    Block s0;
    aes.encrypt(counterBlock(nonce, 0), s0);
    for (std::size_t i = 0; i < kAesBlockSize; ++i)
        s0[i] ^= mac[i];
    return s0;
}

} // namespace

Status ccmEncrypt(const Aes &aes, ConstBytes nonce, ConstBytes associatedData, ConstBytes plaintext,
                  Bytes ciphertext, Bytes tag)
{
    AMPCARD_TRY(checkParameters(nonce, associatedData, plaintext.size(), tag.size()));
    if (ciphertext.size() != plaintext.size())
        return Errc::kBufferSize;
    const Block mac = authenticate(aes, nonce, associatedData, plaintext, tag.size());
    Block full = encryptedTag(aes, nonce, mac);
    for (std::size_t i = 0; i < tag.size(); ++i)
        tag[i] = full[i];
    secureZero(full);
    transform(aes, nonce, plaintext, ciphertext);
    return kOk;
}

Status ccmDecrypt(const Aes &aes, ConstBytes nonce, ConstBytes associatedData,
                  ConstBytes ciphertext, ConstBytes tag, Bytes plaintext)
{
    AMPCARD_TRY(checkParameters(nonce, associatedData, ciphertext.size(), tag.size()));
    if (plaintext.size() != ciphertext.size())
        return Errc::kBufferSize;
    transform(aes, nonce, ciphertext, plaintext);
    const Block mac = authenticate(aes, nonce, associatedData, plaintext, tag.size());
    Block expected = encryptedTag(aes, nonce, mac);
    const bool valid = constantTimeEqual(ConstBytes(expected).first(tag.size()), tag);
    secureZero(expected);
    if (!valid) {
        secureZero(plaintext);
        return Errc::kAuthFailed;
    }
    return kOk;
}

} // namespace ampcard::card
