#include "ampcard/card/meterkey.h"

#include "ampcard/card/kdf.h"

namespace ampcard::card {

std::array<std::uint8_t, 11> meterKeyContext(std::uint32_t utilityId, const MeterNumber &meter,
                                             std::uint8_t keyVersion)
{
    std::array<std::uint8_t, 11> context{};
    storeBigEndian(Bytes(context).first(4), utilityId);
    for (std::size_t i = 0; i < meter.bcd.size(); ++i)
        context[4 + i] = meter.bcd[i];
    context[10] = keyVersion;
    return context;
}

Status deriveMeterKey(const Aes &master, std::uint32_t utilityId, const MeterNumber &meter,
                      std::uint8_t keyVersion, Bytes out)
{
    if (out.size() != kMeterKeySize)
        return Errc::kBufferSize;
    const auto context = meterKeyContext(utilityId, meter, keyVersion);
    return deriveKey(master, kMeterKeyLabel, context, out);
}

} // namespace ampcard::card
