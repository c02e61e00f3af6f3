#pragma once

#include "ampcard/card/aead.h"
#include "ampcard/base/bytes.h"

// The station's cryptography through OpenSSL 3 (EVP): the same operations as the portable code,
// held to the same known answers and cross-checked against it.

namespace ampcard::cardio {

using card::Block;
using card::Bytes;
using card::ConstBytes;

namespace openssl {

Status aesEncryptBlock(ConstBytes key, const Block &in, Block &out);
Status cmac(ConstBytes key, ConstBytes message, Block &tag);
Status ccmEncrypt(ConstBytes key, ConstBytes nonce, ConstBytes associatedData, ConstBytes plaintext,
                  Bytes ciphertext, Bytes tag);
Status ccmDecrypt(ConstBytes key, ConstBytes nonce, ConstBytes associatedData,
                  ConstBytes ciphertext, ConstBytes tag, Bytes plaintext);
// SP 800-108 counter mode, AES-CMAC PRF (OpenSSL KBKDF).
Status deriveKey(ConstBytes key, ConstBytes label, ConstBytes context, Bytes out);
// Cryptographically secure random bytes.
Status randomBytes(Bytes out);

} // namespace openssl

// Record sealing through OpenSSL with a key held in this object (wiped on destruction).
class OpensslAead final : public card::Aead {
public:
    OpensslAead() = default;
    ~OpensslAead();
    OpensslAead(const OpensslAead &) = delete;
    OpensslAead &operator=(const OpensslAead &) = delete;

    Status setKey(ConstBytes key);

    Status seal(ConstBytes nonce, ConstBytes associatedData, ConstBytes plaintext, Bytes ciphertext,
                Bytes tag) const override;
    Status open(ConstBytes nonce, ConstBytes associatedData, ConstBytes ciphertext, ConstBytes tag,
                Bytes plaintext) const override;

private:
    std::array<std::uint8_t, 32> m_key{};
    std::size_t m_keySize = 0;
};

} // namespace ampcard::cardio
