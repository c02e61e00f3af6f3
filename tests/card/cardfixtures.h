#pragma once

#include <array>
#include <cstdint>

#include <QTest>

#include "ampcard/card/aead.h"
#include "ampcard/card/meterkey.h"
#include "ampcard/card/records.h"
#include "ampcard/cardio/keystore.h"

// Keys, meters and tokens for the card tests.
namespace testing {

using namespace ampcard;

inline std::array<std::uint8_t, 32> masterKeyBytes(std::uint8_t seed)
{
    std::array<std::uint8_t, 32> key{};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<std::uint8_t>(seed * 31 + i * 7 + 1);
    return key;
}

inline cardio::UtilityKeys utilityKeys(std::uint32_t utilityId, std::uint8_t seed)
{
    cardio::SecureBytes master(32);
    const auto bytes = masterKeyBytes(seed);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        master.bytes()[i] = bytes[i];
    return cardio::UtilityKeys(utilityId, std::move(master));
}

// What a meter holds: its own key, derived with the portable KDF.
inline card::PortableAead meterAead(std::uint32_t utilityId, std::uint8_t seed,
                                    const card::MeterNumber &meter, std::uint8_t keyVersion)
{
    card::Aes master;
    const auto bytes = masterKeyBytes(seed);
    if (!master.setKey(bytes).ok())
        qFatal("master key");
    std::array<std::uint8_t, card::kMeterKeySize> key{};
    if (!card::deriveMeterKey(master, utilityId, meter, keyVersion, key).ok())
        qFatal("derive");
    card::PortableAead aead;
    if (!aead.setKey(key).ok())
        qFatal("aead key");
    return aead;
}

inline card::MeterNumber meterNumber(const char *digits)
{
    const auto parsed = card::MeterNumber::parse(digits);
    if (!parsed.ok())
        qFatal("meter number %s", digits);
    return parsed.value();
}

inline constexpr std::uint32_t kUtility = 3301;
inline constexpr std::uint8_t kSeed = 7;

inline card::Token purchase(const card::MeterNumber &meter, std::uint64_t serial,
                            std::uint32_t sequence, std::int64_t amountRaw)
{
    card::Token token;
    token.type = card::RecordType::kPurchase;
    token.utilityId = kUtility;
    token.meter = meter;
    token.keyVersion = 1;
    token.sequence = sequence;
    token.cardSerial = serial;
    token.amount = tariff::Money::fromRaw(amountRaw);
    token.issueTime = 789'000'000;
    token.stationId = 12;
    return token;
}

} // namespace testing
