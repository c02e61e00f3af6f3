#include "ampcard/tariff/billing.h"

namespace ampcard::tariff {

Result<Billing> Billing::start(const Tariff &tariff, Timestamp now)
{
    AMPCARD_TRY(validate(tariff));
    Billing billing;
    billing.m_state.active = tariff;
    billing.m_state.period.start = now;
    billing.m_state.period.end = now;
    billing.m_state.lastTime = now;
    billing.m_state.nextSettlement = nextSettlement(tariff.settlement, now);
    return billing;
}

Result<Billing> Billing::restore(const BillingState &state)
{
    AMPCARD_TRY(validate(state.active));
    if (state.hasPending)
        AMPCARD_TRY(validate(state.pending));
    if (state.residue < 0 || state.residue >= kSubUnitsPerMoneyUnit ||
        state.period.usage.isNegative())
        return Errc::kInvalidState;
    if (state.nextSettlement <= state.period.start || state.lastTime < state.period.start)
        return Errc::kInvalidState;
    Billing billing;
    billing.m_state = state;
    return billing;
}

Status Billing::schedule(const Tariff &pending, Timestamp activation)
{
    AMPCARD_TRY(validate(pending));
    m_state.pending = pending;
    m_state.hasPending = true;
    m_state.pendingActivation = activation;
    return kOk;
}

std::optional<PeriodRecord> Billing::settleDue(Timestamp now)
{
    if (m_state.nextSettlement > now)
        return std::nullopt;
    PeriodRecord frozen = m_state.period;
    frozen.end = m_state.nextSettlement;

    m_state.period = PeriodRecord{};
    m_state.period.start = frozen.end;
    m_state.period.end = frozen.end;
    if (m_state.lastTime < frozen.end)
        m_state.lastTime = frozen.end;
    m_state.nextSettlement = nextSettlement(m_state.active.settlement, frozen.end);
    return frozen;
}

void Billing::switchTariffIfDue(Timestamp now)
{
    if (!m_state.hasPending || now < m_state.pendingActivation)
        return;
    m_state.active = m_state.pending;
    m_state.hasPending = false;
    // The running period closes at the new rule's first settlement after the switch.
    m_state.nextSettlement = nextSettlement(m_state.active.settlement, now);
}

const Tariff &Billing::tariffAt(Timestamp now) const
{
    return m_state.hasPending && now >= m_state.pendingActivation ? m_state.pending
                                                                  : m_state.active;
}

Result<Deduction> Billing::consume(Energy energy, Timestamp now)
{
    if (now < m_state.lastTime)
        now = m_state.lastTime;
    switchTariffIfDue(now);
    if (m_state.nextSettlement <= now)
        return Errc::kSettlementDue;

    const Tariff &tariff = m_state.active;
    const std::uint8_t rate = rateAt(tariff.tou, now);
    PeriodRecord &period = m_state.period;
    Charge charged;
    AMPCARD_TRY(chargeInto(tariff, period.usage, energy, rate, m_state.residue, charged));
    AMPCARD_TRY_ASSIGN(const Money periodMoney, period.money.plus(charged.money));

    m_state.residue = charged.residue;
    m_state.lastTime = now;
    period.end = now;
    period.usage = Energy::fromRaw(period.usage.raw() + energy.raw());
    period.money = periodMoney;
    for (int i = 0; i < charged.pieceCount; ++i) {
        const ChargePiece &piece = charged.pieces[i];
        period.stepEnergy[piece.step] =
            Energy::fromRaw(period.stepEnergy[piece.step].raw() + piece.energy.raw());
        period.stepMoney[piece.step] =
            Money::fromRaw(period.stepMoney[piece.step].raw() + piece.money.raw());
    }
    if (tariff.tou.enabled())
        period.rateEnergy[rate] = Energy::fromRaw(period.rateEnergy[rate].raw() + energy.raw());

    Deduction deduction;
    deduction.money = charged.money;
    deduction.rate = rate;
    deduction.steps = charged.pieceCount;
    if (charged.pieceCount > 0) {
        const ChargePiece &last = charged.pieces[charged.pieceCount - 1];
        deduction.price = last.price;
        deduction.step = last.step;
    }
    return deduction;
}

Price Billing::nextUnitPrice(Timestamp now) const
{
    if (now < m_state.lastTime)
        now = m_state.lastTime;
    const Tariff &tariff = tariffAt(now);
    return unitPrice(tariff, stepAt(tariff.ladder, m_state.period.usage), rateAt(tariff.tou, now));
}

Money Billing::nextUnitCost(Timestamp now, Energy unit) const
{
    const Result<std::int64_t> cost = exactCost(nextUnitPrice(now), unit);
    return Money::fromRaw(cost.ok() ? cost.value() / kSubUnitsPerMoneyUnit : INT64_MAX);
}

} // namespace ampcard::tariff
