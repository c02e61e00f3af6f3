#pragma once

#include <array>
#include <cstdint>

#include "ampcard/base/bytes.h"
#include "ampcard/base/status.h"

// DL/T645-2007 and -1997 frames (docs/dlt645.md): pure functions over bounded buffers and an
// explicit receive state machine. A leaf library: the meter's server and the station's master
// both use it.
//
// Frame: [FE..] 68 A0..A5 68 C L D0..D(L-1) CS 16. The address goes low byte first (BCD), data
// bytes carry +0x33 on the wire, CS is the byte sum from the first 68 to the last data byte.

namespace ampcard::dlt645 {

inline constexpr std::size_t kMaxData = 200;
inline constexpr std::size_t kMaxFrame = 4 + 12 + kMaxData; // preamble + fixed part + data
inline constexpr std::uint8_t kStart = 0x68;
inline constexpr std::uint8_t kEnd = 0x16;
inline constexpr std::uint8_t kPreamble = 0xFE;

// The data identifiers are in dataids.h, the one table of them.

// Control code bits.
inline constexpr std::uint8_t kReplyBit = 0x80;
inline constexpr std::uint8_t kErrorBit = 0x40;
inline constexpr std::uint8_t kFollowBit = 0x20;

// 2007 control codes.
enum Control2007 : std::uint8_t {
    kSecurity = 0x03,
    kBroadcastTime = 0x08,
    kRead = 0x11,
    kReadFollow = 0x12,
    kReadAddress = 0x13,
    kWrite = 0x14,
    kWriteAddress = 0x15,
    kFreeze = 0x16,
    kChangeBaud = 0x17,
    kChangePassword = 0x18,
    kMeterClear = 0x1A,
    kEventClear = 0x1B,
    kRelayControl = 0x1C,
};

// 1997 control codes.
enum Control1997 : std::uint8_t {
    kRead1997 = 0x01,
    kWrite1997 = 0x04,
    kBroadcastTime1997 = 0x08,
    kWriteAddress1997 = 0x0A,
    kChangeBaud1997 = 0x0C,
};

// 2007 error word bits (abnormal reply data byte).
inline constexpr std::uint8_t kErrOther = 1u << 0;
inline constexpr std::uint8_t kErrNoData = 1u << 1;
inline constexpr std::uint8_t kErrPassword = 1u << 2;
inline constexpr std::uint8_t kErrBaud = 1u << 3;
inline constexpr std::uint8_t kErrTariffs = 1u << 6;

// Address bytes in wire order (low byte first), each a BCD pair.
using Address = std::array<std::uint8_t, 6>;
inline constexpr Address kBroadcast = {0x99, 0x99, 0x99, 0x99, 0x99, 0x99};
inline constexpr Address kWildcard = {0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA};

// "000000000161" (12 digits, most significant first) <-> wire order.
Result<Address> addressFromDigits(const char (&digits)[13]);
void addressDigits(const Address &address, char (&out)[13]);

struct Frame {
    Address address{};
    std::uint8_t control = 0;
    std::uint8_t length = 0;
    std::array<std::uint8_t, kMaxData> data{}; // without the +0x33
    [[nodiscard]] ConstBytes payload() const { return ConstBytes(data).first(length); }
};

// Writes the frame (with `preamble` FE bytes first); returns its size.
Result<std::size_t> encode(const Frame &frame, std::size_t preamble, Bytes out);
// Decodes exactly one frame from bytes that may start with FE; kCardFormat when anything is off.
Result<Frame> decode(ConstBytes bytes);

// Receive state machine: feed bytes as they arrive; a complete, valid frame is reported once.
// Garbage and broken frames are skipped: after a bad frame the search for the next 68 restarts at
// the byte after the one that started it.
class Receiver {
public:
    enum class Event : std::uint8_t { kNone, kFrame };
    // Adds a byte; kFrame when it completes a frame (read it with frame()).
    Event feed(std::uint8_t byte);
    // Bytes after a reported frame may already hold the next one: call until kNone.
    Event poll();
    [[nodiscard]] const Frame &frame() const { return m_frame; }
    [[nodiscard]] std::uint32_t rejected() const { return m_rejected; }
    void reset() { m_size = 0; }

private:
    enum class Need : std::uint8_t { kMore, kDone, kBad };
    Need check(std::size_t *frameSize);
    void drop(std::size_t count);

    std::array<std::uint8_t, 2 * (12 + kMaxData)> m_buffer{};
    std::size_t m_size = 0;
    Frame m_frame;
    std::uint32_t m_rejected = 0;
};

// Packed BCD of `value` in `bytes.size()` bytes, low byte first; kOverflow if it does not fit.
Status toBcd(std::uint64_t value, Bytes bytes);
// The value of low-byte-first BCD; kCardFormat on a nibble above 9.
Result<std::uint64_t> fromBcd(ConstBytes bytes);

// A 2007 data identifier DI3 DI2 DI1 DI0 as one number (0x00010000 = forward active total);
// on the wire DI0 comes first.
[[nodiscard]] std::uint32_t dataIdentifier(ConstBytes fourBytes);
void putDataIdentifier(std::uint32_t di, Bytes fourBytes);

} // namespace ampcard::dlt645
