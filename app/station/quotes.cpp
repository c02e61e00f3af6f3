#include "quotes.h"

#include "ampcard/station/ledger.h"
#include "ampcard/station/moneyformat.h"
#include "ampcard/station/settings.h"
#include "ampcard/station/tariffplans.h"
#include "ampcard/station/workstation.h"
#include "salecontext.h"
#include "saleledger.h"

namespace ampcard::station {

using tariff::Money;

std::optional<SaleQuote> Quotes::quote(const CardCheck &card, const SaleRequest &request)
{
    const StationSettings &settings = m_ctx.settings();
    const std::optional<PlanVersion> plan = m_ctx.effectivePlan(card.meter.tariffPlan);
    if (!plan)
        return m_ctx.fail<SaleQuote>(
            tr("Tariff plan %1 has no version in force.").arg(card.meter.tariffPlan));
    SaleFacts facts;
    const QDateTime local = m_ctx.clock().toLocalTime();
    const QDateTime monthStart(QDate(local.date().year(), local.date().month(), 1), QTime(0, 0));
    facts.firstPurchaseThisMonth = !m_sales.fixedChargePaidSince(card.meter.id, monthStart);
    facts.debt = Money::fromRaw(Meters(m_ctx.ledger).debtOf(card.meter.id));
    std::int64_t remaining = card.returned ? card.returned->remaining.raw() : 0;
    if (card.unloaded && card.issued)
        remaining += card.issued->amount.raw(); // what the meter will hold once it loads the card
    facts.remainingOnMeter = Money::fromRaw(remaining);
    facts.hoardingLimit = settings.hoardingLimit;
    // The meter's ladder usage as of its return record, unless a settlement date has passed
    // since: the meter has started a new period at step 1 (docs/station.md "Quotes").
    if (card.returned && tariff::nextSettlement(plan->file.tariff.settlement, card.returned->time) >
                             m_ctx.meterTime(m_ctx.clock()))
        facts.periodUsage = card.returned->periodUsage;
    facts.rate = plan->file.quoteRate;
    // The station's currency counts cash in its minor units; a ledger without one keeps 0.0001.
    if (const auto currency = findCurrency(m_ctx.ledger.setting(Workstation::kCurrencyKey)))
        facts.cashUnit = MoneyFormat(*currency, QLocale::c()).cashUnit();
    Fees fees(settings.fees, plan->file.tariff);
    std::optional<SaleQuote> quoted = request.by == SaleRequest::By::kMoney
                                          ? fees.byMoney(request.money, facts)
                                          : fees.byEnergy(request.energy, facts);
    if (!quoted)
        return m_ctx.fail<SaleQuote>(fees.errorString());
    return quoted;
}

} // namespace ampcard::station
