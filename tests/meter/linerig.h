#pragma once

// The meter's DL/T645 and Modbus servers on a Rig, frame in, frame out, and the passwords the
// meter was commissioned with.
#include <optional>
#include <vector>

#include <QTest>

#include "../card/hex.h"
#include "ampcard/meter/dlt645server.h"
#include "ampcard/meter/modbusserver.h"
#include "meterrig.h"

namespace testing {

using Vector = std::vector<std::uint8_t>;

// Wire order of meter 310100000001.
inline const dlt645::Address kOwn = {0x01, 0x00, 0x00, 0x00, 0x01, 0x31};

struct Dlt {
    Rig &rig;
    Dlt645Server server{*rig.meter};

    std::optional<dlt645::Frame> ask(const dlt645::Address &address, std::uint8_t control,
                                     const Vector &data)
    {
        dlt645::Frame frame;
        frame.address = address;
        frame.control = control;
        frame.length = static_cast<std::uint8_t>(data.size());
        std::copy(data.begin(), data.end(), frame.data.begin());
        std::array<std::uint8_t, dlt645::kMaxFrame> out{};
        const std::size_t size = server.handle(frame, out);
        if (size == 0)
            return std::nullopt;
        const Result<dlt645::Frame> reply = dlt645::decode(card::ConstBytes(out).first(size));
        if (!reply.ok())
            qFatal("the server sent a broken frame");
        return reply.value();
    }
    std::optional<dlt645::Frame> read(std::uint32_t di, const dlt645::Address &address = kOwn)
    {
        Vector data(4);
        dlt645::putDataIdentifier(di, data);
        return ask(address, dlt645::kRead, data);
    }
    // The value bytes of a successful read, as hex.
    QString value(std::uint32_t di)
    {
        const auto reply = read(di);
        if (!reply || reply->control != 0x91)
            return QStringLiteral("error");
        return testing::toHex(Vector(reply->data.begin() + 4, reply->data.begin() + reply->length));
    }
};

// A password field: level then three bytes (a wrong one unless taken from the rig).
inline Vector password(std::uint8_t level, std::uint8_t a, std::uint8_t b, std::uint8_t c)
{
    return {level, a, b, c};
}
// The meter's own passwords, as `ampcard keys meter-key` derives them.
inline Vector password02(const Rig &rig)
{
    const card::LineSecrets line = rig.lineSecrets();
    return {0x02, line.password02[0], line.password02[1], line.password02[2]};
}
inline Vector password04(const Rig &rig)
{
    const card::LineSecrets line = rig.lineSecrets();
    return {0x04, line.password04[0], line.password04[1], line.password04[2]};
}

inline Vector join(std::initializer_list<Vector> parts)
{
    Vector out;
    for (const Vector &part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

struct Mb {
    Rig &rig;
    ModbusServer server{*rig.meter};

    std::optional<Vector> ask(std::uint8_t address, std::uint8_t function, const Vector &data)
    {
        modbus::Frame frame;
        frame.address = address;
        frame.function = function;
        std::copy(data.begin(), data.end(), frame.data.begin());
        frame.length = data.size();
        std::array<std::uint8_t, modbus::kMaxFrame> request{};
        const std::size_t requestSize = modbus::encode(frame, request).value();
        std::array<std::uint8_t, modbus::kMaxFrame> out{};
        const std::size_t size = server.handle(card::ConstBytes(request).first(requestSize), out);
        if (size == 0)
            return std::nullopt;
        const Result<modbus::Frame> reply = modbus::decode(card::ConstBytes(out).first(size));
        if (!reply.ok())
            qFatal("the server sent a broken frame");
        Vector bytes = {reply.value().function};
        bytes.insert(bytes.end(), reply.value().data.begin(),
                     reply.value().data.begin() + static_cast<long>(reply.value().length));
        return bytes;
    }
};

} // namespace testing
