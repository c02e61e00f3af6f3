#include <cstddef>
#include <cstring>
#include <type_traits>

#include "ampcard/meter/nvlayoutv1.h"
#include "nvfields.h"

// Layout 1: a memcpy of the v1 structs, read member by member into the layout-2 state.

namespace ampcard::meter::nv {

namespace {

// Reads v1 members' bytes, as the compiler of the time stored them (this compiler lays out the
// frozen structs the same way); the first failure sticks and is reported by status().
class V1Reader {
public:
    explicit V1Reader(const StoredRecord &record) : m_record(record) {}
    template <class T> void read(std::size_t offset, T &out)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        raw(offset, &out, sizeof(T));
    }
    [[nodiscard]] Status status() const { return m_status; }

private:
    void raw(std::size_t offset, void *out, std::size_t size)
    {
        std::uint8_t chunk[32];
        for (std::size_t done = 0; done < size && m_status.ok(); done += sizeof chunk) {
            const std::size_t part = size - done < sizeof chunk ? size - done : sizeof chunk;
            m_status = m_record.read(offset + done, Bytes(chunk, part));
            if (m_status.ok())
                std::memcpy(static_cast<std::uint8_t *>(out) + done, chunk, part);
        }
    }

    const StoredRecord &m_record;
    Status m_status = kOk;
};

// A v1 bool is a byte; anything but 0 or 1 does not hold together.
bool v1Flag(const bool &stored, bool *ok)
{
    std::uint8_t byte = 0;
    std::memcpy(&byte, &stored, 1);
    if (byte > 1)
        *ok = false;
    return byte == 1;
}

template <class Fixed, std::size_t N>
void v1Fixed(std::array<Fixed, N> &to, const std::int64_t (&from)[N])
{
    for (std::size_t i = 0; i < N; ++i)
        to[i] = Fixed::fromRaw(from[i]);
}

template <std::size_t N>
void v1Bytes(std::array<std::uint8_t, N> &to, const std::uint8_t (&from)[N])
{
    for (std::size_t i = 0; i < N; ++i)
        to[i] = from[i];
}

void v1Tariff(tariff::Tariff &to, const v1::Tariff &from)
{
    to.ladder.stepCount = from.ladder.stepCount;
    v1Fixed(to.ladder.thresholds, from.ladder.thresholds);
    v1Fixed(to.ladder.prices, from.ladder.prices);
    to.tou.rateMask = from.tou.rateMask;
    v1Fixed(to.tou.rates, from.tou.rates);
    to.tou.segmentCount = from.tou.segmentCount;
    for (std::size_t i = 0; i < to.tou.segments.size(); ++i)
        to.tou.segments[i] = {from.tou.segments[i].startMinute, from.tou.segments[i].rate};
    to.settlement.mode = static_cast<tariff::SettlementMode>(from.settlement.mode);
    to.settlement.dateCount = from.settlement.dateCount;
    for (std::size_t i = 0; i < to.settlement.dates.size(); ++i)
        to.settlement.dates[i] = {from.settlement.dates[i].month, from.settlement.dates[i].day,
                                  from.settlement.dates[i].hour};
}

void v1Period(tariff::PeriodRecord &to, const v1::PeriodRecord &from)
{
    to.start = from.start;
    to.end = from.end;
    to.usage = Energy::fromRaw(from.usage);
    to.money = Money::fromRaw(from.money);
    v1Fixed(to.stepEnergy, from.stepEnergy);
    v1Fixed(to.stepMoney, from.stepMoney);
    v1Fixed(to.rateEnergy, from.rateEnergy);
}

void v1Relay(RelayRecord &to, const v1::RelayRecord &from)
{
    to.time = from.time;
    to.operatorCode = from.operatorCode;
    to.forward = Energy::fromRaw(from.forward);
    to.reverse = Energy::fromRaw(from.reverse);
}

} // namespace

// The v1 state in pieces of at most a tariff (~250 bytes), never the whole 2 KB struct on the
// stack.
Status migrateState(const StoredRecord &record, MeterState &to)
{
    using S = v1::MeterState;
    if (record.size() != sizeof(S))
        return Errc::kInvalidState;
    V1Reader v1(record);
    bool ok = true;
    {
        bool provisioned = false;
        v1.read(offsetof(S, provisioned), provisioned);
        to.provisioned = v1Flag(provisioned, &ok);
        v1::Identity identity{};
        v1.read(offsetof(S, identity), identity);
        to.identity.utilityId = identity.utilityId;
        v1Bytes(to.identity.meter.bcd, identity.meter);
        to.identity.keyVersion = identity.keyVersion;
        v1Bytes(to.identity.key, identity.key);
        v1::MeterCardState binding{};
        v1.read(offsetof(S, binding), binding);
        to.binding.utilityId = binding.utilityId;
        v1Bytes(to.binding.meter.bcd, binding.meter);
        to.binding.keyVersion = binding.keyVersion;
        to.binding.opened = v1Flag(binding.opened, &ok);
        to.binding.boundSerial = binding.boundSerial;
        to.binding.lastSequence = binding.lastSequence;
        to.binding.blacklistCount = binding.blacklistCount;
        for (std::size_t i = 0; i < to.binding.blacklist.size(); ++i)
            to.binding.blacklist[i] = binding.blacklist[i];
        v1::MeteringConfig metering{};
        v1.read(offsetof(S, metering), metering);
        to.metering = {metering.phases, metering.creepMilliwatts, metering.combination};
    }
    {
        v1::EnergyRegisters registers{};
        v1.read(offsetof(S, registers), registers);
        to.registers.forward = Energy::fromRaw(registers.forward);
        to.registers.reverse = Energy::fromRaw(registers.reverse);
        to.registers.combined = Energy::fromRaw(registers.combined);
        v1Fixed(to.registers.phaseForward, registers.phaseForward);
        v1Fixed(to.registers.phaseReverse, registers.phaseReverse);
        for (std::size_t i = 0; i < kMaxPhases; ++i) {
            to.registers.forwardRemainder[i] = registers.forwardRemainder[i];
            to.registers.reverseRemainder[i] = registers.reverseRemainder[i];
        }
        to.registers.reverseMilliseconds = registers.reverseMilliseconds;
        to.registers.reverseMinutes = registers.reverseMinutes;
        to.registers.reverseEvents = registers.reverseEvents;
        to.registers.reversePhases = registers.reversePhases;
        std::int64_t rates[tariff::kMaxTouRates] = {};
        v1.read(offsetof(S, rateForward), rates);
        v1Fixed(to.rateForward, rates);
        v1.read(offsetof(S, rateReverse), rates);
        v1Fixed(to.rateReverse, rates);
        v1.read(offsetof(S, rateCombined), rates);
        v1Fixed(to.rateCombined, rates);
        std::int64_t unbilled = 0;
        v1.read(offsetof(S, unbilled), unbilled);
        to.unbilled = Energy::fromRaw(unbilled);
        bool started = false;
        v1.read(offsetof(S, billingStarted), started);
        to.billingStarted = v1Flag(started, &ok);
    }
    {
        using B = v1::BillingState;
        auto &billing = const_cast<tariff::BillingState &>(to.billing.state());
        v1::Tariff tariff{};
        v1.read(offsetof(S, billing) + offsetof(B, active), tariff);
        v1Tariff(billing.active, tariff);
        v1.read(offsetof(S, billing) + offsetof(B, pending), tariff);
        v1Tariff(billing.pending, tariff);
        bool hasPending = false;
        v1.read(offsetof(S, billing) + offsetof(B, hasPending), hasPending);
        billing.hasPending = v1Flag(hasPending, &ok);
        v1.read(offsetof(S, billing) + offsetof(B, pendingActivation), billing.pendingActivation);
        v1::PeriodRecord period{};
        v1.read(offsetof(S, billing) + offsetof(B, period), period);
        v1Period(billing.period, period);
        v1.read(offsetof(S, billing) + offsetof(B, residue), billing.residue);
        v1.read(offsetof(S, billing) + offsetof(B, lastTime), billing.lastTime);
        v1.read(offsetof(S, billing) + offsetof(B, nextSettlement), billing.nextSettlement);
    }
    {
        v1.read(offsetof(S, activeTariffId), to.activeTariffId);
        v1.read(offsetof(S, pendingTariffId), to.pendingTariffId);
        v1::CreditAccount account{};
        v1.read(offsetof(S, account), account);
        auto &parameters = const_cast<tariff::CreditParameters &>(to.account.parameters());
        auto &state = const_cast<tariff::CreditAccountState &>(to.account.accountState());
        parameters.alarm1 = Money::fromRaw(account.parameters.alarm1);
        parameters.alarm2 = Money::fromRaw(account.parameters.alarm2);
        parameters.closeAllow = Money::fromRaw(account.parameters.closeAllow);
        parameters.overdraftLimit = Money::fromRaw(account.parameters.overdraftLimit);
        parameters.hoardingLimit = Money::fromRaw(account.parameters.hoardingLimit);
        parameters.presetCredit = Money::fromRaw(account.parameters.presetCredit);
        state.remaining = Money::fromRaw(account.state.remaining);
        state.presetOutstanding = Money::fromRaw(account.state.presetOutstanding);
        state.overdraftConfirmed = v1Flag(account.state.overdraftConfirmed, &ok);
        state.opened = v1Flag(account.state.opened, &ok);
        state.purchaseCount = account.state.purchaseCount;
        state.purchasedTotal = Money::fromRaw(account.state.purchasedTotal);
        v1::RelayMachine relay{};
        v1.read(offsetof(S, relay), relay);
        to.relay.state = static_cast<RelayState>(relay.state);
        to.relay.keepPower = v1Flag(relay.keepPower, &ok);
        to.relay.alarmTripDone = v1Flag(relay.alarmTripDone, &ok);
        to.relay.alarmTripUntil = relay.alarmTripUntil;
        to.relay.lastCredit = static_cast<tariff::CreditState>(relay.lastCredit);
    }
    {
        bool flag = false;
        v1.read(offsetof(S, relayCommandedClosed), flag);
        to.relayCommandedClosed = v1Flag(flag, &ok);
        v1.read(offsetof(S, faults), to.faults);
        v1.read(offsetof(S, illegalCards), to.illegalCards);
        v1.read(offsetof(S, tamperEvents), to.tamperEvents);
        v1.read(offsetof(S, powerFailures), to.powerFailures);
        v1.read(offsetof(S, relayTests), to.relayTests);
        v1.read(offsetof(S, returnCounter), to.returnCounter);
        v1.read(offsetof(S, time), to.time);
        v1.read(offsetof(S, lastCardOutcome), to.lastCardOutcome);
        v1.read(offsetof(S, cardSlotDisabled), flag);
        to.cardSlotDisabled = v1Flag(flag, &ok);
        v1::CommsSettings comms{};
        v1.read(offsetof(S, comms), comms);
        v1Bytes(to.comms.address, comms.address);
        v1Bytes(to.comms.password2, comms.password2);
        v1Bytes(to.comms.password4, comms.password4);
        to.comms.failedPasswords = comms.failedPasswords;
        to.comms.lockedUntil = comms.lockedUntil;
        to.comms.baudCode = comms.baudCode;
        to.comms.modbusAddress = comms.modbusAddress;
        to.comms.modbusPin = comms.modbusPin;
        to.comms.modbusUnlockedUntil = comms.modbusUnlockedUntil;
        for (std::size_t i = 0; i < kRelayRecords; ++i) {
            v1::RelayRecord relay{};
            v1.read(offsetof(S, trips) + i * sizeof relay, relay);
            v1Relay(to.trips[i], relay);
            v1.read(offsetof(S, closes) + i * sizeof relay, relay);
            v1Relay(to.closes[i], relay);
        }
        v1.read(offsetof(S, tripCount), to.tripCount);
        v1.read(offsetof(S, closeCount), to.closeCount);
        v1.read(offsetof(S, programmingUntil), to.programmingUntil);
        v1.read(offsetof(S, remoteAlarm), flag);
        to.remoteAlarm = v1Flag(flag, &ok);
        v1::FreezeSchedule schedule{};
        v1.read(offsetof(S, freezeSchedule), schedule);
        to.freezeSchedule.every = static_cast<FreezeSchedule::Every>(schedule.every);
        to.freezeSchedule.day = schedule.day;
        to.freezeSchedule.hour = schedule.hour;
        to.freezeSchedule.minute = schedule.minute;
        to.freezeSchedule.doneUntil = schedule.doneUntil;
    }
    AMPCARD_TRY(v1.status());
    return ok ? kOk : Status(Errc::kInvalidState);
}

Status migrateLine(const StoredRecord &record, LineGuard &to)
{
    v1::LineGuard line{};
    if (record.size() != sizeof line)
        return Errc::kInvalidState;
    V1Reader v1(record);
    v1.read(0, line);
    AMPCARD_TRY(v1.status());
    to.driftCountedAt = line.driftCountedAt;
    for (std::size_t i = 0; i < kCredentials; ++i) {
        to.lockedUntil[i] = line.lockedUntil[i];
        to.wrong[i] = line.wrong[i];
    }
    to.driftAllowance = line.driftAllowance;
    to.lockouts = line.lockouts;
    to.clockSetCount = line.clockSetCount;
    to.cardSlotFaultCode = line.cardSlotFaultCode;
    for (std::size_t i = 0; i < kClockSetRecords; ++i) {
        to.clockSets[i] = {line.clockSets[i].before, line.clockSets[i].moved,
                           line.clockSets[i].operatorCode};
        to.clockSetSources[i] = static_cast<ClockSource>(line.clockSetSources[i]);
    }
    return kOk;
}

Status migrateSettlement(const StoredRecord &record, FrozenSettlement &to)
{
    v1::FrozenSettlement frozen{};
    if (record.size() != sizeof frozen)
        return Errc::kInvalidState;
    V1Reader v1(record);
    v1.read(0, frozen);
    AMPCARD_TRY(v1.status());
    v1Period(to.period, frozen.period);
    to.remaining = Money::fromRaw(frozen.remaining);
    to.forward = Energy::fromRaw(frozen.forward);
    to.reverse = Energy::fromRaw(frozen.reverse);
    to.combined = Energy::fromRaw(frozen.combined);
    v1Fixed(to.rateForward, frozen.rateForward);
    v1Fixed(to.rateReverse, frozen.rateReverse);
    v1Fixed(to.rateCombined, frozen.rateCombined);
    return kOk;
}

} // namespace ampcard::meter::nv
