#include "ampcard/meter/modbusserver.h"

#include "ampcard/protocol/dataids.h"

namespace ampcard::meter {

using modbus::Exception;
using modbus::reg;
using tariff::Money;

namespace {

constexpr std::uint16_t kMaxRead = 125;
constexpr tariff::Timestamp kUnlockSeconds = 60;

// The register map is protocol/'s table (dataids.h); reserved measurement addresses read 0.
bool valid(std::uint16_t address)
{
    return address <= modbus::kLastMeasurement || modbus::findRegisterKey(address) != nullptr;
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
    std::uint8_t word = 0;
    const modbus::RegisterKey *entry = modbus::findRegisterKey(address, &word);
    if (entry == nullptr) {
        *value = 0;
        return address <= modbus::kLastMeasurement; // reserved measurement registers read 0
    }
    const auto thirtyTwo = [word](std::uint32_t field) {
        return word == 0 ? high(field) : low(field);
    };
    switch (entry->address) {
    case reg("combined-energy"):
        *value = thirtyTwo(static_cast<std::uint32_t>(state.registers.combined.raw()));
        return true;
    case reg("forward-energy"):
        *value = thirtyTwo(static_cast<std::uint32_t>(state.registers.forward.raw()));
        return true;
    case reg("reverse-energy"):
        *value = thirtyTwo(static_cast<std::uint32_t>(state.registers.reverse.raw()));
        return true;
    case reg("remaining-credit"): *value = thirtyTwo(remaining); return true;
    case reg("status"):
        *value = static_cast<std::uint16_t>((state.relayCommandedClosed ? 0 : 1) |
                                            (state.relay.keepPower ? 2 : 0) |
                                            (state.registers.reversePhases != 0 ? 4 : 0) |
                                            (m_meter.alarmLamp() == Lamp::kOn ? 8 : 0) |
                                            ((state.faults & kFaultRelay) != 0 ? 16 : 0));
        return true;
    case reg("credit-state"):
        *value = static_cast<std::uint16_t>(m_meter.creditState());
        return true;
    case reg("faults"): *value = state.faults; return true;
    case reg("time"): *value = thirtyTwo(static_cast<std::uint32_t>(state.time)); return true;
    case reg("last-sequence"): *value = thirtyTwo(state.binding.lastSequence); return true;
    case reg("alarm-1"): *value = thirtyTwo(hundredths(credit.alarm1)); return true;
    case reg("alarm-2"): *value = thirtyTwo(hundredths(credit.alarm2)); return true;
    case reg("overdraft-limit"): *value = thirtyTwo(hundredths(credit.overdraftLimit)); return true;
    case reg("hoarding-limit"): *value = thirtyTwo(hoarding); return true;
    case reg("close-allow"): *value = thirtyTwo(hundredths(credit.closeAllow)); return true;
    case reg("active-power"):
        *value = thirtyTwo(static_cast<std::uint32_t>(static_cast<std::int32_t>(watts)));
        return true;
    case reg("unlock"): *value = 0; return true;
    case reg("slave-address"): *value = state.comms.modbusAddress; return true;
    default: *value = 0; return false; // a register of the table this server does not know
    }
}

Exception ModbusServer::writeRegisters(std::uint16_t address, ConstBytes values, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (!valid(static_cast<std::uint16_t>(address + i)))
            return modbus::kIllegalAddress;
    }
    if (count == 1 && address == reg("unlock")) {
        // Counted: three wrong PINs lock the PIN out (Meter::checkSecret).
        if (m_meter.checkSecret(Credential::kModbusPin, values.first(2)) != Access::kGranted)
            return modbus::kDeviceFailure;
        CommsSettings comms = m_meter.state().comms;
        comms.modbusUnlockedUntil = m_meter.state().time + kUnlockSeconds;
        return m_meter.setComms(comms).ok() ? Exception{} : modbus::kDeviceFailure;
    }
    if (!unlocked())
        return modbus::kDeviceFailure;
    // Writable: what the table marks so (time, thresholds, slave address); 32-bit fields are
    // written whole.
    tariff::CreditParameters credit = m_meter.state().account.parameters();
    CommsSettings comms = m_meter.state().comms;
    bool creditChanged = false;
    for (std::size_t i = 0; i < count;) {
        const auto at = static_cast<std::uint16_t>(address + i);
        std::uint8_t word = 0;
        const modbus::RegisterKey *entry = modbus::findRegisterKey(at, &word);
        if (entry == nullptr || entry->access != modbus::RegisterAccess::kReadWrite)
            return modbus::kIllegalAddress;
        if (at == reg("slave-address")) {
            const std::uint16_t slave = modbus::word(values, 2 * i);
            if (slave < 1 || slave > 247)
                return modbus::kIllegalValue;
            comms.modbusAddress = static_cast<std::uint8_t>(slave);
            ++i;
            continue;
        }
        if (entry->words != 2 || word != 0 || i + 1 >= count)
            return modbus::kIllegalAddress;
        const std::uint32_t field =
            (static_cast<std::uint32_t>(modbus::word(values, 2 * i)) << 16) |
            modbus::word(values, 2 * i + 2);
        if (at == reg("time")) {
            // The PIN is no level-02 password: within the drift allowance.
            if (!m_meter.setTime(static_cast<tariff::Timestamp>(field), ClockSource::kLine).ok())
                return modbus::kIllegalValue;
        } else {
            const Money amount = at == reg("hoarding-limit") && field == 0xFFFFFFFFu
                                     ? tariff::kNoHoardingLimit
                                     : Money::fromRaw(static_cast<std::int64_t>(field) * 100);
            Money *fields[] = {&credit.alarm1, &credit.alarm2, &credit.overdraftLimit,
                               &credit.hoardingLimit, &credit.closeAllow};
            *fields[(at - reg("alarm-1")) / 2] = amount;
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
            modbus::word(data, 0) == reg("time") && modbus::word(data, 2) == 2 && data[4] == 4 &&
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
