#pragma once

#include <array>
#include <cstdint>

#include "ampcard/base/bytes.h"
#include "ampcard/base/status.h"

// Modbus-RTU (docs/modbus.md): pure functions over bounded buffers. Frames are delimited by
// silence on the line (t3.5); the port finds the boundary, this code checks and builds frames.

namespace ampcard::modbus {

inline constexpr std::size_t kMaxFrame = 256;
inline constexpr std::uint8_t kBroadcast = 0;

enum Function : std::uint8_t {
    kReadHolding = 0x03,
    kReadInput = 0x04,
    kWriteCoil = 0x05,
    kWriteRegister = 0x06,
    kWriteRegisters = 0x10,
};

enum Exception : std::uint8_t {
    kIllegalFunction = 0x01,
    kIllegalAddress = 0x02,
    kIllegalValue = 0x03,
    kDeviceFailure = 0x04,
};

// CRC-16/MODBUS (poly 0xA001 reflected, init 0xFFFF): crc16("123456789") == 0x4B37.
[[nodiscard]] std::uint16_t crc16(ConstBytes data);

// A frame after the address and CRC checks: the PDU (function code and data).
struct Frame {
    std::uint8_t address = 0;
    std::uint8_t function = 0;
    std::array<std::uint8_t, kMaxFrame> data{};
    std::size_t length = 0; // bytes of data after the function code
    [[nodiscard]] ConstBytes payload() const { return ConstBytes(data).first(length); }
};

// Checks length and CRC (sent low byte first); kCardFormat otherwise.
Result<Frame> decode(ConstBytes bytes);
// Address, function, data, CRC; returns the size.
Result<std::size_t> encode(const Frame &frame, Bytes out);
// An exception response to `function`.
Frame exception(std::uint8_t address, std::uint8_t function, Exception code);

[[nodiscard]] constexpr std::uint16_t word(ConstBytes bytes, std::size_t at)
{
    return static_cast<std::uint16_t>((bytes[at] << 8) | bytes[at + 1]);
}

// Silent intervals for a line at `baud` with 11-bit characters (8E1): t1.5 and t3.5 in
// microseconds; above 19200 baud the fixed 750 us and 1750 us of the specification.
[[nodiscard]] std::uint32_t t15Micros(std::uint32_t baud);
[[nodiscard]] std::uint32_t t35Micros(std::uint32_t baud);

} // namespace ampcard::modbus
