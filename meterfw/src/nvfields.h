#pragma once

#include <cstddef>
#include <cstdint>

#include "ampcard/meter/nvcodec.h"

// Internal to the NV codec (nvcodec.cpp, nvlayoutv1.cpp): the Io kinds and the one field list per
// record that they walk.

namespace ampcard::meter::nv {

using tariff::Energy;
using tariff::Money;

// ---- the two directions of one field list ------------------------------------------------------
// Each record type has one visit() that names its fields in the layout's order; an Io either
// writes each field (Encoder), reads and checks it (Decoder), or only checks the value already
// in memory (Checker, for a migrated record). The Encoder never changes what it visits: visit()
// takes non-const references only so the three share one list.

class Encoder {
public:
    static constexpr bool kReads = false;
    explicit Encoder(RecordSink &sink) : m_sink(sink) {}
    void u8(std::uint8_t &value) { put(value, 1); }
    void u16(std::uint16_t &value) { put(value, 2); }
    void u32(std::uint32_t &value) { put(value, 4); }
    void u64(std::uint64_t &value) { put(value, 8); }
    void i32(std::int32_t &value) { put(static_cast<std::uint32_t>(value), 4); }
    void i64(std::int64_t &value) { put(static_cast<std::uint64_t>(value), 8); }
    void flag(bool &value) { put(value ? 1 : 0, 1); }
    template <class Fixed> void fixed(Fixed &value)
    {
        put(static_cast<std::uint64_t>(value.raw()), 8);
    }
    template <class Enum> void choice(Enum &value, Enum /*last*/)
    {
        put(static_cast<std::uint8_t>(value), 1);
    }
    void range(std::uint8_t &value, std::uint8_t /*low*/, std::uint8_t /*high*/) { u8(value); }
    void bytes(std::uint8_t *data, std::size_t size) { m_sink.put(ConstBytes(data, size)); }
    void require(bool /*holds*/) {}

private:
    void put(std::uint64_t value, std::size_t width)
    {
        std::uint8_t little[8];
        for (std::size_t i = 0; i < width; ++i)
            little[i] = static_cast<std::uint8_t>(value >> (8 * i));
        m_sink.put(ConstBytes(little, width));
    }

    RecordSink &m_sink;
};

class Decoder {
public:
    static constexpr bool kReads = true;
    explicit Decoder(const StoredRecord &record) : m_record(record) {}
    void u8(std::uint8_t &value) { value = static_cast<std::uint8_t>(get(1)); }
    void u16(std::uint16_t &value) { value = static_cast<std::uint16_t>(get(2)); }
    void u32(std::uint32_t &value) { value = static_cast<std::uint32_t>(get(4)); }
    void u64(std::uint64_t &value) { value = get(8); }
    void i32(std::int32_t &value) { value = static_cast<std::int32_t>(get(4)); }
    void i64(std::int64_t &value) { value = static_cast<std::int64_t>(get(8)); }
    void flag(bool &value)
    {
        const std::uint64_t byte = get(1);
        require(byte <= 1);
        value = byte == 1;
    }
    template <class Fixed> void fixed(Fixed &value)
    {
        value = Fixed::fromRaw(static_cast<std::int64_t>(get(8)));
    }
    template <class Enum> void choice(Enum &value, Enum last)
    {
        const std::uint64_t byte = get(1);
        require(byte <= static_cast<std::uint8_t>(last));
        value = static_cast<Enum>(byte);
    }
    void range(std::uint8_t &value, std::uint8_t low, std::uint8_t high)
    {
        u8(value);
        require(value >= low && value <= high);
    }
    void bytes(std::uint8_t *data, std::size_t size)
    {
        if (m_status.ok())
            m_status = m_record.read(m_offset, Bytes(data, size));
        m_offset += size;
    }
    void require(bool holds)
    {
        if (!holds && m_status.ok())
            m_status = Errc::kInvalidState;
    }
    // The whole record read, nothing left over.
    Status finish()
    {
        require(m_offset == m_record.size());
        return m_status;
    }

private:
    std::uint64_t get(std::size_t width)
    {
        std::uint8_t little[8] = {};
        bytes(little, width);
        std::uint64_t value = 0;
        for (std::size_t i = width; i-- > 0;)
            value = (value << 8) | little[i];
        return value;
    }

    const StoredRecord &m_record;
    std::size_t m_offset = 0;
    Status m_status = kOk;
};

// The Decoder's checks on values already in memory (a record migrated from layout 1).
class Checker {
public:
    static constexpr bool kReads = true;
    void u8(std::uint8_t &) {}
    void u16(std::uint16_t &) {}
    void u32(std::uint32_t &) {}
    void u64(std::uint64_t &) {}
    void i32(std::int32_t &) {}
    void i64(std::int64_t &) {}
    void flag(bool &) {}
    template <class Fixed> void fixed(Fixed &) {}
    template <class Enum> void choice(Enum &value, Enum last)
    {
        require(static_cast<std::uint8_t>(value) <= static_cast<std::uint8_t>(last));
    }
    void range(std::uint8_t &value, std::uint8_t low, std::uint8_t high)
    {
        require(value >= low && value <= high);
    }
    void bytes(std::uint8_t *, std::size_t) {}
    void require(bool holds)
    {
        if (!holds)
            m_status = Errc::kInvalidState;
    }
    [[nodiscard]] Status status() const { return m_status; }

private:
    Status m_status = kOk;
};

template <class Io, class T, std::size_t N> void fixedArray(Io &io, std::array<T, N> &values)
{
    for (T &value : values)
        io.fixed(value);
}

// ---- the fields, in the layout's order (docs/meter.md, "NV layout") -----------------------------

template <class Io> void visit(Io &io, card::MeterNumber &meter)
{
    io.bytes(meter.bcd.data(), meter.bcd.size());
    if constexpr (Io::kReads)
        io.require(card::MeterNumber::fromBcd(meter.bcd).ok());
}

template <class Io> void visit(Io &io, Identity &identity)
{
    io.u32(identity.utilityId);
    visit(io, identity.meter);
    io.u8(identity.keyVersion);
    io.bytes(identity.key.data(), identity.key.size());
}

template <class Io> void visit(Io &io, card::MeterCardState &binding)
{
    io.u32(binding.utilityId);
    visit(io, binding.meter);
    io.u8(binding.keyVersion);
    io.flag(binding.opened);
    io.u64(binding.boundSerial);
    io.u32(binding.lastSequence);
    io.range(binding.blacklistCount, 0, static_cast<std::uint8_t>(card::kBlacklistSize));
    for (std::uint64_t &serial : binding.blacklist)
        io.u64(serial);
}

template <class Io> void visit(Io &io, MeteringConfig &metering)
{
    io.range(metering.phases, 1, 3);
    io.require(metering.phases != 2);
    io.i32(metering.creepMilliwatts);
    io.range(metering.combination, 0, 0x0F);
}

template <class Io> void visit(Io &io, EnergyRegisters &registers)
{
    io.fixed(registers.forward);
    io.fixed(registers.reverse);
    io.fixed(registers.combined);
    fixedArray(io, registers.phaseForward);
    fixedArray(io, registers.phaseReverse);
    for (std::int64_t &remainder : registers.forwardRemainder)
        io.i64(remainder);
    for (std::int64_t &remainder : registers.reverseRemainder)
        io.i64(remainder);
    io.u32(registers.reverseMilliseconds);
    io.u32(registers.reverseMinutes);
    io.u16(registers.reverseEvents);
    io.range(registers.reversePhases, 0, 0x07);
}

template <class Io> void visit(Io &io, tariff::Tariff &tariff)
{
    io.range(tariff.ladder.stepCount, 1, tariff::kMaxSteps);
    fixedArray(io, tariff.ladder.thresholds);
    fixedArray(io, tariff.ladder.prices);
    io.range(tariff.tou.rateMask, 0, 0x0F);
    fixedArray(io, tariff.tou.rates);
    io.range(tariff.tou.segmentCount, 0, tariff::kMaxTouSegments);
    for (tariff::TouSegment &segment : tariff.tou.segments) {
        io.u16(segment.startMinute);
        io.require(segment.startMinute < 24 * 60);
        io.range(segment.rate, 0, tariff::kMaxTouRates - 1);
    }
    io.choice(tariff.settlement.mode, tariff::SettlementMode::kYearly);
    io.range(tariff.settlement.dateCount, 1, tariff::kMaxYearlyDates);
    for (tariff::SettlementDate &date : tariff.settlement.dates) {
        io.range(date.month, 1, 12);
        io.range(date.day, 1, 31);
        io.range(date.hour, 0, 23);
    }
}

template <class Io> void visit(Io &io, tariff::PeriodRecord &period)
{
    io.i64(period.start);
    io.i64(period.end);
    io.fixed(period.usage);
    io.fixed(period.money);
    fixedArray(io, period.stepEnergy);
    fixedArray(io, period.stepMoney);
    fixedArray(io, period.rateEnergy);
}

// Billing and CreditAccount keep their state private and offer it as a const reference to a
// non-const member: decoded through that reference, then checked by their own restore().
template <class Io> void visit(Io &io, tariff::Billing &billing, bool started)
{
    auto &state = const_cast<tariff::BillingState &>(billing.state());
    visit(io, state.active);
    visit(io, state.pending);
    io.flag(state.hasPending);
    io.i64(state.pendingActivation);
    visit(io, state.period);
    io.i64(state.residue);
    io.i64(state.lastTime);
    io.i64(state.nextSettlement);
    if constexpr (Io::kReads) {
        io.require(state.residue >= 0 && state.residue < 1000);
        if (started)
            io.require(tariff::Billing::restore(state).ok());
    }
}

template <class Io> void visit(Io &io, tariff::CreditAccount &account)
{
    auto &parameters = const_cast<tariff::CreditParameters &>(account.parameters());
    auto &state = const_cast<tariff::CreditAccountState &>(account.accountState());
    io.fixed(parameters.alarm1);
    io.fixed(parameters.alarm2);
    io.fixed(parameters.closeAllow);
    io.fixed(parameters.overdraftLimit);
    io.fixed(parameters.hoardingLimit);
    io.fixed(parameters.presetCredit);
    io.fixed(state.remaining);
    io.fixed(state.presetOutstanding);
    io.flag(state.overdraftConfirmed);
    io.flag(state.opened);
    io.u32(state.purchaseCount);
    io.fixed(state.purchasedTotal);
    if constexpr (Io::kReads)
        io.require(tariff::CreditAccount::restore(parameters, state).ok());
}

template <class Io> void visit(Io &io, RelayMachine &relay)
{
    io.choice(relay.state, RelayState::kRemoteHold);
    io.flag(relay.keepPower);
    io.flag(relay.alarmTripDone);
    io.i64(relay.alarmTripUntil);
    io.choice(relay.lastCredit, tariff::CreditState::kCutOff);
}

template <class Io> void visit(Io &io, CommsSettings &comms)
{
    io.bytes(comms.address.data(), comms.address.size());
    io.bytes(comms.password2.data(), comms.password2.size());
    io.bytes(comms.password4.data(), comms.password4.size());
    io.u8(comms.failedPasswords);
    io.i64(comms.lockedUntil);
    io.u8(comms.baudCode);
    io.u8(comms.modbusAddress);
    io.u16(comms.modbusPin);
    io.i64(comms.modbusUnlockedUntil);
}

template <class Io> void visit(Io &io, RelayRecord &record)
{
    io.i64(record.time);
    io.u32(record.operatorCode);
    io.fixed(record.forward);
    io.fixed(record.reverse);
}

template <class Io> void visit(Io &io, FreezeSchedule &schedule)
{
    io.choice(schedule.every, FreezeSchedule::Every::kMonth);
    io.range(schedule.day, 1, 28);
    io.range(schedule.hour, 0, 23);
    io.range(schedule.minute, 0, 59);
    io.i64(schedule.doneUntil);
}

template <class Io> void visit(Io &io, MeterState &state)
{
    io.flag(state.provisioned);
    visit(io, state.identity);
    visit(io, state.binding);
    visit(io, state.metering);
    visit(io, state.registers);
    fixedArray(io, state.rateForward);
    fixedArray(io, state.rateReverse);
    fixedArray(io, state.rateCombined);
    io.fixed(state.unbilled);
    io.flag(state.billingStarted);
    visit(io, state.billing, state.billingStarted);
    io.u32(state.activeTariffId);
    io.u32(state.pendingTariffId);
    visit(io, state.account);
    visit(io, state.relay);
    io.flag(state.relayCommandedClosed);
    io.u16(state.faults);
    io.u16(state.illegalCards);
    io.u16(state.tamperEvents);
    io.u16(state.powerFailures);
    io.u16(state.relayTests);
    io.u32(state.returnCounter);
    io.i64(state.time);
    io.range(state.lastCardOutcome, 0, static_cast<std::uint8_t>(CardOutcome::kNotProvisioned));
    io.require(state.lastCardOutcome <= static_cast<std::uint8_t>(CardOutcome::kNoToken) ||
               state.lastCardOutcome >= static_cast<std::uint8_t>(CardOutcome::kWrongUtility));
    io.flag(state.cardSlotDisabled);
    visit(io, state.comms);
    for (RelayRecord &record : state.trips)
        visit(io, record);
    for (RelayRecord &record : state.closes)
        visit(io, record);
    io.u32(state.tripCount);
    io.u32(state.closeCount);
    io.i64(state.programmingUntil);
    io.flag(state.remoteAlarm);
    visit(io, state.freezeSchedule);
}

template <class Io> void visit(Io &io, LineGuard &line)
{
    io.i64(line.driftCountedAt);
    for (tariff::Timestamp &until : line.lockedUntil)
        io.i64(until);
    io.i32(line.driftAllowance);
    io.u32(line.lockouts);
    io.u32(line.clockSetCount);
    for (std::uint8_t &wrong : line.wrong)
        io.range(wrong, 0, kMaxWrongSecrets);
    io.range(line.cardSlotFaultCode, 0, static_cast<std::uint8_t>(SlotFault::kEndless));
    for (ClockSetRecord &record : line.clockSets) {
        io.i64(record.before);
        io.i32(record.moved);
        io.u32(record.operatorCode);
    }
    for (ClockSource &source : line.clockSetSources)
        io.choice(source, ClockSource::kAuthenticated);
}

template <class Io> void visit(Io &io, FrozenSettlement &frozen)
{
    visit(io, frozen.period);
    io.fixed(frozen.remaining);
    io.fixed(frozen.forward);
    io.fixed(frozen.reverse);
    io.fixed(frozen.combined);
    fixedArray(io, frozen.rateForward);
    fixedArray(io, frozen.rateReverse);
    fixedArray(io, frozen.rateCombined);
}

// The Decoder's checks on a value already in memory (a migrated record).
template <class T> Status check(T &value)
{
    Checker checker;
    visit(checker, value);
    return checker.status();
}

// Layout 1 (nvlayoutv1.cpp): a record of that layout read into the layout-2 state; the caller
// checks it with check() after (the reading frame is off the stack by then). kInvalidState for a
// v1 bool that is neither 0 nor 1 or a record of the wrong size.
Status migrateState(const StoredRecord &record, MeterState &to);
Status migrateLine(const StoredRecord &record, LineGuard &to);
Status migrateSettlement(const StoredRecord &record, FrozenSettlement &to);

} // namespace ampcard::meter::nv
