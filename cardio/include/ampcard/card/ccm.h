#pragma once

#include "ampcard/card/aes.h"

// AES-CCM (NIST SP 800-38C): counter mode for secrecy, CBC-MAC for authenticity, built from the
// forward cipher alone. Nonce 7..13 bytes, tag 4..16 bytes (even), associated data < 65280 bytes.

namespace ampcard::card {

// ciphertext.size() must equal plaintext.size() (they may be the same buffer).
Status ccmEncrypt(const Aes &aes, ConstBytes nonce, ConstBytes associatedData, ConstBytes plaintext,
                  Bytes ciphertext, Bytes tag);

// Verifies the tag in constant time before releasing anything: on kAuthFailed the plaintext
// buffer is zeroed. plaintext.size() must equal ciphertext.size().
Status ccmDecrypt(const Aes &aes, ConstBytes nonce, ConstBytes associatedData,
                  ConstBytes ciphertext, ConstBytes tag, Bytes plaintext);

} // namespace ampcard::card
