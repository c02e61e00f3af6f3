#pragma once

#include <algorithm>
#include <array>
#include <cstdint>

#include <QFile>
#include <QTest>

#include "ampcard/card/aead.h"
#include "ampcard/card/meterkey.h"
#include "ampcard/card/records.h"
#include "ampcard/card/cardrules.h"
#include "ampcard/cardio/cardservice.h"
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

// A meter's card rules and the figures its return record proves (DESIGN.md §5): the
// credit-carrying loads since manufacture and their sum, as the firmware counts them.
struct FakeMeter : card::MeterCardState {
    std::uint32_t loads = 0;
    std::int64_t creditLoaded = 0;
};

// The meter's side of an insertion: read the current token, check it, record it.
inline Status meterLoads(cardio::CardService &service, const card::Aead &key,
                         card::MeterCardState &meter, card::Token *loaded = nullptr)
{
    cardio::CardContents contents;
    AMPCARD_TRY(service.read(contents));
    if (contents.issueBodyIndex < 0)
        return Errc::kNoValidRecord;
    const card::RecordHeader &header =
        contents.issue.headers[static_cast<std::size_t>(contents.issueBodyIndex)];
    AMPCARD_TRY(card::checkHeader(header, meter));
    const Result<card::Token> token = card::openToken(header, contents.issueBody, key);
    if (!token.ok())
        return token.status();
    AMPCARD_TRY(card::checkToken(token.value(), &contents.id, meter));
    card::recordAccepted(token.value(), meter);
    if (loaded)
        *loaded = token.value();
    return kOk;
}

// The meter's side of a visit: it loads the card's record (when it accepts it) and writes its
// return record, as the firmware does at every insertion. Returns the load's outcome.
// kNone: nothing was consumed since manufacture, the record's remaining is all the credit loaded;
// kAsGiven: the record's remaining as the caller set it.
enum class Consumption { kAsGiven, kNone };

inline Status meterVisits(cardio::CardService &service, const card::Aead &key, FakeMeter &meter,
                          card::ReturnRecord record,
                          Consumption consumption = Consumption::kAsGiven)
{
    card::Token token;
    const Status loaded = meterLoads(service, key, meter, &token);
    if (loaded.ok() && token.amount.raw() > 0) {
        ++meter.loads;
        meter.creditLoaded += token.amount.raw();
    }
    record.purchaseCount = meter.loads;
    if (consumption == Consumption::kNone)
        record.remaining = tariff::Money::fromRaw(meter.creditLoaded);
    record.creditLoaded = tariff::Money::fromRaw(meter.creditLoaded);
    cardio::CardContents contents;
    AMPCARD_TRY(service.read(contents));
    record.utilityId = meter.utilityId;
    record.meter = meter.meter;
    record.keyVersion = meter.keyVersion;
    record.lastSequence = meter.lastSequence;
    std::array<std::uint8_t, card::kHeaderSize> header{};
    std::array<std::uint8_t, card::kReturnBodySize + card::kTagSize> body{};
    const std::array<std::uint8_t, card::kSaltSize> salt{1, 2, 3, 4, 5, 6, 7, 8};
    const card::WriteTarget target = card::writeTarget(contents.returns);
    const Result<std::size_t> sealed =
        card::sealReturn(record, key, target.generation, salt, header, body);
    if (!sealed.ok())
        return sealed.status();
    AMPCARD_TRY(service.writeReturn(contents, header, body));
    return loaded;
}

// A store that loses power after `budget` more bytes: the write stops there and the store keeps
// what it wrote, like EEPROM when the card is pulled.
class TearingStore final : public card::ByteStore {
public:
    explicit TearingStore(card::MemoryStore &backing) : m_backing(backing) {}
    void tearAfter(std::size_t budget) { m_budget = budget; }
    [[nodiscard]] std::size_t size() const override { return m_backing.size(); }
    Status read(std::size_t offset, card::Bytes out) const override
    {
        return m_backing.read(offset, out);
    }
    Status write(std::size_t offset, card::ConstBytes data) override
    {
        const std::size_t allowed = std::min(m_budget, data.size());
        AMPCARD_TRY(m_backing.write(offset, data.first(allowed)));
        m_budget -= allowed;
        return allowed == data.size() ? kOk : Status(Errc::kCardRemoved);
    }

private:
    card::MemoryStore &m_backing;
    std::size_t m_budget = SIZE_MAX;
};

// A meter with an opened account bound to card 0x1001, and the keys of both sides.
struct MeterKeys {
    card::MeterCardState meter;
    cardio::UtilityKeys utility = utilityKeys(kUtility, kSeed);
    cardio::OpensslAead station;
    card::PortableAead meterKey;
    MeterKeys()
    {
        meter.utilityId = kUtility;
        meter.meter = meterNumber("310100000001");
        meter.keyVersion = 1;
        meter.opened = true;
        meter.boundSerial = 0x1001;
        meter.lastSequence = 10;
        if (!utility.meterAead(meter.meter, 1, station).ok())
            qFatal("keys");
        meterKey = meterAead(kUtility, kSeed, meter.meter, 1);
    }
};

// The key file of meter 310100000001, as `ampcard keys meter-key` writes it.
inline bool writeMeterKeyFile(const QString &path)
{
    const cardio::UtilityKeys keys = utilityKeys(kUtility, kSeed);
    std::array<std::uint8_t, 16> key{};
    if (!keys.meterKey(meterNumber("310100000001"), 1, key).ok())
        return false;
    card::LineSecrets line;
    if (!keys.lineSecrets(meterNumber("310100000001"), 1, &line).ok())
        return false;
    const auto hex = [](const std::array<std::uint8_t, 3> &bytes) {
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(bytes.data()), 3).toHex());
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral(
                   R"({"utilityId": %1, "meterNumber": "310100000001", "keyVersion": 1, "key": "%2",
                "password02": "%3", "password04": "%4", "modbusPin": %5})")
                   .arg(kUtility)
                   .arg(QString::fromLatin1(
                       QByteArray(reinterpret_cast<const char *>(key.data()), 16).toHex()))
                   .arg(hex(line.password02), hex(line.password04))
                   .arg(line.modbusPin)
                   .toUtf8());
    return true;
}

} // namespace testing
