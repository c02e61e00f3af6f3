#include "ampcard/tariff/charge.h"

namespace ampcard::tariff {

namespace {

bool isLastStep(const Ladder &ladder, int step)
{
    return step + 1 >= ladder.stepCount;
}

Status checkInputs(Energy usage, std::int64_t residue)
{
    if (usage.isNegative() || residue < 0 || residue >= kSubUnitsPerMoneyUnit)
        return Errc::kNegative;
    return kOk;
}

} // namespace

Status chargeInto(const Tariff &tariff, Energy usage, Energy energy, std::uint8_t rate,
                  std::int64_t residue, Charge &out)
{
    AMPCARD_TRY(checkInputs(usage, residue));
    if (energy.isNegative())
        return Errc::kNegative;
    AMPCARD_TRY(usage.plus(energy).status());

    const Ladder &ladder = tariff.ladder;
    std::uint8_t pieceCount = 0;
    std::int64_t exact = residue;
    std::int64_t moneySoFar = 0;
    std::int64_t left = energy.raw();
    std::int64_t position = usage.raw();
    int step = stepAt(ladder, usage);
    while (left > 0) {
        std::int64_t take = left;
        if (!isLastStep(ladder, step)) {
            const std::int64_t room = ladder.thresholds[step].raw() - position;
            if (room < take)
                take = room;
        }
        const Price price = unitPrice(tariff, step, rate);
        std::int64_t cost = 0;
        if (__builtin_mul_overflow(price.raw(), take, &cost) ||
            __builtin_add_overflow(exact, cost, &exact))
            return Errc::kOverflow;
        const std::int64_t moneyNow = exact / kSubUnitsPerMoneyUnit;
        out.pieces[pieceCount++] = {static_cast<std::uint8_t>(step), Energy::fromRaw(take), price,
                                    Money::fromRaw(moneyNow - moneySoFar)};
        moneySoFar = moneyNow;
        left -= take;
        position += take;
        ++step;
    }
    out.energy = energy;
    out.money = Money::fromRaw(moneySoFar);
    out.residue = exact % kSubUnitsPerMoneyUnit;
    out.pieceCount = pieceCount;
    return kOk;
}

Result<Charge> charge(const Tariff &tariff, Energy usage, Energy energy, std::uint8_t rate,
                      std::int64_t residue)
{
    Charge result;
    AMPCARD_TRY(chargeInto(tariff, usage, energy, rate, residue, result));
    return result;
}

Result<Charge> quoteMoney(const Tariff &tariff, Energy usage, Money amount, std::uint8_t rate,
                          std::int64_t residue)
{
    AMPCARD_TRY(checkInputs(usage, residue));
    if (amount.isNegative())
        return Errc::kNegative;
    // The most exact cost (sub-units, residue excluded) whose truncation stays within amount.
    std::int64_t budget = 0;
    if (__builtin_mul_overflow(amount.raw(), kSubUnitsPerMoneyUnit, &budget))
        return Errc::kOverflow;
    budget += kSubUnitsPerMoneyUnit - 1 - residue;

    const Ladder &ladder = tariff.ladder;
    std::int64_t spent = 0;
    std::int64_t bought = 0;
    std::int64_t position = usage.raw();
    for (int step = stepAt(ladder, usage);; ++step) {
        const std::int64_t price = unitPrice(tariff, step, rate).raw();
        if (isLastStep(ladder, step)) {
            if (price == 0)
                return Errc::kUnboundedEnergy;
            bought += (budget - spent) / price;
            break;
        }
        const std::int64_t room = ladder.thresholds[step].raw() - position;
        std::int64_t roomCost = 0;
        if (__builtin_mul_overflow(price, room, &roomCost) || spent + roomCost > budget) {
            bought += (budget - spent) / price;
            break;
        }
        spent += roomCost;
        bought += room;
        position += room;
    }
    bought -= bought % kDisplayEnergyUnit.raw();
    return charge(tariff, usage, Energy::fromRaw(bought), rate, residue);
}

} // namespace ampcard::tariff
