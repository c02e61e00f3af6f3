#pragma once

#include <array>
#include <cstdint>

#include "ampcard/card/aead.h"
#include "ampcard/card/cardrules.h"
#include "ampcard/card/meterkey.h"
#include "ampcard/card/records.h"
#include "ampcard/meter/hal.h"
#include "ampcard/meter/journal.h"
#include "ampcard/meter/metering.h"
#include "ampcard/meter/relay.h"
#include "ampcard/tariff/billing.h"
#include "ampcard/tariff/credit.h"

// The prepaid meter (docs/meter.md): metering, deduction through the shared tariff core, credit
// and relay control, card insertion, fault self-check and power-fail-safe storage. Portable: no
// heap, no exceptions; the host simulator and the Cortex-M3 image run this same class.

namespace ampcard::meter {

// Energy deducted at a time: 0.01 kWh. NV is saved at every deduction and whenever half a
// quantum of metered energy is not yet saved, so a power cut mid-write loses less than one
// quantum as long as a tick carries at most half a quantum (the firmware ticks at 10 Hz:
// 1.2 Wh at 60 A on three phases).
inline constexpr tariff::Energy kQuantum = tariff::kDisplayEnergyUnit;
// Header, body and tag of the sealed proof the meter answers over the line.
inline constexpr std::size_t kSealedProofSize =
    card::kHeaderSize + card::kReturnBodySize + card::kTagSize;
// NV layout of the records saved now (nvcodec.h, docs/meter.md "NV layout"); layout 1 records
// are still read. Any change to the encoded fields bumps it and adds a migration.
inline constexpr std::uint8_t kNvLayoutVersion = 2;

// Fault word bits, shown as Err-NN (the bit number + 1) in docs/meter.md.
enum Fault : std::uint16_t {
    kFaultNv = 1u << 0,             // Err-01: NV record damaged (recovered from the previous one)
    kFaultClockBattery = 1u << 1,   // Err-02: clock battery low
    kFaultFrontEnd = 1u << 2,       // Err-03: metering front end silent
    kFaultRelay = 1u << 3,          // Err-04: relay feedback disagrees with the command
    kFaultCardSlot = 1u << 4,       // Err-05: card slot fault (no ATR, or a card that breaks the
                                    // protocol or never finishes): slot disabled until power-on
    kFaultCover = 1u << 5,          // Err-06: terminal cover opened
    kFaultMagnetic = 1u << 6,       // Err-07: magnetic field
    kFaultNotProvisioned = 1u << 7, // Err-08: no identity or key
};

// Codes the display shows after a card insertion ("C-NN"), docs/meter.md.
enum class CardOutcome : std::uint8_t {
    kLoaded = 0,         // C-00 "good": token applied
    kReadOut = 1,        // C-01: check card, return record written
    kNoToken = 2,        // C-02: nothing new on the card (already loaded)
    kWrongUtility = 10,  // C-10
    kWrongMeter = 11,    // C-11
    kWrongCard = 12,     // C-12: not the bound card, or kind does not fit
    kBlacklisted = 13,   // C-13
    kTampered = 14,      // C-14: authentication failed
    kKeyVersion = 15,    // C-15
    kHoarding = 16,      // C-16: over the hoarding limit; the card keeps the purchase
    kFormat = 17,        // C-17: not an Ampcard card or damaged
    kCardError = 18,     // C-18: pulled or failing during the session
    kSlotFault = 19,     // C-19: no ATR; slot disabled
    kNotProvisioned = 20 // C-20
};

// Why the card slot was disabled (LineGuard::cardSlotFaultCode, shown after Err-05).
enum class SlotFault : std::uint8_t {
    kNone = 0,
    kNoAnswer = 1, // no ATR: a foreign object or a short
    kNonsense = 2, // an answer no card may give (no status word, an impossible one, too long)
    kEndless = 3,  // asks for more without end (61xx) or needs more APDUs than a session has
};
// Bounds of one card session: GET RESPONSE rounds after one command, and APDUs in all. With the
// slot's own bound on one APDU (CardSlot::transmit) a session ends in bounded time.
inline constexpr int kMaxGetResponses = 4;
inline constexpr int kMaxSessionApdus = 24;

// One relay operation in the event log (DL/T645 1D/1E records).
struct RelayRecord {
    tariff::Timestamp time = 0;
    std::uint32_t operatorCode = 0; // 0: the meter itself (credit), else the remote operator
    tariff::Energy forward;
    tariff::Energy reverse;
};
inline constexpr std::size_t kRelayRecords = 10;

// Communication settings (docs/dlt645.md, docs/modbus.md).
struct CommsSettings {
    std::array<std::uint8_t, 6>
        address{}; // DL/T645 address, wire order; defaults to the meter number
    std::array<std::uint8_t, 3> password2{}; // level 02 password (derived at commissioning)
    std::array<std::uint8_t, 3> password4{}; // level 04 password (derived at commissioning)
    std::uint8_t failedPasswords = 0;        // layout 1 only; the lock-out is in LineGuard
    tariff::Timestamp lockedUntil = 0;       // layout 1 only
    std::uint8_t baudCode = 0x08;            // 2400 baud on RS-485
    std::uint8_t modbusAddress = 1;
    std::uint16_t modbusPin = 0; // holding register 0x0100 unlocks writes for 60 s (derived)
    tariff::Timestamp modbusUnlockedUntil = 0;
};

struct Identity {
    std::uint32_t utilityId = 0;
    card::MeterNumber meter;
    std::uint8_t keyVersion = 1;
    std::array<std::uint8_t, 16> key{}; // the meter key, only ever here
};

// Everything the meter keeps through a power failure (one journal record).
// A DL/T645 0x16 scheduled freeze: every hour at the minute, every day at hour:minute, or every
// month on the day (1..28) at hour:minute.
struct FreezeSchedule {
    enum class Every : std::uint8_t { kNever, kHour, kDay, kMonth };
    Every every = Every::kNever;
    std::uint8_t day = 1;
    std::uint8_t hour = 0;
    std::uint8_t minute = 0;
    tariff::Timestamp doneUntil = 0; // scheduled freezes at or before this time are done
};

// The first scheduled freeze strictly after `after` (the schedule must not be kNever).
[[nodiscard]] tariff::Timestamp nextFreeze(const FreezeSchedule &schedule, tariff::Timestamp after);

// Who may use the line (docs/meter.md "Line security"): the two DL/T645 password levels and the
// Modbus PIN, each with its own count of wrong guesses and lock-out.
enum class Credential : std::uint8_t { kLevel02 = 0, kLevel04 = 1, kModbusPin = 2 };
inline constexpr std::size_t kCredentials = 3;
enum class Access : std::uint8_t {
    kGranted,
    kWrong,  // wrong secret, counted
    kLocked, // locked out: refused without looking at the secret, not counted
};
// Wrong secrets in a row that lock a credential, and for how long (nothing extends it).
inline constexpr std::uint8_t kMaxWrongSecrets = 3;
inline constexpr tariff::Timestamp kLockoutSeconds = 3600;

// A clock set over the line: unauthenticated ones (broadcast, level 04, Modbus) move the clock at
// most kClockDriftPerDay a day in total; only level 02 moves it further.
enum class ClockSource : std::uint8_t { kBroadcast = 1, kLine = 2, kAuthenticated = 3 };
inline constexpr tariff::Timestamp kClockDriftPerDay = 300;
struct ClockSetRecord {
    tariff::Timestamp before = 0;
    std::int32_t moved = 0; // seconds, after = before + moved
    std::uint32_t operatorCode = 0;
};
inline constexpr std::size_t kClockSetRecords = 4;

// What the meter keeps about its line: lock-outs, the clock's drift allowance and its sets, the
// card slot's fault. Its own NV journal after the history ring (a meter from before it had none
// and starts with a fresh one); saved only on line events, which the lock-out and the allowance
// bound, so a flood of frames cannot wear the NV out.
struct LineGuard {
    tariff::Timestamp driftCountedAt = 0; // meter time the drift allowance was last topped up
    std::array<tariff::Timestamp, kCredentials> lockedUntil{};
    std::int32_t driftAllowance = 0; // seconds unauthenticated sets may still move the clock
    std::uint32_t lockouts = 0;
    std::uint32_t clockSetCount = 0;
    std::array<std::uint8_t, kCredentials> wrong{}; // wrong secrets in a row
    std::uint8_t cardSlotFaultCode = 0;             // why the slot was last disabled (SlotFault)
    std::array<ClockSetRecord, kClockSetRecords> clockSets{}; // newest first
    std::array<ClockSource, kClockSetRecords> clockSetSources{};
};

struct MeterState {
    bool provisioned = false;
    Identity identity;
    card::MeterCardState binding; // opened, bound card, last sequence, blacklist
    MeteringConfig metering;
    EnergyRegisters registers;
    // Registers per TOU rate (sharp, peak, flat, valley), counted when the tariff has TOU.
    std::array<tariff::Energy, tariff::kMaxTouRates> rateForward{};
    std::array<tariff::Energy, tariff::kMaxTouRates> rateReverse{};
    std::array<tariff::Energy, tariff::kMaxTouRates> rateCombined{};
    tariff::Energy unbilled; // combined energy not yet deducted (< one quantum)
    bool billingStarted = false;
    tariff::Billing billing;
    std::uint32_t activeTariffId = 0;
    std::uint32_t pendingTariffId = 0;
    tariff::CreditAccount account;
    RelayMachine relay;
    bool relayCommandedClosed = true;
    std::uint16_t faults = 0;
    std::uint16_t illegalCards = 0;
    std::uint16_t tamperEvents = 0;
    std::uint16_t powerFailures = 0;
    std::uint16_t relayTests = 0;
    std::uint32_t returnCounter = 0; // generation and salt of return records
    tariff::Timestamp time = 0;
    std::uint8_t lastCardOutcome = 0;
    bool cardSlotDisabled = false;
    CommsSettings comms;
    std::array<RelayRecord, kRelayRecords> trips{}; // newest first
    std::array<RelayRecord, kRelayRecords> closes{};
    std::uint32_t tripCount = 0;
    std::uint32_t closeCount = 0;
    tariff::Timestamp programmingUntil = 0; // the button opens a 60 s programming window
    bool remoteAlarm = false;
    FreezeSchedule freezeSchedule;
};

// A frozen settlement, kept in a ring of the last 12.
struct FrozenSettlement {
    tariff::PeriodRecord period;
    tariff::Money remaining;
    tariff::Energy forward;
    tariff::Energy reverse;
    tariff::Energy combined;
    std::array<tariff::Energy, tariff::kMaxTouRates> rateForward{};
    std::array<tariff::Energy, tariff::kMaxTouRates> rateReverse{};
    std::array<tariff::Energy, tariff::kMaxTouRates> rateCombined{};
};

inline constexpr std::size_t kStateSlots = 8;
inline constexpr std::size_t kStateSlotSize = 2048;
inline constexpr std::size_t kHistorySlots = 12;
inline constexpr std::size_t kHistorySlotSize = 384;
inline constexpr std::size_t kLineSlots = 4;
inline constexpr std::size_t kLineSlotSize = 160;
inline constexpr std::size_t kLineBase =
    kStateSlots * kStateSlotSize + kHistorySlots * kHistorySlotSize;
inline constexpr std::size_t kNvBytes = kLineBase + kLineSlots * kLineSlotSize;

// A remote token arriving in parts (DL/T645 0x03), as on a card: header then body. One per meter,
// shared by its ports (a port's server is the owner from the part 0 it received): a token that
// another port starts meanwhile ends this assembly, and the station sends it again.
struct RemoteTokenParts {
    const void *owner = nullptr;
    std::array<std::uint8_t, card::kHeaderSize + card::kTokenMaxBodySize + card::kTagSize> bytes{};
    std::size_t size = 0;
    std::uint8_t nextPart = 0;
};

struct Hardware {
    NvMemory &nv;
    Relay &relay;
    MeteringFrontEnd &frontEnd;
    CardSlot &cardSlot;
    Clock &clock;
    Display &display;
};

enum class Lamp : std::uint8_t { kOff, kOn };

class Meter {
public:
    explicit Meter(Hardware hardware);

    // Power-on: loads the newest state (or stays unprovisioned), runs the self-check and sets the
    // relay. kNoValidRecord on a meter that was never provisioned (not an error).
    Status boot();

    // Factory programming: identity and key, metering setup, first tariff and credit parameters.
    // Loads the preset credit when it is not zero.
    // The line secrets (DL/T645 passwords, Modbus PIN) are derived from the master key for this
    // meter (card::deriveLineSecrets); kBadParameter for secrets a factory could have set.
    Status provision(const Identity &identity, const card::LineSecrets &line,
                     const MeteringConfig &metering, const tariff::Tariff &tariff,
                     std::uint32_t tariffId, const tariff::CreditParameters &credit);

    // One step of time: samples the front end over `milliseconds`, deducts whole quanta (saving
    // each), settles due periods, checks faults and drives the relay.
    void tick(std::uint32_t milliseconds, const Inputs &inputs);

    // The card just inserted: the whole card session, then the return record.
    CardOutcome cardInserted();
    void buttonPressed();
    // The power-fail interrupt: save now.
    void powerFailing();

    // Applies a token delivered by card or remote command; `card` is null for remote.
    Status applyToken(const card::Token &token, const card::CardId *card);
    // Remote relay control (DL/T645 0x1C, Modbus coil); the operator code goes to the event log.
    void remoteRelay(RelayEvent event, std::uint32_t operatorCode = 0);
    // A token delivered by a remote command: header and body as on a card.
    CardOutcome remoteToken(ConstBytes header, ConstBytes body);
    [[nodiscard]] RemoteTokenParts &remoteTokenParts() { return m_remoteTokenParts; }
    // Sets the clock. Unauthenticated sources move it toward `time` by what is left of the drift
    // allowance (kClockDriftPerDay a day); a level-02 set moves it anywhere except across more
    // than one settlement instant (kDateTime). Every set that moves the clock is an event.
    Status setTime(tariff::Timestamp time, ClockSource source, std::uint32_t operatorCode = 0);
    // Checks a line secret (3 password bytes in wire order, or the 2 PIN bytes big-endian),
    // counting wrong ones and locking the credential after kMaxWrongSecrets.
    Access checkSecret(Credential credential, ConstBytes secret);
    [[nodiscard]] bool lockedOut(Credential credential) const;
    // Freezes the registers now (DL/T645 0x16 immediate freeze) without ending the period.
    Status freezeNow();
    // Sets the scheduled freeze (DL/T645 0x16 with a time); the first one falls after now.
    Status setFreezeSchedule(FreezeSchedule schedule);
    // DL/T645 0x1A: energy registers, history and events cleared; credit untouched.
    Status clearEnergy();
    // DL/T645 0x1B: event records and counters cleared.
    Status clearEvents();
    // Communication settings, changed through the protocols.
    Status setComms(const CommsSettings &comms);
    Status setCreditParameters(const tariff::CreditParameters &parameters);
    // DL/T645 0x1C alarm commands: the red lamp on until released.
    void setRemoteAlarm(bool on);
    // Active power per phase at the last tick, milliwatts.
    [[nodiscard]] std::int32_t lastPower(std::size_t phase) const { return m_lastPower[phase]; }

    [[nodiscard]] const MeterState &state() const { return m_state; }
    [[nodiscard]] const LineGuard &line() const { return m_line; }
    [[nodiscard]] tariff::CreditState creditState() const;
    [[nodiscard]] tariff::Price currentPrice() const;
    [[nodiscard]] int currentStep() const;
    [[nodiscard]] Lamp alarmLamp() const; // red: alarm 1 and below
    [[nodiscard]] Lamp tripLamp() const;  // yellow: relay open
    // The LCD: remaining money to 2 places ("0123.45"), or a fault code ("Err-03").
    void displayText(char (&out)[16]) const;
    [[nodiscard]] std::size_t settlementCount() const;
    Status settlement(std::size_t newestFirst, FrozenSettlement *out);
    [[nodiscard]] std::uint32_t nvWrites() const { return m_nvWrites; }
    // The meter's proof over the line (Ampcard DL/T645 DI 04800102): the return record a card
    // would get now, header then sealed body, under a fresh salt. kSealedProofSize bytes.
    Result<std::size_t> sealedProof(Bytes out);

private:
    Status save();
    Status saveLine();
    void resetState();
    void refreshDisplay();
    // Writes a frozen record of the registers with `period` to the history ring.
    Status freeze(const tariff::PeriodRecord &period);
    void settleDue(tariff::Timestamp now);
    void freezeDue(tariff::Timestamp now);
    Status freezeAt(tariff::Timestamp at);
    void updateRelay(RelayEvent event);
    void selfCheck(const Inputs &inputs, bool frontEndAnswered);
    [[nodiscard]] tariff::Money nextUnitCost() const;
    CardOutcome runCardSession();
    Status writeReturnRecord();
    [[nodiscard]] card::ReturnRecord returnRecord() const;
    Result<std::size_t> sealReturnRecord(std::uint32_t generation, Bytes header, Bytes body);

    void recordRelay(bool closed);
    // The utility proved itself (button under the seal, a fresh sealed token): lock-outs end.
    void endLockouts();
    void disableSlot(SlotFault fault);
    [[gnu::noinline]] void loadHistory();
    Status startBilling(const tariff::Tariff &tariff, tariff::Timestamp now, tariff::Billing *out);
    Status createAccount(const tariff::CreditParameters &credit, tariff::CreditAccount *out);

    Hardware m_hw;
    MeterState m_state;
    LineGuard m_line;
    SlotFault m_slotFault = SlotFault::kNone; // of the card session under way
    int m_sessionApdus = 0;
    std::uint32_t m_operatorCode = 0;
    std::array<std::int32_t, kMaxPhases> m_lastPower{};
    std::int64_t m_savedEnergy = 0; // forward + reverse (Wh) in the newest NV record
    Journal m_stateJournal;
    Journal m_history;
    Journal m_lineJournal;
    card::PortableAead m_key;
    std::uint32_t m_nvWrites = 0;
    RemoteTokenParts m_remoteTokenParts;
};

CardOutcome outcomeFor(Status status);
// "normal", "alarm1", "alarm2", "exhausted", "overdraft", "cutoff" (status outputs).
const char *creditStateName(tariff::CreditState state);

} // namespace ampcard::meter
