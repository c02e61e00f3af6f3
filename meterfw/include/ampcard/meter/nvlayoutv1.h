#pragma once

#include <cstdint>

// NV layout 1, frozen: the meter's records up to layout 2 were a memcpy of these structs (as the
// compiler laid out MeterState, LineGuard and FrozenSettlement then, every type spelled out here
// in plain integers with the same members in the same order). Decode only: a meter boots a
// version-1 record into layout 2 (meterfw/src/nvlayoutv1.cpp). Never change these.

namespace ampcard::meter::v1 {

struct Identity {
    std::uint32_t utilityId;
    std::uint8_t meter[6];
    std::uint8_t keyVersion;
    std::uint8_t key[16];
};

struct MeterCardState {
    std::uint32_t utilityId;
    std::uint8_t meter[6];
    std::uint8_t keyVersion;
    bool opened;
    std::uint64_t boundSerial;
    std::uint32_t lastSequence;
    std::uint8_t blacklistCount;
    std::uint64_t blacklist[8];
};

struct MeteringConfig {
    std::uint8_t phases;
    std::int32_t creepMilliwatts;
    std::uint8_t combination;
};

struct EnergyRegisters {
    std::int64_t forward;
    std::int64_t reverse;
    std::int64_t combined;
    std::int64_t phaseForward[3];
    std::int64_t phaseReverse[3];
    std::int64_t forwardRemainder[3];
    std::int64_t reverseRemainder[3];
    std::uint32_t reverseMilliseconds;
    std::uint32_t reverseMinutes;
    std::uint16_t reverseEvents;
    std::uint8_t reversePhases;
};

struct Ladder {
    std::uint8_t stepCount;
    std::int64_t thresholds[7];
    std::int64_t prices[8];
};

struct TouSegment {
    std::uint16_t startMinute;
    std::uint8_t rate;
};

struct Tou {
    std::uint8_t rateMask;
    std::int64_t rates[4];
    std::uint8_t segmentCount;
    TouSegment segments[14];
};

struct SettlementDate {
    std::uint8_t month;
    std::uint8_t day;
    std::uint8_t hour;
};

struct Settlement {
    std::uint8_t mode;
    std::uint8_t dateCount;
    SettlementDate dates[4];
};

struct Tariff {
    Ladder ladder;
    Tou tou;
    Settlement settlement;
};

struct PeriodRecord {
    std::int64_t start;
    std::int64_t end;
    std::int64_t usage;
    std::int64_t money;
    std::int64_t stepEnergy[8];
    std::int64_t stepMoney[8];
    std::int64_t rateEnergy[4];
};

struct BillingState {
    Tariff active;
    Tariff pending;
    bool hasPending;
    std::int64_t pendingActivation;
    PeriodRecord period;
    std::int64_t residue;
    std::int64_t lastTime;
    std::int64_t nextSettlement;
};

struct CreditParameters {
    std::int64_t alarm1;
    std::int64_t alarm2;
    std::int64_t closeAllow;
    std::int64_t overdraftLimit;
    std::int64_t hoardingLimit;
    std::int64_t presetCredit;
};

struct CreditAccountState {
    std::int64_t remaining;
    std::int64_t presetOutstanding;
    bool overdraftConfirmed;
    bool opened;
    std::uint32_t purchaseCount;
    std::int64_t purchasedTotal;
};

struct CreditAccount {
    CreditParameters parameters;
    CreditAccountState state;
};

struct RelayMachine {
    std::uint8_t state;
    bool keepPower;
    bool alarmTripDone;
    std::int64_t alarmTripUntil;
    std::uint8_t lastCredit;
};

struct CommsSettings {
    std::uint8_t address[6];
    std::uint8_t password2[3];
    std::uint8_t password4[3];
    std::uint8_t failedPasswords;
    std::int64_t lockedUntil;
    std::uint8_t baudCode;
    std::uint8_t modbusAddress;
    std::uint16_t modbusPin;
    std::int64_t modbusUnlockedUntil;
};

struct RelayRecord {
    std::int64_t time;
    std::uint32_t operatorCode;
    std::int64_t forward;
    std::int64_t reverse;
};

struct FreezeSchedule {
    std::uint8_t every;
    std::uint8_t day;
    std::uint8_t hour;
    std::uint8_t minute;
    std::int64_t doneUntil;
};

struct MeterState {
    bool provisioned;
    Identity identity;
    MeterCardState binding;
    MeteringConfig metering;
    EnergyRegisters registers;
    std::int64_t rateForward[4];
    std::int64_t rateReverse[4];
    std::int64_t rateCombined[4];
    std::int64_t unbilled;
    bool billingStarted;
    BillingState billing;
    std::uint32_t activeTariffId;
    std::uint32_t pendingTariffId;
    CreditAccount account;
    RelayMachine relay;
    bool relayCommandedClosed;
    std::uint16_t faults;
    std::uint16_t illegalCards;
    std::uint16_t tamperEvents;
    std::uint16_t powerFailures;
    std::uint16_t relayTests;
    std::uint32_t returnCounter;
    std::int64_t time;
    std::uint8_t lastCardOutcome;
    bool cardSlotDisabled;
    CommsSettings comms;
    RelayRecord trips[10];
    RelayRecord closes[10];
    std::uint32_t tripCount;
    std::uint32_t closeCount;
    std::int64_t programmingUntil;
    bool remoteAlarm;
    FreezeSchedule freezeSchedule;
};

struct ClockSetRecord {
    std::int64_t before;
    std::int32_t moved;
    std::uint32_t operatorCode;
};

struct LineGuard {
    std::int64_t driftCountedAt;
    std::int64_t lockedUntil[3];
    std::int32_t driftAllowance;
    std::uint32_t lockouts;
    std::uint32_t clockSetCount;
    std::uint8_t wrong[3];
    std::uint8_t cardSlotFaultCode;
    ClockSetRecord clockSets[4];
    std::uint8_t clockSetSources[4];
};

struct FrozenSettlement {
    PeriodRecord period;
    std::int64_t remaining;
    std::int64_t forward;
    std::int64_t reverse;
    std::int64_t combined;
    std::int64_t rateForward[4];
    std::int64_t rateReverse[4];
    std::int64_t rateCombined[4];
};

} // namespace ampcard::meter::v1
