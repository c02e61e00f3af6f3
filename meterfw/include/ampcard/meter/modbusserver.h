#pragma once

#include "ampcard/meter/meter.h"
#include "ampcard/protocol/modbus.h"

// The meter's Modbus-RTU server (docs/modbus.md): function codes 03, 04, 06, 16 and 05 for the
// relay coil. Writes need the unlock PIN written to holding register 0x0100 within 60 s.

namespace ampcard::meter {

class ModbusServer {
public:
    explicit ModbusServer(Meter &meter) : m_meter(meter) {}

    // A frame as delimited by the line's silence; the reply goes to `out`. Returns its size,
    // 0 when there is none (another slave, a broadcast, a damaged frame).
    std::size_t handle(ConstBytes frame, Bytes out);

private:
    bool readRegister(std::uint16_t address, std::uint16_t *value) const;
    modbus::Exception writeRegisters(std::uint16_t address, ConstBytes values, std::size_t count);
    [[nodiscard]] bool unlocked() const;

    Meter &m_meter;
};

} // namespace ampcard::meter
