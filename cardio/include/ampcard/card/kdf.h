#pragma once

#include "ampcard/card/aes.h"

// Key derivation in counter mode (NIST SP 800-108r1 §4.1) with AES-CMAC as the PRF:
//   K(i) = CMAC(K_in, [i]_32 || Label || 0x00 || Context || [L]_32),  i = 1, 2, ...
// with L the output length in bits. The same parameters as OpenSSL's KBKDF (counter mode, CMAC,
// 32-bit counter, separator and length on), which the host tests cross-check.

namespace ampcard::card {

Status deriveKey(const Aes &prf, ConstBytes label, ConstBytes context, Bytes out);

} // namespace ampcard::card
