#include "ampcard/protocol/modbus.h"

namespace ampcard::modbus {

namespace {
constexpr std::uint32_t kBitsPerCharacter = 11;
} // namespace

std::uint16_t crc16(ConstBytes data)
{
    std::uint16_t crc = 0xFFFF;
    for (std::uint8_t byte : data) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = static_cast<std::uint16_t>((crc & 1u) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1);
    }
    return crc;
}

Result<Frame> decode(ConstBytes bytes)
{
    if (bytes.size() < 4 || bytes.size() > kMaxFrame)
        return Errc::kCardFormat;
    const std::size_t body = bytes.size() - 2;
    const auto crc = static_cast<std::uint16_t>(bytes[body] | (bytes[body + 1] << 8));
    if (crc != crc16(bytes.first(body)))
        return Errc::kCardFormat;
    Frame frame;
    frame.address = bytes[0];
    frame.function = bytes[1];
    frame.length = body - 2;
    for (std::size_t i = 0; i < frame.length; ++i)
        frame.data[i] = bytes[2 + i];
    return frame;
}

Result<std::size_t> encode(const Frame &frame, Bytes out)
{
    const std::size_t size = 2 + frame.length + 2;
    if (frame.length > kMaxFrame - 4 || out.size() < size)
        return Errc::kBufferSize;
    out[0] = frame.address;
    out[1] = frame.function;
    for (std::size_t i = 0; i < frame.length; ++i)
        out[2 + i] = frame.data[i];
    const std::uint16_t crc = crc16(out.first(2 + frame.length));
    out[2 + frame.length] = static_cast<std::uint8_t>(crc);
    out[3 + frame.length] = static_cast<std::uint8_t>(crc >> 8);
    return size;
}

Frame exception(std::uint8_t address, std::uint8_t function, Exception code)
{
    Frame frame;
    frame.address = address;
    frame.function = static_cast<std::uint8_t>(function | 0x80);
    frame.data[0] = code;
    frame.length = 1;
    return frame;
}

std::uint32_t t15Micros(std::uint32_t baud)
{
    return baud > 19200 ? 750 : (15 * kBitsPerCharacter * 1'000'000u) / (10 * baud);
}

std::uint32_t t35Micros(std::uint32_t baud)
{
    return baud > 19200 ? 1750 : (35 * kBitsPerCharacter * 1'000'000u) / (10 * baud);
}

} // namespace ampcard::modbus
