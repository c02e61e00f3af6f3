#pragma once

#include <cstdint>

#include "ampcard/tariff/credit.h"
#include "ampcard/tariff/datetime.h"

// The relay state machine (DESIGN.md §3): explicit states and events. It decides whether the
// relay should be closed; the meter pulses the relay and compares the feedback.

namespace ampcard::meter {

enum class RelayState : std::uint8_t {
    kClosed,     // supply on
    kAlarmTrip,  // alarm 2: open for kAlarmTripSeconds, then closes by itself or on a card
    kCreditTrip, // exhausted or cut off: open until credit allows (overdraft or purchase)
    kRemoteTrip, // opened by a remote command until close-allow or direct close
    kRemoteHold, // remote close-allow given: closes on the button or a card
};

enum class RelayEvent : std::uint8_t {
    kCreditChanged, // re-evaluate after a deduction, purchase or parameter change
    kTick,          // time passed
    kCardInserted,
    kButton,
    kRemoteTrip,
    kRemoteCloseAllow,
    kRemoteDirectClose,
    kKeepPowerOn,
    kKeepPowerOff,
};

inline constexpr tariff::Timestamp kAlarmTripSeconds = 120;

struct RelayMachine {
    RelayState state = RelayState::kClosed;
    bool keepPower = false;     // protected supply: overrides every credit trip
    bool alarmTripDone = false; // alarm-2 trips once per descent below alarm 2
    tariff::Timestamp alarmTripUntil = 0;
    tariff::CreditState lastCredit = tariff::CreditState::kNormal;
};

// Everything the machine needs to know about credit at an event.
struct CreditView {
    tariff::CreditState state = tariff::CreditState::kNormal;
    bool mayClose = true; // remaining above the close-allow amount
};

// Applies one event; returns true when the relay must be closed afterwards.
bool onRelayEvent(RelayMachine &machine, RelayEvent event, const CreditView &credit,
                  tariff::Timestamp now);

// Whether the relay is commanded closed in `machine`.
[[nodiscard]] bool relayShouldClose(const RelayMachine &machine);

} // namespace ampcard::meter
