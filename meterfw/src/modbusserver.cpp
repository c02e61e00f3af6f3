#include "ampcard/meter/modbusserver.h"

namespace ampcard::meter {

using modbus::Exception;
using tariff::Money;

namespace {

constexpr std::uint16_t kUnlock = 0x0100;
constexpr std::uint16_t kSlaveAddress = 0x0101;
constexpr std::uint16_t kLastMeasurement = 0x0021;
constexpr std::uint16_t kMaxRead = 125;
constexpr tariff::Timestamp kUnlockSeconds = 60;

bool valid(std::uint16_t address)
{
    return address <= kLastMeasurement || address == kUnlock || address == kSlaveAddress;
}

std::uint32_t hundredths(Money money)
{
    return static_cast<std::uint32_t>(money.raw() / 100);
}

std::uint16_t high(std::uint32_t value)
{
    return static_cast<std::uint16_t>(value >> 16);
}
std::uint16_t low(std::uint32_t value)
{
    return static_cast<std::uint16_t>(value);
}

} // namespace

bool ModbusServer::unlocked() const
{
    return m_meter.state().comms.modbusUnlockedUntil >= m_meter.state().time;
}

bool ModbusServer::readRegister(std::uint16_t address, std::uint16_t *value) const
{
    const MeterState &state = m_meter.state();
    const tariff::CreditParameters &credit = state.account.parameters();
    std::int64_t watts = 0;
    for (std::size_t phase = 0; phase < kMaxPhases; ++phase)
        watts += m_meter.lastPower(phase);
    watts /= 1000;
    const auto remaining = static_cast<std::uint32_t>(
        static_cast<std::int32_t>(state.account.remaining().raw() / 100));
    const std::uint32_t hoarding = credit.hoardingLimit == tariff::kNoHoardingLimit
                                       ? 0xFFFFFFFFu
                                       : hundredths(credit.hoardingLimit);
    const auto thirtyTwo = [&](std::uint16_t base, std::uint32_t field) {
        return address == base ? high(field) : low(field);
    };
    switch (address) {
    case 0x0000:
    case 0x0001:
        *value = thirtyTwo(0x0000, static_cast<std::uint32_t>(state.registers.combined.raw()));
        return true;
    case 0x0002:
    case 0x0003:
        *value = thirtyTwo(0x0002, static_cast<std::uint32_t>(state.registers.forward.raw()));
        return true;
    case 0x0004:
    case 0x0005:
        *value = thirtyTwo(0x0004, static_cast<std::uint32_t>(state.registers.reverse.raw()));
        return true;
    case 0x0006:
    case 0x0007: *value = thirtyTwo(0x0006, remaining); return true;
    case 0x0008:
        *value = static_cast<std::uint16_t>((state.relayCommandedClosed ? 0 : 1) |
                                            (state.relay.keepPower ? 2 : 0) |
                                            (state.registers.reversePhases != 0 ? 4 : 0) |
                                            (m_meter.alarmLamp() == Lamp::kOn ? 8 : 0) |
                                            ((state.faults & kFaultRelay) != 0 ? 16 : 0));
        return true;
    case 0x0009: *value = static_cast<std::uint16_t>(m_meter.creditState()); return true;
    case 0x000A: *value = state.faults; return true;
    case 0x000B:
    case 0x000C: *value = thirtyTwo(0x000B, static_cast<std::uint32_t>(state.time)); return true;
    case 0x000D:
    case 0x000E: *value = thirtyTwo(0x000D, state.binding.lastSequence); return true;
    case 0x0010:
    case 0x0011: *value = thirtyTwo(0x0010, hundredths(credit.alarm1)); return true;
    case 0x0012:
    case 0x0013: *value = thirtyTwo(0x0012, hundredths(credit.alarm2)); return true;
    case 0x0014:
    case 0x0015: *value = thirtyTwo(0x0014, hundredths(credit.overdraftLimit)); return true;
    case 0x0016:
    case 0x0017: *value = thirtyTwo(0x0016, hoarding); return true;
    case 0x0018:
    case 0x0019: *value = thirtyTwo(0x0018, hundredths(credit.closeAllow)); return true;
    case 0x0020:
    case 0x0021:
        *value = thirtyTwo(0x0020, static_cast<std::uint32_t>(static_cast<std::int32_t>(watts)));
        return true;
    case kUnlock: *value = 0; return true;
    case kSlaveAddress: *value = state.comms.modbusAddress; return true;
    default: *value = 0; return address <= kLastMeasurement; // unused measurement registers read 0
    }
}

Exception ModbusServer::writeRegisters(std::uint16_t address, ConstBytes values, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (!valid(static_cast<std::uint16_t>(address + i)))
            return modbus::kIllegalAddress;
    }
    if (count == 1 && address == kUnlock) {
        // Counted: three wrong PINs lock the PIN out (Meter::checkSecret).
        if (m_meter.checkSecret(Credential::kModbusPin, values.first(2)) != Access::kGranted)
            return modbus::kDeviceFailure;
        CommsSettings comms = m_meter.state().comms;
        comms.modbusUnlockedUntil = m_meter.state().time + kUnlockSeconds;
        return m_meter.setComms(comms).ok() ? Exception{} : modbus::kDeviceFailure;
    }
    if (!unlocked())
        return modbus::kDeviceFailure;
    // Writable: time (0x000B-0x000C), thresholds (0x0010-0x0019), slave address (0x0101); 32-bit
    // fields are written whole.
    tariff::CreditParameters credit = m_meter.state().account.parameters();
    CommsSettings comms = m_meter.state().comms;
    bool creditChanged = false;
    for (std::size_t i = 0; i < count;) {
        const auto at = static_cast<std::uint16_t>(address + i);
        if (at == kSlaveAddress) {
            const std::uint16_t slave = modbus::word(values, 2 * i);
            if (slave < 1 || slave > 247)
                return modbus::kIllegalValue;
            comms.modbusAddress = static_cast<std::uint8_t>(slave);
            ++i;
            continue;
        }
        const bool pairStart = at == 0x000B || (at >= 0x0010 && at <= 0x0019 && (at & 1u) == 0);
        if (!pairStart || i + 1 >= count)
            return modbus::kIllegalAddress;
        const std::uint32_t field =
            (static_cast<std::uint32_t>(modbus::word(values, 2 * i)) << 16) |
            modbus::word(values, 2 * i + 2);
        if (at == 0x000B) {
            // The PIN is no level-02 password: within the drift allowance.
            if (!m_meter.setTime(static_cast<tariff::Timestamp>(field), ClockSource::kLine).ok())
                return modbus::kIllegalValue;
        } else {
            const Money amount = at == 0x0016 && field == 0xFFFFFFFFu
                                     ? tariff::kNoHoardingLimit
                                     : Money::fromRaw(static_cast<std::int64_t>(field) * 100);
            Money *fields[] = {&credit.alarm1, &credit.alarm2, &credit.overdraftLimit,
                               &credit.hoardingLimit, &credit.closeAllow};
            *fields[(at - 0x0010) / 2] = amount;
            creditChanged = true;
        }
        i += 2;
    }
    if (creditChanged && !m_meter.setCreditParameters(credit).ok())
        return modbus::kIllegalValue;
    if (comms.modbusAddress != m_meter.state().comms.modbusAddress && !m_meter.setComms(comms).ok())
        return modbus::kDeviceFailure;
    return Exception{};
}

std::size_t ModbusServer::handle(ConstBytes bytes, Bytes out)
{
    const Result<modbus::Frame> decoded = modbus::decode(bytes);
    if (!decoded.ok())
        return 0;
    const modbus::Frame &request = decoded.value();
    const bool broadcast = request.address == modbus::kBroadcast;
    if (!broadcast && request.address != m_meter.state().comms.modbusAddress)
        return 0;
    if (broadcast) {
        // A broadcast carries the time and nothing else: no unlock (a guess at every meter's PIN
        // at once), no writes, no relay. The time moves within the drift allowance.
        const ConstBytes data = request.payload();
        if (request.function == modbus::kWriteRegisters && data.size() == 9 &&
            modbus::word(data, 0) == 0x000B && modbus::word(data, 2) == 2 && data[4] == 4 &&
            m_meter.state().provisioned) {
            const std::uint32_t time =
                (static_cast<std::uint32_t>(modbus::word(data, 5)) << 16) | modbus::word(data, 7);
            (void)m_meter.setTime(static_cast<tariff::Timestamp>(time), ClockSource::kBroadcast);
        }
        return 0;
    }
    modbus::Frame response;
    response.address = request.address;
    response.function = request.function;
    const ConstBytes data = request.payload();
    Exception failure{};
    switch (request.function) {
    case modbus::kReadHolding:
    case modbus::kReadInput: {
        if (data.size() != 4) {
            failure = modbus::kIllegalValue;
            break;
        }
        const std::uint16_t start = modbus::word(data, 0);
        const std::uint16_t count = modbus::word(data, 2);
        if (count < 1 || count > kMaxRead) {
            failure = modbus::kIllegalValue;
            break;
        }
        response.data[0] = static_cast<std::uint8_t>(2 * count);
        for (std::uint16_t i = 0; i < count && failure == Exception{}; ++i) {
            std::uint16_t value = 0;
            const auto at = static_cast<std::uint16_t>(start + i);
            if (!valid(at) || !readRegister(at, &value)) {
                failure = modbus::kIllegalAddress;
                break;
            }
            response.data[1 + 2 * i] = static_cast<std::uint8_t>(value >> 8);
            response.data[2 + 2 * i] = static_cast<std::uint8_t>(value);
        }
        response.length = 1 + 2u * count;
        break;
    }
    case modbus::kWriteRegister:
        if (data.size() != 4) {
            failure = modbus::kIllegalValue;
            break;
        }
        failure = writeRegisters(modbus::word(data, 0), data.subspan(2, 2), 1);
        for (std::size_t i = 0; i < 4; ++i)
            response.data[i] = data[i];
        response.length = 4;
        break;
    case modbus::kWriteRegisters: {
        if (data.size() < 5 || data[4] != 2u * modbus::word(data, 2) ||
            data.size() != 5u + data[4] || modbus::word(data, 2) < 1 ||
            modbus::word(data, 2) > 123) {
            failure = modbus::kIllegalValue;
            break;
        }
        failure = writeRegisters(modbus::word(data, 0), data.subspan(5), modbus::word(data, 2));
        for (std::size_t i = 0; i < 4; ++i)
            response.data[i] = data[i];
        response.length = 4;
        break;
    }
    case modbus::kWriteCoil: {
        if (data.size() != 4 ||
            (modbus::word(data, 2) != 0xFF00 && modbus::word(data, 2) != 0x0000)) {
            failure = modbus::kIllegalValue;
            break;
        }
        if (modbus::word(data, 0) != 0x0000) {
            failure = modbus::kIllegalAddress;
            break;
        }
        if (!unlocked()) {
            failure = modbus::kDeviceFailure;
            break;
        }
        m_meter.remoteRelay(modbus::word(data, 2) == 0xFF00 ? RelayEvent::kRemoteDirectClose
                                                            : RelayEvent::kRemoteTrip);
        for (std::size_t i = 0; i < 4; ++i)
            response.data[i] = data[i];
        response.length = 4;
        break;
    }
    default: failure = modbus::kIllegalFunction; break;
    }
    if (failure != Exception{})
        response = modbus::exception(request.address, request.function, failure);
    const Result<std::size_t> size = modbus::encode(response, out);
    return size.ok() ? size.value() : 0;
}

} // namespace ampcard::meter
