#include "ampcard/meter/dlt645server.h"

namespace ampcard::meter {

using dlt645::Frame;
using dlt645::id;

// The table and the meter agree on how much history and how many records there are.
static_assert(dlt645::kHistorySettlements == kHistorySlots);
static_assert(dlt645::kClockSetRecordCount == kClockSetRecords);
static_assert(dlt645::kRelayRecordCount == kRelayRecords);
static_assert(dlt645::kSealedProofLength == card::kHeaderSize + 86);
using tariff::Energy;
using tariff::Money;

namespace {

constexpr std::size_t kPreamble = 4;
constexpr std::size_t kMaxAnswer = dlt645::kMaxData - 4; // data after the DI

std::uint64_t magnitude(std::int64_t value)
{
    return static_cast<std::uint64_t>(value < 0 ? -value : value);
}

// XXXXXX.XX from a 0.001 kWh energy or a 0.0001 money amount (truncated), wrapping at 10^8.
void putHundredths(std::int64_t hundredths, Bytes out)
{
    (void)dlt645::toBcd(magnitude(hundredths) % 100'000'000u, out.first(4));
}
std::size_t putEnergy(Energy energy, Bytes out)
{
    putHundredths(energy.raw() / 10, out);
    return 4;
}
std::size_t putMoney(Money money, Bytes out)
{
    putHundredths(money.isNegative() ? 0 : money.raw() / 100, out);
    return 4;
}
std::size_t putPrice(tariff::Price price, Bytes out)
{
    (void)dlt645::toBcd(magnitude(price.raw()) % 100'000'000u, out.first(4)); // XXXX.XXXX
    return 4;
}

// ss mm hh [WW] DD MM YY
std::size_t putTime(tariff::Timestamp time, bool weekday, Bytes out)
{
    const tariff::CivilTime civil = tariff::toCivil(time);
    std::size_t n = 0;
    auto two = [&](int value) {
        (void)dlt645::toBcd(static_cast<std::uint64_t>(value), out.subspan(n++, 1));
    };
    two(civil.second);
    two(civil.minute);
    two(civil.hour);
    if (weekday) {
        const std::int64_t days = tariff::daysFromCivil(civil.year, civil.month, civil.day);
        two(static_cast<int>((days % 7 + 7 + 6) % 7)); // 2000-01-01 was a Saturday (6)
    }
    two(civil.day);
    two(civil.month);
    two(civil.year % 100);
    return n;
}

} // namespace

Dlt645Server::Match Dlt645Server::matches(const dlt645::Address &address) const
{
    if (address == dlt645::kBroadcast)
        return Match::kBroadcast;
    const std::array<std::uint8_t, 6> &own = m_meter.state().comms.address;
    bool wildcard = false;
    for (std::size_t i = 0; i < 6; ++i) {
        if (address[i] == 0xAA) {
            wildcard = true;
            continue;
        }
        if (address[i] != own[i])
            return Match::kNone;
    }
    return wildcard ? Match::kWildcard : Match::kOwn;
}

std::size_t Dlt645Server::reply(std::uint8_t control, ConstBytes data, Bytes out) const
{
    Frame frame;
    frame.address = m_meter.state().comms.address;
    frame.control = control;
    frame.length = static_cast<std::uint8_t>(data.size());
    for (std::size_t i = 0; i < data.size(); ++i)
        frame.data[i] = data[i];
    const Result<std::size_t> size = dlt645::encode(frame, kPreamble, out);
    return size.ok() ? size.value() : 0;
}

std::size_t Dlt645Server::error(std::uint8_t control, std::uint8_t word, Bytes out) const
{
    const std::uint8_t data[1] = {word};
    return reply(static_cast<std::uint8_t>(control | dlt645::kReplyBit | dlt645::kErrorBit), data,
                 out);
}

std::uint8_t Dlt645Server::authenticate(ConstBytes password, bool *level02, bool level02Only)
{
    *level02 = password[0] == 0x02;
    if (password[0] != 0x02 && (password[0] != 0x04 || level02Only))
        return dlt645::kErrPassword; // no such level, or not enough: nothing is counted
    const Credential credential = *level02 ? Credential::kLevel02 : Credential::kLevel04;
    return m_meter.checkSecret(credential, password.subspan(1, 3)) == Access::kGranted
               ? 0
               : dlt645::kErrPassword;
}

bool Dlt645Server::setTimeFrom(ConstBytes t, ClockSource source, std::uint32_t operatorCode)
{
    std::uint64_t field[6] = {};
    for (std::size_t i = 0; i < 6; ++i) {
        const Result<std::uint64_t> value = dlt645::fromBcd(t.subspan(i, 1));
        if (!value.ok())
            return false;
        field[i] = value.value();
    }
    tariff::CivilTime civil;
    civil.second = static_cast<std::uint8_t>(field[0]);
    civil.minute = static_cast<std::uint8_t>(field[1]);
    civil.hour = static_cast<std::uint8_t>(field[2]);
    civil.day = static_cast<std::uint8_t>(field[3]);
    civil.month = static_cast<std::uint8_t>(field[4]);
    civil.year = static_cast<std::int16_t>(2000 + field[5]);
    const Result<tariff::Timestamp> time = tariff::toTimestamp(civil);
    return time.ok() && m_meter.setTime(time.value(), source, operatorCode).ok();
}

std::size_t Dlt645Server::value2007(std::uint32_t di, Bytes value)
{
    // Only what the table lists is answered; a family member by its index.
    std::uint8_t index = 0;
    const dlt645::DataKey *item = dlt645::findKey(di, &index);
    if (item == nullptr || !dlt645::readable(item->access))
        return 0;
    const MeterState &state = m_meter.state();
    const std::uint8_t di3 = static_cast<std::uint8_t>(di >> 24);
    const std::uint8_t di2 = static_cast<std::uint8_t>(di >> 16);
    const std::uint8_t di1 = static_cast<std::uint8_t>(di >> 8);
    if (di3 == 0x00 && di2 <= 0x02 && item->di != kEnergyHistoryDi) {
        // Energy: DI2 combined/forward/reverse, DI1 total or tariff (FF: all), the family's index
        // the settlement (0: current).
        Energy total;
        std::array<Energy, tariff::kMaxTouRates> rates{};
        if (index == 0) {
            total = di2 == 0   ? state.registers.combined
                    : di2 == 1 ? state.registers.forward
                               : state.registers.reverse;
            rates = di2 == 0   ? state.rateCombined
                    : di2 == 1 ? state.rateForward
                               : state.rateReverse;
        } else {
            FrozenSettlement frozen;
            if (!m_meter.settlement(index - 1u, &frozen).ok())
                return 0;
            total = di2 == 0 ? frozen.combined : di2 == 1 ? frozen.forward : frozen.reverse;
            rates = di2 == 0   ? frozen.rateCombined
                    : di2 == 1 ? frozen.rateForward
                               : frozen.rateReverse;
        }
        if (di1 == 0)
            return putEnergy(total, value);
        if (di1 != 0xFF)
            return putEnergy(rates[di1 - 1u], value);
        std::size_t n = putEnergy(total, value);
        for (const Energy rate : rates)
            n += putEnergy(rate, value.subspan(n));
        return n;
    }
    const tariff::CreditParameters &credit = state.account.parameters();
    const tariff::Tariff &tariff = state.billing.state().active;
    switch (item->di) {
    case id("remaining-credit"): return putMoney(state.account.remaining(), value);
    case id("overdraft-used"):
        return putMoney(Money::fromRaw(state.account.remaining().isNegative()
                                           ? -state.account.remaining().raw()
                                           : 0),
                        value);
    case id("purchase-count"):
        (void)dlt645::toBcd(state.account.accountState().purchaseCount % 10000u, value.first(2));
        return 2;
    case id("purchased-total"): return putMoney(state.account.accountState().purchasedTotal, value);
    case id("sealed-proof"): {
        const Result<std::size_t> sealed = m_meter.sealedProof(value);
        return sealed.ok() ? sealed.value() : 0;
    }
    case id(
        "last-sequence"): // Ampcard extension: the newest token sequence loaded (card or remote)
        (void)dlt645::toBcd(state.binding.lastSequence % 100000000u, value.first(4));
        return 4;
    case id("alarm-1"): return putMoney(credit.alarm1, value);
    case id("alarm-2"): return putMoney(credit.alarm2, value);
    case id("overdraft-limit"): return putMoney(credit.overdraftLimit, value);
    case id("hoarding-limit"):
        if (credit.hoardingLimit == tariff::kNoHoardingLimit) {
            (void)dlt645::toBcd(99'999'999, value.first(4));
            return 4;
        }
        return putMoney(credit.hoardingLimit, value);
    case id("close-allow"): return putMoney(credit.closeAllow, value);
    case id("date-time"): return putTime(state.time, true, value);
    case id("comm-address"):
        for (std::size_t i = 0; i < 6; ++i)
            value[i] = state.comms.address[i];
        return 6;
    case id("meter-number"):
        for (std::size_t i = 0; i < 6; ++i)
            value[i] = state.identity.meter.bcd[5 - i];
        return 6;
    case id("status-word"):
        // 1: bit 2 clock battery, bit 3 NV fault, bit 4 front end; 2: reverse flow per phase
        // (bits 0-2); 3: bit 4 relay open, bit 5 keep-power, bit 6 relay fault; 4: tamper and card
        // slot; 5-7: zero.
        value[0] = 0;
        value[1] = 0;
        if (index == 0)
            value[0] =
                static_cast<std::uint8_t>(((state.faults & kFaultClockBattery) != 0 ? 0x04 : 0) |
                                          ((state.faults & kFaultNv) != 0 ? 0x08 : 0) |
                                          ((state.faults & kFaultFrontEnd) != 0 ? 0x10 : 0));
        else if (index == 1)
            value[0] = state.registers.reversePhases;
        else if (index == 2)
            value[0] = static_cast<std::uint8_t>((state.relayCommandedClosed ? 0 : 0x10) |
                                                 (state.relay.keepPower ? 0x20 : 0) |
                                                 ((state.faults & kFaultRelay) != 0 ? 0x40 : 0));
        else if (index == 3)
            value[0] = static_cast<std::uint8_t>(((state.faults & kFaultCover) != 0 ? 1 : 0) |
                                                 ((state.faults & kFaultMagnetic) != 0 ? 2 : 0) |
                                                 ((state.faults & kFaultCardSlot) != 0 ? 4 : 0));
        return 2;
    case id("clock-set-count"):
        (void)dlt645::toBcd(m_meter.line().clockSetCount % 1'000'000u, value.first(3));
        return 3;
    case id("trip-count"):
    case id("close-count"):
        (void)dlt645::toBcd((item->di == id("trip-count") ? state.tripCount : state.closeCount) %
                                1'000'000u,
                            value.first(3));
        return 3;
    case id("tou-price"): // without TOU, rate 1 is the flat price
        if (tariff.tou.enabled() ? !tariff.tou.defines(index) : index != 0)
            return 0;
        return putPrice(tariff.tou.enabled() ? tariff.tou.rates[index] : tariff.ladder.prices[0],
                        value);
    case id("ladder-threshold"):
        if (index + 1u >= tariff.ladder.stepCount)
            return 0;
        return putEnergy(tariff.ladder.thresholds[index], value);
    case id("ladder-price"):
        if (index >= tariff.ladder.stepCount)
            return 0;
        return putPrice(tariff.ladder.prices[index], value);
    case id("voltage"): // XXX.X V: the nominal (the front end reports power only)
        (void)dlt645::toBcd(2300, value.first(2));
        return 2;
    case id("current"): // XXX.XXX A at 230 V
        (void)dlt645::toBcd(magnitude(m_meter.lastPower(index)) / 230 % 1'000'000u, value.first(3));
        return 3;
    case id("active-power"): { // XX.XXXX kW, bit 23 sign; index 0 the total, 1-3 the phases
        std::int64_t milliwatts = 0;
        for (std::size_t phase = 0; phase < kMaxPhases; ++phase)
            milliwatts += index == 0 || phase + 1 == index ? m_meter.lastPower(phase) : 0;
        (void)dlt645::toBcd(magnitude(milliwatts) / 100 % 800'000u, value.first(3));
        if (milliwatts < 0)
            value[2] = static_cast<std::uint8_t>(value[2] | 0x80);
        return 3;
    }
    case id("clock-set-record"): {
        // Operator code, the time before and after (ss mm hh DD MM YY).
        const ClockSetRecord &record = m_meter.line().clockSets[index];
        dlt645::putDataIdentifier(record.operatorCode, value.first(4));
        std::size_t n = 4 + putTime(record.before, false, value.subspan(4));
        n += putTime(record.before + record.moved, false, value.subspan(n));
        return n;
    }
    case id("trip-record"):
    case id("close-record"): {
        const RelayRecord &record =
            (item->di == id("trip-record") ? state.trips : state.closes)[index];
        std::size_t n = putTime(record.time, false, value);
        dlt645::putDataIdentifier(record.operatorCode, value.subspan(n, 4));
        n += 4;
        n += putEnergy(record.forward, value.subspan(n));
        n += putEnergy(record.reverse, value.subspan(n));
        return n;
    }
    default: break;
    }
    return 0;
}

void Dlt645Server::historyBytes(std::size_t offset, Bytes out)
{
    // Block b holds register type b % 3 at settlement b / 3 (0: current), each 20 bytes.
    std::uint8_t block[kHistoryBlock];
    for (std::size_t i = 0; i < out.size();) {
        const std::size_t at = offset + i;
        const std::size_t index = at / kHistoryBlock;
        const auto type = static_cast<std::uint32_t>(index % 3);
        const auto settlement = static_cast<std::uint32_t>(index / 3);
        if (value2007((type << 16) | 0xFF00u | settlement, block) == 0) {
            for (std::uint8_t &byte : block)
                byte = 0;
        }
        for (std::size_t j = at % kHistoryBlock; j < kHistoryBlock && i < out.size(); ++j, ++i)
            out[i] = block[j];
    }
}

std::size_t Dlt645Server::read(const Frame &request, Bytes out)
{
    if (request.length < 4)
        return error(request.control, dlt645::kErrOther, out);
    const std::uint32_t di = dlt645::dataIdentifier(request.payload());
    std::uint8_t data[dlt645::kMaxData];
    for (std::size_t i = 0; i < 4; ++i)
        data[i] = request.data[i];
    if (di == kEnergyHistoryDi) {
        m_longSize = kLongSize;
        m_followSequence = 0;
        const std::size_t part = m_longSize < kMaxAnswer ? m_longSize : kMaxAnswer;
        historyBytes(0, Bytes(data).subspan(4, part));
        m_longSent = part;
        const auto control = static_cast<std::uint8_t>(
            dlt645::kRead | dlt645::kReplyBit | (m_longSent < m_longSize ? dlt645::kFollowBit : 0));
        return reply(control, ConstBytes(data).first(4 + part), out);
    }
    const std::size_t size = value2007(di, Bytes(data).subspan(4, kMaxAnswer));
    const dlt645::DataKey *item = dlt645::findKey(di);
    if (size == 0 || item == nullptr || size != item->length)
        return error(request.control, dlt645::kErrNoData, out);
    return reply(static_cast<std::uint8_t>(dlt645::kRead | dlt645::kReplyBit),
                 ConstBytes(data).first(4 + size), out);
}

std::size_t Dlt645Server::readFollow(const Frame &request, Bytes out)
{
    if (request.length < 5 || dlt645::dataIdentifier(request.payload()) != kEnergyHistoryDi ||
        m_longSent == 0 || m_longSent >= m_longSize)
        return error(request.control, dlt645::kErrNoData, out);
    std::uint8_t data[dlt645::kMaxData];
    for (std::size_t i = 0; i < 4; ++i)
        data[i] = request.data[i];
    const std::size_t room = kMaxAnswer - 1; // the sequence byte closes the data
    const std::size_t part = m_longSize - m_longSent < room ? m_longSize - m_longSent : room;
    historyBytes(m_longSent, Bytes(data).subspan(4, part));
    m_longSent += part;
    data[4 + part] = ++m_followSequence;
    const auto control =
        static_cast<std::uint8_t>(dlt645::kReadFollow | dlt645::kReplyBit |
                                  (m_longSent < m_longSize ? dlt645::kFollowBit : 0));
    return reply(control, ConstBytes(data).first(5 + part), out);
}

std::size_t Dlt645Server::write(const Frame &request, Bytes out)
{
    if (request.length < 12)
        return error(request.control, dlt645::kErrOther, out);
    const std::uint32_t di = dlt645::dataIdentifier(request.payload());
    const dlt645::DataKey *item = dlt645::findKey(di);
    if (item == nullptr || item->access != dlt645::Access::kReadWrite)
        return error(request.control, dlt645::kErrOther, out);
    bool level02 = false;
    // The table's level: credit parameters need 02; the clock takes 04 too, within the drift
    // allowance (beyond it, 02: see setTime).
    const std::uint8_t denied = authenticate(request.payload().subspan(4, 4), &level02,
                                             item->writeLevel == dlt645::Level::k02);
    if (denied != 0)
        return error(request.control, denied, out);
    const std::uint32_t operatorCode = dlt645::dataIdentifier(request.payload().subspan(8, 4));
    const ConstBytes value = request.payload().subspan(12);
    if (value.size() != item->length)
        return error(request.control, dlt645::kErrOther, out);
    if (di >= id("alarm-1") && di <= id("close-allow")) {
        const Result<std::uint64_t> hundredths = dlt645::fromBcd(value);
        if (!hundredths.ok())
            return error(request.control, dlt645::kErrOther, out);
        tariff::CreditParameters credit = m_meter.state().account.parameters();
        const Money amount = Money::fromRaw(static_cast<std::int64_t>(hundredths.value()) * 100);
        Money *fields[] = {&credit.alarm1, &credit.alarm2, &credit.overdraftLimit,
                           &credit.hoardingLimit, &credit.closeAllow};
        *fields[di - id("alarm-1")] = amount;
        if (!m_meter.setCreditParameters(credit).ok())
            return error(request.control, dlt645::kErrOther, out);
    } else if (di == id("date-time")) {
        const std::uint8_t noWeekday[6] = {value[0], value[1], value[2],
                                           value[4], value[5], value[6]};
        if (!setTimeFrom(noWeekday, level02 ? ClockSource::kAuthenticated : ClockSource::kLine,
                         operatorCode))
            return error(request.control, dlt645::kErrOther, out);
    } else {
        return error(request.control, dlt645::kErrOther, out);
    }
    return reply(static_cast<std::uint8_t>(dlt645::kWrite | dlt645::kReplyBit), {}, out);
}

std::size_t Dlt645Server::relay(const Frame &request, Bytes out)
{
    if (request.length != 16)
        return error(request.control, dlt645::kErrOther, out);
    const ConstBytes data = request.payload();
    // Closing the relay directly and keep-power override the credit: level 02 only. Trip, allow
    // closing and the alarm lamp take level 04 too.
    const bool overridesCredit = data[8] == 0x1C || data[8] == 0x3A || data[8] == 0x3B;
    bool level02 = false;
    const std::uint8_t denied = authenticate(data.first(4), &level02, overridesCredit);
    if (denied != 0)
        return error(request.control, denied, out);
    const std::uint32_t operatorCode = dlt645::dataIdentifier(data.subspan(4, 4));
    const ConstBytes validUntil = data.subspan(10, 6);
    bool unlimited = true;
    for (std::uint8_t byte : validUntil)
        unlimited = unlimited && byte == 0;
    if (!unlimited) {
        std::uint64_t field[6] = {};
        for (std::size_t i = 0; i < 6; ++i) {
            const Result<std::uint64_t> value = dlt645::fromBcd(validUntil.subspan(i, 1));
            if (!value.ok())
                return error(request.control, dlt645::kErrOther, out);
            field[i] = value.value();
        }
        const tariff::CivilTime civil{
            static_cast<std::int16_t>(2000 + field[5]), static_cast<std::uint8_t>(field[4]),
            static_cast<std::uint8_t>(field[3]),        static_cast<std::uint8_t>(field[2]),
            static_cast<std::uint8_t>(field[1]),        static_cast<std::uint8_t>(field[0])};
        const Result<tariff::Timestamp> until = tariff::toTimestamp(civil);
        if (!until.ok() || until.value() < m_meter.state().time)
            return error(request.control, dlt645::kErrOther, out); // expired
    }
    switch (data[8]) {
    case 0x1A: m_meter.remoteRelay(RelayEvent::kRemoteTrip, operatorCode); break;
    case 0x1B: m_meter.remoteRelay(RelayEvent::kRemoteCloseAllow, operatorCode); break;
    case 0x1C: m_meter.remoteRelay(RelayEvent::kRemoteDirectClose, operatorCode); break;
    case 0x2A: m_meter.setRemoteAlarm(true); break;
    case 0x2B: m_meter.setRemoteAlarm(false); break;
    case 0x3A: m_meter.remoteRelay(RelayEvent::kKeepPowerOn, operatorCode); break;
    case 0x3B: m_meter.remoteRelay(RelayEvent::kKeepPowerOff, operatorCode); break;
    default: return error(request.control, dlt645::kErrOther, out);
    }
    return reply(static_cast<std::uint8_t>(dlt645::kRelayControl | dlt645::kReplyBit), {}, out);
}

std::size_t Dlt645Server::security(const Frame &request, Bytes out)
{
    if (request.length < 7 || dlt645::dataIdentifier(request.payload()) != kRemoteTokenDi)
        return error(request.control, dlt645::kErrOther, out);
    const std::uint8_t part = request.data[4];
    const std::uint8_t parts = request.data[5];
    const ConstBytes chunk = request.payload().subspan(6);
    RemoteTokenParts &token = m_meter.remoteTokenParts();
    if (part == 0) {
        token.owner = this;
        token.size = 0;
        token.nextPart = 0;
    }
    if (token.owner != this) // another port's token, or none started here
        return error(request.control, dlt645::kErrOther, out);
    if (parts == 0 || part != token.nextPart || part >= parts ||
        token.size + chunk.size() > token.bytes.size()) {
        token.nextPart = 0;
        token.size = 0;
        return error(request.control, dlt645::kErrOther, out);
    }
    for (std::uint8_t byte : chunk)
        token.bytes[token.size++] = byte;
    ++token.nextPart;
    std::uint8_t data[9];
    for (std::size_t i = 0; i < 4; ++i)
        data[i] = request.data[i];
    if (token.nextPart < parts) {
        data[4] = 0xFE; // part taken, more expected
        return reply(static_cast<std::uint8_t>(dlt645::kSecurity | dlt645::kReplyBit),
                     ConstBytes(data).first(5), out);
    }
    CardOutcome outcome = CardOutcome::kFormat;
    if (token.size > card::kHeaderSize)
        outcome = m_meter.remoteToken(
            ConstBytes(token.bytes).first(card::kHeaderSize),
            ConstBytes(token.bytes).subspan(card::kHeaderSize, token.size - card::kHeaderSize));
    token.owner = nullptr;
    token.size = 0;
    token.nextPart = 0;
    data[4] = static_cast<std::uint8_t>(outcome);
    putMoney(m_meter.state().account.remaining(), Bytes(data).subspan(5, 4));
    return reply(static_cast<std::uint8_t>(dlt645::kSecurity | dlt645::kReplyBit), data, out);
}

std::size_t Dlt645Server::changePassword(const Frame &request, Bytes out)
{
    if (request.length != 12)
        return error(request.control, dlt645::kErrOther, out);
    const std::uint32_t di = dlt645::dataIdentifier(request.payload());
    const ConstBytes next = request.payload().subspan(8, 4);
    if ((di & 0xFFFFFF00u) != 0x04000C00u || (next[0] != 0x02 && next[0] != 0x04) ||
        static_cast<std::uint8_t>(di) != next[0] + 1)
        return error(request.control, dlt645::kErrOther, out);
    // Level 04 changes its own password only; neither becomes 000000 or the other level's.
    bool level02 = false;
    const std::uint8_t denied =
        authenticate(request.payload().subspan(4, 4), &level02, next[0] == 0x02);
    if (denied != 0)
        return error(request.control, denied, out);
    CommsSettings comms = m_meter.state().comms;
    const std::array<std::uint8_t, 3> proposed = {next[1], next[2], next[3]};
    if (proposed == std::array<std::uint8_t, 3>{} ||
        proposed == (next[0] == 0x02 ? comms.password4 : comms.password2))
        return error(request.control, dlt645::kErrOther, out);
    std::array<std::uint8_t, 3> &stored = next[0] == 0x02 ? comms.password2 : comms.password4;
    stored = {next[1], next[2], next[3]};
    (void)m_meter.setComms(comms);
    return reply(static_cast<std::uint8_t>(dlt645::kChangePassword | dlt645::kReplyBit), next, out);
}

std::size_t Dlt645Server::value1997(std::uint16_t di, Bytes value)
{
    const MeterState &state = m_meter.state();
    switch (di) {
    case 0x9010: return putEnergy(state.registers.forward, value);
    case 0x9020: return putEnergy(state.registers.reverse, value);
    case 0x9011:
    case 0x9012:
    case 0x9013:
    case 0x9014: return putEnergy(state.rateForward[di - 0x9011u], value);
    case 0x9021:
    case 0x9022:
    case 0x9023:
    case 0x9024: return putEnergy(state.rateReverse[di - 0x9021u], value);
    case 0xC010: {
        std::uint8_t time[7];
        putTime(state.time, true, time);
        for (std::size_t i = 0; i < 4; ++i)
            value[i] = time[3 + i]; // WW DD MM YY
        return 4;
    }
    case 0xC011: return putTime(state.time, false, value) - 3; // ss mm hh
    case 0xB611:
    case 0xB612:
    case 0xB613: (void)dlt645::toBcd(230, value.first(2)); return 2;
    case 0xB621:
    case 0xB622:
    case 0xB623:
        (void)dlt645::toBcd(magnitude(m_meter.lastPower(di - 0xB621u)) / 2300 % 10000u,
                            value.first(2));
        return 2;
    case 0xB630: {
        std::int64_t milliwatts = 0;
        for (std::size_t phase = 0; phase < kMaxPhases; ++phase)
            milliwatts += m_meter.lastPower(phase);
        (void)dlt645::toBcd(magnitude(milliwatts) / 100 % 800'000u, value.first(3));
        return 3;
    }
    default: return 0;
    }
}

std::size_t Dlt645Server::read1997(const Frame &request, Bytes out)
{
    if (request.length != 2)
        return error(request.control, 0x02, out);
    std::uint8_t data[2 + 16];
    data[0] = request.data[0];
    data[1] = request.data[1];
    const auto di = static_cast<std::uint16_t>(request.data[0] | (request.data[1] << 8));
    const std::size_t size = value1997(di, Bytes(data).subspan(2));
    if (size == 0)
        return error(request.control, 0x02, out); // 1997: bit 1, no such data
    return reply(static_cast<std::uint8_t>(dlt645::kRead1997 | dlt645::kReplyBit),
                 ConstBytes(data).first(2 + size), out);
}

std::size_t Dlt645Server::write1997(const Frame &request, Bytes out)
{
    if (request.length < 6)
        return error(request.control, 0x01, out);
    const auto di = static_cast<std::uint16_t>(request.data[0] | (request.data[1] << 8));
    bool level02 = false;
    if (authenticate(request.payload().subspan(2, 4), &level02) != 0)
        return error(request.control, 0x04, out);
    const ConstBytes value = request.payload().subspan(6);
    std::uint8_t now[7];
    putTime(m_meter.state().time, true, now); // ss mm hh WW DD MM YY
    std::uint8_t time[6] = {now[0], now[1], now[2], now[4], now[5], now[6]};
    if (di == 0xC010 && value.size() == 4) { // WW DD MM YY
        time[3] = value[1];
        time[4] = value[2];
        time[5] = value[3];
    } else if (di == 0xC011 && value.size() == 3) { // ss mm hh
        time[0] = value[0];
        time[1] = value[1];
        time[2] = value[2];
    } else {
        return error(request.control, 0x01, out);
    }
    if (!setTimeFrom(time, level02 ? ClockSource::kAuthenticated : ClockSource::kLine))
        return error(request.control, 0x01, out);
    return reply(static_cast<std::uint8_t>(dlt645::kWrite1997 | dlt645::kReplyBit), {}, out);
}

// 0x16 data, low byte first: minute, hour, day, month (BCD); 99 repeats. 99999999 freezes now,
// 99 DD hh mm every month, 99 99 hh mm every day, 99 99 99 mm every hour.
bool Dlt645Server::freeze(ConstBytes time)
{
    if (time.size() != 4)
        return false;
    bool repeat[4] = {};
    std::uint8_t field[4] = {};
    for (std::size_t i = 0; i < 4; ++i) {
        repeat[i] = time[i] == 0x99;
        const Result<std::uint64_t> value = dlt645::fromBcd(time.subspan(i, 1));
        if (!value.ok())
            return false;
        field[i] = static_cast<std::uint8_t>(value.value());
    }
    using Every = FreezeSchedule::Every;
    if (repeat[0] && repeat[1] && repeat[2] && repeat[3])
        return m_meter.freezeNow().ok();
    if (!repeat[3] || repeat[0]) // a month of its own is not a schedule the standard has
        return false;
    FreezeSchedule schedule;
    schedule.minute = field[0];
    schedule.hour = repeat[1] ? 0 : field[1];
    schedule.day = repeat[2] ? 1 : field[2];
    schedule.every = repeat[1] ? Every::kHour : repeat[2] ? Every::kDay : Every::kMonth;
    if (repeat[1] && !repeat[2])
        return false; // a day without an hour
    return m_meter.setFreezeSchedule(schedule).ok();
}

std::size_t Dlt645Server::handle(const Frame &request, Bytes out)
{
    const Match match = matches(request.address);
    if (match == Match::kNone || (request.control & dlt645::kReplyBit) != 0)
        return 0;
    if (request.control == dlt645::kBroadcastTime) { // same in 1997 and 2007; never answered
        if (request.length == 6 && match != Match::kWildcard)
            (void)setTimeFrom(request.payload(), ClockSource::kBroadcast);
        return 0;
    }
    if (match == Match::kBroadcast) { // broadcast freeze is carried out; nothing is answered
        if (request.control == dlt645::kFreeze && m_meter.state().provisioned)
            (void)freeze(request.payload());
        return 0;
    }
    // The wildcard finds the address of the one meter on a probe; nothing else goes to "any".
    if (match == Match::kWildcard && request.control != dlt645::kReadAddress)
        return 0;
    if (!m_meter.state().provisioned)
        return error(request.control, dlt645::kErrOther, out);
    switch (request.control) {
    case dlt645::kRead: return read(request, out);
    case dlt645::kReadFollow: return readFollow(request, out);
    case dlt645::kReadAddress:
        if (match != Match::kWildcard)
            return error(request.control, dlt645::kErrOther, out);
        return reply(static_cast<std::uint8_t>(dlt645::kReadAddress | dlt645::kReplyBit),
                     m_meter.state().comms.address, out);
    case dlt645::kWrite: return write(request, out);
    case dlt645::kWriteAddress:
    case dlt645::kWriteAddress1997: {
        // Only with the programming window the button under the seal opens.
        if (request.length != 6 || m_meter.state().programmingUntil < m_meter.state().time)
            return error(request.control, dlt645::kErrPassword, out);
        if (!dlt645::fromBcd(request.payload()).ok())
            return error(request.control, dlt645::kErrOther, out);
        CommsSettings comms = m_meter.state().comms;
        for (std::size_t i = 0; i < 6; ++i)
            comms.address[i] = request.data[i];
        (void)m_meter.setComms(comms);
        return reply(static_cast<std::uint8_t>(request.control | dlt645::kReplyBit), {}, out);
    }
    case dlt645::kFreeze:
        if (!freeze(request.payload()))
            return error(request.control, dlt645::kErrOther, out);
        return reply(static_cast<std::uint8_t>(dlt645::kFreeze | dlt645::kReplyBit), {}, out);
    case dlt645::kChangeBaud:
    case dlt645::kChangeBaud1997: {
        // No password in the frame: a rate the station cannot follow would lock it out, so only
        // in the programming window.
        if (m_meter.state().programmingUntil < m_meter.state().time)
            return error(request.control, dlt645::kErrPassword, out);
        const std::uint8_t z = request.length == 1 ? request.data[0] : 0;
        if (z != 0x02 && z != 0x04 && z != 0x08 && z != 0x10 && z != 0x20 && z != 0x40)
            return error(request.control, dlt645::kErrBaud, out);
        CommsSettings comms = m_meter.state().comms;
        comms.baudCode = z;
        (void)m_meter.setComms(comms);
        return reply(static_cast<std::uint8_t>(request.control | dlt645::kReplyBit),
                     request.payload(), out);
    }
    case dlt645::kChangePassword: return changePassword(request, out);
    case dlt645::kMeterClear:
    case dlt645::kEventClear: {
        if (request.length < 8)
            return error(request.control, dlt645::kErrOther, out);
        bool level02 = false;
        const std::uint8_t denied = authenticate(request.payload().first(4), &level02, true);
        if (denied != 0)
            return error(request.control, denied, out);
        if (request.control == dlt645::kEventClear &&
            (request.length != 12 ||
             dlt645::dataIdentifier(request.payload().subspan(8)) != 0xFFFFFFFF))
            return error(request.control, dlt645::kErrOther, out);
        const Status cleared =
            request.control == dlt645::kMeterClear ? m_meter.clearEnergy() : m_meter.clearEvents();
        if (!cleared.ok())
            return error(request.control, dlt645::kErrOther, out);
        return reply(static_cast<std::uint8_t>(request.control | dlt645::kReplyBit), {}, out);
    }
    case dlt645::kRelayControl: return relay(request, out);
    case dlt645::kSecurity: return security(request, out);
    case dlt645::kRead1997: return read1997(request, out);
    case dlt645::kWrite1997: return write1997(request, out);
    default: return error(request.control, dlt645::kErrOther, out);
    }
}

} // namespace ampcard::meter
