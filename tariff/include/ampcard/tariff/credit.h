#pragma once

#include <cstdint>

#include "ampcard/base/status.h"
#include "ampcard/tariff/units.h"

// The prepaid credit account of a meter (DESIGN.md §3): remaining money, purchases, preset credit,
// overdraft and the credit state that drives the alarm lamp and the relay. The relay's timing
// (2-minute alarm-2 trips, restores) belongs to the meter; the thresholds and states live here.

namespace ampcard::tariff {

inline constexpr Money kNoHoardingLimit = Money::fromRaw(INT64_MAX);

struct CreditParameters {
    Money alarm1;                           // below it: warning lamp and LCD flag
    Money alarm2;                           // below it: relay trips for a while (meter's timing)
    Money closeAllow;                       // after a credit trip, close only above this remaining
    Money overdraftLimit;                   // 0: no overdraft
    Money hoardingLimit = kNoHoardingLimit; // a purchase may not take remaining above it
    Money presetCredit;                     // credit a new meter runs on until it is opened
};

// Checks thresholds: all non-negative, alarm2 <= alarm1, hoarding limit positive, preset credit
// within the hoarding limit.
Status validate(const CreditParameters &parameters);

enum class CreditState : std::uint8_t {
    kNormal,    // remaining >= alarm 1
    kAlarm1,    // alarm 2 <= remaining < alarm 1: visual warning
    kAlarm2,    // remaining < alarm 2 (and the next unit is paid): timed trip
    kExhausted, // the next unit is not paid, an overdraft may be confirmed: trip
    kOverdraft, // running on confirmed overdraft
    kCutOff,    // the next unit is not paid even with the overdraft: trip until a purchase
};

enum class PurchaseKind : std::uint8_t { kNormal, kAccountOpening };

// What a purchase did, for the receipt and the return record.
struct PurchaseOutcome {
    Money remainingBefore;
    Money remainingAfter;
    Money presetRecovered; // preset credit taken back by the account-opening purchase
    Money debtRecovered;   // negative remaining (overdraft, consumption while tripped) offset
};

struct CreditAccountState {
    Money remaining;
    Money presetOutstanding; // preset credit not yet recovered
    bool overdraftConfirmed = false;
    bool opened = false; // the account-opening purchase has been loaded
    std::uint32_t purchaseCount = 0;
    Money purchasedTotal;
};

class CreditAccount {
public:
    static Result<CreditAccount> create(const CreditParameters &parameters);
    static Result<CreditAccount> restore(const CreditParameters &parameters,
                                         const CreditAccountState &state);

    // A new meter (or a preset card) runs on the preset credit until the account is opened: tops
    // the outstanding preset up to the preset amount, adding the difference to remaining, so a
    // second preset never forgives what was consumed. kInvalidState once the account is opened.
    Status loadPreset();

    // Applies a purchase: the amount offsets a negative remaining first; an account-opening
    // purchase takes back the outstanding preset credit. Rejected whole (kHoardingLimit) when the
    // result would exceed the hoarding limit; nothing changes then.
    Result<PurchaseOutcome> applyPurchase(Money amount, PurchaseKind kind);

    // Deducts money charged for consumption. Remaining may go negative (consumption goes on while
    // the relay opens); only overflow is refused.
    Status deduct(Money money);

    // The credit state when the next unit costs `nextUnitCost`.
    [[nodiscard]] CreditState state(Money nextUnitCost) const;

    // The user confirms running on credit (button or card); only from kExhausted.
    Status confirmOverdraft(Money nextUnitCost);

    // After a credit trip the relay may close only once remaining is above the close-allow amount.
    [[nodiscard]] bool mayCloseAfterCreditTrip() const;

    Status setParameters(const CreditParameters &parameters);
    [[nodiscard]] const CreditParameters &parameters() const { return m_parameters; }
    [[nodiscard]] const CreditAccountState &accountState() const { return m_state; }
    [[nodiscard]] Money remaining() const { return m_state.remaining; }

private:
    CreditParameters m_parameters;
    CreditAccountState m_state;
};

} // namespace ampcard::tariff
