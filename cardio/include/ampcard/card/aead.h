#pragma once

#include "ampcard/card/aes.h"
#include "ampcard/card/ccm.h"

// The authenticated encryption that protects card records: AES-CCM with a 13-byte nonce and an
// 8-byte tag. Records are sealed through this interface so that the station can use OpenSSL and
// the meter the portable AES, with one record codec.

namespace ampcard::card {

inline constexpr std::size_t kNonceSize = 13;
inline constexpr std::size_t kTagSize = 8;

class Aead {
public:
    virtual Status seal(ConstBytes nonce, ConstBytes associatedData, ConstBytes plaintext,
                        Bytes ciphertext, Bytes tag) const = 0;
    // On kAuthFailed the plaintext is zeroed.
    virtual Status open(ConstBytes nonce, ConstBytes associatedData, ConstBytes ciphertext,
                        ConstBytes tag, Bytes plaintext) const = 0;

protected:
    Aead() = default;
    Aead(const Aead &) = default;
    Aead &operator=(const Aead &) = default;
    ~Aead() = default;
};

// The portable implementation (firmware, virtual card, tests).
class PortableAead final : public Aead {
public:
    Status setKey(ConstBytes key) { return m_aes.setKey(key); }

    Status seal(ConstBytes nonce, ConstBytes associatedData, ConstBytes plaintext, Bytes ciphertext,
                Bytes tag) const override
    {
        return ccmEncrypt(m_aes, nonce, associatedData, plaintext, ciphertext, tag);
    }
    Status open(ConstBytes nonce, ConstBytes associatedData, ConstBytes ciphertext, ConstBytes tag,
                Bytes plaintext) const override
    {
        return ccmDecrypt(m_aes, nonce, associatedData, ciphertext, tag, plaintext);
    }

private:
    Aes m_aes;
};

} // namespace ampcard::card
