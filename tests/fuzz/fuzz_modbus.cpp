// Modbus-RTU: the frame decoder and the meter's server on any bytes. Every answer must decode,
// and a frame with a bad CRC must get none.
#include <cstddef>
#include <cstdint>

#include "ampcard/meter/modbusserver.h"
#include "ampcard/protocol/modbus.h"
#include "fuzzmeter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ampcard;
    const ConstBytes bytes(data, size);
    const bool valid = modbus::decode(bytes).ok();
    static fuzzing::Rig rig;
    meter::ModbusServer server(rig.meter);
    std::array<std::uint8_t, modbus::kMaxFrame> reply{};
    const std::size_t length = server.handle(bytes, reply);
    if (length > 0 && (!valid || !modbus::decode(ConstBytes(reply).first(length)).ok()))
        __builtin_trap();
    // The same bytes with a correct CRC appended, so the fuzzer reaches the functions.
    if (size >= 2 && size + 2 <= modbus::kMaxFrame) {
        std::array<std::uint8_t, modbus::kMaxFrame> framed{};
        for (std::size_t i = 0; i < size; ++i)
            framed[i] = data[i];
        const std::uint16_t crc = modbus::crc16(bytes);
        framed[size] = static_cast<std::uint8_t>(crc);
        framed[size + 1] = static_cast<std::uint8_t>(crc >> 8);
        const std::size_t answer = server.handle(ConstBytes(framed).first(size + 2), reply);
        if (answer > 0 && !modbus::decode(ConstBytes(reply).first(answer)).ok())
            __builtin_trap();
    }
    return 0;
}
