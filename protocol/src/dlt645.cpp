#include "ampcard/protocol/dlt645.h"

namespace ampcard::dlt645 {

namespace {

constexpr std::size_t kFixed = 10; // 68 A0..A5 68 C L

std::uint8_t checksum(ConstBytes bytes)
{
    std::uint32_t sum = 0;
    for (std::uint8_t byte : bytes)
        sum += byte;
    return static_cast<std::uint8_t>(sum);
}

} // namespace

Result<Address> addressFromDigits(const char (&digits)[13])
{
    Address address{};
    for (std::size_t i = 0; i < 6; ++i) {
        const char high = digits[10 - 2 * i];
        const char low = digits[11 - 2 * i];
        if (high < '0' || high > '9' || low < '0' || low > '9')
            return Errc::kCardFormat;
        address[i] = static_cast<std::uint8_t>(((high - '0') << 4) | (low - '0'));
    }
    return address;
}

void addressDigits(const Address &address, char (&out)[13])
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < 6; ++i) {
        out[10 - 2 * i] = kHex[address[i] >> 4];
        out[11 - 2 * i] = kHex[address[i] & 0x0F];
    }
    out[12] = '\0';
}

Result<std::size_t> encode(const Frame &frame, std::size_t preamble, Bytes out)
{
    if (frame.length > kMaxData)
        return Errc::kBufferSize;
    const std::size_t size = preamble + kFixed + frame.length + 2;
    if (out.size() < size)
        return Errc::kBufferSize;
    std::size_t n = 0;
    for (std::size_t i = 0; i < preamble; ++i)
        out[n++] = kPreamble;
    const std::size_t start = n;
    out[n++] = kStart;
    for (std::uint8_t byte : frame.address)
        out[n++] = byte;
    out[n++] = kStart;
    out[n++] = frame.control;
    out[n++] = frame.length;
    for (std::size_t i = 0; i < frame.length; ++i)
        out[n++] = static_cast<std::uint8_t>(frame.data[i] + 0x33);
    out[n] = checksum(out.subspan(start, n - start));
    ++n;
    out[n++] = kEnd;
    return n;
}

Result<Frame> decode(ConstBytes bytes)
{
    std::size_t start = 0;
    while (start < bytes.size() && bytes[start] == kPreamble)
        ++start;
    bytes = bytes.subspan(start);
    if (bytes.size() < kFixed + 2 || bytes[0] != kStart || bytes[7] != kStart)
        return Errc::kCardFormat;
    const std::size_t length = bytes[9];
    if (length > kMaxData || bytes.size() != kFixed + length + 2 ||
        bytes[kFixed + length + 1] != kEnd ||
        bytes[kFixed + length] != checksum(bytes.first(kFixed + length)))
        return Errc::kCardFormat;
    Frame frame;
    for (std::size_t i = 0; i < 6; ++i)
        frame.address[i] = bytes[1 + i];
    frame.control = bytes[8];
    frame.length = static_cast<std::uint8_t>(length);
    for (std::size_t i = 0; i < length; ++i)
        frame.data[i] = static_cast<std::uint8_t>(bytes[kFixed + i] - 0x33);
    return frame;
}

Receiver::Need Receiver::check(std::size_t *frameSize)
{
    if (m_size >= 8 && m_buffer[7] != kStart)
        return Need::kBad;
    if (m_size >= 10 && m_buffer[9] > kMaxData)
        return Need::kBad;
    if (m_size < kFixed || m_size < kFixed + m_buffer[9] + 2u)
        return Need::kMore;
    *frameSize = kFixed + m_buffer[9] + 2u;
    const Result<Frame> frame = decode(ConstBytes(m_buffer).first(*frameSize));
    if (!frame.ok())
        return Need::kBad;
    m_frame = frame.value();
    return Need::kDone;
}

void Receiver::drop(std::size_t count)
{
    for (std::size_t i = count; i < m_size; ++i)
        m_buffer[i - count] = m_buffer[i];
    m_size -= count;
}

Receiver::Event Receiver::poll()
{
    for (;;) {
        // Skip everything before the next 68: preambles, noise, the rest of a bad frame.
        std::size_t skip = 0;
        while (skip < m_size && m_buffer[skip] != kStart)
            ++skip;
        drop(skip);
        if (m_size == 0)
            return Event::kNone;
        std::size_t frameSize = 0;
        switch (check(&frameSize)) {
        case Need::kMore: return Event::kNone;
        case Need::kDone: drop(frameSize); return Event::kFrame;
        case Need::kBad:
            ++m_rejected;
            drop(1); // restart the search after the 68 that began the bad frame
            break;
        }
    }
}

Receiver::Event Receiver::feed(std::uint8_t byte)
{
    if (m_size == m_buffer.size())
        drop(1);
    m_buffer[m_size++] = byte;
    return poll();
}

Status toBcd(std::uint64_t value, Bytes bytes)
{
    for (std::uint8_t &byte : bytes) {
        byte = static_cast<std::uint8_t>((value % 10) | ((value / 10 % 10) << 4));
        value /= 100;
    }
    return value == 0 ? kOk : Status(Errc::kOverflow);
}

Result<std::uint64_t> fromBcd(ConstBytes bytes)
{
    std::uint64_t value = 0;
    for (std::size_t i = bytes.size(); i-- > 0;) {
        const std::uint8_t high = bytes[i] >> 4;
        const std::uint8_t low = bytes[i] & 0x0F;
        if (high > 9 || low > 9)
            return Errc::kCardFormat;
        value = value * 100 + high * 10u + low;
    }
    return value;
}

std::uint32_t dataIdentifier(ConstBytes fourBytes)
{
    return static_cast<std::uint32_t>(fourBytes[0]) |
           (static_cast<std::uint32_t>(fourBytes[1]) << 8) |
           (static_cast<std::uint32_t>(fourBytes[2]) << 16) |
           (static_cast<std::uint32_t>(fourBytes[3]) << 24);
}

void putDataIdentifier(std::uint32_t di, Bytes fourBytes)
{
    for (std::size_t i = 0; i < 4; ++i)
        fourBytes[i] = static_cast<std::uint8_t>(di >> (8 * i));
}

} // namespace ampcard::dlt645
