#pragma once

#include <array>
#include <cstdint>

#include "ampcard/base/status.h"
#include "ampcard/tariff/tariff.h"
#include "ampcard/tariff/units.h"

// Pricing of consumed energy: the one piece of code behind the station's quote and the meter's
// deduction. Money for energy E at price P is P x E truncated to 0.0001; the truncated remainder
// ("residue", in 10^-7 currency units) is carried into the next charge, so the total deducted for a
// consumption is the same however it is chopped up, across step boundaries and TOU changes too.

namespace ampcard::tariff {

struct ChargePiece {
    std::uint8_t step = 0; // 0-based ladder step
    Energy energy;
    Price price; // rate + surcharge with TOU, the step price without
    Money money; // this piece's share; the shares add up to Charge::money exactly
};

struct Charge {
    Energy energy;
    Money money;
    std::int64_t residue = 0; // sub-units carried out, 0..kSubUnitsPerMoneyUnit-1
    std::uint8_t pieceCount = 0;
    std::array<ChargePiece, kMaxSteps> pieces{};
};

// Prices `energy` consumed after `usage` (ladder usage of the period so far) at TOU `rate` (ignored
// without TOU), with `residue` sub-units carried in. The tariff must be valid. On failure the
// contents of `out` are unspecified.
Status chargeInto(const Tariff &tariff, Energy usage, Energy energy, std::uint8_t rate,
                  std::int64_t residue, Charge &out);

// chargeInto() returning the Charge.
Result<Charge> charge(const Tariff &tariff, Energy usage, Energy energy, std::uint8_t rate,
                      std::int64_t residue = 0);

// Energy that `amount` buys after `usage`, truncated to 0.01 kWh, with its breakdown. The charge's
// money never exceeds `amount`. kUnboundedEnergy when the price from `usage` on is zero.
Result<Charge> quoteMoney(const Tariff &tariff, Energy usage, Money amount, std::uint8_t rate,
                          std::int64_t residue = 0);

// Money for `energy` after `usage`, with its breakdown (the same as charge()).
inline Result<Charge> quoteEnergy(const Tariff &tariff, Energy usage, Energy energy,
                                  std::uint8_t rate, std::int64_t residue = 0)
{
    return charge(tariff, usage, energy, rate, residue);
}

} // namespace ampcard::tariff
