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

namespace {

std::array<std::uint8_t, 3> sixDigits(ConstBytes three)
{
    std::uint32_t value = (static_cast<std::uint32_t>(three[0]) << 16) |
                          (static_cast<std::uint32_t>(three[1]) << 8) | three[2];
    value %= 1'000'000u;
    std::array<std::uint8_t, 3> bcd{};
    for (std::uint8_t &byte : bcd) { // low pair of digits first, as on the wire
        const std::uint32_t pair = value % 100u;
        byte = static_cast<std::uint8_t>(((pair / 10u) << 4) | (pair % 10u));
        value /= 100u;
    }
    return bcd;
}

} // namespace

bool LineSecrets::usable() const
{
    const std::array<std::uint8_t, 3> zero{};
    return password02 != zero && password04 != zero && password02 != password04 && modbusPin != 0;
}

LineSecrets lineSecretsFromSeed(ConstBytes seed)
{
    LineSecrets secrets;
    if (seed.size() != kLineSeedSize)
        return secrets;
    secrets.password02 = sixDigits(seed.first(3));
    secrets.password04 = sixDigits(seed.subspan(3, 3));
    secrets.modbusPin = static_cast<std::uint16_t>((seed[6] << 8) | seed[7]);
    if (secrets.modbusPin == 0)
        secrets.modbusPin = 1;
    const std::array<std::uint8_t, 3> zero{};
    if (secrets.password02 == zero)
        secrets.password02[0] = 0x01;
    // One in a million each: keep the levels apart and neither at 000000.
    if (secrets.password04 == zero || secrets.password04 == secrets.password02)
        secrets.password04[0] = secrets.password02[0] == 0x11 ? 0x22 : 0x11;
    return secrets;
}

Status deriveLineSecrets(const Aes &master, std::uint32_t utilityId, const MeterNumber &meter,
                         std::uint8_t keyVersion, LineSecrets *out)
{
    const auto context = meterKeyContext(utilityId, meter, keyVersion);
    std::array<std::uint8_t, kLineSeedSize> seed{};
    AMPCARD_TRY(deriveKey(master, kLineSecretsLabel, context, seed));
    *out = lineSecretsFromSeed(seed);
    secureZero(seed);
    return kOk;
}

} // namespace ampcard::card
