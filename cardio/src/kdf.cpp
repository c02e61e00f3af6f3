#include "ampcard/card/kdf.h"

#include "ampcard/card/cmac.h"

namespace ampcard::card {

Status deriveKey(const Aes &prf, ConstBytes label, ConstBytes context, Bytes out)
{
    if (!prf.hasKey())
        return Errc::kKeyLength;
    if (out.empty() || out.size() > 1024)
        return Errc::kBufferSize;
    std::uint8_t lengthBits[4];
    storeBigEndian(lengthBits, out.size() * 8);
    const std::uint8_t separator[1] = {0x00};
    Block block;
    for (std::size_t offset = 0, counter = 1; offset < out.size();
         offset += kAesBlockSize, ++counter) {
        std::uint8_t counterBytes[4];
        storeBigEndian(counterBytes, counter);
        Cmac cmac(prf);
        cmac.update(counterBytes);
        cmac.update(label);
        cmac.update(separator);
        cmac.update(context);
        cmac.update(lengthBits);
        cmac.finish(block);
        for (std::size_t i = 0; i < kAesBlockSize && offset + i < out.size(); ++i)
            out[offset + i] = block[i];
    }
    secureZero(block);
    return kOk;
}

} // namespace ampcard::card
