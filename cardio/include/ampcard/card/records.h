#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "ampcard/card/aead.h"
#include "ampcard/base/bytes.h"
#include "ampcard/tariff/credit.h"
#include "ampcard/tariff/datetime.h"
#include "ampcard/tariff/tariff.h"
#include "ampcard/tariff/units.h"

// The byte layouts of the Ampcard card application, version 2 (docs/card-format.md). All integers
// are big-endian. Records are sealed with AES-CCM under the meter key: the header is authenticated
// in clear (the meter and the station need it to pick the key), the body is encrypted.

namespace ampcard::card {

inline constexpr std::uint8_t kLayoutVersion = 2;

// ---- identities -------------------------------------------------------------------------------

// A 12-digit meter number kept as 6 BCD bytes, most significant digits first.
struct MeterNumber {
    std::array<std::uint8_t, 6> bcd{};

    // 1 to 12 decimal digits; kCardFormat for anything else.
    static Result<MeterNumber> parse(std::string_view digits);
    // Refuses bytes that are not BCD.
    static Result<MeterNumber> fromBcd(ConstBytes bytes);
    // Exactly 12 digits, zero-padded.
    void format(char (&out)[13]) const;
    [[nodiscard]] std::uint64_t value() const;
    constexpr bool operator==(const MeterNumber &) const = default;
};

enum class CardKind : std::uint8_t {
    kUser = 1,      // purchase, account-opening and replacement records
    kCheck = 2,     // no record: the meter writes its read-out
    kParameter = 3, // tariff and threshold update
    kClear = 4,
    kRelayTest = 5,
    kKeyChange = 6,
    kPreset = 7,
};
[[nodiscard]] bool isKnown(CardKind kind);

enum class RecordType : std::uint8_t {
    kPurchase = 0x01,
    kAccountOpening = 0x02,
    kReplacement = 0x03,
    kParameter = 0x10,
    kClear = 0x11,
    kRelayTest = 0x12,
    kKeyChange = 0x13,
    kPreset = 0x14,
    kReturn = 0x80, // written by the meter
};
[[nodiscard]] bool isKnown(RecordType type);
// The card kind a station-issued record belongs on.
[[nodiscard]] CardKind cardKindFor(RecordType type);

// ---- EF_ID: written when the card is made, never updated ----------------------------------------

inline constexpr std::size_t kCardIdSize = 32;

struct CardId {
    CardKind kind = CardKind::kUser;
    std::uint64_t serial = 0;
    tariff::Timestamp created = 0;
};

Status encodeCardId(const CardId &id, Bytes out);
Result<CardId> decodeCardId(ConstBytes in);

// ---- record header, shared by the issue and return files ---------------------------------------

inline constexpr std::size_t kHeaderSize = 40;
inline constexpr std::size_t kAuthenticatedHeaderSize = 32; // bytes 0..31 are the CCM AAD
inline constexpr std::size_t kSaltSize = 8;

struct RecordHeader {
    RecordType type = RecordType::kPurchase;
    std::uint16_t bodyLength = 0; // ciphertext length; the 8-byte tag follows it
    std::uint32_t utilityId = 0;
    MeterNumber meter;
    std::uint8_t keyVersion = 0;
    std::uint32_t generation = 0; // slot generation: the valid slot with the larger one is current
    std::uint32_t sequence = 0;   // purchase sequence (station records), 0 in return records
    std::array<std::uint8_t, kSaltSize> salt{};
    std::uint32_t bodyCrc = 0; // CRC-32 of ciphertext || tag, for torn-write detection without keys
};

Status encodeHeader(const RecordHeader &header, Bytes out);
// Checks length, header CRC, layout version and record type.
Result<RecordHeader> decodeHeader(ConstBytes in);
// The CCM nonce: type || generation || salt.
std::array<std::uint8_t, kNonceSize> nonceOf(const RecordHeader &header);

// ---- the token: what the station issues to a meter, by card or by remote command --------------

inline constexpr std::uint16_t kFlagReissue = 1u << 0; // same sequence re-issued with a new amount
inline constexpr std::uint16_t kFlagTariff = 1u << 8;
inline constexpr std::uint16_t kFlagCredit = 1u << 9;
inline constexpr std::uint16_t kFlagNewKey = 1u << 10;

inline constexpr std::size_t kTariffEncodedSize = 135;
inline constexpr std::size_t kTokenBaseSize = 34;
inline constexpr std::size_t kTokenMaxBodySize = kTokenBaseSize + 8 + kTariffEncodedSize + 24 + 34;

struct Token {
    RecordType type = RecordType::kPurchase;
    std::uint32_t utilityId = 0;
    MeterNumber meter;
    std::uint8_t keyVersion = 0;
    std::uint32_t sequence = 0;
    std::uint64_t cardSerial = 0;
    tariff::Money amount; // purchase or preset amount, >= 0
    std::uint16_t flags = 0;
    tariff::Timestamp issueTime = 0;
    std::uint32_t stationId = 0;
    std::uint64_t previousCardSerial = 0; // replacement: the serial refused from now on

    // Present when flags has kFlagTariff.
    std::uint32_t tariffId = 0;
    tariff::Timestamp tariffActivation = 0;
    tariff::Tariff tariff;
    // Present when flags has kFlagCredit.
    tariff::CreditParameters credit;
    // Present when flags has kFlagNewKey (key change).
    std::uint8_t newKeyVersion = 0;
    std::uint8_t newKeyLength = 0;
    std::array<std::uint8_t, 32> newKey{};
};

// Seals a token. `header` receives the 40-byte header, `body` ciphertext || tag; returns the
// number of body bytes written.
Result<std::size_t> sealToken(const Token &token, const Aead &meterKey, std::uint32_t generation,
                              ConstBytes salt, Bytes header, Bytes body);
// Opens a token whose header was decoded already; `body` is ciphertext || tag.
Result<Token> openToken(const RecordHeader &header, ConstBytes body, const Aead &meterKey);
// The same into `out`, a default-constructed Token (a failure leaves it unspecified): no copy of
// the token or its tariff on the stack besides the caller's (the meter's card and remote paths).
Status openToken(const RecordHeader &header, ConstBytes body, const Aead &meterKey, Token *out);
// The same, decrypting `body` in place (no plaintext buffer on the stack): afterwards its first
// bodyLength bytes are zero.
Status openTokenInPlace(const RecordHeader &header, Bytes body, const Aead &meterKey, Token *out);

// ---- the return record: what the meter writes at every insertion -------------------------------

inline constexpr std::size_t kReturnBodySize = 78;

struct ReturnRecord {
    std::uint32_t utilityId = 0;
    MeterNumber meter;
    std::uint8_t keyVersion = 0;
    tariff::Timestamp time = 0;
    tariff::Money remaining;
    tariff::Money overdraftLimit;
    std::uint8_t creditState = 0; // tariff::CreditState
    std::uint8_t relayState = 0;  // meter-defined (docs/card-format.md)
    tariff::Energy forward;
    tariff::Energy reverse;
    tariff::Energy combined;
    tariff::Energy periodUsage;
    std::uint16_t residue = 0; // sub-units carried by the meter's deduction
    std::uint32_t lastSequence = 0;
    // The meter's proof of what it loaded (DESIGN.md §5): every credit-carrying token it accepted
    // since manufacture, counted and summed. A clear card does not reset them.
    std::uint32_t purchaseCount = 0;
    tariff::Money creditLoaded;
    std::uint16_t statusWord = 0;
    std::uint16_t faultWord = 0;
    std::uint16_t illegalCards = 0;
    std::uint16_t tamperEvents = 0;
    std::uint16_t powerFailures = 0;
    std::uint32_t reverseMinutes = 0;
    std::uint32_t activeTariffId = 0;
    tariff::Timestamp periodStart = 0;
    // Not in the body: the first four bytes of the header's salt, the meter's return counter. It
    // only grows, nothing on the line can wind it back, and the seal covers it (CCM nonce).
    std::uint32_t sealCounter = 0;
};

Result<std::size_t> sealReturn(const ReturnRecord &record, const Aead &meterKey,
                               std::uint32_t generation, ConstBytes salt, Bytes header, Bytes body);
Result<ReturnRecord> openReturn(const RecordHeader &header, ConstBytes body, const Aead &meterKey);

// ---- binary tariff and credit parameters (inside tokens) ---------------------------------------

Status encodeTariff(const tariff::Tariff &tariff, Bytes out);           // kTariffEncodedSize bytes
Result<tariff::Tariff> decodeTariff(ConstBytes in);                     // validated
Status decodeTariff(ConstBytes in, tariff::Tariff *out);                // the same, in place
Status encodeCredit(const tariff::CreditParameters &credit, Bytes out); // 24 bytes
Result<tariff::CreditParameters> decodeCredit(ConstBytes in);           // validated

} // namespace ampcard::card
