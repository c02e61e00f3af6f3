#pragma once

#include <cstdint>
#include <type_traits>

// Errors are values in the portable core: a Status names what went wrong and, where it helps the
// caller name the field, the index of the offending element (step, schedule entry, date...).

namespace ampcard {

enum class Errc : std::uint8_t {
    kOk = 0,
    kOverflow,             // arithmetic result does not fit
    kParseEmpty,           // number text is empty
    kParseSyntax,          // number text has a character that is not allowed
    kParseTooManyDecimals, // more fraction digits than the unit holds
    kNegative,             // a value that must not be negative is
    kNotPositive,          // a value that must be greater than zero is not
    kStepCount,            // ladder has 0 or more than 8 steps
    kThresholdNotPositive, // first threshold is zero or negative
    kThresholdOrder,       // a threshold is not greater than the previous one
    kStepPrice,            // a step price is negative
    kTouRateCount,         // TOU defines 0 or more than 4 rates
    kTouRatePrice,         // a TOU rate price is negative
    kTouScheduleEmpty,     // TOU has rates but no schedule
    kTouScheduleTooLong,   // more than kMaxTouSegments entries
    kTouScheduleOrder,     // schedule entries are not in increasing time order
    kTouScheduleStart,     // the first schedule entry does not start at 00:00
    kTouScheduleTime,      // a schedule time is not within the day
    kTouScheduleRate,      // a schedule entry names a rate that is not defined
    kSettlementDay,        // monthly day outside 1..28
    kSettlementHour,       // hour outside 0..23
    kSettlementDateCount,  // yearly with 0 or more than 4 dates
    kSettlementDate,       // yearly date is not a real month/day (29 Feb is refused)
    kSettlementDateOrder,  // yearly dates are not in increasing order
    kDateTime,             // a calendar date or time of day is out of range
    kSettlementDue,        // a settlement must be taken before consuming more energy
    kUnboundedEnergy,      // money buys unlimited energy (free last step)
    kHoardingLimit,        // purchase would take remaining above the hoarding limit
    kThresholdsInvalid,    // credit thresholds are inconsistent (alarm 2 above alarm 1...)
    kOverdraftNotAllowed,  // overdraft confirmation while not exhausted or with no limit
    kInvalidState,         // a stored state does not hold together
    // Cryptography and cards (cardio/).
    kKeyLength,     // key is not 16 or 32 bytes
    kBufferSize,    // an output buffer is too small or an input has the wrong length
    kBadParameter,  // nonce or tag length outside what the mode allows
    kAuthFailed,    // a MAC or tag does not verify
    kCardFormat,    // card bytes are not an Ampcard layout (magic, version, length)
    kUnknownKind,   // record or card kind not known to this version
    kWrongUtility,  // record of another utility
    kWrongMeter,    // record for another meter
    kWrongCard,     // record bound to another card serial, or card kind does not fit
    kReplay,        // sequence number already loaded
    kKeyVersion,    // record made with a key version the meter does not hold
    kNoValidRecord, // neither slot holds a valid record
    kBlacklisted,   // card serial refused (replaced card)
    kCardStatus,    // the card answered a status word other than 9000
    kVerifyFailed,  // read-back after a write differs from what was written
    // Card readers (host).
    kNoReader,         // no PC/SC reader, or the service is not running
    kNoCard,           // no card in the reader
    kCardRemoved,      // card removed during the operation
    kSharingViolation, // another program holds the card
    kTimeout,          // nothing happened within the time allowed
    kReaderError,      // any other reader failure
    // Keystore (host).
    kWrongPassphrase, // keystore does not open with this passphrase
    kKeystoreFormat,  // keystore file is damaged or not a keystore
};

class [[nodiscard]] Status {
public:
    constexpr Status() = default;
    constexpr Status(Errc code, std::uint8_t index = 0) : m_code(code), m_index(index) {}

    [[nodiscard]] constexpr bool ok() const { return m_code == Errc::kOk; }
    [[nodiscard]] constexpr Errc code() const { return m_code; }
    // Index of the element at fault (step, schedule entry, date), 0 when not applicable.
    [[nodiscard]] constexpr std::uint8_t index() const { return m_index; }
    constexpr bool operator==(const Status &) const = default;

private:
    Errc m_code = Errc::kOk;
    std::uint8_t m_index = 0;
};

inline constexpr Status kOk{};

// A value or the Status that explains why there is none. T must be default-constructible and
// trivially copyable (the portable core only carries plain data).
template <typename T> class [[nodiscard]] Result {
    static_assert(std::is_trivially_copyable_v<T>);

public:
    constexpr Result(const T &value) : m_value(value) {}
    constexpr Result(Status status) : m_status(status) {}
    constexpr Result(Errc code, std::uint8_t index = 0) : m_status(code, index) {}

    [[nodiscard]] constexpr bool ok() const { return m_status.ok(); }
    [[nodiscard]] constexpr Status status() const { return m_status; }
    // Only meaningful when ok().
    [[nodiscard]] constexpr const T &value() const { return m_value; }
    [[nodiscard]] constexpr T &value() { return m_value; }
    [[nodiscard]] constexpr T valueOr(T fallback) const { return ok() ? m_value : fallback; }

private:
    T m_value{};
    Status m_status{};
};

} // namespace ampcard

#define AMPCARD_CONCAT_INNER(a, b) a##b
#define AMPCARD_CONCAT(a, b) AMPCARD_CONCAT_INNER(a, b)

// Returns the Status from the enclosing function when expr (a Status) is not ok.
#define AMPCARD_TRY(expr)                                                                          \
    do {                                                                                           \
        const ::ampcard::Status ampcardTryStatus_ = (expr);                                        \
        if (!ampcardTryStatus_.ok())                                                               \
            return ampcardTryStatus_;                                                              \
    } while (false)

// Declares `lhs` from a Result's value, or returns its Status from the enclosing function.
#define AMPCARD_TRY_ASSIGN(lhs, expr)                                                              \
    auto AMPCARD_CONCAT(ampcardTryResult_, __LINE__) = (expr);                                     \
    if (!AMPCARD_CONCAT(ampcardTryResult_, __LINE__).ok())                                         \
        return AMPCARD_CONCAT(ampcardTryResult_, __LINE__).status();                               \
    lhs = AMPCARD_CONCAT(ampcardTryResult_, __LINE__).value()
