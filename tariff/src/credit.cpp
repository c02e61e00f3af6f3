#include "ampcard/tariff/credit.h"

namespace ampcard::tariff {

namespace {

bool pays(Money available, Money nextUnitCost)
{
    return available.raw() > 0 && available >= nextUnitCost;
}

} // namespace

Status validate(const CreditParameters &parameters)
{
    if (parameters.alarm1.isNegative() || parameters.alarm2.isNegative() ||
        parameters.closeAllow.isNegative() || parameters.overdraftLimit.isNegative() ||
        parameters.presetCredit.isNegative())
        return Errc::kNegative;
    if (parameters.hoardingLimit.raw() <= 0)
        return Errc::kNotPositive;
    if (parameters.alarm2 > parameters.alarm1 || parameters.presetCredit > parameters.hoardingLimit)
        return Errc::kThresholdsInvalid;
    return kOk;
}

Result<CreditAccount> CreditAccount::create(const CreditParameters &parameters)
{
    return restore(parameters, CreditAccountState{});
}

Result<CreditAccount> CreditAccount::restore(const CreditParameters &parameters,
                                             const CreditAccountState &state)
{
    AMPCARD_TRY(validate(parameters));
    if (state.presetOutstanding.isNegative() || state.purchasedTotal.isNegative())
        return Errc::kInvalidState;
    CreditAccount account;
    account.m_parameters = parameters;
    account.m_state = state;
    return account;
}

Status CreditAccount::loadPreset()
{
    if (m_state.opened)
        return Errc::kInvalidState;
    const Money topUp =
        Money::fromRaw(m_parameters.presetCredit.raw() - m_state.presetOutstanding.raw());
    if (topUp.raw() <= 0)
        return kOk;
    AMPCARD_TRY_ASSIGN(const Money remaining, m_state.remaining.plus(topUp));
    m_state.remaining = remaining;
    m_state.presetOutstanding = m_parameters.presetCredit;
    return kOk;
}

Result<PurchaseOutcome> CreditAccount::applyPurchase(Money amount, PurchaseKind kind)
{
    if (amount.raw() <= 0)
        return Errc::kNotPositive;
    PurchaseOutcome outcome;
    outcome.remainingBefore = m_state.remaining;
    if (m_state.remaining.isNegative()) {
        const std::int64_t debt = -m_state.remaining.raw();
        outcome.debtRecovered = Money::fromRaw(debt < amount.raw() ? debt : amount.raw());
    }
    if (kind == PurchaseKind::kAccountOpening)
        outcome.presetRecovered = m_state.presetOutstanding;

    AMPCARD_TRY_ASSIGN(const Money added, m_state.remaining.plus(amount));
    AMPCARD_TRY_ASSIGN(const Money after, added.minus(outcome.presetRecovered));
    if (after > m_parameters.hoardingLimit)
        return Errc::kHoardingLimit;
    AMPCARD_TRY_ASSIGN(const Money total, m_state.purchasedTotal.plus(amount));

    outcome.remainingAfter = after;
    m_state.remaining = after;
    m_state.purchasedTotal = total;
    ++m_state.purchaseCount;
    if (kind == PurchaseKind::kAccountOpening) {
        m_state.presetOutstanding = Money{};
        m_state.opened = true;
    }
    if (after.raw() > 0)
        m_state.overdraftConfirmed = false;
    return outcome;
}

Status CreditAccount::deduct(Money money)
{
    if (money.isNegative())
        return Errc::kNegative;
    AMPCARD_TRY_ASSIGN(const Money remaining, m_state.remaining.minus(money));
    m_state.remaining = remaining;
    return kOk;
}

CreditState CreditAccount::state(Money nextUnitCost) const
{
    const Money remaining = m_state.remaining;
    if (pays(remaining, nextUnitCost)) {
        if (remaining < m_parameters.alarm2)
            return CreditState::kAlarm2;
        if (remaining < m_parameters.alarm1)
            return CreditState::kAlarm1;
        return CreditState::kNormal;
    }
    if (m_parameters.overdraftLimit.raw() == 0)
        return CreditState::kCutOff;
    const Result<Money> headroom = remaining.plus(m_parameters.overdraftLimit);
    if (!headroom.ok() || !pays(headroom.value(), nextUnitCost))
        return CreditState::kCutOff;
    return m_state.overdraftConfirmed ? CreditState::kOverdraft : CreditState::kExhausted;
}

Status CreditAccount::confirmOverdraft(Money nextUnitCost)
{
    if (state(nextUnitCost) != CreditState::kExhausted)
        return Errc::kOverdraftNotAllowed;
    m_state.overdraftConfirmed = true;
    return kOk;
}

bool CreditAccount::mayCloseAfterCreditTrip() const
{
    return m_state.remaining > m_parameters.closeAllow;
}

Status CreditAccount::setParameters(const CreditParameters &parameters)
{
    AMPCARD_TRY(validate(parameters));
    m_parameters = parameters;
    return kOk;
}

} // namespace ampcard::tariff
