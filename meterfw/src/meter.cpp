#include "ampcard/meter/meter.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <type_traits>

#include "ampcard/card/cardapp.h"
#include "ampcard/card/crc.h"
#include "ampcard/meter/nvcodec.h"

namespace ampcard::meter {

using card::CardId;
using card::RecordHeader;
using card::RecordType;
using card::Token;
using tariff::CreditState;
using tariff::Energy;
using tariff::Money;

static_assert(kStateRecordSize + kJournalOverhead <= kStateSlotSize);
static_assert(kSettlementRecordSize + kJournalOverhead <= kHistorySlotSize);
static_assert(kLineRecordSize + kJournalOverhead <= kLineSlotSize);

namespace {

// The most data one command of a session asks for: the largest token body with its tag (the FCI
// and the return file's headers are smaller). A card that sends more never ends its answer.
constexpr std::size_t kSessionData = card::kTokenMaxBodySize + card::kTagSize;
static_assert(kSessionData >= card::kFciSize && kSessionData >= 2 * card::kHeaderSize);

// APDUs to the card in the slot, with the T=0 conventions (61xx, 6Cxx) as on the station, and the
// session's bounds: a card that breaks them leaves `fault` set and gets no more commands.
class SlotChannel {
public:
    SlotChannel(CardSlot &slot, SlotFault &fault, int &apdus)
        : m_slot(slot), m_fault(fault), m_apdus(apdus)
    {}

    // Sends a command; false when the card does not answer. data()/sw() hold the answer.
    bool exchange(ConstBytes command)
    {
        m_dataSize = 0;
        if (!send(command))
            return false;
        if ((m_sw & 0xFF00) == 0x6C00 && command.size() >= 5 && command.size() <= 16) {
            std::uint8_t again[16];
            for (std::size_t i = 0; i < command.size(); ++i)
                again[i] = command[i];
            again[command.size() - 1] = static_cast<std::uint8_t>(m_sw);
            if (!send(ConstBytes(again).first(command.size())))
                return false;
        }
        for (int round = 0; (m_sw & 0xFF00) == 0x6100; ++round) {
            if (round == kMaxGetResponses)
                return violated(SlotFault::kEndless);
            const std::uint8_t getResponse[5] = {0x00, 0xC0, 0x00, 0x00,
                                                 static_cast<std::uint8_t>(m_sw)};
            if (!send(getResponse))
                return false;
        }
        return true;
    }
    [[nodiscard]] std::uint16_t sw() const { return m_sw; }
    [[nodiscard]] ConstBytes data() const { return ConstBytes(m_data).first(m_dataSize); }
    // The answer, for a token decrypted where it arrived.
    [[nodiscard]] Bytes data() { return Bytes(m_data).first(m_dataSize); }

private:
    bool violated(SlotFault fault)
    {
        m_fault = fault;
        return false;
    }

    bool send(ConstBytes command)
    {
        if (m_fault != SlotFault::kNone)
            return false;
        if (++m_apdus > kMaxSessionApdus)
            return violated(SlotFault::kEndless);
        const std::size_t length = m_slot.transmit(command, m_response);
        if (length == 0)
            return false; // pulled, or silent past the slot's time bound
        if (length < 2 || length > m_response.size())
            return violated(SlotFault::kNonsense);
        m_sw = static_cast<std::uint16_t>((m_response[length - 2] << 8) | m_response[length - 1]);
        const std::uint8_t sw1 = static_cast<std::uint8_t>(m_sw >> 8);
        if ((sw1 & 0xF0) != 0x60 && (sw1 & 0xF0) != 0x90)
            return violated(SlotFault::kNonsense); // ISO 7816-4 has no other SW1
        if (sw1 == 0x60 || (length > 2 && sw1 != 0x90 && sw1 != 0x61 && sw1 != 0x62 && sw1 != 0x63))
            return violated(SlotFault::kNonsense); // data with an error status, or NULL byte
        if (m_dataSize + length - 2 > m_data.size())
            return violated(SlotFault::kEndless);
        for (std::size_t i = 0; i + 2 < length; ++i)
            m_data[m_dataSize++] = m_response[i];
        return true;
    }

    CardSlot &m_slot;
    SlotFault &m_fault;
    int &m_apdus;
    std::array<std::uint8_t, card::kMaxResponseSize> m_response{};
    std::array<std::uint8_t, kSessionData> m_data{};
    std::size_t m_dataSize = 0;
    std::uint16_t m_sw = 0;
};

std::size_t readCommand(std::uint8_t *out, std::uint8_t sfi, std::uint16_t offset,
                        std::size_t length)
{
    out[0] = 0x00;
    out[1] = 0xB0;
    out[2] =
        sfi != 0 ? static_cast<std::uint8_t>(0x80 | sfi) : static_cast<std::uint8_t>(offset >> 8);
    out[3] = static_cast<std::uint8_t>(offset);
    out[4] = static_cast<std::uint8_t>(length == 256 ? 0 : length);
    return 5;
}

// Whether the tariff core takes the billing and the account back. Not inlined: the restored
// copies (about 800 bytes) stay out of boot()'s frame, which is on the stack while a record is
// decoded.
[[gnu::noinline]] bool restorable(const MeterState &state)
{
    return tariff::Billing::restore(state.billing.state()).ok() &&
           tariff::CreditAccount::restore(state.account.parameters(), state.account.accountState())
               .ok();
}

bool isIllegal(CardOutcome outcome)
{
    switch (outcome) {
    case CardOutcome::kWrongUtility:
    case CardOutcome::kWrongMeter:
    case CardOutcome::kWrongCard:
    case CardOutcome::kBlacklisted:
    case CardOutcome::kTampered:
    case CardOutcome::kKeyVersion:
    case CardOutcome::kFormat: return true;
    default: return false;
    }
}

} // namespace

const char *creditStateName(tariff::CreditState state)
{
    switch (state) {
    case CreditState::kNormal: return "normal";
    case CreditState::kAlarm1: return "alarm1";
    case CreditState::kAlarm2: return "alarm2";
    case CreditState::kExhausted: return "exhausted";
    case CreditState::kOverdraft: return "overdraft";
    case CreditState::kCutOff: return "cutoff";
    }
    return "unknown";
}

CardOutcome outcomeFor(Status status)
{
    switch (status.code()) {
    case Errc::kOk: return CardOutcome::kLoaded;
    case Errc::kWrongUtility: return CardOutcome::kWrongUtility;
    case Errc::kWrongMeter: return CardOutcome::kWrongMeter;
    case Errc::kWrongCard: return CardOutcome::kWrongCard;
    case Errc::kBlacklisted: return CardOutcome::kBlacklisted;
    case Errc::kAuthFailed: return CardOutcome::kTampered;
    case Errc::kKeyVersion: return CardOutcome::kKeyVersion;
    case Errc::kHoardingLimit: return CardOutcome::kHoarding;
    case Errc::kReplay: return CardOutcome::kNoToken;
    case Errc::kCardRemoved: return CardOutcome::kCardError;
    default: return CardOutcome::kFormat;
    }
}

Meter::Meter(Hardware hardware)
    : m_hw(hardware), m_stateJournal(hardware.nv, 0, kStateSlotSize, kStateSlots, kNvLayoutVersion),
      m_history(hardware.nv, kStateSlots * kStateSlotSize, kHistorySlotSize, kHistorySlots,
                kNvLayoutVersion),
      m_lineJournal(hardware.nv, kLineBase, kLineSlotSize, kLineSlots, kNvLayoutVersion)
{}

Status Meter::save()
{
    m_savedEnergy = m_state.registers.forward.raw() + m_state.registers.reverse.raw();
    ++m_nvWrites;
    // Encoded straight from the state into NV in small chunks: no encoded copy in RAM.
    return m_stateJournal.save(StateWriter(m_state));
}

void Meter::resetState()
{
    m_state.~MeterState();
    new (&m_state) MeterState; // in place: no temporary copy on the stack
    m_state.faults = kFaultNotProvisioned;
}

Status Meter::saveLine()
{
    ++m_nvWrites;
    return m_lineJournal.save(LineWriter(m_line));
}

// The settlement history's journal (its sequence and slots), through a record that is dropped:
// not inlined, so the record is off the stack while boot() checks the state.
void Meter::loadHistory()
{
    FrozenSettlement frozen;
    SettlementParser settlementParser(frozen);
    (void)m_history.load(settlementParser);
}

Status Meter::boot()
{
    // Decoded in place from the newest record that holds together (a layout-1 record is
    // migrated), not through a copy on the stack.
    StateParser stateParser(m_state);
    const Status loaded = m_stateJournal.load(stateParser);
    loadHistory();
    if (!loaded.ok()) {
        resetState();
        m_state.faults = kFaultNotProvisioned;
        if (m_stateJournal.damaged() > 0)
            m_state.faults |= kFaultNv;
        return loaded;
    }
    LineParser lineParser(m_line);
    if (!m_lineJournal.load(lineParser).ok()) {
        // None yet (a meter from before the line journal), or both copies damaged: a fresh one.
        m_line = LineGuard{};
        m_line.driftCountedAt = m_state.time;
        m_line.driftAllowance = static_cast<std::int32_t>(kClockDriftPerDay);
        if (m_lineJournal.damaged() > 0)
            m_state.faults |= kFaultNv;
    }
    if (!restorable(m_state))
        m_state.faults |= kFaultNv;
    if (m_stateJournal.damaged() > 0)
        m_state.faults |= kFaultNv;
    m_state.cardSlotDisabled = false;
    m_state.faults &= static_cast<std::uint16_t>(~kFaultCardSlot);
    ++m_state.powerFailures;
    AMPCARD_TRY(m_key.setKey(m_state.identity.key));
    m_state.relayCommandedClosed = relayShouldClose(m_state.relay);
    m_hw.relay.pulse(m_state.relayCommandedClosed);
    std::int32_t power[kMaxPhases] = {};
    selfCheck(Inputs{}, m_hw.frontEnd.sample(power, m_state.metering.phases));
    refreshDisplay();
    return save();
}

// Billing from `tariff` at `now` into `out` (or only checked, when null). Not inlined: the
// started billing is on the stack only in here, not under provision()'s save.
[[gnu::noinline]] Status Meter::startBilling(const tariff::Tariff &tariff, tariff::Timestamp now,
                                             tariff::Billing *out)
{
    const Result<tariff::Billing> billing = tariff::Billing::start(tariff, now);
    if (!billing.ok())
        return billing.status();
    if (out != nullptr)
        *out = billing.value();
    return kOk;
}

// The same for the credit account.
[[gnu::noinline]] Status Meter::createAccount(const tariff::CreditParameters &credit,
                                              tariff::CreditAccount *out)
{
    const Result<tariff::CreditAccount> account = tariff::CreditAccount::create(credit);
    if (!account.ok())
        return account.status();
    if (out != nullptr)
        *out = account.value();
    return kOk;
}

Status Meter::provision(const Identity &identity, const card::LineSecrets &line,
                        const MeteringConfig &metering, const tariff::Tariff &tariff,
                        std::uint32_t tariffId, const tariff::CreditParameters &credit)
{
    if (m_state.provisioned)
        return Errc::kInvalidState;
    if (!line.usable())
        return Errc::kBadParameter;
    if (metering.phases != 1 && metering.phases != 3)
        return Errc::kBadParameter;
    AMPCARD_TRY(m_key.setKey(identity.key));
    const tariff::Timestamp now = m_hw.clock.now();
    AMPCARD_TRY(startBilling(tariff, now, nullptr)); // checked before anything changes
    AMPCARD_TRY(createAccount(credit, nullptr));
    // Built in place (no second 2 KB state on the stack); provisioned only when complete.
    resetState();
    MeterState &state = m_state;
    state.faults = 0;
    state.identity = identity;
    state.binding.utilityId = identity.utilityId;
    state.binding.meter = identity.meter;
    state.binding.keyVersion = identity.keyVersion;
    state.metering = metering;
    state.billingStarted = true;
    AMPCARD_TRY(startBilling(tariff, now, &state.billing)); // as checked above
    state.activeTariffId = tariffId;
    AMPCARD_TRY(createAccount(credit, &state.account)); // as checked above
    state.time = now;
    for (std::size_t i = 0; i < 6; ++i)
        state.comms.address[i] = identity.meter.bcd[5 - i]; // wire order: low byte first
    state.comms.password2 = line.password02;
    state.comms.password4 = line.password04;
    state.comms.modbusPin = line.modbusPin;
    if (credit.presetCredit.raw() > 0) {
        const Status preset = state.account.loadPreset();
        if (!preset.ok()) {
            resetState();
            return preset;
        }
    }
    state.provisioned = true;
    m_line = LineGuard{};
    m_line.driftCountedAt = now;
    m_line.driftAllowance = static_cast<std::int32_t>(kClockDriftPerDay);
    AMPCARD_TRY(saveLine());
    updateRelay(RelayEvent::kCreditChanged);
    refreshDisplay();
    return save();
}

Money Meter::nextUnitCost() const
{
    return m_state.billing.nextUnitCost(m_state.time, kQuantum);
}

CreditState Meter::creditState() const
{
    return m_state.account.state(nextUnitCost());
}

tariff::Price Meter::currentPrice() const
{
    return m_state.billing.nextUnitPrice(m_state.time);
}

int Meter::currentStep() const
{
    return tariff::stepAt(m_state.billing.state().active.ladder,
                          m_state.billing.state().period.usage);
}

void Meter::updateRelay(RelayEvent event)
{
    const CreditView view{creditState(), m_state.account.mayCloseAfterCreditTrip()};
    const bool close = onRelayEvent(m_state.relay, event, view, m_state.time);
    if (close != m_state.relayCommandedClosed) {
        m_hw.relay.pulse(close);
        m_state.relayCommandedClosed = close;
        recordRelay(close);
    }
}

void Meter::recordRelay(bool closed)
{
    std::array<RelayRecord, kRelayRecords> &records = closed ? m_state.closes : m_state.trips;
    for (std::size_t i = kRelayRecords - 1; i > 0; --i)
        records[i] = records[i - 1];
    records[0] = RelayRecord{m_state.time, m_operatorCode, m_state.registers.forward,
                             m_state.registers.reverse};
    ++(closed ? m_state.closeCount : m_state.tripCount);
}

void Meter::settleDue(tariff::Timestamp now)
{
    while (const std::optional<tariff::PeriodRecord> period = m_state.billing.settleDue(now)) {
        (void)freeze(*period);
        (void)save();
    }
}

void Meter::selfCheck(const Inputs &inputs, bool frontEndAnswered)
{
    std::uint16_t faults = m_state.faults;
    auto set = [&faults](std::uint16_t bit, bool on) {
        faults = static_cast<std::uint16_t>(on ? faults | bit : faults & ~bit);
    };
    set(kFaultClockBattery, m_hw.clock.batteryLow());
    set(kFaultFrontEnd, !frontEndAnswered);
    set(kFaultRelay, m_hw.relay.feedbackClosed() != m_state.relayCommandedClosed);
    if (inputs.coverOpen && (m_state.faults & kFaultCover) == 0)
        ++m_state.tamperEvents;
    if (inputs.magneticField && (m_state.faults & kFaultMagnetic) == 0)
        ++m_state.tamperEvents;
    set(kFaultCover, inputs.coverOpen);
    set(kFaultMagnetic, inputs.magneticField);
    m_state.faults = faults;
}

void Meter::tick(std::uint32_t milliseconds, const Inputs &inputs)
{
    if (!m_state.provisioned)
        return;
    tariff::Timestamp now = m_hw.clock.now();
    if (now < m_state.time)
        now = m_state.time; // a clock set back charges at the last time seen
    m_state.time = now;

    std::int32_t power[kMaxPhases] = {};
    const bool answered = m_hw.frontEnd.sample(power, m_state.metering.phases);
    if (!answered) {
        for (std::int32_t &phase : power)
            phase = 0;
    }
    for (std::size_t phase = 0; phase < kMaxPhases; ++phase)
        m_lastPower[phase] = power[phase];
    const Energy forwardBefore = m_state.registers.forward;
    const Energy reverseBefore = m_state.registers.reverse;
    const MeteringStep step = integrate(m_state.registers, m_state.metering, power, milliseconds);
    if (m_state.billing.state().active.tou.enabled()) {
        const std::uint8_t rate = tariff::rateAt(m_state.billing.state().active.tou, now);
        auto add = [](Energy &to, std::int64_t wh) { to = Energy::fromRaw(to.raw() + wh); };
        add(m_state.rateForward[rate], m_state.registers.forward.raw() - forwardBefore.raw());
        add(m_state.rateReverse[rate], m_state.registers.reverse.raw() - reverseBefore.raw());
        add(m_state.rateCombined[rate], step.billable.raw());
    }
    m_state.unbilled = Energy::fromRaw(m_state.unbilled.raw() + step.billable.raw());
    settleDue(now);
    freezeDue(now);
    while (m_state.unbilled >= kQuantum) {
        Result<tariff::Deduction> deducted = m_state.billing.consume(kQuantum, now);
        if (!deducted.ok() && deducted.status().code() == Errc::kSettlementDue) {
            settleDue(now);
            deducted = m_state.billing.consume(kQuantum, now);
        }
        if (!deducted.ok())
            break;
        (void)m_state.account.deduct(deducted.value().money);
        m_state.unbilled = Energy::fromRaw(m_state.unbilled.raw() - kQuantum.raw());
        updateRelay(RelayEvent::kCreditChanged);
        (void)save();
    }
    if (m_state.registers.forward.raw() + m_state.registers.reverse.raw() - m_savedEnergy >=
        kQuantum.raw() / 2)
        (void)save();
    selfCheck(inputs, answered);
    updateRelay(RelayEvent::kTick);
    refreshDisplay();
}

void Meter::refreshDisplay()
{
    char text[16];
    displayText(text);
    m_hw.display.show(text, alarmLamp() == Lamp::kOn, tripLamp() == Lamp::kOn);
}

void Meter::buttonPressed()
{
    if (!m_state.provisioned)
        return;
    m_state.programmingUntil = m_state.time + 60;
    endLockouts();
    if (creditState() == CreditState::kExhausted)
        (void)m_state.account.confirmOverdraft(nextUnitCost());
    updateRelay(RelayEvent::kButton);
    refreshDisplay();
    (void)save();
}

void Meter::powerFailing()
{
    (void)save();
}

void Meter::remoteRelay(RelayEvent event, std::uint32_t operatorCode)
{
    m_operatorCode = operatorCode;
    updateRelay(event);
    m_operatorCode = 0;
    refreshDisplay();
    (void)save();
}

Status Meter::applyToken(const Token &token, const CardId *card)
{
    AMPCARD_TRY(card::checkToken(token, card, m_state.binding));
    // Work on copies and commit only when everything applied: a refusal changes nothing. The
    // billing is not copied (720 bytes on the card session's stack): a new tariff is validated
    // here and scheduled at the commit, where it cannot fail.
    const bool newTariff = (token.flags & card::kFlagTariff) != 0;
    if (newTariff)
        AMPCARD_TRY(tariff::validate(token.tariff));
    tariff::CreditAccount account = m_state.account;
    Identity identity = m_state.identity;
    std::uint32_t activeTariffId = m_state.activeTariffId;
    std::uint32_t pendingTariffId = m_state.pendingTariffId;
    bool clearEnergy = false; // a clear token: the registers start again at the commit
    card::MeterCardState binding = m_state.binding;

    if ((token.flags & card::kFlagCredit) != 0)
        AMPCARD_TRY(account.setParameters(token.credit));
    switch (token.type) {
    case RecordType::kPurchase:
    case RecordType::kAccountOpening:
    case RecordType::kReplacement:
        if (token.amount.raw() > 0) {
            const tariff::PurchaseKind kind = token.type == RecordType::kAccountOpening
                                                  ? tariff::PurchaseKind::kAccountOpening
                                                  : tariff::PurchaseKind::kNormal;
            AMPCARD_TRY(account.applyPurchase(token.amount, kind).status());
        }
        break;
    case RecordType::kParameter: break;
    case RecordType::kClear: {
        // What the meter loaded since manufacture is its proof to the station (DESIGN.md §5): a
        // clear starts the account again but keeps the count and the sum.
        tariff::CreditAccountState fresh;
        fresh.purchaseCount = account.accountState().purchaseCount;
        fresh.purchasedTotal = account.accountState().purchasedTotal;
        const Result<tariff::CreditAccount> cleared =
            tariff::CreditAccount::restore(account.parameters(), fresh);
        if (!cleared.ok())
            return cleared.status();
        account = cleared.value();
        clearEnergy = true;
        binding.opened = false;
        binding.boundSerial = 0;
        break;
    }
    case RecordType::kRelayTest: ++m_state.relayTests; break;
    case RecordType::kKeyChange:
        if ((token.flags & card::kFlagNewKey) == 0 || token.newKeyLength != identity.key.size())
            return Errc::kKeyLength;
        for (std::size_t i = 0; i < identity.key.size(); ++i)
            identity.key[i] = token.newKey[i];
        identity.keyVersion = token.newKeyVersion;
        break;
    case RecordType::kPreset: {
        if (binding.opened)
            return Errc::kWrongCard;
        tariff::CreditParameters parameters = account.parameters();
        parameters.presetCredit = token.amount;
        AMPCARD_TRY(account.setParameters(parameters));
        AMPCARD_TRY(account.loadPreset());
        break;
    }
    case RecordType::kReturn: return Errc::kUnknownKind;
    }
    card::recordAccepted(token, binding);
    if (token.type == RecordType::kKeyChange)
        AMPCARD_TRY(m_key.setKey(identity.key));

    if (newTariff) {
        const bool now = token.tariffActivation <= m_state.time;
        AMPCARD_TRY(
            m_state.billing.schedule(token.tariff, now ? m_state.time : token.tariffActivation));
        (now ? activeTariffId : pendingTariffId) = token.tariffId;
    }
    m_state.account = account;
    m_state.identity = identity;
    m_state.activeTariffId = activeTariffId;
    m_state.pendingTariffId = pendingTariffId;
    if (clearEnergy) {
        m_state.registers = EnergyRegisters{};
        m_state.unbilled = Energy{};
    }
    m_state.binding = binding;
    updateRelay(RelayEvent::kCreditChanged);
    if (token.type == RecordType::kRelayTest) {
        m_hw.relay.pulse(false);
        m_hw.relay.pulse(m_state.relayCommandedClosed);
    }
    return save();
}

CardOutcome Meter::runCardSession()
{
    SlotChannel channel(m_hw.cardSlot, m_slotFault, m_sessionApdus);
    std::uint8_t command[16] = {0x00, 0xA4, 0x04, 0x00,
                                static_cast<std::uint8_t>(card::kAid.size())};
    for (std::size_t i = 0; i < card::kAid.size(); ++i)
        command[5 + i] = card::kAid[i];
    command[5 + card::kAid.size()] = 0x00;
    if (!channel.exchange(ConstBytes(command).first(6 + card::kAid.size())))
        return CardOutcome::kCardError;
    if (channel.sw() != card::kSwOk || channel.data().size() != card::kFciSize)
        return CardOutcome::kFormat;
    const Result<CardId> id = card::decodeCardId(channel.data().first(card::kCardIdSize));
    if (!id.ok())
        return CardOutcome::kFormat;

    updateRelay(RelayEvent::kCardInserted);
    if (creditState() == CreditState::kExhausted) {
        (void)m_state.account.confirmOverdraft(nextUnitCost());
        updateRelay(RelayEvent::kCreditChanged);
    }
    if (id.value().kind == card::CardKind::kCheck)
        return CardOutcome::kReadOut;

    // No command since SELECT: its answer still holds the issue file's headers after the card ID.
    const card::SlotChoice choice =
        card::chooseSlots(channel.data().subspan(card::kCardIdSize, 2 * card::kHeaderSize));
    if (choice.count == 0)
        return CardOutcome::kNoToken;
    const std::uint8_t selectIssue[7] = {0x00,
                                         0xA4,
                                         0x02,
                                         0x0C,
                                         0x02,
                                         static_cast<std::uint8_t>(card::kIssueFile.file.fid >> 8),
                                         static_cast<std::uint8_t>(card::kIssueFile.file.fid)};
    if (!channel.exchange(selectIssue) || channel.sw() != card::kSwOk)
        return CardOutcome::kCardError;
    for (int i = 0; i < choice.count; ++i) {
        const RecordHeader &header = choice.headers[static_cast<std::size_t>(i)];
        const Status headerStatus = card::checkHeader(header, m_state.binding);
        if (!headerStatus.ok())
            return outcomeFor(headerStatus);
        const std::size_t stored = header.bodyLength + card::kTagSize;
        const std::size_t length = readCommand(
            command, 0,
            card::kIssueFile.bodyOffset(choice.order[static_cast<std::size_t>(i)], stored), stored);
        if (!channel.exchange(ConstBytes(command).first(length)))
            return CardOutcome::kCardError;
        if (channel.sw() != card::kSwOk || channel.data().size() != stored ||
            card::crc32(channel.data()) != header.bodyCrc)
            continue; // torn: try the other slot
        Token token;
        const Status opened = card::openTokenInPlace(header, channel.data(), m_key, &token);
        if (!opened.ok())
            return outcomeFor(opened);
        return outcomeFor(applyToken(token, &id.value()));
    }
    return CardOutcome::kNoToken;
}

card::ReturnRecord Meter::returnRecord() const
{
    card::ReturnRecord record;
    record.utilityId = m_state.identity.utilityId;
    record.meter = m_state.identity.meter;
    record.keyVersion = m_state.identity.keyVersion;
    record.time = m_state.time;
    record.remaining = m_state.account.remaining();
    record.overdraftLimit = m_state.account.parameters().overdraftLimit;
    record.creditState = static_cast<std::uint8_t>(creditState());
    record.relayState = m_state.relayCommandedClosed ? 0 : 1;
    record.forward = m_state.registers.forward;
    record.reverse = m_state.registers.reverse;
    record.combined = m_state.registers.combined;
    record.periodUsage = m_state.billing.state().period.usage;
    record.residue = static_cast<std::uint16_t>(m_state.billing.state().residue);
    record.lastSequence = m_state.binding.lastSequence;
    record.purchaseCount = m_state.account.accountState().purchaseCount;
    record.creditLoaded = m_state.account.accountState().purchasedTotal;
    record.statusWord = static_cast<std::uint16_t>((m_state.relayCommandedClosed ? 0 : 1) |
                                                   (m_state.relay.keepPower ? 2 : 0) |
                                                   (m_state.registers.reversePhases != 0 ? 4 : 0));
    record.faultWord = m_state.faults;
    record.illegalCards = m_state.illegalCards;
    record.tamperEvents = m_state.tamperEvents;
    record.powerFailures = m_state.powerFailures;
    record.reverseMinutes = m_state.registers.reverseMinutes;
    record.activeTariffId = m_state.activeTariffId;
    record.periodStart = m_state.billing.state().period.start;

    return record;
}

Result<std::size_t> Meter::sealReturnRecord(std::uint32_t generation, Bytes header, Bytes body)
{
    // The counter is the CCM salt: it is saved before anything sealed under it leaves the meter,
    // so a power cut can never make the meter use the same nonce twice.
    ++m_state.returnCounter;
    AMPCARD_TRY(save());
    std::uint8_t salt[card::kSaltSize] = {};
    card::storeBigEndian(salt, m_state.returnCounter);
    return card::sealReturn(returnRecord(), m_key, generation, salt, header, body);
}

Result<std::size_t> Meter::sealedProof(Bytes out)
{
    if (out.size() < kSealedProofSize)
        return Errc::kBufferSize;
    const Result<std::size_t> sealed =
        sealReturnRecord(0, out.first(card::kHeaderSize),
                         out.subspan(card::kHeaderSize, kSealedProofSize - card::kHeaderSize));
    if (!sealed.ok())
        return sealed.status();
    return card::kHeaderSize + sealed.value();
}

Status Meter::writeReturnRecord()
{
    SlotChannel channel(m_hw.cardSlot, m_slotFault, m_sessionApdus);
    // The largest command: an UPDATE BINARY of the sealed body.
    std::uint8_t command[5 + card::kReturnBodySize + card::kTagSize];
    static_assert(card::kReturnBodySize + card::kTagSize >= card::kHeaderSize);
    std::size_t length = readCommand(command, card::kReturnFile.file.sfi,
                                     card::kReturnFile.headerArea(), 2 * card::kHeaderSize);
    if (!channel.exchange(ConstBytes(command).first(length)))
        return Errc::kCardRemoved;
    if (channel.sw() != card::kSwOk || channel.data().size() != 2 * card::kHeaderSize)
        return Errc::kCardFormat;
    const card::WriteTarget target = card::writeTarget(card::chooseSlots(channel.data()));

    std::uint8_t header[card::kHeaderSize];
    std::uint8_t body[card::kReturnBodySize + card::kTagSize];
    const Result<std::size_t> sealed = sealReturnRecord(target.generation, header, body);
    if (!sealed.ok())
        return sealed.status();
    const std::size_t stored = sealed.value();
    // Body first, then header, SFI addressing (the return file is 256 bytes).
    command[0] = 0x00;
    command[1] = 0xD6;
    command[2] = static_cast<std::uint8_t>(0x80 | card::kReturnFile.file.sfi);
    command[3] = static_cast<std::uint8_t>(card::kReturnFile.bodyOffset(target.slot, stored));
    command[4] = static_cast<std::uint8_t>(stored);
    for (std::size_t i = 0; i < stored; ++i)
        command[5 + i] = body[i];
    if (!channel.exchange(ConstBytes(command).first(5 + stored)) || channel.sw() != card::kSwOk)
        return Errc::kCardRemoved;
    command[3] = static_cast<std::uint8_t>(card::kReturnFile.headerOffset(target.slot));
    command[4] = static_cast<std::uint8_t>(card::kHeaderSize);
    for (std::size_t i = 0; i < card::kHeaderSize; ++i)
        command[5 + i] = header[i];
    length = 5 + card::kHeaderSize;
    if (!channel.exchange(ConstBytes(command).first(length)) || channel.sw() != card::kSwOk)
        return Errc::kCardRemoved;
    return kOk;
}

void Meter::disableSlot(SlotFault fault)
{
    m_state.cardSlotDisabled = true;
    m_state.faults |= kFaultCardSlot;
    m_line.cardSlotFaultCode = static_cast<std::uint8_t>(fault);
    m_state.lastCardOutcome = static_cast<std::uint8_t>(CardOutcome::kSlotFault);
    refreshDisplay();
    (void)saveLine();
    (void)save();
}

CardOutcome Meter::cardInserted()
{
    if (!m_state.provisioned)
        return CardOutcome::kNotProvisioned;
    if (m_state.cardSlotDisabled)
        return CardOutcome::kSlotFault;
    m_slotFault = SlotFault::kNone;
    m_sessionApdus = 0;
    if (!m_hw.cardSlot.powerOn()) {
        disableSlot(SlotFault::kNoAnswer);
        return CardOutcome::kSlotFault;
    }
    CardOutcome outcome = runCardSession();
    if (m_slotFault == SlotFault::kNone && isIllegal(outcome))
        ++m_state.illegalCards;
    if (m_slotFault == SlotFault::kNone && outcome != CardOutcome::kCardError &&
        outcome != CardOutcome::kFormat && !writeReturnRecord().ok())
        outcome = CardOutcome::kCardError;
    m_hw.cardSlot.powerOff();
    if (m_slotFault != SlotFault::kNone) {
        disableSlot(m_slotFault);
        return CardOutcome::kSlotFault;
    }
    m_state.lastCardOutcome = static_cast<std::uint8_t>(outcome);
    refreshDisplay();
    (void)save();
    return outcome;
}

Lamp Meter::alarmLamp() const
{
    return creditState() == CreditState::kNormal && !m_state.remoteAlarm ? Lamp::kOff : Lamp::kOn;
}

Lamp Meter::tripLamp() const
{
    return m_state.relayCommandedClosed ? Lamp::kOff : Lamp::kOn;
}

void Meter::displayText(char (&out)[16]) const
{
    const std::uint16_t shown = static_cast<std::uint16_t>(m_state.faults & ~kFaultNotProvisioned);
    if (shown != 0 || !m_state.provisioned) {
        int bit = 0;
        const std::uint16_t faults =
            m_state.provisioned ? shown : static_cast<std::uint16_t>(kFaultNotProvisioned);
        while (((faults >> bit) & 1u) == 0)
            ++bit;
        const char text[] = {'E',
                             'r',
                             'r',
                             '-',
                             static_cast<char>('0' + (bit + 1) / 10),
                             static_cast<char>('0' + (bit + 1) % 10),
                             '\0'};
        for (std::size_t i = 0; i < sizeof text; ++i)
            out[i] = text[i];
        return;
    }
    // Remaining to 2 places, truncated, at least 4 integer digits: 0000.00 at zero.
    const std::int64_t raw = m_state.account.remaining().raw();
    const bool negative = raw < 0;
    std::uint64_t hundredths = static_cast<std::uint64_t>(negative ? -(raw / 100) : raw / 100);
    char reversed[24];
    std::size_t n = 0;
    for (int digit = 0; digit < 2; ++digit) {
        reversed[n++] = static_cast<char>('0' + hundredths % 10);
        hundredths /= 10;
    }
    reversed[n++] = '.';
    const int minimumInteger = negative ? 3 : 4;
    for (int digit = 0; digit < minimumInteger || hundredths != 0; ++digit) {
        reversed[n++] = static_cast<char>('0' + hundredths % 10);
        hundredths /= 10;
    }
    if (negative)
        reversed[n++] = '-';
    std::size_t i = 0;
    for (; i < n && i < sizeof out - 1; ++i)
        out[i] = reversed[n - 1 - i];
    out[i] = '\0';
}

std::size_t Meter::settlementCount() const
{
    const std::uint32_t saved = m_history.sequence();
    return saved < kHistorySlots ? saved : kHistorySlots;
}

Status Meter::settlement(std::size_t newestFirst, FrozenSettlement *out)
{
    if (newestFirst >= settlementCount())
        return Errc::kNoValidRecord;
    const std::uint32_t wanted = m_history.sequence() - static_cast<std::uint32_t>(newestFirst);
    SettlementParser parser(*out);
    for (std::size_t slot = 0; slot < kHistorySlots; ++slot) {
        std::uint32_t sequence = 0;
        if (m_history.readSlot(slot, parser, &sequence).ok() && sequence == wanted)
            return kOk;
    }
    return Errc::kNoValidRecord;
}

CardOutcome Meter::remoteToken(ConstBytes header, ConstBytes body)
{
    if (!m_state.provisioned)
        return CardOutcome::kNotProvisioned;
    const Result<RecordHeader> decoded = card::decodeHeader(header);
    if (!decoded.ok())
        return CardOutcome::kFormat;
    const Status checked = card::checkHeader(decoded.value(), m_state.binding);
    CardOutcome outcome = CardOutcome::kLoaded;
    if (!checked.ok()) {
        outcome = outcomeFor(checked);
    } else {
        Token token;
        const Status opened = card::openToken(decoded.value(), body, m_key, &token);
        outcome = opened.ok() ? outcomeFor(applyToken(token, nullptr)) : outcomeFor(opened);
    }
    if (isIllegal(outcome))
        ++m_state.illegalCards;
    if (outcome == CardOutcome::kLoaded)
        endLockouts(); // only the utility can seal a token the meter has not loaded yet
    refreshDisplay();
    (void)save();
    return outcome;
}

Status Meter::setTime(tariff::Timestamp time, ClockSource source, std::uint32_t operatorCode)
{
    if (time < 0)
        return Errc::kDateTime;
    if (!m_state.provisioned) { // on the bench before commissioning: nothing to protect yet
        m_hw.clock.set(time);
        m_state.time = time;
        return kOk;
    }
    LineGuard &line = m_line;
    const tariff::Timestamp before = m_state.time;
    tariff::Timestamp target = time;
    // A set is recorded by how far it moved: an authenticated one is bounded to a 32-bit jump.
    if (time - before > INT32_MAX || before - time > INT32_MAX)
        return Errc::kDateTime;
    if (source == ClockSource::kAuthenticated) {
        // Forward across at most one settlement instant: never two periods closed by one set.
        const tariff::Timestamp first = m_state.billing.state().nextSettlement;
        if (m_state.billingStarted && time > first &&
            tariff::nextSettlement(m_state.billing.state().active.settlement, first) <= time)
            return Errc::kDateTime;
    } else {
        // Top up the allowance: kClockDriftPerDay for each day of meter time since the last count.
        const std::int64_t elapsed = before - line.driftCountedAt;
        constexpr std::int64_t kSecondsPerUnit = tariff::kSecondsPerDay / kClockDriftPerDay;
        if (elapsed < 0) {
            line.driftCountedAt = before;
        } else {
            const std::int64_t gained = elapsed / kSecondsPerUnit;
            line.driftCountedAt += gained * kSecondsPerUnit;
            if (line.driftAllowance + gained >= kClockDriftPerDay) {
                line.driftAllowance = static_cast<std::int32_t>(kClockDriftPerDay);
                line.driftCountedAt = before;
            } else {
                line.driftAllowance = static_cast<std::int32_t>(line.driftAllowance + gained);
            }
        }
        const std::int64_t allowed = line.driftAllowance;
        const std::int64_t asked = time - before;
        const std::int64_t moved = asked > allowed ? allowed : asked < -allowed ? -allowed : asked;
        target = before + moved;
        line.driftAllowance = static_cast<std::int32_t>(allowed - (moved < 0 ? -moved : moved));
    }
    if (target == before)
        return kOk; // nothing moved (the allowance is spent): no event, no NV write
    for (std::size_t i = kClockSetRecords - 1; i > 0; --i) {
        line.clockSets[i] = line.clockSets[i - 1];
        line.clockSetSources[i] = line.clockSetSources[i - 1];
    }
    line.clockSets[0] =
        ClockSetRecord{before, static_cast<std::int32_t>(target - before), operatorCode};
    line.clockSetSources[0] = source;
    ++line.clockSetCount;
    // Nothing that ends with time may last longer because the clock went back.
    for (tariff::Timestamp &until : line.lockedUntil) {
        if (until > target + kLockoutSeconds)
            until = target + kLockoutSeconds;
    }
    if (m_state.comms.modbusUnlockedUntil > target + 60)
        m_state.comms.modbusUnlockedUntil = target;
    if (m_state.programmingUntil > target + 60)
        m_state.programmingUntil = target;
    // The allowance grows with time the clock ran, not with time a set skipped.
    if (target > before)
        line.driftCountedAt += target - before;
    if (line.driftCountedAt > target)
        line.driftCountedAt = target;
    m_hw.clock.set(target);
    m_state.time = target;
    AMPCARD_TRY(saveLine());
    return save();
}

Access Meter::checkSecret(Credential credential, ConstBytes secret)
{
    const auto index = static_cast<std::size_t>(credential);
    LineGuard &line = m_line;
    if (line.lockedUntil[index] > m_state.time)
        return Access::kLocked;
    std::uint8_t expected[3] = {};
    std::size_t size = 3;
    switch (credential) {
    case Credential::kLevel02:
        for (std::size_t i = 0; i < 3; ++i)
            expected[i] = m_state.comms.password2[i];
        break;
    case Credential::kLevel04:
        for (std::size_t i = 0; i < 3; ++i)
            expected[i] = m_state.comms.password4[i];
        break;
    case Credential::kModbusPin:
        expected[0] = static_cast<std::uint8_t>(m_state.comms.modbusPin >> 8);
        expected[1] = static_cast<std::uint8_t>(m_state.comms.modbusPin);
        size = 2;
        break;
    }
    std::uint8_t difference = secret.size() == size ? 0 : 1;
    for (std::size_t i = 0; i < size && i < secret.size(); ++i)
        difference = static_cast<std::uint8_t>(difference | (secret[i] ^ expected[i]));
    if (difference == 0) {
        if (line.wrong[index] != 0) {
            line.wrong[index] = 0;
            (void)saveLine();
        }
        return Access::kGranted;
    }
    if (++line.wrong[index] >= kMaxWrongSecrets) {
        line.wrong[index] = 0;
        line.lockedUntil[index] = m_state.time + kLockoutSeconds;
        ++line.lockouts;
    }
    (void)saveLine();
    return Access::kWrong;
}

bool Meter::lockedOut(Credential credential) const
{
    return m_line.lockedUntil[static_cast<std::size_t>(credential)] > m_state.time;
}

void Meter::endLockouts()
{
    if (m_line.wrong == decltype(m_line.wrong){} &&
        m_line.lockedUntil == decltype(m_line.lockedUntil){})
        return;
    m_line.wrong = {};
    m_line.lockedUntil = {};
    (void)saveLine();
}

Status Meter::freezeNow()
{
    return freezeAt(m_state.time);
}

Status Meter::freezeAt(tariff::Timestamp at)
{
    tariff::PeriodRecord period = m_state.billing.state().period;
    period.end = at;
    return freeze(period);
}

Status Meter::setFreezeSchedule(FreezeSchedule schedule)
{
    using Every = FreezeSchedule::Every;
    const bool monthly =
        schedule.every != Every::kMonth || (schedule.day >= 1 && schedule.day <= 28);
    if (!monthly || schedule.hour > 23 || schedule.minute > 59)
        return Errc::kDateTime;
    schedule.doneUntil = m_state.time;
    m_state.freezeSchedule = schedule;
    return save();
}

tariff::Timestamp nextFreeze(const FreezeSchedule &schedule, tariff::Timestamp after)
{
    using Every = FreezeSchedule::Every;
    const auto floorTo = [](tariff::Timestamp t, std::int64_t unit) {
        const std::int64_t rest = t % unit;
        return t - (rest < 0 ? rest + unit : rest);
    };
    const std::int64_t minute = schedule.minute * tariff::kSecondsPerMinute;
    const std::int64_t clock = schedule.hour * tariff::kSecondsPerHour + minute;
    switch (schedule.every) {
    case Every::kHour: {
        const tariff::Timestamp at = floorTo(after, tariff::kSecondsPerHour) + minute;
        return at > after ? at : at + tariff::kSecondsPerHour;
    }
    case Every::kDay: {
        const tariff::Timestamp at = floorTo(after, tariff::kSecondsPerDay) + clock;
        return at > after ? at : at + tariff::kSecondsPerDay;
    }
    case Every::kMonth: {
        const tariff::CivilTime now = tariff::toCivil(after);
        int year = now.year;
        int month = now.month;
        for (int i = 0; i < 2; ++i) {
            const tariff::Timestamp at =
                tariff::daysFromCivil(year, month, schedule.day) * tariff::kSecondsPerDay + clock;
            if (at > after)
                return at;
            month = month == 12 ? 1 : month + 1;
            year = month == 1 ? year + 1 : year;
        }
        return after; // not reached: next month's date is always later
    }
    case Every::kNever: break;
    }
    return after;
}

void Meter::freezeDue(tariff::Timestamp now)
{
    FreezeSchedule &schedule = m_state.freezeSchedule;
    if (schedule.every == FreezeSchedule::Every::kNever || schedule.doneUntil >= now)
        return;
    // After a long outage only the newest freezes the history can hold are written; the
    // registers did not move while the meter was off, so the skipped ones would be the same.
    std::array<tariff::Timestamp, kHistorySlots> due{};
    std::size_t count = 0;
    constexpr std::int64_t kLookBack = 400 * tariff::kSecondsPerDay; // bounds the hourly walk
    tariff::Timestamp at =
        now - schedule.doneUntil > kLookBack ? now - kLookBack : schedule.doneUntil;
    for (;;) {
        at = nextFreeze(schedule, at);
        if (at > now)
            break;
        due[count % kHistorySlots] = at;
        ++count;
    }
    const std::size_t first = count > kHistorySlots ? count - kHistorySlots : 0;
    for (std::size_t i = first; i < count; ++i) {
        (void)freezeAt(due[i % kHistorySlots]);
        schedule.doneUntil = due[i % kHistorySlots];
        (void)save();
    }
    schedule.doneUntil = now;
}

Status Meter::freeze(const tariff::PeriodRecord &period)
{
    FrozenSettlement frozen;
    frozen.period = period;
    frozen.remaining = m_state.account.remaining();
    frozen.forward = m_state.registers.forward;
    frozen.reverse = m_state.registers.reverse;
    frozen.combined = m_state.registers.combined;
    frozen.rateForward = m_state.rateForward;
    frozen.rateReverse = m_state.rateReverse;
    frozen.rateCombined = m_state.rateCombined;
    ++m_nvWrites;
    return m_history.save(SettlementWriter(frozen));
}

Status Meter::clearEnergy()
{
    m_state.registers = EnergyRegisters{};
    m_state.rateForward = {};
    m_state.rateReverse = {};
    m_state.rateCombined = {};
    m_state.unbilled = Energy{};
    m_savedEnergy = 0;
    AMPCARD_TRY(clearEvents());
    return save();
}

Status Meter::clearEvents()
{
    m_state.trips = {};
    m_state.closes = {};
    m_state.tripCount = 0;
    m_state.closeCount = 0;
    m_state.illegalCards = 0;
    m_state.tamperEvents = 0;
    m_state.registers.reverseEvents = 0;
    return save();
}

Status Meter::setComms(const CommsSettings &comms)
{
    m_state.comms = comms;
    return save();
}

Status Meter::setCreditParameters(const tariff::CreditParameters &parameters)
{
    AMPCARD_TRY(m_state.account.setParameters(parameters));
    updateRelay(RelayEvent::kCreditChanged);
    refreshDisplay();
    return save();
}

void Meter::setRemoteAlarm(bool on)
{
    m_state.remoteAlarm = on;
    refreshDisplay();
    (void)save();
}

} // namespace ampcard::meter
