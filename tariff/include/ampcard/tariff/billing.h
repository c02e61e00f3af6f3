#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "ampcard/tariff/charge.h"
#include "ampcard/tariff/datetime.h"
#include "ampcard/base/status.h"
#include "ampcard/tariff/tariff.h"
#include "ampcard/tariff/units.h"

// The tariff side of a meter: the active and pending tariff sets, ladder usage of the settlement
// period, the carried residue and the settlement clock. The meter firmware and the `ampcard tariff
// bill` command both drive this class, so a bill and a meter deduct the same money.

namespace ampcard::tariff {

// Usage and charges of one settlement period; at a settlement it is the frozen snapshot.
struct PeriodRecord {
    Timestamp start = 0; // previous settlement instant, or when billing started
    Timestamp end = 0;   // the settlement instant (snapshots); last consumption time (running)
    Energy usage;        // ladder usage
    Money money;         // money charged in the period
    std::array<Energy, kMaxSteps> stepEnergy{};
    std::array<Money, kMaxSteps> stepMoney{};
    std::array<Energy, kMaxTouRates> rateEnergy{}; // counted only when the tariff has TOU
};

// What one consumption cost: the money to deduct and where on the ladder it ended.
struct Deduction {
    Money money;
    Price price;            // price per kWh of the last piece
    std::uint8_t step = 0;  // ladder step of the last piece (0-based)
    std::uint8_t rate = 0;  // TOU rate it was priced at
    std::uint8_t steps = 0; // how many ladder steps it spanned (0 for no energy)
};

// Everything Billing keeps; plain data, so a meter can store it as is.
struct BillingState {
    Tariff active;
    Tariff pending;
    bool hasPending = false;
    Timestamp pendingActivation = 0;
    PeriodRecord period;
    std::int64_t residue = 0; // sub-units carried between charges, 0..999
    Timestamp lastTime = 0;
    Timestamp nextSettlement = 0;
};

class Billing {
public:
    // Starts billing on a tariff at `now`; the first period runs until the next settlement.
    static Result<Billing> start(const Tariff &tariff, Timestamp now);
    // Resumes from a stored state (checked, since storage is not trusted).
    static Result<Billing> restore(const BillingState &state);

    // Schedules a pending tariff set; it replaces the active one at the first consumption at or
    // after `activation`. A second call replaces the pending set.
    Status schedule(const Tariff &pending, Timestamp activation);

    // When a settlement instant has passed by `now`, closes the period at that instant, resets the
    // ladder usage and returns the frozen period. Call until it returns nothing before consume().
    std::optional<PeriodRecord> settleDue(Timestamp now);

    // Charges `energy` consumed at `now` (a clock that went back counts as the last time seen).
    // kSettlementDue when settleDue() has a period to close first.
    Result<Deduction> consume(Energy energy, Timestamp now);

    // Price per kWh of the next unit consumed at `now` (after a due tariff switch).
    [[nodiscard]] Price nextUnitPrice(Timestamp now) const;
    // Money the next `unit` of energy costs at `now` (the credit state's "price of the next unit").
    [[nodiscard]] Money nextUnitCost(Timestamp now, Energy unit = kDisplayEnergyUnit) const;

    [[nodiscard]] const BillingState &state() const { return m_state; }

private:
    void switchTariffIfDue(Timestamp now);
    [[nodiscard]] const Tariff &tariffAt(Timestamp now) const;

    BillingState m_state;
};

} // namespace ampcard::tariff
