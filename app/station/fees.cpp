#include "ampcard/station/fees.h"

#include <algorithm>

#include "ampcard/tariff/errc.h"
#include "ampcard/tariff/tarifffile.h"

namespace ampcard::station {

namespace {

using tariff::Money;

constexpr std::int64_t kBasis = 10'000;

// Larger sales are refused, which keeps a * b below 2^63 in mulDiv (b is at most 20,000).
constexpr std::int64_t kMaxPaid = 1'000'000'000LL * Money::kScale;

// a * b / c, truncated; a at most kMaxPaid, b at most 2 * kBasis.
std::int64_t mulDiv(std::int64_t a, std::int64_t b, std::int64_t c)
{
    return a * b / c;
}

Money money(std::int64_t raw)
{
    return Money::fromRaw(raw);
}

} // namespace

QString Fees::validate(const FeeRules &rules)
{
    if (rules.vatBasisPoints < 0 || rules.vatBasisPoints > 10'000)
        return tr("VAT must be between 0 and 100 %.");
    if (rules.debtBasisPoints < 0 || rules.debtBasisPoints >= 10'000)
        return tr("The debt share of a payment must be at least 0 and under 100 %.");
    if (rules.minimumPurchase.raw() < 0 || rules.monthlyFixedCharge.raw() < 0 ||
        rules.debtPerSale.raw() < 0)
        return tr("Fee amounts cannot be negative.");
    return {};
}

std::optional<SaleQuote> Fees::fail(const QString &message)
{
    m_error = message;
    return std::nullopt;
}

std::optional<SaleQuote> Fees::split(Money paid, const SaleFacts &facts)
{
    SaleQuote quote;
    quote.paid = paid;
    std::int64_t rest = paid.raw();
    if (facts.firstPurchaseThisMonth) {
        quote.fixedCharge = m_rules.monthlyFixedCharge;
        rest -= quote.fixedCharge.raw();
    }
    if (rest <= 0)
        return fail(tr("%1 does not cover this month's fixed charge of %2.")
                        .arg(tariff::formatMoney(paid), tariff::formatMoney(quote.fixedCharge)));
    std::int64_t debt = 0;
    if (facts.debt.raw() > 0) {
        debt = m_rules.debtMode == FeeRules::Debt::kPercent
                   ? mulDiv(paid.raw(), m_rules.debtBasisPoints, kBasis)
                   : m_rules.debtPerSale.raw();
        debt = std::min({debt, facts.debt.raw(), rest});
    }
    quote.debtRecovered = money(debt);
    rest -= debt;
    // VAT is inside the rest: credit = rest / (1 + VAT), truncated; VAT takes the remainder.
    const std::int64_t credit = mulDiv(rest, kBasis, kBasis + m_rules.vatBasisPoints);
    quote.credit = money(credit);
    quote.vat = money(rest - credit);
    if (credit <= 0)
        return fail(tr("Nothing of %1 is left for electricity after the charges.")
                        .arg(tariff::formatMoney(paid)));
    return quote;
}

std::optional<SaleQuote> Fees::byMoney(Money paid, const SaleFacts &facts)
{
    if (const QString problem = validate(m_rules); !problem.isEmpty())
        return fail(problem);
    if (paid.raw() <= 0)
        return fail(tr("The amount must be more than zero."));
    if (paid.raw() > kMaxPaid)
        return fail(tr("The amount is too large for one sale."));
    if (facts.cashUnit > 1 && paid.raw() % facts.cashUnit != 0)
        return fail(tr("%1 is not an amount of cash: the currency is counted in units of %2.")
                        .arg(tariff::formatMoney(paid),
                             tariff::formatMoney(Money::fromRaw(facts.cashUnit))));
    if (paid < m_rules.minimumPurchase)
        return fail(
            tr("The least one can buy is %1.").arg(tariff::formatMoney(m_rules.minimumPurchase)));
    std::optional<SaleQuote> quote = split(paid, facts);
    if (!quote)
        return quote;
    if (facts.hoardingLimit.raw() > 0 &&
        facts.remainingOnMeter.raw() + quote->credit.raw() > facts.hoardingLimit.raw())
        return fail(tr("This purchase would take the meter above its limit of %1 (it holds about "
                       "%2): sell less.")
                        .arg(tariff::formatMoney(facts.hoardingLimit),
                             tariff::formatMoney(facts.remainingOnMeter)));
    // A meter on overdraft repays it from the new credit first; the rest buys energy.
    const std::int64_t owed = std::max<std::int64_t>(0, -facts.remainingOnMeter.raw());
    quote->overdraftRepaid = money(std::min(owed, quote->credit.raw()));
    const Money usable = money(quote->credit.raw() - quote->overdraftRepaid.raw());
    if (usable.raw() == 0)
        return quote; // all of it repays the overdraft: no energy yet
    const Result<tariff::Charge> energy =
        tariff::quoteMoney(m_tariff, facts.periodUsage, usable, facts.rate);
    if (!energy.ok())
        return fail(describe(energy.status().code()));
    quote->energy = energy.value();
    return quote;
}

std::optional<SaleQuote> Fees::byEnergy(tariff::Energy energy, const SaleFacts &facts)
{
    if (const QString problem = validate(m_rules); !problem.isEmpty())
        return fail(problem);
    if (energy.raw() <= 0)
        return fail(tr("The energy must be more than zero."));
    const Result<tariff::Charge> cost =
        tariff::quoteEnergy(m_tariff, facts.periodUsage, energy, facts.rate);
    if (!cost.ok())
        return fail(describe(cost.status().code()));
    // The credit must also repay the overdraft the meter is running on.
    const std::int64_t want =
        cost.value().money.raw() + std::max<std::int64_t>(0, -facts.remainingOnMeter.raw());
    if (want > kMaxPaid / 2)
        return fail(tr("The amount is too large for one sale."));
    // The least payment whose credit covers the energy. Credit never falls as the payment rises,
    // so a binary search between nothing and an upper bound finds it exactly.
    auto covers = [&](std::int64_t paid) {
        const std::optional<SaleQuote> quote = split(money(paid), facts);
        return quote && quote->credit.raw() >= want;
    };
    std::int64_t high = want + mulDiv(want, m_rules.vatBasisPoints, kBasis) + 1 +
                        m_rules.monthlyFixedCharge.raw() +
                        std::max(m_rules.debtPerSale.raw(), std::int64_t{0});
    while (!covers(high)) {
        if (high > kMaxPaid)
            return fail(tr("The amount is too large for one sale."));
        high *= 2;
    }
    std::int64_t low = 0; // never covers
    while (high - low > 1) {
        const std::int64_t middle = low + (high - low) / 2;
        (covers(middle) ? high : low) = middle;
    }
    // Cash is whole minor units: the payment rounds up to the next one, and what it adds goes to
    // the credit (and its VAT), so nothing is created or lost.
    const std::int64_t paid = std::max(high, m_rules.minimumPurchase.raw());
    const std::int64_t unit = std::max<std::int64_t>(facts.cashUnit, 1);
    return byMoney(money((paid + unit - 1) / unit * unit), facts);
}

} // namespace ampcard::station
