#include "ampcard/card/records.h"

#include "ampcard/card/crc.h"

namespace ampcard::card {

using tariff::CreditParameters;
using tariff::Energy;
using tariff::Money;
using tariff::Price;
using tariff::Tariff;
using tariff::Timestamp;

namespace {

constexpr std::uint8_t kIdMagic[4] = {'A', 'M', 'P', 'C'};
constexpr std::uint32_t kNoLimit32 = 0xFFFFFFFFu;
// Energy registers and the credit loaded travel as 6-byte integers in the return record.
constexpr std::int64_t kSixByteLimit = std::int64_t{1} << 48;

// Bounded big-endian writer; an overflow is remembered and reported once at the end.
class Writer {
public:
    explicit Writer(Bytes out) : m_out(out) {}
    void put(std::uint64_t value, std::size_t size)
    {
        if (m_position + size > m_out.size()) {
            m_overflow = true;
            return;
        }
        storeBigEndian(m_out.subspan(m_position, size), value);
        m_position += size;
    }
    void put(ConstBytes bytes)
    {
        if (m_position + bytes.size() > m_out.size()) {
            m_overflow = true;
            return;
        }
        for (std::uint8_t byte : bytes)
            m_out[m_position++] = byte;
    }
    [[nodiscard]] std::size_t position() const { return m_position; }
    [[nodiscard]] bool overflow() const { return m_overflow; }

private:
    Bytes m_out;
    std::size_t m_position = 0;
    bool m_overflow = false;
};

class Reader {
public:
    explicit Reader(ConstBytes in) : m_in(in) {}
    std::uint64_t get(std::size_t size)
    {
        if (m_position + size > m_in.size()) {
            m_short = true;
            return 0;
        }
        const std::uint64_t value = loadBigEndian(m_in.subspan(m_position, size));
        m_position += size;
        return value;
    }
    ConstBytes bytes(std::size_t size)
    {
        if (m_position + size > m_in.size()) {
            m_short = true;
            return {};
        }
        const ConstBytes out = m_in.subspan(m_position, size);
        m_position += size;
        return out;
    }
    [[nodiscard]] std::size_t position() const { return m_position; }
    [[nodiscard]] bool exhausted() const { return m_position == m_in.size(); }
    [[nodiscard]] bool tooShort() const { return m_short; }

private:
    ConstBytes m_in;
    std::size_t m_position = 0;
    bool m_short = false;
};

bool fits32(std::int64_t value)
{
    return value >= 0 && value <= 0xFFFFFFFFll;
}

Status putTime(Writer &writer, Timestamp time)
{
    if (!fits32(time))
        return Errc::kOverflow;
    writer.put(static_cast<std::uint64_t>(time), 4);
    return kOk;
}

std::uint32_t crcOf(ConstBytes bytes)
{
    return crc32(bytes);
}

// Seals `plaintext` (already laid out) under a header describing it.
Result<std::size_t> seal(RecordHeader header, const Aead &key, ConstBytes plaintext,
                         Bytes headerOut, Bytes bodyOut)
{
    if (headerOut.size() < kHeaderSize || bodyOut.size() < plaintext.size() + kTagSize)
        return Errc::kBufferSize;
    header.bodyLength = static_cast<std::uint16_t>(plaintext.size());
    header.bodyCrc = 0;
    // The AAD is the header as written, with CRCs not yet known: they are outside the AAD.
    AMPCARD_TRY(encodeHeader(header, headerOut));
    const auto nonce = nonceOf(header);
    const Bytes ciphertext = bodyOut.first(plaintext.size());
    const Bytes tag = bodyOut.subspan(plaintext.size(), kTagSize);
    AMPCARD_TRY(
        key.seal(nonce, headerOut.first(kAuthenticatedHeaderSize), plaintext, ciphertext, tag));
    header.bodyCrc = crcOf(bodyOut.first(plaintext.size() + kTagSize));
    AMPCARD_TRY(encodeHeader(header, headerOut));
    return plaintext.size() + kTagSize;
}

// Checks the body against its header and decrypts it into `plaintext` (bodyLength bytes).
Status open(const RecordHeader &header, ConstBytes body, const Aead &key, Bytes plaintext)
{
    if (body.size() != header.bodyLength + kTagSize || plaintext.size() != header.bodyLength)
        return Errc::kCardFormat;
    if (crcOf(body) != header.bodyCrc)
        return Errc::kCardFormat;
    std::uint8_t aad[kHeaderSize];
    AMPCARD_TRY(encodeHeader(header, aad));
    const auto nonce = nonceOf(header);
    return key.open(nonce, ConstBytes(aad).first(kAuthenticatedHeaderSize),
                    body.first(header.bodyLength), body.subspan(header.bodyLength, kTagSize),
                    plaintext);
}

} // namespace

// ---- identities
// ----------------------------------------------------------------------------------

Result<MeterNumber> MeterNumber::parse(std::string_view digits)
{
    if (digits.empty() || digits.size() > 12)
        return Errc::kCardFormat;
    MeterNumber number;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const char c = digits[digits.size() - 1 - i];
        if (c < '0' || c > '9')
            return Errc::kCardFormat;
        const auto digit = static_cast<std::uint8_t>(c - '0');
        std::uint8_t &byte = number.bcd[5 - i / 2];
        byte = static_cast<std::uint8_t>(i % 2 == 0 ? (byte & 0xF0) | digit
                                                    : (byte & 0x0F) | (digit << 4));
    }
    return number;
}

Result<MeterNumber> MeterNumber::fromBcd(ConstBytes bytes)
{
    if (bytes.size() != 6)
        return Errc::kCardFormat;
    MeterNumber number;
    for (std::size_t i = 0; i < 6; ++i) {
        if ((bytes[i] & 0x0F) > 9 || (bytes[i] >> 4) > 9)
            return Errc::kCardFormat;
        number.bcd[i] = bytes[i];
    }
    return number;
}

void MeterNumber::format(char (&out)[13]) const
{
    for (std::size_t i = 0; i < 6; ++i) {
        out[2 * i] = static_cast<char>('0' + (bcd[i] >> 4));
        out[2 * i + 1] = static_cast<char>('0' + (bcd[i] & 0x0F));
    }
    out[12] = '\0';
}

std::uint64_t MeterNumber::value() const
{
    std::uint64_t value = 0;
    for (std::uint8_t byte : bcd)
        value = value * 100 + static_cast<std::uint64_t>((byte >> 4) * 10 + (byte & 0x0F));
    return value;
}

bool isKnown(CardKind kind)
{
    return static_cast<std::uint8_t>(kind) >= 1 && static_cast<std::uint8_t>(kind) <= 7;
}

bool isKnown(RecordType type)
{
    switch (type) {
    case RecordType::kPurchase:
    case RecordType::kAccountOpening:
    case RecordType::kReplacement:
    case RecordType::kParameter:
    case RecordType::kClear:
    case RecordType::kRelayTest:
    case RecordType::kKeyChange:
    case RecordType::kPreset:
    case RecordType::kReturn: return true;
    }
    return false;
}

CardKind cardKindFor(RecordType type)
{
    switch (type) {
    case RecordType::kParameter: return CardKind::kParameter;
    case RecordType::kClear: return CardKind::kClear;
    case RecordType::kRelayTest: return CardKind::kRelayTest;
    case RecordType::kKeyChange: return CardKind::kKeyChange;
    case RecordType::kPreset: return CardKind::kPreset;
    case RecordType::kReturn: return CardKind::kCheck;
    case RecordType::kPurchase:
    case RecordType::kAccountOpening:
    case RecordType::kReplacement: return CardKind::kUser;
    }
    return CardKind::kUser;
}

// ---- EF_ID
// ---------------------------------------------------------------------------------------

Status encodeCardId(const CardId &id, Bytes out)
{
    if (out.size() < kCardIdSize)
        return Errc::kBufferSize;
    if (!isKnown(id.kind))
        return Errc::kUnknownKind;
    Writer writer(out.first(kCardIdSize));
    writer.put(kIdMagic);
    writer.put(kLayoutVersion, 1);
    writer.put(static_cast<std::uint8_t>(id.kind), 1);
    writer.put(id.serial, 8);
    AMPCARD_TRY(putTime(writer, id.created));
    for (int i = 0; i < 10; ++i)
        writer.put(0, 1);
    writer.put(crcOf(out.first(kCardIdSize - 4)), 4);
    return writer.overflow() ? Status(Errc::kBufferSize) : kOk;
}

Result<CardId> decodeCardId(ConstBytes in)
{
    if (in.size() < kCardIdSize)
        return Errc::kCardFormat;
    Reader reader(in.first(kCardIdSize));
    const ConstBytes magic = reader.bytes(4);
    if (!constantTimeEqual(magic, kIdMagic))
        return Errc::kCardFormat;
    if (reader.get(1) != kLayoutVersion)
        return Errc::kCardFormat;
    CardId id;
    id.kind = static_cast<CardKind>(reader.get(1));
    id.serial = reader.get(8);
    id.created = static_cast<Timestamp>(reader.get(4));
    reader.bytes(10);
    if (reader.get(4) != crcOf(in.first(kCardIdSize - 4)))
        return Errc::kCardFormat;
    if (!isKnown(id.kind))
        return Errc::kUnknownKind;
    return id;
}

// ---- header
// --------------------------------------------------------------------------------------

Status encodeHeader(const RecordHeader &header, Bytes out)
{
    if (out.size() < kHeaderSize)
        return Errc::kBufferSize;
    Writer writer(out.first(kHeaderSize));
    writer.put(kLayoutVersion, 1);
    writer.put(static_cast<std::uint8_t>(header.type), 1);
    writer.put(header.bodyLength, 2);
    writer.put(header.utilityId, 4);
    writer.put(header.meter.bcd);
    writer.put(header.keyVersion, 1);
    writer.put(0, 1);
    writer.put(header.generation, 4);
    writer.put(header.sequence, 4);
    writer.put(header.salt);
    writer.put(header.bodyCrc, 4);
    writer.put(crcOf(out.first(kHeaderSize - 4)), 4);
    return kOk;
}

Result<RecordHeader> decodeHeader(ConstBytes in)
{
    if (in.size() < kHeaderSize)
        return Errc::kCardFormat;
    in = in.first(kHeaderSize);
    Reader reader(in);
    if (reader.get(1) != kLayoutVersion)
        return Errc::kCardFormat;
    RecordHeader header;
    header.type = static_cast<RecordType>(reader.get(1));
    header.bodyLength = static_cast<std::uint16_t>(reader.get(2));
    header.utilityId = static_cast<std::uint32_t>(reader.get(4));
    const Result<MeterNumber> meter = MeterNumber::fromBcd(reader.bytes(6));
    header.keyVersion = static_cast<std::uint8_t>(reader.get(1));
    const std::uint64_t reserved = reader.get(1);
    header.generation = static_cast<std::uint32_t>(reader.get(4));
    header.sequence = static_cast<std::uint32_t>(reader.get(4));
    const ConstBytes salt = reader.bytes(kSaltSize);
    for (std::size_t i = 0; i < kSaltSize; ++i)
        header.salt[i] = salt[i];
    header.bodyCrc = static_cast<std::uint32_t>(reader.get(4));
    if (reader.get(4) != crcOf(in.first(kHeaderSize - 4)) || reserved != 0 || !meter.ok())
        return Errc::kCardFormat;
    header.meter = meter.value();
    if (!isKnown(header.type))
        return Errc::kUnknownKind;
    if (header.bodyLength > kTokenMaxBodySize)
        return Errc::kCardFormat;
    return header;
}

std::array<std::uint8_t, kNonceSize> nonceOf(const RecordHeader &header)
{
    std::array<std::uint8_t, kNonceSize> nonce{};
    nonce[0] = static_cast<std::uint8_t>(header.type);
    storeBigEndian(Bytes(nonce).subspan(1, 4), header.generation);
    for (std::size_t i = 0; i < kSaltSize; ++i)
        nonce[5 + i] = header.salt[i];
    return nonce;
}

// ---- tariff and credit parameters
// ----------------------------------------------------------------

Status encodeTariff(const Tariff &tariff, Bytes out)
{
    if (out.size() < kTariffEncodedSize)
        return Errc::kBufferSize;
    AMPCARD_TRY(tariff::validate(tariff));
    Writer writer(out.first(kTariffEncodedSize));
    const tariff::Ladder &ladder = tariff.ladder;
    writer.put(ladder.stepCount, 1);
    for (const Energy threshold : ladder.thresholds) {
        if (!fits32(threshold.raw()))
            return Errc::kOverflow;
        writer.put(static_cast<std::uint64_t>(threshold.raw()), 4);
    }
    for (const Price price : ladder.prices) {
        if (!fits32(price.raw()))
            return Errc::kOverflow;
        writer.put(static_cast<std::uint64_t>(price.raw()), 4);
    }
    const tariff::Tou &tou = tariff.tou;
    writer.put(tou.rateMask, 1);
    for (const Price rate : tou.rates) {
        if (!fits32(rate.raw()))
            return Errc::kOverflow;
        writer.put(static_cast<std::uint64_t>(rate.raw()), 4);
    }
    writer.put(tou.segmentCount, 1);
    for (const tariff::TouSegment &segment : tou.segments) {
        writer.put(segment.startMinute, 2);
        writer.put(segment.rate, 1);
    }
    const tariff::Settlement &settlement = tariff.settlement;
    writer.put(static_cast<std::uint8_t>(settlement.mode), 1);
    writer.put(settlement.dateCount, 1);
    for (const tariff::SettlementDate &date : settlement.dates) {
        writer.put(date.month, 1);
        writer.put(date.day, 1);
        writer.put(date.hour, 1);
    }
    return writer.overflow() || writer.position() != kTariffEncodedSize ? Status(Errc::kBufferSize)
                                                                        : kOk;
}

Status decodeTariff(ConstBytes in, Tariff *out)
{
    if (in.size() != kTariffEncodedSize)
        return Errc::kCardFormat;
    Reader reader(in);
    Tariff &tariff = *out; // every field is written below
    tariff.ladder.stepCount = static_cast<std::uint8_t>(reader.get(1));
    for (Energy &threshold : tariff.ladder.thresholds)
        threshold = Energy::fromRaw(static_cast<std::int64_t>(reader.get(4)));
    for (Price &price : tariff.ladder.prices)
        price = Price::fromRaw(static_cast<std::int64_t>(reader.get(4)));
    tariff.tou.rateMask = static_cast<std::uint8_t>(reader.get(1));
    for (Price &rate : tariff.tou.rates)
        rate = Price::fromRaw(static_cast<std::int64_t>(reader.get(4)));
    tariff.tou.segmentCount = static_cast<std::uint8_t>(reader.get(1));
    for (tariff::TouSegment &segment : tariff.tou.segments) {
        segment.startMinute = static_cast<std::uint16_t>(reader.get(2));
        segment.rate = static_cast<std::uint8_t>(reader.get(1));
    }
    const std::uint64_t mode = reader.get(1);
    if (mode > 1)
        return Errc::kCardFormat;
    tariff.settlement.mode = static_cast<tariff::SettlementMode>(mode);
    tariff.settlement.dateCount = static_cast<std::uint8_t>(reader.get(1));
    for (tariff::SettlementDate &date : tariff.settlement.dates) {
        date.month = static_cast<std::uint8_t>(reader.get(1));
        date.day = static_cast<std::uint8_t>(reader.get(1));
        date.hour = static_cast<std::uint8_t>(reader.get(1));
    }
    return tariff::validate(tariff);
}

Result<Tariff> decodeTariff(ConstBytes in)
{
    Tariff tariff;
    AMPCARD_TRY(decodeTariff(in, &tariff));
    return tariff;
}

Status encodeCredit(const CreditParameters &credit, Bytes out)
{
    if (out.size() < 24)
        return Errc::kBufferSize;
    AMPCARD_TRY(tariff::validate(credit));
    Writer writer(out.first(24));
    for (const Money amount : {credit.alarm1, credit.alarm2, credit.closeAllow,
                               credit.overdraftLimit, credit.hoardingLimit, credit.presetCredit}) {
        if (amount == tariff::kNoHoardingLimit) {
            writer.put(kNoLimit32, 4);
            continue;
        }
        if (!fits32(amount.raw()) || amount.raw() == kNoLimit32)
            return Errc::kOverflow;
        writer.put(static_cast<std::uint64_t>(amount.raw()), 4);
    }
    return kOk;
}

Result<CreditParameters> decodeCredit(ConstBytes in)
{
    if (in.size() != 24)
        return Errc::kCardFormat;
    Reader reader(in);
    Money values[6];
    for (Money &value : values) {
        const std::uint64_t raw = reader.get(4);
        value = raw == kNoLimit32 ? tariff::kNoHoardingLimit
                                  : Money::fromRaw(static_cast<std::int64_t>(raw));
    }
    CreditParameters credit;
    credit.alarm1 = values[0];
    credit.alarm2 = values[1];
    credit.closeAllow = values[2];
    credit.overdraftLimit = values[3];
    credit.hoardingLimit = values[4];
    credit.presetCredit = values[5];
    AMPCARD_TRY(tariff::validate(credit));
    return credit;
}

// ---- token
// ---------------------------------------------------------------------------------------

Result<std::size_t> sealToken(const Token &token, const Aead &meterKey, std::uint32_t generation,
                              ConstBytes salt, Bytes header, Bytes body)
{
    if (token.type == RecordType::kReturn || !isKnown(token.type))
        return Errc::kUnknownKind;
    if (salt.size() != kSaltSize)
        return Errc::kBadParameter;
    if (token.amount.isNegative())
        return Errc::kNegative;
    std::uint8_t plaintext[kTokenMaxBodySize];
    Writer writer(plaintext);
    writer.put(token.cardSerial, 8);
    writer.put(static_cast<std::uint64_t>(token.amount.raw()), 8);
    writer.put(token.flags, 2);
    AMPCARD_TRY(putTime(writer, token.issueTime));
    writer.put(token.stationId, 4);
    writer.put(token.previousCardSerial, 8);
    if ((token.flags & kFlagTariff) != 0) {
        writer.put(token.tariffId, 4);
        AMPCARD_TRY(putTime(writer, token.tariffActivation));
        std::uint8_t encoded[kTariffEncodedSize];
        AMPCARD_TRY(encodeTariff(token.tariff, encoded));
        writer.put(encoded);
    }
    if ((token.flags & kFlagCredit) != 0) {
        std::uint8_t encoded[24];
        AMPCARD_TRY(encodeCredit(token.credit, encoded));
        writer.put(encoded);
    }
    if ((token.flags & kFlagNewKey) != 0) {
        if (token.newKeyLength != 16 && token.newKeyLength != 32)
            return Errc::kKeyLength;
        writer.put(token.newKeyVersion, 1);
        writer.put(token.newKeyLength, 1);
        writer.put(ConstBytes(token.newKey).first(token.newKeyLength));
    }
    if (writer.overflow())
        return Errc::kBufferSize;

    RecordHeader recordHeader;
    recordHeader.type = token.type;
    recordHeader.utilityId = token.utilityId;
    recordHeader.meter = token.meter;
    recordHeader.keyVersion = token.keyVersion;
    recordHeader.generation = generation;
    recordHeader.sequence = token.sequence;
    for (std::size_t i = 0; i < kSaltSize; ++i)
        recordHeader.salt[i] = salt[i];
    const Result<std::size_t> sealed =
        seal(recordHeader, meterKey, ConstBytes(plaintext).first(writer.position()), header, body);
    secureZero(plaintext);
    return sealed;
}

namespace {

// The token's fields from its decrypted body.
Status parseToken(const RecordHeader &header, ConstBytes clear, Token *out)
{
    Reader reader(clear);
    Token &token = *out; // a default Token: the parts the flags leave out stay at their defaults
    token.type = header.type;
    token.utilityId = header.utilityId;
    token.meter = header.meter;
    token.keyVersion = header.keyVersion;
    token.sequence = header.sequence;
    token.cardSerial = reader.get(8);
    token.amount = Money::fromRaw(static_cast<std::int64_t>(reader.get(8)));
    token.flags = static_cast<std::uint16_t>(reader.get(2));
    token.issueTime = static_cast<Timestamp>(reader.get(4));
    token.stationId = static_cast<std::uint32_t>(reader.get(4));
    token.previousCardSerial = reader.get(8);
    Status status = kOk;
    if ((token.flags & kFlagTariff) != 0) {
        token.tariffId = static_cast<std::uint32_t>(reader.get(4));
        token.tariffActivation = static_cast<Timestamp>(reader.get(4));
        status = decodeTariff(reader.bytes(kTariffEncodedSize), &token.tariff);
    }
    if (status.ok() && (token.flags & kFlagCredit) != 0) {
        const Result<CreditParameters> decoded = decodeCredit(reader.bytes(24));
        if (decoded.ok())
            token.credit = decoded.value();
        else
            status = decoded.status();
    }
    if (status.ok() && (token.flags & kFlagNewKey) != 0) {
        token.newKeyVersion = static_cast<std::uint8_t>(reader.get(1));
        token.newKeyLength = static_cast<std::uint8_t>(reader.get(1));
        if (token.newKeyLength != 16 && token.newKeyLength != 32) {
            status = Errc::kCardFormat;
        } else {
            const ConstBytes key = reader.bytes(token.newKeyLength);
            for (std::size_t i = 0; i < key.size(); ++i)
                token.newKey[i] = key[i];
        }
    }
    if (!status.ok())
        return status;
    if (reader.tooShort() || !reader.exhausted() || token.amount.isNegative())
        return Errc::kCardFormat;
    return kOk;
}

} // namespace

Status openToken(const RecordHeader &header, ConstBytes body, const Aead &meterKey, Token *out)
{
    if (header.type == RecordType::kReturn)
        return Errc::kUnknownKind;
    std::uint8_t plaintext[kTokenMaxBodySize];
    if (header.bodyLength > sizeof plaintext)
        return Errc::kCardFormat;
    const Bytes clear = Bytes(plaintext).first(header.bodyLength);
    AMPCARD_TRY(open(header, body, meterKey, clear));
    const Status parsed = parseToken(header, clear, out);
    secureZero(plaintext);
    return parsed;
}

Status openTokenInPlace(const RecordHeader &header, Bytes body, const Aead &meterKey, Token *out)
{
    if (header.type == RecordType::kReturn)
        return Errc::kUnknownKind;
    if (header.bodyLength > kTokenMaxBodySize || body.size() != header.bodyLength + kTagSize)
        return Errc::kCardFormat;
    const Bytes clear = body.first(header.bodyLength);
    AMPCARD_TRY(open(header, body, meterKey, clear));
    const Status parsed = parseToken(header, clear, out);
    secureZero(clear);
    return parsed;
}

Result<Token> openToken(const RecordHeader &header, ConstBytes body, const Aead &meterKey)
{
    Token token;
    AMPCARD_TRY(openToken(header, body, meterKey, &token));
    return token;
}

// ---- return record
// -------------------------------------------------------------------------------

Result<std::size_t> sealReturn(const ReturnRecord &record, const Aead &meterKey,
                               std::uint32_t generation, ConstBytes salt, Bytes header, Bytes body)
{
    if (salt.size() != kSaltSize)
        return Errc::kBadParameter;
    for (const Energy energy : {record.forward, record.reverse, record.combined})
        if (energy.isNegative())
            return Errc::kNegative;
    if (record.creditLoaded.isNegative())
        return Errc::kNegative;
    for (const std::int64_t wide : {record.forward.raw(), record.reverse.raw(),
                                    record.combined.raw(), record.creditLoaded.raw()})
        if (wide >= kSixByteLimit)
            return Errc::kOverflow;
    if (!fits32(record.periodUsage.raw()) || !fits32(record.overdraftLimit.raw()))
        return Errc::kOverflow;
    std::uint8_t plaintext[kReturnBodySize];
    Writer writer(plaintext);
    AMPCARD_TRY(putTime(writer, record.time));
    writer.put(static_cast<std::uint64_t>(record.remaining.raw()), 8);
    writer.put(static_cast<std::uint64_t>(record.overdraftLimit.raw()), 4);
    writer.put(record.creditState, 1);
    writer.put(record.relayState, 1);
    writer.put(static_cast<std::uint64_t>(record.forward.raw()), 6);
    writer.put(static_cast<std::uint64_t>(record.reverse.raw()), 6);
    writer.put(static_cast<std::uint64_t>(record.combined.raw()), 6);
    writer.put(static_cast<std::uint64_t>(record.periodUsage.raw()), 4);
    writer.put(record.residue, 2);
    writer.put(record.lastSequence, 4);
    writer.put(record.purchaseCount, 4);
    writer.put(static_cast<std::uint64_t>(record.creditLoaded.raw()), 6);
    writer.put(record.statusWord, 2);
    writer.put(record.faultWord, 2);
    writer.put(record.illegalCards, 2);
    writer.put(record.tamperEvents, 2);
    writer.put(record.powerFailures, 2);
    writer.put(record.reverseMinutes, 4);
    writer.put(record.activeTariffId, 4);
    AMPCARD_TRY(putTime(writer, record.periodStart));
    if (writer.overflow() || writer.position() != kReturnBodySize)
        return Errc::kBufferSize;

    RecordHeader recordHeader;
    recordHeader.type = RecordType::kReturn;
    recordHeader.utilityId = record.utilityId;
    recordHeader.meter = record.meter;
    recordHeader.keyVersion = record.keyVersion;
    recordHeader.generation = generation;
    for (std::size_t i = 0; i < kSaltSize; ++i)
        recordHeader.salt[i] = salt[i];
    return seal(recordHeader, meterKey, plaintext, header, body);
}

Result<ReturnRecord> openReturn(const RecordHeader &header, ConstBytes body, const Aead &meterKey)
{
    if (header.type != RecordType::kReturn || header.bodyLength != kReturnBodySize)
        return Errc::kCardFormat;
    std::uint8_t plaintext[kReturnBodySize];
    AMPCARD_TRY(open(header, body, meterKey, plaintext));
    Reader reader(plaintext);
    ReturnRecord record;
    record.utilityId = header.utilityId;
    record.meter = header.meter;
    record.keyVersion = header.keyVersion;
    record.time = static_cast<Timestamp>(reader.get(4));
    record.remaining = Money::fromRaw(static_cast<std::int64_t>(reader.get(8)));
    record.overdraftLimit = Money::fromRaw(static_cast<std::int64_t>(reader.get(4)));
    record.creditState = static_cast<std::uint8_t>(reader.get(1));
    record.relayState = static_cast<std::uint8_t>(reader.get(1));
    record.forward = Energy::fromRaw(static_cast<std::int64_t>(reader.get(6)));
    record.reverse = Energy::fromRaw(static_cast<std::int64_t>(reader.get(6)));
    record.combined = Energy::fromRaw(static_cast<std::int64_t>(reader.get(6)));
    record.periodUsage = Energy::fromRaw(static_cast<std::int64_t>(reader.get(4)));
    record.residue = static_cast<std::uint16_t>(reader.get(2));
    record.lastSequence = static_cast<std::uint32_t>(reader.get(4));
    record.purchaseCount = static_cast<std::uint32_t>(reader.get(4));
    record.creditLoaded = Money::fromRaw(static_cast<std::int64_t>(reader.get(6)));
    record.statusWord = static_cast<std::uint16_t>(reader.get(2));
    record.faultWord = static_cast<std::uint16_t>(reader.get(2));
    record.illegalCards = static_cast<std::uint16_t>(reader.get(2));
    record.tamperEvents = static_cast<std::uint16_t>(reader.get(2));
    record.powerFailures = static_cast<std::uint16_t>(reader.get(2));
    record.reverseMinutes = static_cast<std::uint32_t>(reader.get(4));
    record.activeTariffId = static_cast<std::uint32_t>(reader.get(4));
    record.periodStart = static_cast<Timestamp>(reader.get(4));
    record.sealCounter = (std::uint32_t{header.salt[0]} << 24) |
                         (std::uint32_t{header.salt[1]} << 16) |
                         (std::uint32_t{header.salt[2]} << 8) | std::uint32_t{header.salt[3]};
    if (record.forward.isNegative() || record.reverse.isNegative() ||
        record.combined.isNegative() || record.residue >= tariff::kSubUnitsPerMoneyUnit)
        return Errc::kCardFormat;
    return record;
}

} // namespace ampcard::card
