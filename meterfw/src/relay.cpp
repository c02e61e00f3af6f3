#include "ampcard/meter/relay.h"

namespace ampcard::meter {

using tariff::CreditState;

namespace {

bool isCreditTrip(CreditState state)
{
    return state == CreditState::kExhausted || state == CreditState::kCutOff;
}

// Where credit alone puts the relay when nothing else holds it open.
void followCredit(RelayMachine &machine, const CreditView &credit, tariff::Timestamp now)
{
    if (machine.state == RelayState::kRemoteTrip || machine.state == RelayState::kRemoteHold)
        return;
    if (isCreditTrip(credit.state)) {
        machine.state = RelayState::kCreditTrip;
        return;
    }
    if (machine.state == RelayState::kCreditTrip) {
        // After a credit trip: close only once remaining is above the close-allow amount
        // (or while running on a confirmed overdraft).
        if (credit.state == CreditState::kOverdraft || credit.mayClose)
            machine.state = RelayState::kClosed;
        return;
    }
    if (credit.state == CreditState::kAlarm2) {
        if (!machine.alarmTripDone && machine.state == RelayState::kClosed) {
            machine.state = RelayState::kAlarmTrip;
            machine.alarmTripDone = true;
            machine.alarmTripUntil = now + kAlarmTripSeconds;
        }
        return;
    }
    // Above alarm 2 again: a later descent trips again.
    machine.alarmTripDone = false;
    if (machine.state == RelayState::kAlarmTrip)
        machine.state = RelayState::kClosed;
}

} // namespace

bool relayShouldClose(const RelayMachine &machine)
{
    if (machine.keepPower)
        return true;
    return machine.state == RelayState::kClosed;
}

bool onRelayEvent(RelayMachine &machine, RelayEvent event, const CreditView &credit,
                  tariff::Timestamp now)
{
    switch (event) {
    case RelayEvent::kCreditChanged: followCredit(machine, credit, now); break;
    case RelayEvent::kTick:
        if (machine.state == RelayState::kAlarmTrip && now >= machine.alarmTripUntil)
            machine.state = RelayState::kClosed;
        followCredit(machine, credit, now);
        break;
    case RelayEvent::kCardInserted:
    case RelayEvent::kButton:
        if (machine.state == RelayState::kAlarmTrip || machine.state == RelayState::kRemoteHold)
            machine.state = RelayState::kClosed;
        followCredit(machine, credit, now);
        break;
    case RelayEvent::kRemoteTrip: machine.state = RelayState::kRemoteTrip; break;
    case RelayEvent::kRemoteCloseAllow:
        if (machine.state == RelayState::kRemoteTrip)
            machine.state = RelayState::kRemoteHold;
        break;
    case RelayEvent::kRemoteDirectClose:
        if (machine.state == RelayState::kRemoteTrip || machine.state == RelayState::kRemoteHold)
            machine.state = RelayState::kClosed;
        followCredit(machine, credit, now);
        break;
    case RelayEvent::kKeepPowerOn: machine.keepPower = true; break;
    case RelayEvent::kKeepPowerOff:
        machine.keepPower = false;
        followCredit(machine, credit, now);
        break;
    }
    machine.lastCredit = credit.state;
    return relayShouldClose(machine);
}

} // namespace ampcard::meter
